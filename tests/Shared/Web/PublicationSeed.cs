using Lantern.Core.Information;

namespace Lantern.Testing.Web;

/// <summary>What stands in the way of publishing a review, made directly in the database.</summary>
public static class PublicationSeed
{
    /// <summary>A prosecution under way, led by <paramref name="leadBody"/>, with a constraint agreed on
    /// <paramref name="agreedOn"/> that holds publication and has not been lifted. Returns the constraint's id.</summary>
    public static async Task<Guid> PublicationHoldAsync(this LanternFactory factory, Guid reviewId, Guid userId, DateOnly agreedOn,
        string leadBody = "Testshire Police", string text = "Nothing published until the trial ends")
    {
        await using var db = factory.CreateDbContext();
        var process = new ParallelProcess { Id = Guid.NewGuid(), ReviewId = reviewId, Kind = ProcessKind.Prosecution, LeadBody = leadBody, Status = ProcessStatus.UnderWay, CreatedAt = DateTime.UtcNow };
        var hold = new ProcessConstraint
        {
            Id = Guid.NewGuid(),
            ProcessId = process.Id,
            ReviewId = reviewId,
            Text = text,
            Holds = ReviewHold.Publication,
            AgreedOn = agreedOn,
            AddedByUserId = userId,
            AddedAt = DateTime.UtcNow,
        };
        db.AddRange(process, hold);
        await db.SaveChangesAsync();
        return hold.Id;
    }
}
