using Lantern.Core.Deadlines;
using Lantern.Core.SettingUp;

namespace Lantern.Core.Tests.SettingUp;

public sealed class ReferralRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 20);

    private static Referral Valid() => new()
    {
        SubjectKind = SubjectKind.Child,
        SubjectName = "Fictional Child",
        SubjectDateOfBirth = new DateOnly(2024, 2, 1),
        IncidentDate = new DateOnly(2026, 11, 10),
        AwareDate = new DateOnly(2026, 11, 11),
        ReferredOn = new DateOnly(2026, 11, 12),
        Jurisdiction = Jurisdiction.England,
        CriteriaRoute = CriteriaRoute.StatutoryCriteriaMet,
        Criteria = StatutoryCriteria.For(Jurisdiction.England, SubjectKind.Child).Select(c => new CriterionResponse { Key = c.Key, Answer = CriterionAnswer.Yes }).ToList(),
        Rationale = "Serious injury with concerns about how agencies shared information.",
    };

    private static IReadOnlyList<FieldProblem> Check(Referral referral, DateOnly? expectedBy = null) =>
        ReferralRules.Check(referral, Today, expectedBy ?? new DateOnly(2026, 11, 17), StatutoryCriteria.For(referral.Jurisdiction, referral.SubjectKind));

    [Fact]
    public void Check_CompleteReferral_HasNoProblems() => Assert.Empty(Check(Valid()));

    [Fact]
    public void Check_IncidentInTheFuture_IsRefused()
    {
        var referral = Valid();
        referral.IncidentDate = Today.AddDays(1);

        Assert.Contains(Check(referral), p => p.Field == nameof(Referral.IncidentDate) && p.Message.Contains("today or in the past", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_AwareBeforeTheIncident_IsRefused()
    {
        var referral = Valid();
        referral.AwareDate = referral.IncidentDate.AddDays(-1);

        Assert.Contains(Check(referral), p => p.Field == nameof(Referral.AwareDate) && p.Message.Contains("same as or after the date of the incident", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_ReferredBeforeThePartnershipBecameAware_IsRefused()
    {
        var referral = Valid();
        referral.ReferredOn = referral.AwareDate.AddDays(-1);

        var problem = Assert.Single(Check(referral));
        Assert.Equal(nameof(Referral.ReferredOn), problem.Field);
        Assert.Equal("The date of the referral must be the same as or after the date the partnership became aware", problem.Message);
    }

    [Fact]
    public void Check_ReferredTheDayThePartnershipBecameAware_IsFine()
    {
        var referral = Valid();
        referral.ReferredOn = referral.AwareDate;

        Assert.Empty(Check(referral));
    }

    [Fact]
    public void Check_AwareInTheFutureAndReferredBefore_SaysOnlyWhatIsWrongWithAwareness()
    {
        var referral = Valid();
        referral.AwareDate = Today.AddDays(2);

        var problem = Assert.Single(Check(referral));
        Assert.Equal(nameof(Referral.AwareDate), problem.Field);
    }

    [Fact]
    public void Check_BornAfterTheIncident_IsRefused()
    {
        var referral = Valid();
        referral.SubjectDateOfBirth = referral.IncidentDate.AddDays(3);

        Assert.Contains(Check(referral), p => p.Field == nameof(Referral.SubjectDateOfBirth));
    }

    [Fact]
    public void Check_EmptyRationale_IsRefused()
    {
        var referral = Valid();
        referral.Rationale = "  ";

        Assert.Contains(Check(referral), p => p.Field == nameof(Referral.Rationale));
    }

    [Fact]
    public void Check_UnansweredCriterion_IsRefused()
    {
        var referral = Valid();
        referral.Criteria.RemoveAt(1);

        Assert.Contains(Check(referral), p => p.Field == nameof(Referral.Criteria));
    }

    [Fact]
    public void Check_OtherLearningWithoutAReason_IsRefused()
    {
        var referral = Valid();
        referral.CriteriaRoute = CriteriaRoute.OtherLearning;
        referral.Criteria.Clear();

        Assert.Equal([nameof(Referral.OtherLearningReason)], Check(referral).Select(p => p.Field));
    }

    [Fact]
    public void Check_LateReferral_NeedsAnExplanationOfTheDelay()
    {
        var referral = Valid();

        var late = Check(referral, expectedBy: new DateOnly(2026, 11, 11));
        referral.DelayExplanation = "The hospital only recognised the injury as non-accidental after a scan.";
        var explained = Check(referral, expectedBy: new DateOnly(2026, 11, 11));

        Assert.Contains(late, p => p.Field == nameof(Referral.DelayExplanation) && p.Message.Contains("11 November 2026", StringComparison.Ordinal));
        Assert.Empty(explained);
    }

    [Theory]
    [InlineData(Jurisdiction.England, SubjectKind.Child, "area-responsibility")]
    [InlineData(Jurisdiction.Wales, SubjectKind.Child, "known-to-services-recently")]
    [InlineData(Jurisdiction.Scotland, SubjectKind.Child, "learning-for-services")]
    [InlineData(Jurisdiction.NorthernIreland, SubjectKind.Child, "concern-about-member-bodies")]
    [InlineData(Jurisdiction.England, SubjectKind.Adult, "care-and-support-needs")]
    public void StatutoryCriteria_EachNation_HasItsOwnChecklist(Jurisdiction jurisdiction, SubjectKind subject, string expectedKey)
    {
        var checklist = StatutoryCriteria.For(jurisdiction, subject);

        Assert.Contains(checklist, c => c.Key == expectedKey);
        Assert.Equal(checklist.Count, checklist.Select(c => c.Key).Distinct().Count());
    }
}

public sealed class DecisionRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 20);

    private static Decision ToReview() => new()
    {
        ToReview = true,
        ReviewTypeId = Guid.NewGuid(),
        Method = ReviewMethod.LearningTogether,
        MethodJustification = "Several agencies and a need to understand why practice made sense at the time.",
        CriteriaAssessment = "Serious harm and suspected neglect: criteria met.",
        Rationale = "Learning about information sharing between health visiting and school nursing.",
        DecidedOn = new DateOnly(2026, 11, 18),
    };

    [Fact]
    public void Check_CompleteDecisionToReview_HasNoProblems() => Assert.Empty(DecisionRules.Check(ToReview(), Today, new DateOnly(2026, 11, 2)));

    [Fact]
    public void Check_NoRationale_IsRefusedEvenForADecisionNotToReview()
    {
        var decision = new Decision { ToReview = false, CriteriaAssessment = "Not met.", Rationale = "", DecidedOn = Today, DecisionNotifiedOn = Today, DecisionNotifiedTo = "National panel" };

        var problems = DecisionRules.Check(decision, Today, Today.AddDays(-5));

        Assert.Equal([nameof(Decision.Rationale)], problems.Select(p => p.Field));
        Assert.Contains("including a decision not to review", problems[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ToReviewWithoutMethodOrType_IsRefused()
    {
        var decision = ToReview();
        decision.Method = null;
        decision.ReviewTypeId = null;

        Assert.Equal([nameof(Decision.ReviewTypeId), nameof(Decision.Method)], DecisionRules.Check(decision, Today, Today.AddDays(-30)).Select(p => p.Field));
    }

    [Fact]
    public void Check_DecidedBeforeTheyKnewOrInTheFuture_IsRefused()
    {
        var early = ToReview();
        early.DecidedOn = new DateOnly(2026, 10, 1);
        var future = ToReview();
        future.DecidedOn = Today.AddDays(1);

        Assert.Contains(DecisionRules.Check(early, Today, new DateOnly(2026, 11, 2)), p => p.Field == nameof(Decision.DecidedOn));
        Assert.Contains(DecisionRules.Check(future, Today, new DateOnly(2026, 11, 2)), p => p.Field == nameof(Decision.DecidedOn));
    }

    [Fact]
    public void Check_NotToReviewNotifiedBeforeDeciding_IsRefused()
    {
        var decision = new Decision { ToReview = false, CriteriaAssessment = "Not met.", Rationale = "Single agency learning.", DecidedOn = Today, DecisionNotifiedOn = Today.AddDays(-2), DecisionNotifiedTo = "National panel" };

        Assert.Equal([nameof(Decision.DecisionNotifiedOn)], DecisionRules.Check(decision, Today, Today.AddDays(-10)).Select(p => p.Field));
    }

    [Fact]
    public void Check_NotToReviewWithoutItsNotification_IsRefused()
    {
        var decision = new Decision { ToReview = false, CriteriaAssessment = "Not met.", Rationale = "Single agency learning.", DecidedOn = Today };

        Assert.Equal(
            [nameof(Decision.DecisionNotifiedOn), nameof(Decision.DecisionNotifiedTo)],
            DecisionRules.Check(decision, Today, Today.AddDays(-10)).Select(p => p.Field));
    }
}
