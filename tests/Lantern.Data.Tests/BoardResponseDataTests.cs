using Lantern.Core.Analysis;
using Lantern.Core.Board;
using Lantern.Core.Organisation;
using Lantern.Core.Reports;
using Lantern.Testing;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Data.Tests;

public sealed class SqliteBoardResponseDataTests() : BoardResponseDataTests(DatabaseProvider.Sqlite);

public sealed class PostgresBoardResponseDataTests() : BoardResponseDataTests(DatabaseProvider.Postgres);

/// <summary>The Board's response keeps its lists (attendees, agencies, answers to issues) through the database, holds
/// one presentation per review and one answer per finding, refuses a stale copy, and the partnership's expected weeks
/// before publication are kept, on both databases.</summary>
public abstract class BoardResponseDataTests(DatabaseProvider provider)
{
    [Fact]
    public async Task PresentationAndAnswers_RoundTrip_AreOneEach_AndAStaleCopyIsRefused()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        Guid reviewId, findingId, agencyId, issueId, partnershipId;
        await using (var db = database.CreateContext())
        {
            var (partnership, agency, type) = Seed.Partnership(db, "Board Partnership");
            var user = Seed.User(db, partnership, agency, PartnershipRoles.BusinessUnit, "Bea Board");
            var review = Seed.Review(db, partnership, type, user, "Child B");
            (reviewId, agencyId, partnershipId) = (review.Id, agency.Id, partnership.Id);
            Assert.Equal(Partnership.DefaultWeeksFromPresentationToPublication, partnership.WeeksFromPresentationToPublication);
            partnership.ChangeSettings(partnership.Name, partnership.Jurisdiction, partnership.ReferralExpectedWithinWorkingDays, 8);
            var version = ReportVersion.Start(review.Id, 1, user.Id, Seed.Now);
            var finding = new Finding { Id = Guid.NewGuid(), ReviewId = review.Id, Number = 1, Title = "Doorstep visits count as seeing the child", CreatedByUserId = user.Id, CreatedAt = Seed.Now, UpdatedByUserId = user.Id, UpdatedAt = Seed.Now };
            var issue = new BoardIssue { Id = Guid.NewGuid(), FindingId = finding.Id, ReviewId = review.Id, Position = 1, Text = "How will the Board know?" };
            (findingId, issueId) = (finding.Id, issue.Id);
            db.AddRange(version, finding, issue);
            db.BoardPresentations.Add(new BoardPresentation
            {
                Id = Guid.NewGuid(),
                ReviewId = review.Id,
                ReportVersionId = version.Id,
                PresentedOn = new(2027, 3, 1),
                Kind = BoardMeetingKind.Extraordinary,
                Attendees = ["Independent chair", "Designated nurse – health"],
                Minutes = "Discussed.",
                RecordedAt = Seed.Now,
                RecordedByUserId = user.Id,
            });
            db.FindingResponses.Add(new FindingResponse
            {
                Id = Guid.NewGuid(),
                ReviewId = review.Id,
                FindingId = finding.Id,
                Decision = FindingDecision.AcceptedInPart,
                Reasons = "Only in health.",
                AgencyIds = [agency.Id],
                IssueAnswers = [new IssueAnswer { BoardIssueId = issue.Id, Answer = "By audit." }],
                RecordedAt = Seed.Now,
                RecordedByUserId = user.Id,
            });
            db.LearningPriorities.Add(new LearningPriority { Id = Guid.NewGuid(), PartnershipId = partnership.Id, Title = "Seeing the child", From = new(2027, 4, 1), CreatedAt = Seed.Now });
            await db.SaveChangesAsync();
        }

        await using (var db = database.CreateContext())
        {
            var presentation = await db.BoardPresentations.SingleAsync(p => p.ReviewId == reviewId);
            Assert.Equal(["Independent chair", "Designated nurse – health"], presentation.Attendees);
            Assert.Equal((new DateOnly(2027, 3, 1), BoardMeetingKind.Extraordinary), (presentation.PresentedOn, presentation.Kind));
            var response = await db.FindingResponses.SingleAsync(r => r.FindingId == findingId);
            Assert.Equal([agencyId], response.AgencyIds);
            Assert.Equal((issueId, "By audit."), (response.IssueAnswers.Single().BoardIssueId, response.IssueAnswers.Single().Answer));
            Assert.Equal(8, (await db.Partnerships.SingleAsync(p => p.Id == partnershipId)).WeeksFromPresentationToPublication);
            Assert.Null((await db.LearningPriorities.SingleAsync(p => p.PartnershipId == partnershipId)).To);

            // A second answer to the same finding is refused by the database.
            db.FindingResponses.Add(new FindingResponse { Id = Guid.NewGuid(), ReviewId = reviewId, FindingId = findingId, Decision = FindingDecision.Accepted, RecordedAt = Seed.Now });
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        }

