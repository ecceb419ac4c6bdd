namespace Lantern.Core.Information.Import;

/// <summary>How big a chronology file may be. Configurable under <c>Lantern:Chronology</c>.</summary>
public sealed record ImportLimits
{
    public const long Megabyte = 1024 * 1024;

    /// <summary>The largest file accepted, as uploaded (default 25 MB).</summary>
    public long MaxFileBytes { get; init; } = 25 * Megabyte;

    /// <summary>For XLSX: the most its parts may add up to once unpacked (default 200 MB).</summary>
    public long MaxUnpackedBytes { get; init; } = 200 * Megabyte;

    /// <summary>For XLSX: how many times larger than its packed size one part may be (default 100); real
    /// spreadsheets shrink by 5 to 20 times, a zip bomb by thousands.</summary>
    public int MaxCompressionRatio { get; init; } = 100;

    /// <summary>The most rows one file may hold (default 200,000).</summary>
    public int MaxRows { get; init; } = 200_000;

    /// <summary>For CSV: the most line breaks one quoted cell may hold (default 100). A quote left open runs on
    /// over the rows after it; past this the file is refused rather than read as one enormous cell.</summary>
    public int MaxLineBreaksInACell { get; init; } = 100;

    /// <summary>For CSV: the most characters one quoted cell may hold (default 10,000, above the 8,000 a
    /// description may have), for the same reason.</summary>
    public int MaxCharactersInACell { get; init; } = 10_000;
}

/// <summary>A file's headings and rows as text, with what was noticed while reading it (for example that it
/// was converted from Windows-1252).</summary>
public sealed record ChronologyTable(IReadOnlyList<string> Headings, IReadOnlyList<string[]> Rows, IReadOnlyList<string> Notes);

/// <summary>Reading a file either gives its table or says, in plain words, why it cannot be read.</summary>
public sealed record FileReadResult(ChronologyTable? Table, string? Error)
{
    public static FileReadResult Refused(string message) => new(null, message);
}
