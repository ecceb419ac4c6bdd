using System.Globalization;
using Lantern.Core.Board;

namespace Lantern.Core.Tests.Board;

public sealed class BoardResponseRulesTests
{
    private static readonly Guid IssueOne = Guid.NewGuid();
    private static readonly Guid IssueTwo = Guid.NewGuid();
    private static readonly Guid Priority = Guid.NewGuid();
    private static readonly Guid Police = Guid.NewGuid();
    private static readonly Guid KindThree = Guid.NewGuid();

    private static readonly FindingResponseContext Context = new([IssueOne, IssueTwo], [Priority], [Police], [KindThree]);

    private static FindingResponseInput Complete(FindingDecision decision = FindingDecision.Accepted) => new(
        decision, "The Board heard that the pattern is seen across the county.", Priority,
        "Ask the health subgroup to audit pre-birth referrals twice a year.", "Police will brief every sergeant on the new referral route.", [Police],
        "An audit of 30 referrals in six months, reported to the Board.", false, null,
        new Dictionary<Guid, string?> { [IssueOne] = "Yes: the new protocol covers it.", [IssueTwo] = "Not yet; a task group reports in March." });

    private static List<string> Fields(FindingResponseInput input) => [.. BoardResponseRules.Check(input, Context).Select(e => e.Field)];

    [Fact]
    public void Check_CompleteResponse_NoErrors() => Assert.Empty(Fields(Complete()));

    [Fact]
    public void Check_NotAccepted_WithoutReasons_Refused_ButNeedsNoActions()
    {
        var input = Complete(FindingDecision.NotAccepted) with { Reasons = "  ", BoardWillDo = null, Monitoring = null, AgencyIds = [], AgenciesWillDo = null };

        Assert.Equal(["Reasons"], Fields(input));
        Assert.Contains("not accepting", BoardResponseRules.Check(input, Context)[0].Message, StringComparison.Ordinal);
        Assert.Empty(Fields(input with { Reasons = "The finding rests on one agency's practice, not the system." }));
    }

    [Fact]
    public void Check_AcceptedInPart_NeedsReasonsAndActions()
    {
        var input = Complete(FindingDecision.AcceptedInPart) with { Reasons = null, BoardWillDo = "", Monitoring = null };

        Assert.Equal(["Reasons", "BoardWillDo", "Monitoring"], Fields(input));
    }

    [Fact]
    public void Check_EveryIssueNeedsAnAnswer_NamedByItsNumber()
    {
        var input = Complete() with { IssueAnswers = new Dictionary<Guid, string?> { [IssueOne] = "Yes.", [IssueTwo] = " " } };

        var error = Assert.Single(BoardResponseRules.Check(input, Context));
        Assert.Equal(($"Issues[{IssueTwo}]", "Answer issue 2 for the Board"), error);
    }

    [Fact]
    public void Check_NoDecision_NoNationalAnswer_Refused()
    {
        var input = Complete() with { Decision = null, NationalActionNeeded = null };

        Assert.Equal(["Decision", "NationalActionNeeded"], Fields(input));
    }

    [Fact]
    public void Check_ChoicesOutsideTheLists_Refused()
    {
        var input = Complete() with { PriorityId = Guid.NewGuid(), AgencyIds = [Guid.NewGuid()], NationalActionNeeded = true, NationalRecommendationId = Guid.NewGuid() };

        Assert.Equal(["PriorityId", "AgencyIds", "NationalRecommendationId"], Fields(input));
    }

    [Fact]
    public void Check_RecommendationWithoutNationalAction_Refused_WithIt_Accepted()
    {
        Assert.Equal(["NationalRecommendationId"], Fields(Complete() with { NationalRecommendationId = KindThree }));
        Assert.Empty(Fields(Complete() with { NationalActionNeeded = true, NationalRecommendationId = KindThree }));
    }

    [Fact]
    public void Check_AgenciesWithoutWhatTheyWillDo_Refused()
    {
        Assert.Equal(["AgenciesWillDo"], Fields(Complete() with { AgenciesWillDo = null }));
    }

    [Fact]
    public void Check_TooLong_Refused()
    {
        var input = Complete() with { Monitoring = new string('m', FindingResponse.TextMaxLength + 1) };

        Assert.Equal(["Monitoring"], Fields(input));
    }

    [Theory]
    [InlineData("2027-03-01", "2027-04-12", 42, true)]
    [InlineData("2027-03-01", "2027-04-11", 41, false)]
    [InlineData("2027-03-01", "2027-02-20", -9, false)]
    public void Gap_AgainstTheExpectedWeeks(string presented, string planned, int days, bool enough)
    {
        var gap = BoardResponseRules.Gap(DateOnly.Parse(presented, CultureInfo.InvariantCulture), DateOnly.Parse(planned, CultureInfo.InvariantCulture), 6);

        Assert.Equal((days, enough, days < 0), (gap.Days, gap.IsEnough, gap.PublicationBeforePresentation));
    }

    [Fact]
    public void LearningPriority_CoversItsPeriod()
    {
        var priority = new LearningPriority { From = new(2027, 4, 1), To = new(2028, 3, 31) };

        Assert.Equal([false, true, true, false], new DateOnly[] { new(2027, 3, 31), new(2027, 4, 1), new(2028, 3, 31), new(2028, 4, 1) }.Select(priority.CoversDay));
        Assert.True(new LearningPriority { From = new(2027, 4, 1) }.CoversDay(new(2040, 1, 1)));
    }
}
