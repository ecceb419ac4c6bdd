using Lantern.Core.Actions;

namespace Lantern.Testing.Web;

/// <summary>Ids of the improvement action seeded for a review.</summary>
public sealed record ActionIds(Guid ActionId, Guid MeasureId, Guid CheckId);

/// <summary>One improvement action made directly in the database: raised from a finding, owned by an agency,
/// completed a month ago with one outcome measure (two readings) and its three follow-up checks.</summary>
public static class ActionSeed
{
    public static async Task<ActionIds> ActionAsync(this LanternFactory factory, Guid partnershipId, Guid reviewId, Guid findingId, Guid agencyId, Guid userId)
    {
        await using var db = factory.CreateDbContext();
        var now = DateTime.UtcNow;
        var today = DateOnly.FromDateTime(now);
        var action = new ImprovementAction
        {
            Id = Guid.NewGuid(),
            PartnershipId = partnershipId,
            ReviewId = reviewId,
            Source = ActionSource.Finding,
            SourceId = findingId,
            Title = "Invite the health visitor to every strategy discussion about a baby",
            OwningAgencyId = agencyId,
            OwnerName = "Morgan Testwell, designated nurse",
            RaisedOn = today.AddMonths(-4),
            DueOn = today.AddMonths(-1),
            Status = ActionStatus.NotStarted,
            CreatedAt = now,
            CreatedByUserId = userId,
        };
        action.MoveTo(ActionStatus.Completed, today.AddMonths(-1), "The strategy discussion procedure now names the health visitor.");
        var measure = new OutcomeMeasure
        {
            Id = Guid.NewGuid(),
            ActionId = action.Id,
            Measure = "Strategy discussions about babies with health present",
            Source = "Quarterly multi-agency audit",
            Unit = "%",
            Baseline = 45m,
            BaselineOn = today.AddMonths(-4),
            Target = 90m,
            HigherIsBetter = true,
        };
        var checks = FollowUpSchedule.For(action.CompletedOn!.Value).Select(c => c.ToCheck(action.Id)).ToList();
        db.ImprovementActions.Add(action);
        db.OutcomeMeasures.Add(measure);
        db.OutcomeReadings.AddRange(
            new OutcomeReading { Id = Guid.NewGuid(), MeasureId = measure.Id, TakenOn = today.AddMonths(-2), Value = 60m, RecordedAt = now, RecordedByUserId = userId },
            new OutcomeReading { Id = Guid.NewGuid(), MeasureId = measure.Id, TakenOn = today.AddDays(-7), Value = 72.5m, RecordedAt = now, RecordedByUserId = userId });
        db.FollowUpChecks.AddRange(checks);
        await db.SaveChangesAsync();
        return new ActionIds(action.Id, measure.Id, checks[0].Id);
    }
}
