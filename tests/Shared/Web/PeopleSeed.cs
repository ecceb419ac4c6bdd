using Lantern.Core.Information;

namespace Lantern.Testing.Web;

public static class PeopleSeed
{
    /// <summary>A fictional person in the review's people register.</summary>
    public static async Task<Guid> RegisterPersonAsync(this LanternFactory factory, Guid reviewId, string realName = "Robin Fictional",
        string pseudonym = "Mother", PersonCategory category = PersonCategory.FamilyOrHousehold, string? relationship = "Mother",
        IEnumerable<string>? aliases = null, Guid? agencyId = null, string? role = null, DateOnly? dateOfBirth = null)
    {
        await using var db = factory.CreateDbContext();
        var person = new Lantern.Core.Information.Person
        {
            Id = Guid.NewGuid(),
            ReviewId = reviewId,
            Category = category,
            RealName = realName,
            Aliases = [.. aliases ?? ["Robbie"]],
            DateOfBirth = dateOfBirth ?? new DateOnly(1994, 5, 17),
            Relationship = category == PersonCategory.Professional ? null : relationship,
            AgencyId = agencyId,
            ProfessionalRole = role,
            Pseudonym = pseudonym,
            CreatedAt = DateTime.UtcNow,
        };
        db.People.Add(person);
        await db.SaveChangesAsync();
        return person.Id;
    }
}
