using Lantern.Core;
using Lantern.Core.Deadlines;
using Lantern.Core.Organisation;
using Lantern.Core.SettingUp;
using Lantern.Testing;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Data.Tests;

public sealed class SqliteSettingUpDataTests() : SettingUpDataTests(DatabaseProvider.Sqlite);

public sealed class PostgresSettingUpDataTests() : SettingUpDataTests(DatabaseProvider.Postgres);

/// <summary>The setting-up records keep every field on both databases: lists, JSON-held answers, money and dates.</summary>
public abstract class SettingUpDataTests(DatabaseProvider provider)
{
    [Fact]
    public async Task SettingUpRecords_RoundTrip()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        Guid reviewId, otherAgency = Guid.NewGuid();
        await using (var db = database.CreateContext())
        {
            var (partnership, agency, type) = Seed.Partnership(db, "Round Trip Partnership");
            partnership.ChangeSettings(partnership.Name, Jurisdiction.Scotland, 12);
            var user = Seed.User(db, partnership, agency, PartnershipRoles.BusinessUnit, "Ana Roundtrip");
            var review = Seed.Review(db, partnership, type, user, "Child F");
            reviewId = review.Id;
            db.Referrals.Add(new Referral
            {
                Id = Guid.NewGuid(),
                ReviewId = review.Id,
                SubjectKind = SubjectKind.Child,
                SubjectName = "Frankie Example",
                SubjectDateOfBirth = new DateOnly(2024, 2, 29),
                SubjectLegalStatus = LegalStatus.LookedAfter,
                IncidentDate = new DateOnly(2026, 11, 2),
                Harm = HarmKind.Death,
                Circumstances = "Fictional.",
                AwareDate = new DateOnly(2026, 11, 3),
                ReferredOn = new DateOnly(2026, 11, 4),
                ReferringAgencyId = agency.Id,
                ReferrerName = "Sam Referrer",
                ReferredByUserId = user.Id,
                OtherAgencyIds = [otherAgency],
                OtherAreas = ["Northtown", "Southport"],
                Jurisdiction = Jurisdiction.Scotland,
                CriteriaRoute = CriteriaRoute.OtherLearning,
                Criteria = [new CriterionResponse { Key = "learning-for-services", Answer = CriterionAnswer.NotKnown }],
                OtherLearningReason = "Good practice to share.",
                Rationale = "Learning.",
                InitialReviewTypeId = type.Id,
                CreatedAt = Seed.Now,
            });
            db.TermsOfReference.Add(new TermsOfReference
            {
                Id = Guid.NewGuid(),
                ReviewId = review.Id,
                VersionNumber = 1,
                PeriodFrom = new DateOnly(2025, 1, 1),
                PeriodTo = new DateOnly(2026, 11, 2),
                LinesOfEnquiry = ["First question?", "Second question?"],
                AgencyIdsInScope = [agency.Id, otherAgency],
                Method = ReviewMethod.Hybrid,
                Scale = ReviewScale.SpeedPlus,
                LeadReviewers = "Lee",
                FactorNotes = [new FactorNote { Key = "priorities", Note = "A priority" }],
                Status = TermsStatus.Agreed,
                AgreedOn = new DateOnly(2026, 11, 20),
                CreatedByUserId = user.Id,
                CreatedAt = Seed.Now,
            });
            db.Budgets.Add(new Budget { Id = Guid.NewGuid(), ReviewId = review.Id, Planned = new Money(1_250_050), Committed = new Money(99), Actual = new Money(0) });
            db.HolidayChanges.Add(new HolidayChange
            {
                Id = Guid.NewGuid(),
                PartnershipId = partnership.Id,
                Date = new DateOnly(2027, 6, 7),
                Calendar = HolidayCalendar.Scotland,
                Kind = AdjustmentKind.Add,
                Reason = "A fictional occasion",
                RecordedByUserId = user.Id,
                RecordedAt = Seed.Now,
            });
            db.DeadlineRuleSettings.Add(DeadlineRuleSetting.From(DeadlineRules.Defaults[3], partnership.Id));
            await db.SaveChangesAsync();
        }

        await using (var db = database.CreateContext())
        {
            var referral = await db.Referrals.SingleAsync(r => r.ReviewId == reviewId);
            Assert.Equal([otherAgency], referral.OtherAgencyIds);
            Assert.Equal(["Northtown", "Southport"], referral.OtherAreas);
            Assert.Equal(CriterionAnswer.NotKnown, Assert.Single(referral.Criteria).Answer);
            Assert.Equal((new DateOnly(2024, 2, 29), LegalStatus.LookedAfter, Jurisdiction.Scotland), (referral.SubjectDateOfBirth!.Value, referral.SubjectLegalStatus, referral.Jurisdiction));

            var terms = await db.TermsOfReference.SingleAsync(t => t.ReviewId == reviewId);
            Assert.Equal(["First question?", "Second question?"], terms.LinesOfEnquiry);
            Assert.Equal(2, terms.AgencyIdsInScope.Count);
            Assert.Equal("A priority", Assert.Single(terms.FactorNotes).Note);
            Assert.Equal((TermsStatus.Agreed, new DateOnly(2026, 11, 20)), (terms.Status, terms.AgreedOn!.Value));

            var budget = await db.Budgets.SingleAsync(b => b.ReviewId == reviewId);
            Assert.Equal(new Money(1_250_050), budget.Planned);
            Assert.Equal("£12,500.50", budget.Planned.ToString());

            var partnership = await db.Partnerships.SingleAsync(p => p.Name == "Round Trip Partnership");
            Assert.Equal((Jurisdiction.Scotland, 12), (partnership.Jurisdiction, partnership.ReferralExpectedWithinWorkingDays));
            var change = await db.HolidayChanges.SingleAsync(h => h.PartnershipId == partnership.Id);
            Assert.Equal((new DateOnly(2027, 6, 7), HolidayCalendar.Scotland, AdjustmentKind.Add), (change.Date, change.Calendar, change.Kind));
            var rule = (await db.DeadlineRuleSettings.SingleAsync(r => r.PartnershipId == partnership.Id)).ToRule();
            Assert.Equal(DeadlineRules.Defaults[3], rule);
        }
    }
}
