namespace Lantern.Web.Pages.Analysis.Findings;

/// <summary>How a finding's pattern codes travel through its form, shared by the pages that show them and the
/// service that checks and saves them.</summary>
public static class PatternKeys
{
    /// <summary>How a pattern code is posted: the code key alone for Lantern's scheme (as before other schemes
    /// existed), "scheme:code" for the partnership's own.</summary>
    public static string FormKey(string schemeKey, string codeKey) =>
        schemeKey == DefaultCodingSchemes.PatternsKey ? codeKey : $"{schemeKey}:{codeKey}";

    /// <summary>The scheme and code a posted pattern key means, among <paramref name="available"/>; null if it is not one of them.</summary>
    public static (CodingScheme Scheme, Code Code)? Resolve(IReadOnlyList<CodingScheme> available, string formKey)
    {
        var split = formKey.IndexOf(':', StringComparison.Ordinal);
        var schemeKey = split < 0 ? DefaultCodingSchemes.PatternsKey : formKey[..split];
        var scheme = available.FirstOrDefault(s => s.Key == schemeKey);
        return scheme?.Find(split < 0 ? formKey : formKey[(split + 1)..]) is { } code ? (scheme, code) : null;
    }
}
