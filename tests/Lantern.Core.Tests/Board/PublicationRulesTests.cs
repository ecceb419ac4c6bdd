using Lantern.Core.Board;
using Lantern.Core.Deadlines;

namespace Lantern.Core.Tests.Board;

public sealed class PublicationRulesTests
{
    // A Tuesday in term time, away from bank holidays.
    private static readonly DateOnly Today = new(2027, 6, 15);
    private static readonly WorkingCalendar England = WorkingCalendar.Standard(HolidayCalendar.EnglandAndWales);
    private static readonly DeadlineRule PanelRule = DeadlineRules.Defaults.Single(r => r.Key == DeadlineRules.LcsprReportToPanel);

    private static DateOnly? PanelDeadline(DateOnly on) => DeadlineCalculator.Compute(PanelRule, on, England)?.Due;

    private static PublicationContext Context(
        IReadOnlyList<PublicationHold>? holds = null, DateOnly? panel = null, bool inEngland = true, DateOnly? sos = null, DateOnly? ofsted = null,
        DateOnly? target = null, DateOnly? statutory = null) =>
        new(Today, holds ?? [], panel ?? new DateOnly(2027, 5, 20), PanelDeadline, inEngland, sos ?? new DateOnly(2027, 5, 20), ofsted ?? new DateOnly(2027, 5, 21),
            target ?? new DateOnly(2027, 6, 10), statutory ?? new DateOnly(2027, 7, 1));

    private static PublicationInput Input(DateOnly? on = null, string? where = "https://www.testshire-scp.example/reviews/child-q", PublishedEditions editions = PublishedEditions.Report | PublishedEditions.BoardResponse,
        string? lateReason = null, DateOnly? told = null) =>
        new(on ?? new DateOnly(2027, 6, 8), where, editions, lateReason, told);

    private static List<string> Fields(PublicationInput input, PublicationContext context) => [.. PublicationRules.Check(input, context).Select(e => e.Field)];

    [Fact]
    public void Check_OnTime_AfterTheNationalBodies_NoErrors() => Assert.Empty(Fields(Input(), Context()));

    [Fact]
    public void Check_NothingEntered_NamesEachMissingPart()
    {
        var errors = PublicationRules.Check(new PublicationInput(null, "  ", PublishedEditions.None, null, null), Context());

        Assert.Equal(["PublishedOn", "Where", "Editions"], errors.Select(e => e.Field));
        Assert.All(errors, e => Assert.False(string.IsNullOrWhiteSpace(e.Message)));
    }

    [Fact]
    public void Check_FutureDate_Refused() =>
        Assert.Equal(["PublishedOn"], Fields(Input(on: Today.AddDays(1)), Context(target: Today.AddDays(10))));

