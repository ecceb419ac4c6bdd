using Lantern.Core.Information.Merging;

namespace Lantern.Web.Pages.Information.People;

/// <summary>Reads of the register that other features need: every pseudonymised view and download replaces names
/// through the one <see cref="PseudonymText"/> built here.</summary>
public static class PeopleRegister
{
    /// <summary>A pseudonymiser for every form of every registered person's name, and their date of birth and
    /// address, in the review.</summary>
    public static async Task<PseudonymText> PseudonymTextAsync(LanternDbContext db, Guid reviewId, CancellationToken ct) =>
        new(await db.People.AsNoTracking().Where(p => p.ReviewId == reviewId)
            .Select(p => new RegisteredNames(p.Id, p.RealName, p.Aliases, p.Pseudonym, p.DateOfBirth, p.Address))
            .ToListAsync(ct));
}
