using Lantern.Core;
using Lantern.Core.Organisation;
using Lantern.Core.Reminders;
using Lantern.Core.Reviews;
using Lantern.Core.SettingUp;
using Lantern.Testing.Web;

namespace Lantern.Web.Tests.Pages.Dashboard;

/// <summary>Your tasks on the dashboard: the open tasks given to you, those for anyone in the business unit, and your
/// reminders.</summary>
public sealed partial class DashboardTests
{
    [Fact]
    public async Task YourTasks_AreTheOpenTasksGivenToYouAndTheBusinessUnits()
    {
        var (partnership, agency, rapid, businessUnit) = await PartnershipAsync("Taskshire Safeguarding Partnership");
        var lead = await Factory.PersonAsync(partnership, agency, PartnershipRoles.None, "Lee Lead");
        var review = await ReviewAsync(partnership, rapid, businessUnit, "Child K");
        var hidden = await ReviewAsync(partnership, rapid, businessUnit, "Child L");
        await Factory.GiveRoleAsync(review, lead, ReviewRole.LeadReviewer, businessUnit.Id);
        var today = UkToday();
        await using (var db = Factory.CreateDbContext())
        {
            db.ReviewTasks.AddRange(
                new ReviewTask { Id = Guid.NewGuid(), ReviewId = review, Kind = TaskKind.Other, Title = "Read the agency summaries", AssignedUserId = lead.Id, DueOn = today.AddDays(-2), CreatedAt = DateTime.UtcNow },
                new ReviewTask { Id = Guid.NewGuid(), ReviewId = review, Kind = TaskKind.InformFamily, Title = "Tell the family about the review", DueOn = today.AddDays(3), CreatedAt = DateTime.UtcNow },
                new ReviewTask { Id = Guid.NewGuid(), ReviewId = review, Kind = TaskKind.Other, Title = "Already done", AssignedUserId = lead.Id, CreatedAt = DateTime.UtcNow, CompletedAt = DateTime.UtcNow },
                new ReviewTask { Id = Guid.NewGuid(), ReviewId = hidden, Kind = TaskKind.Other, Title = "On a review the lead cannot see", AssignedUserId = lead.Id, CreatedAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
        }

        List<string[]> Tasks(PageResult page) => page.Document.QuerySelectorAll("#tasks + table tbody tr")
            .Select(tr => tr.QuerySelectorAll("td").Select(Text).ToArray()).ToList();
        var leads = await (await Factory.SignInAsync(lead)).GetAsync("/dashboard");
        var businessUnits = await (await Factory.SignInAsync(businessUnit)).GetAsync("/dashboard");

        var only = Assert.Single(Tasks(leads));
        Assert.Equal("Read the agency summaries", only[0]);
        Assert.Equal("Child K", only[1]);
        Assert.Equal($"{today.AddDays(-2).ToString("d MMMM yyyy", UkTime.Culture)} Overdue", only[2]);
        Assert.Equal($"/reviews/{review}/setting-up", leads.Document.QuerySelector("#tasks + table tbody a")?.GetAttribute("href"));
        var theirs = Assert.Single(Tasks(businessUnits));
        Assert.StartsWith("Tell the family about the review", theirs[0], StringComparison.Ordinal);
        Assert.Contains("For anyone in the business unit", theirs[0], StringComparison.Ordinal);
        Assert.Equal(today.AddDays(3).ToString("d MMMM yyyy", UkTime.Culture), theirs[2]);
    }

    [Fact]
    public async Task YourTasks_NoneAssigned_ListsTheReminders_AndSaysNothingNeedsAttentionOnlyWhenThereAreNone()
    {
        var (partnership, agency, rapid, businessUnit) = await PartnershipAsync("Remindshire Safeguarding Partnership");
        var nobody = await Factory.PersonAsync(partnership, agency, PartnershipRoles.None, "Quin Quiet");
        var review = await ReviewAsync(partnership, rapid, businessUnit, "Child M");
        var due = UkToday().AddDays(3);
        await using (var db = Factory.CreateDbContext())
        {
            db.Reminders.Add(new Reminder
            {
                Id = Guid.NewGuid(),
                PartnershipId = partnership,
                UserId = businessUnit.Id,
                Kind = ReminderKind.DeadlineDue,
                SubjectId = review,
                DueOn = due,
                Link = $"/reviews/{review}/setting-up",
                CreatedAt = Factory.Clock.GetUtcNow().UtcDateTime,
            });
            await db.SaveChangesAsync();
        }

        var reminded = await (await Factory.SignInAsync(businessUnit)).GetAsync("/dashboard");
        var quiet = await (await Factory.SignInAsync(nobody)).GetAsync("/dashboard");

        Assert.Equal("No tasks are assigned to you, but the reminders below need your attention.", Text(reminded.Document.QuerySelector("#tasks + p")!));
        Assert.Equal([$"A statutory deadline is near: due {due.ToString("d MMMM yyyy", UkTime.Culture)}"], reminded.Document.QuerySelectorAll("#reminders + ul li").Select(Text));
        Assert.Equal("Nothing needs your attention: no tasks are assigned to you and you have no reminders.", Text(quiet.Document.QuerySelector("#tasks + p")!));
        Assert.Null(quiet.Document.QuerySelector("#reminders"));
    }
}
