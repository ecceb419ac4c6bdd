using Lantern.Core.Information.Merging;
using Lantern.Core.Organisation;
using Lantern.Testing;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Data.Tests;

public sealed class SqliteMergeRejectionDataTests() : MergeRejectionDataTests(DatabaseProvider.Sqlite);

public sealed class PostgresMergeRejectionDataTests() : MergeRejectionDataTests(DatabaseProvider.Postgres);

/// <summary>A reviewer's "not the same event" keeps both lineages on both databases, and a pair is held once.</summary>
public abstract class MergeRejectionDataTests(DatabaseProvider provider)
{
    [Fact]
    public async Task MergeRejection_RoundTrips_AndAPairIsUniqueInItsReview()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var pair = LineagePair.Of(Guid.NewGuid(), Guid.NewGuid());
        Guid reviewId, userId;
        await using (var db = database.CreateContext())
        {
            var (partnership, agency, type) = Seed.Partnership(db, "Rejections Partnership");
            var user = Seed.User(db, partnership, agency, PartnershipRoles.BusinessUnit, "Rae Rejecter");
            reviewId = Seed.Review(db, partnership, type, user, "Child R").Id;
            userId = user.Id;
            db.MergeRejections.Add(new MergeRejection
            {
                Id = Guid.NewGuid(),
                ReviewId = reviewId,
                FirstLineageId = pair.First,
                SecondLineageId = pair.Second,
                RejectedByUserId = userId,
                RejectedAt = Seed.Now,
            });
            await db.SaveChangesAsync();
        }

        await using (var db = database.CreateContext())
        {
            var stored = await db.MergeRejections.SingleAsync(r => r.ReviewId == reviewId);
            Assert.Equal(pair, new LineagePair(stored.FirstLineageId, stored.SecondLineageId));
            Assert.Equal(userId, stored.RejectedByUserId);
            Assert.Equal(Seed.Now, stored.RejectedAt);

            db.MergeRejections.Add(new MergeRejection
            {
                Id = Guid.NewGuid(),
                ReviewId = reviewId,
                FirstLineageId = pair.First,
                SecondLineageId = pair.Second,
                RejectedByUserId = userId,
                RejectedAt = Seed.Now,
            });
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        }
    }
}
