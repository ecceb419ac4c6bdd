namespace Lantern.Web.Infrastructure.ReportFiles;

/// <summary>What <see cref="ReportPdf.WriteAsync"/> gave: the PDF, or <see cref="PdfUnavailable"/> saying why not.</summary>
public abstract record ReportPdfResult;

/// <summary>The PDF file.</summary>
public sealed record PdfMade(byte[] Bytes) : ReportPdfResult
{
    /// <summary>The media type to serve the file with.</summary>
    public const string ContentType = "application/pdf";
}

/// <summary>No PDF could be made; <see cref="Message"/> is written for the person who asked for it.</summary>
public sealed record PdfUnavailable(PdfUnavailableReason Reason, string Message) : ReportPdfResult
{
    public const string ChromiumMissingMessage =
        "PDF downloads need Chromium, which is not installed on this server. Ask your administrator to install it (see the README).";

    public const string ChromiumFailedMessage =
        "The PDF could not be made this time. Try again in a few minutes, or download the Word or web page version instead. If it keeps happening, tell your administrator.";

    public static readonly PdfUnavailable ChromiumMissing = new(PdfUnavailableReason.ChromiumMissing, ChromiumMissingMessage);

    public static PdfUnavailable Failed(PdfUnavailableReason reason) => new(reason, ChromiumFailedMessage);
}

/// <summary>Why no PDF was made, for logs and tests; the person asking sees the message.</summary>
public enum PdfUnavailableReason
{
    /// <summary>No Chromium at the configured path nor on the PATH.</summary>
    ChromiumMissing,

    /// <summary>Chromium ran but exited with an error or wrote no PDF.</summary>
    ChromiumFailed,

    /// <summary>Chromium took longer than the time allowed and was stopped.</summary>
    TimedOut,
}

/// <summary>Where Chromium is and how long it may take (configuration section "Lantern").</summary>
public sealed class ReportFileOptions
{
    public const string Section = "Lantern";

    /// <summary>The Chromium program; when it is not there, "chromium", "chromium-browser" and "google-chrome" are
    /// looked for on the PATH.</summary>
    public string ChromiumPath { get; set; } = "/usr/bin/chromium";

    /// <summary>The longest Chromium may take to print one report before it is stopped.</summary>
    public int PdfTimeoutSeconds { get; set; } = 60;

    /// <summary>How many reports may be printed at once; more wait their turn (each Chromium is a few hundred MB).</summary>
    public int PdfConcurrency { get; set; } = 2;
}
