using Lantern.Core.Actions;
using Lantern.Core.Organisation;
using Lantern.Core.Reminders;
using Lantern.Data;
using Lantern.Testing;
using Lantern.Testing.Web;
using Lantern.Web.Hosting;
using Lantern.Web.Infrastructure.Email;
using Lantern.Web.Infrastructure.Reminders;
using Lantern.Web.Pages.SettingUp.Deadlines;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Lantern.Web.Tests.Infrastructure;

/// <summary>Reminders: queued once however often the run repeats, sent once even when two instances send at the same
/// time against one database (on SQLite and on PostgreSQL), kept and tried again when the mail server refuses or
/// times out, shown in "your tasks", and written to the pickup folder naming no child and carrying no review content.</summary>
public sealed class RemindersTests
{
    private sealed record Setup(LanternFactory Factory, Person Owner, Person Unit, Guid ReviewId, Guid PartnershipId, Guid AgencyId);

    private static async Task<Setup> SetUpAsync(DatabaseProvider provider)
    {
        var factory = new LanternFactory(await TestDatabase.CreateAsync(provider));
        var (partnership, agency, type) = await factory.PartnershipAsync();
        var unit = await factory.PersonAsync(partnership, agency, PartnershipRoles.BusinessUnit, "Bea Business");
        var owner = await factory.PersonAsync(partnership, agency, PartnershipRoles.None, "Olu Owner");
        var reviewId = await factory.ReviewAsync(partnership, type, unit.Id, "Child R");
        return new Setup(factory, owner, unit, reviewId, partnership, agency);
    }

    private static DateOnly Today(LanternFactory factory) => DateOnly.FromDateTime(factory.Clock.GetUtcNow().UtcDateTime);

    private static async Task<List<Guid>> ActionsAsync(Setup s, int count, int dueInDays, Guid? ownerUserId, ActionStatus status = ActionStatus.InProgress, string title = "Agree one meaning of seen")
    {
        await using var db = s.Factory.CreateDbContext();
        var today = Today(s.Factory);
        var ids = new List<Guid>();
        for (var i = 0; i < count; i++)
        {
            var action = new ImprovementAction
            {
                Id = Guid.NewGuid(),
                PartnershipId = s.PartnershipId,
                ReviewId = s.ReviewId,
                Source = ActionSource.Finding,
                SourceId = Guid.NewGuid(),
                Title = $"{title} {i}",
                OwningAgencyId = s.AgencyId,
                OwnerName = "Olu Owner",
                OwnerUserId = ownerUserId,
                RaisedOn = today.AddDays(-30),
                DueOn = today.AddDays(dueInDays),
                Status = status,
                CompletedOn = status == ActionStatus.Completed ? today.AddDays(-90) : null,
                CompletionSummary = status == ActionStatus.Completed ? "Done" : null,
                CreatedAt = DateTime.UtcNow,
                CreatedByUserId = s.Unit.Id,
            };
            db.ImprovementActions.Add(action);
            ids.Add(action.Id);
        }

        await db.SaveChangesAsync();
        return ids;
    }

    private static ReminderService Service(IServiceScope scope, IEmailOutbox? outbox = null) => outbox is null
        ? scope.ServiceProvider.GetRequiredService<ReminderService>()
        : new ReminderService(scope.ServiceProvider.GetRequiredService<LanternDbContext>(), outbox, scope.ServiceProvider.GetRequiredService<DeadlineService>(),
            scope.ServiceProvider.GetRequiredService<IOptions<LanternOptions>>(), scope.ServiceProvider.GetRequiredService<TimeProvider>(), NullLogger<ReminderService>.Instance);

    private static string[] Mail(LanternFactory factory) => Directory.Exists(factory.MailFolder) ? Directory.GetFiles(factory.MailFolder, "*.eml") : [];

