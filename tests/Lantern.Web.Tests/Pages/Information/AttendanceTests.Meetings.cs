using Lantern.Testing.Web;

namespace Lantern.Web.Tests.Pages.Information;

/// <summary>Meeting continuity drawn from the registers: who was there, who was only named, and meetings taken as
/// one series.</summary>
public sealed partial class AttendanceTests
{
    [Fact]
    public async Task Meetings_RegisterRecorded_ChildNamedIsNotCountedAsThere()
    {
        var s = await ReviewAsync("Child M1");
        await SaveAsync(s.Lead, Register(s), null, (s.Chronology.SocialWorkerId, "Attended"), (s.Chronology.HealthVisitorId, "SentReport"), (s.Attendance.ChildId, "NamedButAbsent"));

        var page = await s.Lead.GetAsync($"{Root(s.ReviewId)}/meetings?shown=1&series=type");

        var strategy = Matrix(page, "Strategy discussion");
        Assert.Contains("Named only, not there", Row(strategy, "Child A"), StringComparison.Ordinal);
        Assert.DoesNotContain("Attended", Row(strategy, "Child A"), StringComparison.Ordinal);
        Assert.Contains("Sent a report, did not attend", Row(strategy, "Health visitor 7"), StringComparison.Ordinal);
        Assert.DoesNotContain("No attendance recorded", strategy.QuerySelector("thead")!.TextContent, StringComparison.Ordinal);
        var coreGroups = Matrix(page, "Core group meeting");
        Assert.Contains("No attendance recorded - based on people named in the records", coreGroups.QuerySelector("thead")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Named in the records", Row(coreGroups, "Child A"), StringComparison.Ordinal);
        Assert.Contains($"/events/{s.Chronology.MergedEventId}/attendance", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Meetings_SubjectAndFamilyLeftOutByDefault_TheDropIsFlagged()
    {
        var s = await ReviewAsync("Child M2");

        var byDefault = await s.Lead.GetAsync($"{Root(s.ReviewId)}/meetings");
        var withFamily = await s.Lead.GetAsync($"{Root(s.ReviewId)}/meetings?shown=1");

        var core = Matrix(byDefault, "Core group meeting");
        Assert.DoesNotContain(People(core), p => p is "Aunt" or "Child A");
        Assert.Contains("0%", core.QuerySelector(".app-matrix__continuity .govuk-tag")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(byDefault.Document.QuerySelector("#family[checked]"));
        var coreWithFamily = Matrix(withFamily, "Core group meeting");
        Assert.Contains("Aunt", People(coreWithFamily));
        Assert.Contains("Child A", People(coreWithFamily));
        Assert.Contains("50%", coreWithFamily.QuerySelector(".app-matrix__continuity")!.TextContent, StringComparison.Ordinal);
        Assert.Null(coreWithFamily.QuerySelector(".app-matrix__continuity .govuk-tag"));
        Assert.Null(withFamily.Document.QuerySelector("#family[checked]"));
    }

    [Fact]
    public async Task Meetings_PlanMeetingsTogether_ConferencesAndCoreGroupsAreOneSeries()
    {
        var s = await ReviewAsync("Child M3");

        var page = await s.Lead.GetAsync($"{Root(s.ReviewId)}/meetings?series=plan");

        var headings = page.Document.QuerySelectorAll("h2").Select(h => h.TextContent.Trim()).ToList();
        Assert.Contains("Child protection conferences and core group meetings", headings);
        Assert.DoesNotContain("Core group meeting", headings);
        var plan = Matrix(page, "Child protection conferences and core group meetings");
        Assert.Equal(5, plan.QuerySelectorAll("thead th").Length - 1); // two core groups, the ICPC and two conferences on 3 June
        Assert.NotNull(page.Document.QuerySelector("#series-plan[checked]"));
    }

    private static AngleSharp.Dom.IElement Matrix(PageResult page, string series)
    {
        var heading = page.Document.QuerySelectorAll("h2").Single(h => h.TextContent.Trim() == series);
        return page.Document.QuerySelector($"[aria-labelledby='{heading.Id}'] table")!;
    }

    private static List<string> People(AngleSharp.Dom.IElement matrix) =>
        matrix.QuerySelectorAll("tbody th").Select(t => t.TextContent.Trim()).ToList();

    private static string Row(AngleSharp.Dom.IElement matrix, string pseudonym) =>
        matrix.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("th")!.TextContent.Trim() == pseudonym).TextContent;
}