        await using (var db = database.CreateContext())
        {
            var response = await db.FindingResponses.SingleAsync(r => r.FindingId == findingId);
            db.Entry(response).Property(r => r.Version).OriginalValue = Guid.NewGuid();
            response.Decision = FindingDecision.NotAccepted;
            await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => db.SaveChangesAsync());
        }
    }

    [Fact]
    public async Task PublicationPlan_RoundTrips_OnePerReview_OneNoticePerAgency_AndTheRemovalSettingIsKept()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        Guid reviewId, agencyId, partnershipId, userId;
        await using (var db = database.CreateContext())
        {
            var (partnership, agency, type) = Seed.Partnership(db, "Publication Partnership");
            var user = Seed.User(db, partnership, agency, PartnershipRoles.BusinessUnit, "Pat Publish");
            var review = Seed.Review(db, partnership, type, user, "Child P");
            (reviewId, agencyId, partnershipId, userId) = (review.Id, agency.Id, partnership.Id, user.Id);
            Assert.Equal(PublicationRules.FewestMonthsPublished, partnership.MonthsPublished);
            partnership.ChangeSettings(partnership.Name, partnership.Jurisdiction, partnership.ReferralExpectedWithinWorkingDays, null, 24);
            db.PublicationPlans.Add(new PublicationPlan
            {
                Id = Guid.NewGuid(),
                ReviewId = review.Id,
                PanelSentOn = new(2027, 5, 20),
                FamilyToldBy = "Lead reviewer – with an interpreter",
                FamilyOfferedMeeting = true,
                PublishedOn = new(2027, 6, 8),
                PublishedWhere = "https://testshire-scp.example/reviews/child-p",
                Editions = PublishedEditions.Report | PublishedEditions.LearningSummary,
                RemoveOn = new(2029, 6, 8),
                UpdatedAt = Seed.Now,
                UpdatedByUserId = user.Id,
            });
            db.ProfessionalsNotices.Add(new ProfessionalsNotice { Id = Guid.NewGuid(), ReviewId = review.Id, AgencyId = agency.Id, ToldOn = new(2027, 6, 1), Support = "Team meeting", ConfirmedByUserId = user.Id, ConfirmedAt = Seed.Now });
            await db.SaveChangesAsync();
        }

        await using (var db = database.CreateContext())
        {
            var plan = await db.PublicationPlans.SingleAsync(p => p.ReviewId == reviewId);
            Assert.Equal((PublishedEditions.Report | PublishedEditions.LearningSummary, new DateOnly(2029, 6, 8), "Lead reviewer – with an interpreter"), (plan.Editions, plan.RemoveOn!.Value, plan.FamilyToldBy));
            Assert.Equal(24, (await db.Partnerships.SingleAsync(p => p.Id == partnershipId)).MonthsPublished);
            Assert.Equal("Team meeting", (await db.ProfessionalsNotices.SingleAsync(n => n.ReviewId == reviewId && n.AgencyId == agencyId)).Support);

            // A second notice for the same agency, or a second plan for the review, is refused by the database.
            db.ProfessionalsNotices.Add(new ProfessionalsNotice { Id = Guid.NewGuid(), ReviewId = reviewId, AgencyId = agencyId, ToldOn = new(2027, 6, 2), Support = "Again", ConfirmedByUserId = userId, ConfirmedAt = Seed.Now });
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        }

        await using (var db = database.CreateContext())
        {
            db.PublicationPlans.Add(new PublicationPlan { Id = Guid.NewGuid(), ReviewId = reviewId, UpdatedAt = Seed.Now, UpdatedByUserId = userId });
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        }

        await using (var db = database.CreateContext())
        {
            var plan = await db.PublicationPlans.SingleAsync(p => p.ReviewId == reviewId);
            db.Entry(plan).Property(p => p.Version).OriginalValue = Guid.NewGuid();
            plan.PressLead = "Someone";
            await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => db.SaveChangesAsync());
        }
    }
}