    [Fact]
    public async Task DueActionsAndChecks_QueuedOnce_WrittenToThePickupFolder_WithoutNamesOrContent_AndShownInYourTasks()
    {
        var s = await SetUpAsync(DatabaseProvider.Sqlite);
        await using var factory = s.Factory;
        var due = (await ActionsAsync(s, 1, 3, s.Owner.Id, title: "Child R's health visitor to see Kayden alone"))[0];
        var done = (await ActionsAsync(s, 1, -100, s.Owner.Id, ActionStatus.Completed))[0];
        var later = (await ActionsAsync(s, 1, 60, s.Owner.Id))[0];
        Guid checkId;
        await using (var db = factory.CreateDbContext())
        {
            var check = new FollowUpCheck { Id = Guid.NewGuid(), ActionId = done, DueOn = Today(factory), MonthsAfterCompletion = 3 };
            db.FollowUpChecks.Add(check);
            await db.SaveChangesAsync();
            checkId = check.Id;
        }

        using (var scope = factory.Services.CreateScope())
        {
            var first = await Service(scope).QueueAsync();
            var again = await Service(scope).QueueAsync();
            Assert.Equal(0, again);
            Assert.True(first >= 2, $"queued {first}");
        }

        await using (var db = factory.CreateDbContext())
        {
            Assert.Equal(1, await db.Reminders.CountAsync(r => r.SubjectId == due && r.UserId == s.Owner.Id && r.Kind == ReminderKind.ActionDue));
            Assert.Equal(1, await db.Reminders.CountAsync(r => r.SubjectId == checkId && r.Kind == ReminderKind.FollowUpDue));
            Assert.False(await db.Reminders.AnyAsync(r => r.SubjectId == later));
        }

        // The owner sees both in their tasks before anything is sent.
        var owner = await factory.SignInAsync(s.Owner);
        var dashboard = await owner.GetAsync("/dashboard");
        Assert.Contains("An improvement action you are responsible for is due", dashboard.Html, StringComparison.Ordinal);
        Assert.Contains($"/reviews/{s.ReviewId}/actions/{done}/checks/{checkId}", dashboard.Html, StringComparison.Ordinal);

        using (var scope = factory.Services.CreateScope())
        {
            var (sent, failed) = await Service(scope).SendAsync("test");
            Assert.Equal(0, failed);
            Assert.True(sent >= 2);
        }

        var emails = Mail(factory).Select(File.ReadAllText).Where(t => t.Contains(s.Owner.Email, StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.Equal(2, emails.Count);
        Assert.Contains(emails, e => e.Contains($"/reviews/{s.ReviewId}/actions/{due}", StringComparison.Ordinal));
        Assert.All(emails, e =>
        {
            Assert.DoesNotContain("Child R", e, StringComparison.Ordinal);
            Assert.DoesNotContain("Kayden", e, StringComparison.Ordinal);
            Assert.DoesNotContain("Agree one meaning", e, StringComparison.Ordinal);
            Assert.Contains("Lantern: something needs your attention", e, StringComparison.Ordinal);
        });

        // Sending again sends nothing more.
        using (var scope = factory.Services.CreateScope())
        {
            Assert.Equal((0, 0), await Service(scope).SendAsync("test"));
        }
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task TwoInstancesSendingAtOnce_EachReminderGoesOnce(DatabaseProvider provider)
    {
        var s = await SetUpAsync(provider);
        await using var factory = s.Factory;
        await ActionsAsync(s, 60, 2, s.Owner.Id);
        using (var scope = factory.Services.CreateScope())
        {
            Assert.Equal(60, await Service(scope).QueueAsync());
        }

        // Two senders on their own connections, as two Lantern processes would be, started together.
        using var one = factory.Services.CreateScope();
        using var two = factory.Services.CreateScope();
        var outboxOne = new CountingOutbox();
        var outboxTwo = new CountingOutbox();
        var results = await Task.WhenAll(Service(one, outboxOne).SendAsync("instance-one"), Service(two, outboxTwo).SendAsync("instance-two"));

        Assert.Equal(60, results.Sum(r => r.Sent));
        var addressed = outboxOne.Sent.Concat(outboxTwo.Sent).ToList();
        Assert.Equal(60, addressed.Count);
        Assert.Equal(60, addressed.Select(m => m.Body).Distinct().Count());
        await using var db = factory.CreateDbContext();
        Assert.Equal(60, await db.Reminders.CountAsync(r => r.SentAt != null && r.Attempts == 1));
    }

    [Fact]
    public async Task AServerThatRefusesOrTimesOut_KeepsTheReminder_ToTryAgainLater_AndNeverSendsItTwice()
    {
        var s = await SetUpAsync(DatabaseProvider.Sqlite);
        await using var factory = s.Factory;
        await ActionsAsync(s, 2, 1, s.Owner.Id);
        using (var scope = factory.Services.CreateScope())
        {
            await Service(scope).QueueAsync();
        }

        var failing = new CountingOutbox { FailWith = new TimeoutException("Connection timed out to owner@testshire.example") };
        using (var scope = factory.Services.CreateScope())
        {
            Assert.Equal((0, 2), await Service(scope, failing).SendAsync("one"));
        }

        await using (var db = factory.CreateDbContext())
        {
            var kept = await db.Reminders.ToListAsync();
            Assert.All(kept, r =>
            {
                Assert.Null(r.SentAt);
                Assert.Equal(1, r.Attempts);
                Assert.NotNull(r.NextAttemptAt);
                Assert.Equal("The mail server did not answer in time", r.LastError);
                Assert.DoesNotContain("@", r.LastError, StringComparison.Ordinal);
            });
        }

        // Not yet time to retry: nothing is tried. After the wait, both go, once.
        var working = new CountingOutbox();
        using (var scope = factory.Services.CreateScope())
        {
            Assert.Equal((0, 0), await Service(scope, working).SendAsync("two"));
        }

        factory.Clock.Advance(ReminderService.Backoff(1) + TimeSpan.FromMinutes(1));
        using (var scope = factory.Services.CreateScope())
        {
            Assert.Equal((2, 0), await Service(scope, working).SendAsync("two"));
            Assert.Equal((0, 0), await Service(scope, working).SendAsync("two"));
        }

        Assert.Equal(2, working.Sent.Count);
    }

    private sealed class CountingOutbox : IEmailOutbox
    {
        private readonly object gate = new();

        public List<EmailMessage> Sent { get; } = [];

        public Exception? FailWith { get; init; }

        public bool SendsEmail => true;

        public Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
        {
            if (FailWith is { } failure)
            {
                throw failure;
            }

            lock (gate)
            {
                Sent.Add(message);
            }

            return Task.CompletedTask;
        }
    }
}
