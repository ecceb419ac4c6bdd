namespace Lantern.Core.SettingUp;

/// <summary>A factor weighed in deciding how big and deep the review should be.</summary>
public sealed record ProportionalityFactor(string Key, bool IsCaseFactor, string Description);

/// <summary>The partnership's note on one factor, kept with the terms of reference.</summary>
public sealed class FactorNote
{
    public string Key { get; set; } = string.Empty;
    public string Note { get; set; } = string.Empty;
}

public enum TermsStatus
{
    Draft,
    Agreed,
}

/// <summary>
/// One version of the terms of reference. Each save is a new version, so what was agreed, and when, is never
/// overwritten.
/// </summary>
public sealed class TermsOfReference
{
    public const int TextMaxLength = 8000;

    public Guid Id { get; set; }
    public Guid ReviewId { get; set; }
    public int VersionNumber { get; set; }
    public DateOnly PeriodFrom { get; set; }
    public DateOnly PeriodTo { get; set; }
    public List<string> LinesOfEnquiry { get; set; } = [];
    public List<Guid> AgencyIdsInScope { get; set; } = [];
    public ReviewMethod Method { get; set; }
    public ReviewScale Scale { get; set; }
    public string LeadReviewers { get; set; } = string.Empty;
    public string SkillsRequired { get; set; } = string.Empty;
    public List<FactorNote> FactorNotes { get; set; } = [];
    public TermsStatus Status { get; set; }
    public DateOnly? AgreedOn { get; set; }
    public Guid CreatedByUserId { get; set; }
    public DateTime CreatedAt { get; set; }

    /// <summary>The case and context factors every terms of reference should explain its choices against.</summary>
    public static readonly IReadOnlyList<ProportionalityFactor> Factors =
    [
        new("family-strengths-and-risks", true, "The family's strengths and vulnerabilities, and the risks the children faced"),
        new("practice-concerns", true, "How serious or complex the concerns about professional practice are"),
        new("legal-duties", true, "Legal duties that apply, such as human rights duties when a child in care has died"),
        new("earlier-learning", false, "What the partnership has already learned locally, and where less is known"),
        new("reviewers", false, "Which reviewers are available, and their knowledge and skills"),
        new("public-interest", false, "Public interest in the case"),
        new("local-capacity", false, "Local capacity, alongside other learning and improvement work"),
        new("priorities", false, "The partnership's learning and improvement priorities"),
        new("capacity-now", false, "Whether the partnership can carry out and learn from the review at this time"),
        new("openness", false, "Local circumstances that affect whether practitioners can take part openly now"),
    ];

    public static IReadOnlyList<FieldProblem> Check(TermsOfReference terms)
    {
        var problems = new List<FieldProblem>();
        if (terms.PeriodTo < terms.PeriodFrom)
        {
            problems.Add(new(nameof(PeriodTo), "The end of the period under review must be the same as or after its start"));
        }

        if (terms.LinesOfEnquiry.Count == 0)
        {
            problems.Add(new(nameof(LinesOfEnquiry), "Enter at least one key line of enquiry"));
        }

        if (terms.AgencyIdsInScope.Count == 0)
        {
            problems.Add(new(nameof(AgencyIdsInScope), "Select the agencies in scope"));
        }

        if (string.IsNullOrWhiteSpace(terms.LeadReviewers))
        {
            problems.Add(new(nameof(LeadReviewers), "Enter the lead reviewer or reviewers"));
        }

        var noted = terms.FactorNotes.Where(n => !string.IsNullOrWhiteSpace(n.Note)).Select(n => n.Key).ToHashSet(StringComparer.Ordinal);
        if (!Factors.Any(f => f.IsCaseFactor && noted.Contains(f.Key)) || !Factors.Any(f => !f.IsCaseFactor && noted.Contains(f.Key)))
        {
            problems.Add(new(nameof(FactorNotes), "Explain the choices against at least one case factor and one context factor"));
        }

        return problems;
    }
}
