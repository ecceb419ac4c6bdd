using Lantern.Core.Analysis;

namespace Lantern.Testing.Web;

/// <summary>A partnership's own contributory-factors scheme, version 1, made directly in the database.</summary>
public static class CodingSchemeSeed
{
    public static async Task<string> CodingSchemeAsync(this LanternFactory factory, Guid partnershipId, Guid userId, string name = "Work system (test)")
    {
        var outline = CodingSchemeOutline.Parse("""
            - People in the work : Who did the work and what did they bring to it?
              - Know-how and experience
              - Strain and fatigue
            - Tools and records
              - The case recording system
            """);
        var key = CodingSchemeOutline.UniqueKey(name, new HashSet<string>());
        await using var db = factory.CreateDbContext();
        db.CodingSchemes.Add(new StoredCodingScheme(Guid.NewGuid(), partnershipId, CodingSchemePurpose.ContributoryFactors,
            new CodingScheme(key, name, 1, outline.Codes), userId, DateTime.UtcNow));
        await db.SaveChangesAsync();
        return key;
    }
}
