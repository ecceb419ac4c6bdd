using System.Net;
using Lantern.Core.Audit;
using Lantern.Core.Information;
using Lantern.Core.Reviews;
using Lantern.Testing.Web;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Tests.Pages.Information;

public sealed class ProcessTests(World world) : IClassFixture<World>
{
    private LanternFactory Factory => world.Factory;

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    private static KeyValuePair<string, string>[] ProcessForm(string leadBody = "Testshire Police major crime team", string status = "UnderWay", string? version = null) =>
    [
        .. Form.Of(("Input.Kind", "Prosecution"), ("Input.LeadBody", leadBody), ("Input.Contact", "Case officer, by secure email"), ("Input.Status", status), ("Input.Notes", string.Empty),
            ("Input.ExpectedEnd.Day", string.Empty), ("Input.ExpectedEnd.Month", string.Empty), ("Input.ExpectedEnd.Year", string.Empty)),
        .. version is null ? [] : Form.Of(("Input.Version", version)),
    ];

    [Fact]
    public async Task Constraint_HoldingEverything_ShowsOnTheReviewFamilyPagesAndPlanUntilLifted()
    {
        var reviewId = await Factory.ReviewAsync(world.PartnershipId, world.ReviewTypeId, world.BusinessUnit.Id, "Child P1");
        var memberId = await Factory.FamilyMemberAsync(reviewId);
        var businessUnit = await Factory.SignInAsync(world.BusinessUnit);
        var root = $"/reviews/{reviewId}/information/processes";
        var added = await businessUnit.PostAsync($"{root}/add", ProcessForm());
        Assert.Equal(HttpStatusCode.Redirect, added.Status);
        await using var db = Factory.CreateDbContext();
        var process = await db.ParallelProcesses.SingleAsync(p => p.ReviewId == reviewId);

        var constrained = await businessUnit.PostAsync($"{root}/{process.Id}/constraints/add",
        [
            .. Form.Of(("Input.Text", "No questions about the case itself to witnesses until the trial ends"), ("Input.Holds", "Conversations"), ("Input.Holds", "FamilyInvolvement"), ("Input.Holds", "Publication")),
            .. EvidenceForms.Date("Input.AgreedOn", Today),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, constrained.Status);
        var logged = await businessUnit.PostAsync($"{root}/{process.Id}/liaison/add",
            [.. Form.Of(("Input.WithWhom", "Senior investigating officer"), ("Input.Summary", "Agreed the protocol")), .. EvidenceForms.Date("Input.OccurredOn", Today)]);
        Assert.Equal(HttpStatusCode.Redirect, logged.Status);

        var pages = new[]
        {
            $"/reviews/{reviewId}", $"/reviews/{reviewId}/information", $"/reviews/{reviewId}/setting-up/family",
            $"/reviews/{reviewId}/setting-up/family/{memberId}", $"/reviews/{reviewId}/setting-up/family/letter", $"/reviews/{reviewId}/setting-up/plan",
        };
        foreach (var url in pages)
        {
            var page = await businessUnit.GetAsync(url);
            Assert.True(page.Document.QuerySelector(".app-holds")?.TextContent.Contains("until the trial ends", StringComparison.Ordinal) == true, url);
        }

        var constraint = await db.ProcessConstraints.AsNoTracking().SingleAsync(c => c.ProcessId == process.Id);
        Assert.Equal(ReviewHold.Conversations | ReviewHold.FamilyInvolvement | ReviewHold.Publication, constraint.Holds);
        var lifted = await businessUnit.PostAsync($"{root}/{process.Id}/constraints/{constraint.Id}/lift",
            [.. Form.Of(("Input.Reason", "The trial ended"), ("Input.Version", constraint.Version.ToString())), .. EvidenceForms.Date("Input.LiftedOn", Today)]);
        Assert.Equal(HttpStatusCode.Redirect, lifted.Status);

        foreach (var url in pages)
        {
            Assert.Null((await businessUnit.GetAsync(url)).Document.QuerySelector(".app-holds"));
        }

        foreach (var action in new[] { AuditActions.ProcessAdded, AuditActions.ConstraintAdded, AuditActions.LiaisonRecorded, AuditActions.ConstraintLifted })
        {
            Assert.True(await db.AuditEvents.AnyAsync(e => e.ReviewId == reviewId && e.Action == action), action);
        }
    }

    [Fact]
    public async Task Constraint_HoldingOnlyPublication_ShowsOnThePlanButNotTheFamilyPage()
    {
        var reviewId = await Factory.ReviewAsync(world.PartnershipId, world.ReviewTypeId, world.BusinessUnit.Id, "Child P2");
        var businessUnit = await Factory.SignInAsync(world.BusinessUnit);
        var root = $"/reviews/{reviewId}/information/processes";
        await businessUnit.PostAsync($"{root}/add", ProcessForm("HM Coroner for Testshire"));
        await using var db = Factory.CreateDbContext();
        var process = await db.ParallelProcesses.SingleAsync(p => p.ReviewId == reviewId);
        await businessUnit.PostAsync($"{root}/{process.Id}/constraints/add",
            [.. Form.Of(("Input.Text", "Nothing published before the inquest"), ("Input.Holds", "Publication")), .. EvidenceForms.Date("Input.AgreedOn", Today)]);

        Assert.NotNull((await businessUnit.GetAsync($"/reviews/{reviewId}/setting-up/plan")).Document.QuerySelector(".app-holds"));
        Assert.Null((await businessUnit.GetAsync($"/reviews/{reviewId}/setting-up/family")).Document.QuerySelector(".app-holds"));
    }

    [Fact]
    public async Task Process_MissingLeadBodyOrFutureConstraint_ShowsErrorsAndSavesNothing()
    {
        var reviewId = await Factory.ReviewAsync(world.PartnershipId, world.ReviewTypeId, world.BusinessUnit.Id, "Child P3");
        var businessUnit = await Factory.SignInAsync(world.BusinessUnit);

        var page = await businessUnit.PostAsync($"/reviews/{reviewId}/information/processes/add", ProcessForm(leadBody: " "));
        Assert.Equal(["Enter who leads the process"], page.Errors);

        var future = await businessUnit.PostAsync($"/reviews/{world.ReviewId}/information/processes/{world.Evidence.ProcessId}/constraints/add",
            [.. Form.Of(("Input.Text", " ")), .. EvidenceForms.Date("Input.AgreedOn", Today.AddDays(3))]);
        Assert.Equal(["Say what the constraint is", "The date it was agreed must be today or in the past"], future.Errors);
        await using var db = Factory.CreateDbContext();
        Assert.False(await db.ParallelProcesses.AnyAsync(p => p.ReviewId == reviewId));
        Assert.Single(await db.ProcessConstraints.Where(c => c.ProcessId == world.Evidence.ProcessId).ToListAsync());
    }

    [Fact]
    public async Task Change_FromAStaleCopy_IsAConflict()
    {
        var reviewId = await Factory.ReviewAsync(world.PartnershipId, world.ReviewTypeId, world.BusinessUnit.Id, "Child P4");
        var lead = await Factory.SignInAsync(world.BusinessUnit);
        await lead.PostAsync($"/reviews/{reviewId}/information/processes/add", ProcessForm());
        await using var db = Factory.CreateDbContext();
        var process = await db.ParallelProcesses.AsNoTracking().SingleAsync(p => p.ReviewId == reviewId);
        var url = $"/reviews/{reviewId}/information/processes/{process.Id}/change";

        var first = await lead.PostAsync(url, ProcessForm(status: "Paused", version: process.Version.ToString()));
        var stale = await lead.PostAsync(url, ProcessForm(status: "Concluded", version: process.Version.ToString()));

        Assert.Equal(HttpStatusCode.Redirect, first.Status);
        Assert.Equal(HttpStatusCode.Conflict, stale.Status);
        Assert.Equal(ProcessStatus.Paused, (await db.ParallelProcesses.AsNoTracking().SingleAsync(p => p.Id == process.Id)).Status);
    }

    [Fact]
    public async Task Processes_ReadByTheReviewTeam_ShowNoWayToChangeThem()
    {
        var team = await Factory.SignInAsync(world.OnReview[ReviewRole.ReviewTeamMember]);

        var page = await team.GetAsync($"/reviews/{world.ReviewId}/information/processes/{world.Evidence.ProcessId}");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Testshire Police major crime team", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("/constraints/add", page.Html, StringComparison.Ordinal);
    }
}
