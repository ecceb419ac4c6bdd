using Lantern.Core.SettingUp;

namespace Lantern.Core.Tests.SettingUp;

public sealed class TermsOfReferenceTests
{
    private static TermsOfReference Valid() => new()
    {
        PeriodFrom = new DateOnly(2025, 1, 1),
        PeriodTo = new DateOnly(2026, 11, 10),
        LinesOfEnquiry = ["How did agencies share concerns about the baby's weight?"],
        AgencyIdsInScope = [Guid.NewGuid()],
        LeadReviewers = "Two independent reviewers",
        FactorNotes = [new FactorNote { Key = "practice-concerns", Note = "Moderate" }, new FactorNote { Key = "public-interest", Note = "Low" }],
    };

    [Fact]
    public void Check_Complete_HasNoProblems() => Assert.Empty(TermsOfReference.Check(Valid()));

    [Fact]
    public void Check_PeriodEndingBeforeItStarts_IsRefused()
    {
        var terms = Valid();
        terms.PeriodTo = terms.PeriodFrom.AddDays(-1);

        Assert.Equal([nameof(TermsOfReference.PeriodTo)], TermsOfReference.Check(terms).Select(p => p.Field));
    }

    [Fact]
    public void Check_OnlyCaseFactorsNoted_AsksForAContextFactorToo()
    {
        var terms = Valid();
        terms.FactorNotes.RemoveAll(n => n.Key == "public-interest");

        Assert.Equal([nameof(TermsOfReference.FactorNotes)], TermsOfReference.Check(terms).Select(p => p.Field));
    }

    [Fact]
    public void Factors_HaveBothKindsAndUniqueKeys()
    {
        Assert.Contains(TermsOfReference.Factors, f => f.IsCaseFactor);
        Assert.Contains(TermsOfReference.Factors, f => !f.IsCaseFactor);
        Assert.Equal(TermsOfReference.Factors.Count, TermsOfReference.Factors.Select(f => f.Key).Distinct().Count());
    }
}
