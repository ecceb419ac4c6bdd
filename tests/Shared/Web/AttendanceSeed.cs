using Lantern.Core.Information;
using Microsoft.EntityFrameworkCore;
using RegisteredPerson = Lantern.Core.Information.Person;

namespace Lantern.Testing.Web;

/// <summary>The ids the attendance tests add to a seeded two-agency chronology.</summary>
public sealed record SeededAttendance(Guid ChildId, Guid PoliceOfficerId, Guid IcpcEntryId, Guid FirstCoreGroupId);

/// <summary>
/// On top of <see cref="MergedChronologySeed"/>: real names with accents and other names, the subject child named
/// in the strategy discussion and the core groups (as records name a child they talk about), a police officer, an
/// "ICPC" in the police's own words, two child protection conferences recorded separately on the same day, and two
/// people whose real names are the same.
/// </summary>
public static class AttendanceSeed
{
    public static async Task<SeededAttendance> AttendanceAsync(this LanternFactory factory, Guid reviewId, SeededChronology seeded)
    {
        await using var db = factory.CreateDbContext();
        var socialWorker = await db.People.SingleAsync(p => p.Id == seeded.SocialWorkerId);
        socialWorker.RealName = "Siobhán O'Connor";
        socialWorker.Aliases = ["Shiv O'Connor"];
        var healthVisitor = await db.People.SingleAsync(p => p.Id == seeded.HealthVisitorId);
        healthVisitor.RealName = "Zoë Mäkinen";
        var child = Person(db, reviewId, PersonCategory.Subject, "Child A", "Amélie Durand");
        var officer = Person(db, reviewId, PersonCategory.Professional, "Police officer 3", "Dónal Byrne");
        Person(db, reviewId, PersonCategory.Professional, "Teacher 1", "Jo Smith");
        Person(db, reviewId, PersonCategory.FamilyOrHousehold, "Neighbour 2", "Jo Smith");

        var police = await db.ChronologyEntries.SingleAsync(e => e.Id == seeded.PoliceStrategyId);
        var health = await db.ChronologyEntries.SingleAsync(e => e.Id == seeded.HealthStrategyId);
        var coreGroups = await db.ChronologyEntries.Where(e => e.ReviewId == reviewId && e.EventType == "Core group meeting").OrderBy(e => e.Date).ToListAsync();
        foreach (var entry in coreGroups.Append(police))
        {
            db.EntryPeople.Add(new EntryPerson { EntryId = entry.Id, PersonId = child.Id, ReviewId = reviewId });
        }

        var icpc = Entry(db, police, 100, new DateOnly(2024, 4, 20), "ICPC", "Initial child protection conference; plan agreed.", child, officer);
        Entry(db, police, 101, new DateOnly(2024, 6, 3), "RCPC", "Review conference, police gave an update.", officer);
        Entry(db, health, 100, new DateOnly(2024, 6, 3), "Child protection conference", "Review child protection conference.", healthVisitor);
        await db.SaveChangesAsync();
        return new SeededAttendance(child.Id, officer.Id, icpc.Id, coreGroups[0].Id);
    }

    private static RegisteredPerson Person(Lantern.Data.LanternDbContext db, Guid reviewId, PersonCategory category, string pseudonym, string realName)
    {
        var person = new RegisteredPerson { Id = Guid.NewGuid(), ReviewId = reviewId, Category = category, RealName = realName, Pseudonym = pseudonym, CreatedAt = DateTime.UtcNow };
        db.People.Add(person);
        return person;
    }

    private static ChronologyEntry Entry(Lantern.Data.LanternDbContext db, ChronologyEntry sameVersionAs, int row, DateOnly date, string words, string description, params RegisteredPerson[] people)
    {
        var entry = new ChronologyEntry
        {
            Id = Guid.NewGuid(),
            ReviewId = sameVersionAs.ReviewId,
            AgencyId = sameVersionAs.AgencyId,
            SubmissionVersionId = sameVersionAs.SubmissionVersionId,
            LineageId = Guid.NewGuid(),
            IsCurrent = true,
            RowNumber = row,
            Date = date,
            Precision = DatePrecision.Day,
            EventType = words,
            MappedType = EventTypeVocabulary.BuiltIn.Resolve(sameVersionAs.AgencyId, words),
            Description = description,
        };
        db.ChronologyEntries.Add(entry);
        foreach (var person in people)
        {
            db.EntryPeople.Add(new EntryPerson { EntryId = entry.Id, PersonId = person.Id, ReviewId = sameVersionAs.ReviewId });
        }

        return entry;
    }
}