    [Fact]
    public void Check_InsideAHoldInForce_Refused_NamingWhoHoldsIt()
    {
        var hold = new PublicationHold("Testshire Police (criminal investigation)", new DateOnly(2027, 3, 1), null);

        var errors = PublicationRules.Check(Input(), Context(holds: [hold]));

        var error = Assert.Single(errors);
        Assert.Equal("PublishedOn", error.Field);
        Assert.Contains("Testshire Police", error.Message, StringComparison.Ordinal);
        Assert.Contains("lifted", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_HoldLiftedAfterTheDate_Refused_WithTheDateItEnded_ButNotOnOrAfterIt()
    {
        var hold = new PublicationHold("HM Coroner for Testshire (inquest)", new DateOnly(2027, 3, 1), new DateOnly(2027, 6, 9));

        var error = Assert.Single(PublicationRules.Check(Input(on: new DateOnly(2027, 6, 8)), Context(holds: [hold])));
        Assert.Contains("9 June 2027", error.Message, StringComparison.Ordinal);
        Assert.Empty(Fields(Input(on: new DateOnly(2027, 6, 9)), Context(holds: [hold])));
    }

    [Fact]
    public void Check_HoldAgreedAfterPublication_DoesNotApply()
    {
        var hold = new PublicationHold("Testshire Police (prosecution)", new DateOnly(2027, 6, 10), null);

        Assert.Empty(Fields(Input(on: new DateOnly(2027, 6, 8)), Context(holds: [hold])));
    }

    [Fact]
    public void Check_PanelNeverSent_Refused() =>
        Assert.Contains(PublicationRules.Check(Input(), Context() with { PanelSentOn = null }), e => e.Message.Contains("national panel", StringComparison.Ordinal));

    [Fact]
    public void Check_PanelSentFewerThanSevenWorkingDaysBefore_Refused_WithTheFirstDayItCouldBe()
    {
        // Sent Wednesday 2 June; 7 working days on is Friday 11 June.
        var context = Context(panel: new DateOnly(2027, 6, 2), sos: new DateOnly(2027, 6, 2), ofsted: new DateOnly(2027, 6, 2), target: new DateOnly(2027, 6, 30));

        var error = Assert.Single(PublicationRules.Check(Input(on: new DateOnly(2027, 6, 10)), context));
        Assert.Equal("PublishedOn", error.Field);
        Assert.Contains("11 June 2027", error.Message, StringComparison.Ordinal);
        Assert.Empty(Fields(Input(on: new DateOnly(2027, 6, 11)), context));
    }

    [Fact]
    public void Check_InEngland_NeedsSecretaryOfStateAndOfsted_ButNotElsewhere()
    {
        var context = Context() with { SecretaryOfStateSentOn = null };

        Assert.Equal(["PublishedOn"], Fields(Input(), context));
        Assert.Empty(Fields(Input(), context with { InEngland = false, OfstedSentOn = null }));
    }

    [Fact]
    public void Check_Late_NeedsReasonAndTheDateTheBoardWasTold()
    {
        // Target 10 June, published 14 June.
        var late = Input(on: new DateOnly(2027, 6, 14));

        Assert.Equal(["LateReason", "BoardToldOfLatenessOn"], Fields(late, Context()));
        Assert.Equal(["BoardToldOfLatenessOn"], Fields(late with { LateReason = "The inquest date moved.", BoardToldOfLatenessOn = Today.AddDays(2) }, Context()));
        Assert.Empty(Fields(late with { LateReason = "The inquest date moved.", BoardToldOfLatenessOn = new DateOnly(2027, 6, 11) }, Context()));
    }

    [Fact]
    public void Check_AfterTheStatutoryDeadline_IsLateEvenOnTheTarget()
    {
        var context = Context(target: new DateOnly(2027, 6, 14), statutory: new DateOnly(2027, 6, 11));

        Assert.True(context.IsLate(new DateOnly(2027, 6, 14)));
        Assert.Equal(["LateReason", "BoardToldOfLatenessOn"], Fields(Input(on: new DateOnly(2027, 6, 14)), context));
    }

    [Fact]
    public void Check_WhereTooLong_Refused() =>
        Assert.Equal(["Where"], Fields(Input(where: "https://example.org/" + new string('a', PublicationPlan.WhereMaxLength)), Context()));

    [Fact]
    public void CheckSent_NeedsThePanelFirst_AndNoFutureDates()
    {
        Assert.Equal(["PanelSentOn"], PublicationRules.CheckSent(null, null, null, true, Today).Select(e => e.Field));
        Assert.Equal(["PanelSentOn"], PublicationRules.CheckSent(null, Today, Today, true, Today).Select(e => e.Field));
        Assert.Equal(["OfstedSentOn"], PublicationRules.CheckSent(Today, Today, Today.AddDays(1), true, Today).Select(e => e.Field));
        Assert.Empty(PublicationRules.CheckSent(Today, null, null, true, Today));

        // Outside England the Secretary of State and Ofsted do not come into it.
        Assert.Empty(PublicationRules.CheckSent(Today, null, Today.AddDays(30), false, Today));
    }

    [Fact]
    public void CheckFamily_EachPart_AndToldAfterPublicationRefused()
    {
        Assert.Equal(["ToldOn", "ToldBy", "OfferedMeeting", "Support"],
            PublicationRules.CheckFamily(null, " ", null, null, null, Today).Select(e => e.Field));
        Assert.Empty(PublicationRules.CheckFamily(Today, "Lead reviewer", false, "They declined an advocate; a named contact was given.", null, Today));
        Assert.Equal(["ToldOn"], PublicationRules.CheckFamily(Today, "Lead reviewer", true, "Advocate offered.", Today.AddDays(-1), Today).Select(e => e.Field));
    }

    [Fact]
    public void CheckMedia_PressLeadAndHoldingStatementRequired()
    {
        Assert.Equal(["PressLead", "HoldingStatement"], PublicationRules.CheckMedia(null, "", "What went wrong?", null).Select(e => e.Field));
        Assert.Equal(["ApprovedLines"], PublicationRules.CheckMedia("Head of communications", "We will publish on...", null, new string('x', 4_001)).Select(e => e.Field));
    }

    [Fact]
    public void CheckProfessionals_DateAndSupport_BeforePublication()
    {
        Assert.Equal(["ToldOn", "Support"], PublicationRules.CheckProfessionals(null, null, null, Today).Select(e => e.Field));
        Assert.Equal(["ToldOn"], PublicationRules.CheckProfessionals(Today, "Manager meeting", Today.AddDays(-3), Today).Select(e => e.Field));
        Assert.Empty(PublicationRules.CheckProfessionals(Today.AddDays(-5), "Manager meeting and the staff support line", Today, Today));
    }

    [Theory]
    [InlineData("2027-06-08", 12, "2028-06-08")]
    [InlineData("2028-02-29", 12, "2029-02-28")]
    [InlineData("2027-01-31", 18, "2028-07-31")]
    public void RemovalDate_CountsCalendarMonths(string published, int months, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture),
            PublicationRules.RemovalDate(DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture), months));
}
