using System.Net;
using Lantern.Core.Audit;
using Lantern.Core.Organisation;
using Lantern.Core.Reviews;
using Lantern.Testing.Web;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Tests.Pages.Dashboard;

/// <summary>The dashboard's reviews as a CSV file.</summary>
public sealed partial class DashboardTests
{
    [Fact]
    public async Task Export_IsACsvOfTheFilteredReviewsWithFormulasEscaped()
    {
        var (partnership, agency, rapid, businessUnit) = await PartnershipAsync("Csvshire Safeguarding Partnership");
        var sly = await Factory.PersonAsync(partnership, agency, PartnershipRoles.BusinessUnit, "=HYPERLINK(\"x\")");
        var dashed = await ReviewAsync(partnership, rapid, businessUnit, "-Child X", owner: sly.Id);
        await ReviewAsync(partnership, rapid, businessUnit, "Child Y", status: ReviewStatus.Closed);
        await Factory.ReferralAsync(dashed, agency, businessUnit.Id, new DateOnly(2025, 12, 23), rapid);
        var browser = await Factory.SignInAsync(businessUnit);

        var (response, csv) = await AtAsync(BetweenTheHolidays, async () =>
        {
            var got = await browser.Client.GetAsync("/dashboard/export?sort=title");
            return (got, await got.Content.ReadAsStringAsync());
        });
        var all = await browser.Client.GetStringAsync("/dashboard/export?status=all&owner=none");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("lantern-dashboard-2025-12-29.csv", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal("Review,Type,Stage,Owner,Next deadline,Due date,Working days left", lines[0]);
        Assert.Equal("\"'-Child X\",Rapid review,In progress,\"'=HYPERLINK(\"\"x\"\")\",Notify the national panel,2026-01-02,3", Assert.Single(lines.Skip(1)));
        Assert.DoesNotContain(",=", csv, StringComparison.Ordinal);
        var allLines = all.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal("Child Y,Rapid review,Closed,Not assigned,,,", Assert.Single(allLines.Skip(1)));
        await using var db = Factory.CreateDbContext();
        Assert.Equal(2, await db.AuditEvents.CountAsync(e => e.Action == AuditActions.DashboardExported && e.UserId == businessUnit.Id && e.PartnershipId == partnership));
    }
}
