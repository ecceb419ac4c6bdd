namespace Lantern.Web.Infrastructure.Documents;

/// <summary>What <see cref="LetterRendering.Check"/> found in a letter template.</summary>
public sealed record TemplateCheck(IReadOnlyList<string> Problems, IReadOnlyList<string> Placeholders)
{
    /// <summary>True when there are no problems.</summary>
    public bool IsValid => Problems.Count == 0;
}

/// <summary>A letter as a Word document, with the placeholders that had no value (they were left empty).</summary>
public sealed record RenderedLetter(byte[] Bytes, IReadOnlyList<string> MissingPlaceholders);

/// <summary>A letter as plain text for showing on a page, with the placeholders that had no value.</summary>
public sealed record LetterPreview(string Text, IReadOnlyList<string> MissingPlaceholders);
