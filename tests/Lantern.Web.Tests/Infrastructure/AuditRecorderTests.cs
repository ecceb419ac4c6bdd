using Lantern.Core.Audit;
using Lantern.Core.SettingUp;
using Lantern.Data;
using Lantern.Testing;
using Lantern.Testing.Web;
using Lantern.Web.Infrastructure.Auditing;

namespace Lantern.Web.Tests.Infrastructure;

/// <summary>Each way of recording names its subject exactly as the hand-built events it replaced did: the audit
/// trail's filters and the partnership separation read these fields.</summary>
public sealed class AuditRecorderTests : IAsyncDisposable
{
    private static readonly DateTimeOffset Moment = new(2026, 7, 1, 13, 45, 10, TimeSpan.Zero);
    private static readonly AuditActor Someone = new(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "203.0.113.9");

    private readonly SqliteTestDatabase database = SqliteTestDatabase.CreateEmpty();
    private readonly LanternDbContext db;
    private readonly AuditRecorder recorder;
    private readonly Guid review = Guid.NewGuid();
    private readonly Guid partnership = Guid.NewGuid();
    private readonly Guid item = Guid.NewGuid();

    public AuditRecorderTests()
    {
        var clock = new FakeClock();
        clock.Set(Moment);
        db = database.CreateContext();
        recorder = new AuditRecorder(db, clock);
    }

    [Fact]
    public void Audit_ItemOfAReview_NamesTheItemTheReviewAndItsPartnership()
    {
        recorder.Audit(Someone, AuditActions.EpisodeAdded, review, partnership, "KeyPracticeEpisode", item);

        var e = Single();
        Assert.Equal((AuditActions.EpisodeAdded, "KeyPracticeEpisode", item, review, partnership), (e.Action, e.EntityType, e.EntityId, e.ReviewId, e.PartnershipId));
        Assert.Equal((Someone.UserId, Someone.AgencyId, Someone.IpAddress), (e.UserId, e.AgencyId, e.IpAddress));
        Assert.Equal(Moment.UtcDateTime, e.OccurredAt);
    }

    [Fact]
    public void AuditReview_NamesTheReviewAsItsOwnSubject()
    {
        recorder.AuditReview(Someone, AuditActions.ReviewDetailsChanged, review, partnership);

        var e = Single();
        Assert.Equal(("Review", review, review, partnership), (e.EntityType, e.EntityId, e.ReviewId, e.PartnershipId));
    }

    [Fact]
    public void AuditPartnership_ARecordOfThePartnership_NamesNoReview()
    {
        recorder.AuditPartnership(Someone, AuditActions.AgencyChanged, partnership, "Agency", item);

        var e = Single();
        Assert.Equal(("Agency", item, (Guid?)null, partnership), (e.EntityType, e.EntityId, e.ReviewId, e.PartnershipId));
    }

    [Fact]
    public void AuditPartnership_NoRecord_NamesOnlyThePartnership()
    {
        recorder.AuditPartnership(Someone, AuditActions.DashboardViewed, partnership);

        var e = Single();
        Assert.Equal(((string?)null, (Guid?)null, (Guid?)null, partnership), (e.EntityType, e.EntityId, e.ReviewId, e.PartnershipId));
    }

    [Fact]
    public void AuditUser_NamesTheAccountInItsOwnPartnership()
    {
        var user = new LanternUser { Id = Guid.NewGuid(), PartnershipId = partnership, DisplayName = "Priya Okonkwo-Hale" };

        recorder.AuditUser(AuditActor.System, AuditActions.PasswordReset, user);

        var e = Single();
        Assert.Equal(("User", user.Id, (Guid?)null, partnership), (e.EntityType, e.EntityId, e.ReviewId, e.PartnershipId));
    }

    [Fact]
    public void Audit_NoSubject_FallsBackToTheActorsPartnership()
    {
        recorder.Audit(Someone, AuditActions.AccessRefused);

        var e = Single();
        Assert.Equal(((string?)null, (Guid?)null, (Guid?)null, Someone.PartnershipId), (e.EntityType, e.EntityId, e.ReviewId, e.PartnershipId));
    }

    [Fact]
    public void AuditAccessRefusedElsewhere_RecordsTheAttemptInBothPartnerships()
    {
        var theirs = Guid.NewGuid();

        recorder.AuditAccessRefusedElsewhere(Someone, partnership, review, theirs);

        var events = db.ChangeTracker.Entries<AuditEvent>().Select(x => x.Entity).ToList();
        Assert.Equal(2, events.Count);
        Assert.All(events, e => Assert.Equal(AuditActions.AccessRefused, e.Action));
        Assert.Contains(events, e => e.PartnershipId == partnership && e.ReviewId is null && e.EntityId is null);
        Assert.Contains(events, e => e.PartnershipId == theirs && e.ReviewId == review && e.EntityType == "Review" && e.EntityId == review);
    }

    [Fact]
    public void Audit_AnySubject_KeepsItAsGiven()
    {
        var link = Guid.NewGuid();

        recorder.Audit(AuditActor.System, AuditActions.SetupLinkIssued, new AuditSubject("OneTimeLink", link));

        var e = Single();
        Assert.Equal(("OneTimeLink", link, (Guid?)null, (Guid?)null, (Guid?)null), (e.EntityType, e.EntityId, e.ReviewId, e.PartnershipId, e.UserId));
    }

    [Fact]
    public void History_LongSummary_IsCutToWhatTheTimelineKeeps()
    {
        recorder.History(review, HistoryKind.Referred, new string('x', ReviewHistoryEntry.SummaryMaxLength + 40), Someone.UserId);

        var entry = Assert.Single(db.ChangeTracker.Entries<ReviewHistoryEntry>()).Entity;
        Assert.Equal(ReviewHistoryEntry.SummaryMaxLength, entry.Summary.Length);
        Assert.Equal((review, Moment.UtcDateTime), (entry.ReviewId, entry.OccurredAt));
        Assert.Empty(db.ChangeTracker.Entries<AuditEvent>());
    }

    [Fact]
    public void Today_JustAfterMidnightInSummer_IsTheUkDate()
    {
        var clock = new FakeClock();
        clock.Set(new DateTimeOffset(2026, 6, 30, 23, 30, 0, TimeSpan.Zero));

        Assert.Equal(new DateOnly(2026, 7, 1), new AuditRecorder(db, clock).Today);
    }

    public async ValueTask DisposeAsync()
    {
        await db.DisposeAsync();
        await database.DisposeAsync();
    }

    private AuditEvent Single() => Assert.Single(db.ChangeTracker.Entries<AuditEvent>()).Entity;
}
