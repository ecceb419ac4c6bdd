using Lantern.Core.Actions;
using Lantern.Core.Organisation;
using Lantern.Core.Quality;
using Lantern.Core.Reminders;
using Lantern.Testing;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Data.Tests;

public sealed class SqliteAfterReviewDataTests() : AfterReviewDataTests(DatabaseProvider.Sqlite);

public sealed class PostgresAfterReviewDataTests() : AfterReviewDataTests(DatabaseProvider.Postgres);

/// <summary>What follows a review keeps its values through the database on both providers: an action's outcome
/// readings to four decimal places, one follow-up check per interval, one answer per marker per review, and a
/// reminder queued once only.</summary>
public abstract class AfterReviewDataTests(DatabaseProvider provider)
{
    [Fact]
    public async Task ActionsMarkersAndReminders_RoundTrip_AndDuplicatesAreRefused()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        Guid reviewId, actionId, measureId, userId, partnershipId;
        await using (var db = database.CreateContext())
        {
            var (partnership, agency, type) = Seed.Partnership(db, "After Partnership");
            var user = Seed.User(db, partnership, agency, PartnershipRoles.BusinessUnit, "Ari After");
            var review = Seed.Review(db, partnership, type, user, "Child A");
            (reviewId, userId, partnershipId) = (review.Id, user.Id, partnership.Id);
            var action = new ImprovementAction
            {
                Id = Guid.NewGuid(),
                PartnershipId = partnership.Id,
                ReviewId = review.Id,
                Source = ActionSource.Finding,
                SourceId = Guid.NewGuid(),
                Title = "Agree one meaning of \"seen\" – across agencies",
                OwningAgencyId = agency.Id,
                OwnerName = "Head of early help",
                RaisedOn = new(2027, 4, 1),
                DueOn = new(2027, 9, 30),
                Status = ActionStatus.InProgress,
                FollowUpMonths = [2, 5, 11],
                CreatedAt = Seed.Now,
                CreatedByUserId = user.Id,
            };
            var measure = new OutcomeMeasure { Id = Guid.NewGuid(), ActionId = action.Id, Measure = "Home visits where the child was seen alone", Source = "Case audit", Unit = "%", Baseline = 42.5m, Target = 90m, HigherIsBetter = true };
            (actionId, measureId) = (action.Id, measure.Id);
            db.AddRange(action, measure);
            db.OutcomeReadings.Add(new OutcomeReading { Id = Guid.NewGuid(), MeasureId = measure.Id, TakenOn = new(2027, 6, 30), Value = 61.1234m, RecordedAt = Seed.Now, RecordedByUserId = user.Id });
            db.FollowUpChecks.Add(new FollowUpCheck { Id = Guid.NewGuid(), ActionId = action.Id, DueOn = new(2028, 1, 1), MonthsAfterCompletion = 3 });
            db.MarkerAssessments.Add(new MarkerAssessment { Id = Guid.NewGuid(), ReviewId = review.Id, Marker = 8, Answer = MarkerAnswer.PartlyMet, Comment = "Delays not told", AssessedByUserId = user.Id, AssessedAt = Seed.Now });
            db.Reminders.Add(new Reminder { Id = Guid.NewGuid(), PartnershipId = partnership.Id, UserId = user.Id, Kind = ReminderKind.ActionDue, SubjectId = action.Id, DueOn = action.DueOn, Link = "/reviews/x/actions/y", CreatedAt = Seed.Now });
            await db.SaveChangesAsync();
        }

        await using (var db = database.CreateContext())
        {
            Assert.Equal(61.1234m, (await db.OutcomeReadings.SingleAsync(r => r.MeasureId == measureId)).Value);
            var measure = await db.OutcomeMeasures.SingleAsync(m => m.Id == measureId);
            Assert.Equal((42.5m, 90m), (measure.Baseline, measure.Target));
            Assert.Equal(ActionStatus.InProgress, (await db.ImprovementActions.SingleAsync(a => a.Id == actionId)).Status);
            Assert.Equal(MarkerAnswer.PartlyMet, (await db.MarkerAssessments.SingleAsync(a => a.ReviewId == reviewId)).Answer);
            db.MarkerAssessments.Add(new MarkerAssessment { Id = Guid.NewGuid(), ReviewId = reviewId, Marker = 8, Answer = MarkerAnswer.Met });
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        }

        await using (var db = database.CreateContext())
        {
            db.FollowUpChecks.Add(new FollowUpCheck { Id = Guid.NewGuid(), ActionId = actionId, DueOn = new(2028, 1, 1), MonthsAfterCompletion = 3 });
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        }

        await using (var db = database.CreateContext())
        {
            // Completed again later: the same months from the new date are a new check.
            db.FollowUpChecks.Add(new FollowUpCheck { Id = Guid.NewGuid(), ActionId = actionId, DueOn = new(2028, 3, 2), MonthsAfterCompletion = 3 });
            await db.SaveChangesAsync();
            var action = await db.ImprovementActions.SingleAsync(a => a.Id == actionId);
            Assert.Equal([2, 5, 11], action.FollowUpMonths);
            var partnership = await db.Partnerships.SingleAsync(p => p.Id == partnershipId);
            Assert.Empty(partnership.FollowUpMonths);
            partnership.ChangeFollowUpMonths([1, 24]);
            await db.SaveChangesAsync();
        }

        await using (var db = database.CreateContext())
        {
            Assert.Equal([1, 24], (await db.Partnerships.SingleAsync(p => p.Id == partnershipId)).FollowUpMonths);
        }

        await using (var db = database.CreateContext())
        {
            db.Reminders.Add(new Reminder { Id = Guid.NewGuid(), PartnershipId = partnershipId, UserId = userId, Kind = ReminderKind.ActionDue, SubjectId = actionId, DueOn = new(2027, 9, 30), Link = "/x", CreatedAt = Seed.Now });
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        }
    }
}
