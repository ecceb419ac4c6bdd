namespace Lantern.Web.Pages.Analysis;

/// <summary>Checks and helpers the analysis services share.</summary>
internal static class AnalysisWrites
{
    /// <summary>Adds an error when required text is blank or any text is too long.</summary>
    public static void Text(List<(string, string)> errors, string field, string? value, int max, string? missing, string label)
    {
        var text = value?.Trim() ?? string.Empty;
        if (text.Length == 0)
        {
            if (missing is not null)
            {
                errors.Add((field, missing));
            }
        }
        else if (text.Length > max)
        {
            errors.Add((field, $"{label} must be {max:N0} characters or fewer"));
        }
    }

    /// <summary>An item's refusal as the result of the write.</summary>
    public static Infrastructure.WriteResult Refused(Core.Analysis.Refusal refusal) => new(false, refusal.Problems);

    /// <summary>Trimmed text, or null when blank.</summary>
    public static string? Tidy(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
