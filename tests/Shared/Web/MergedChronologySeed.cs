using Lantern.Core.Information;
using Lantern.Core.Organisation;
using Lantern.Data;
using RegisteredPerson = Lantern.Core.Information.Person;

namespace Lantern.Testing.Web;

/// <summary>The ids of a seeded two-agency chronology.</summary>
public sealed record SeededChronology(
    Guid PoliceId,
    Guid HealthId,
    Guid PoliceVisitId,
    Guid HealthVisitId,
    Guid MergedEventId,
    Guid PoliceStrategyId,
    Guid HealthStrategyId,
    Guid AuntId,
    Guid SocialWorkerId,
    Guid HealthVisitorId);

/// <summary>
/// Chronology entries made straight in the database (uploads are another part's work): two agencies, each with a
/// current submission version; a pair of home visits on consecutive days described in alike words (one event),
/// a strategy discussion already merged whose accounts differ, and a series of core group meetings whose
/// membership changes.
/// </summary>
public static class MergedChronologySeed
{
    public static async Task<SeededChronology> MergedChronologyAsync(this LanternFactory factory, Guid partnershipId, Guid reviewId, Guid userId)
    {
        await using var db = factory.CreateDbContext();
        var police = AgencyNamed(db, partnershipId, "Testshire Police", AgencyType.Police);
        var health = AgencyNamed(db, partnershipId, "Testshire Community Health", AgencyType.HealthHealthVisiting);
        var policeVersion = Version(db, reviewId, police.Id, userId);
        var healthVersion = Version(db, reviewId, health.Id, userId);

        var aunt = Person(db, reviewId, PersonCategory.FamilyOrHousehold, "Aunt", null);
        var socialWorker = Person(db, reviewId, PersonCategory.Professional, "Social worker 7", null);
        var healthVisitor = Person(db, reviewId, PersonCategory.Professional, "Health visitor 7", health.Id);

        var policeVisit = Entry(db, policeVersion, new(2024, 3, 3), "Home visit", "Officers called at the flat after a neighbour heard shouting. The aunt said all was well.", aunt);
        var healthVisit = Entry(db, healthVersion, new(2024, 3, 4), "Home visit", "Health visitor called at the flat; the aunt said a neighbour had heard shouting the night before and all was well.", aunt);

        var merged = new MergedEvent { Id = Guid.NewGuid(), ReviewId = reviewId, ConfirmedByUserId = userId, ConfirmedAt = DateTime.UtcNow };
        db.MergedEvents.Add(merged);
        var policeStrategy = Entry(db, policeVersion, new(2024, 3, 10), "Strategy discussion", "Strategy discussion held by phone; agreed a section 47 enquiry.", socialWorker, healthVisitor);
        var healthStrategy = Entry(db, healthVersion, new(2024, 3, 12), "Strategy discussion", "Strategy discussion: health not invited, told of the outcome afterwards.", socialWorker);
        policeStrategy.MergedEventId = merged.Id;
        healthStrategy.MergedEventId = merged.Id;

        Entry(db, healthVersion, new(2024, 4, 2), "Core group meeting", "First core group meeting.", socialWorker, healthVisitor, aunt);
        var newSocialWorker = Person(db, reviewId, PersonCategory.Professional, "Social worker 8", null);
        var supportWorker = Person(db, reviewId, PersonCategory.Professional, "Family support worker 1", null);
        Entry(db, healthVersion, new(2024, 5, 7), "Core group meeting", "Second core group meeting; a new social worker and a family support worker came for the first time.",
            aunt, newSocialWorker, supportWorker);

        await db.SaveChangesAsync();
        return new SeededChronology(police.Id, health.Id, policeVisit.Id, healthVisit.Id, merged.Id, policeStrategy.Id, healthStrategy.Id, aunt.Id, socialWorker.Id, healthVisitor.Id);
    }

    /// <summary>A large chronology for benchmarks: <paramref name="count"/> entries over three years from five agencies,
    /// with people linked, so that pages and duplicate detection work on realistic data.</summary>
    public static async Task ManyEntriesAsync(this LanternFactory factory, Guid partnershipId, Guid reviewId, Guid userId, int count, int seed = 4)
    {
        await using var db = factory.CreateDbContext();
        var random = new Random(seed);
        var types = new[] { "Home visit", "Phone call", "Strategy discussion", "Core group meeting", "School attendance", "GP appointment", "Referral", "Hospital attendance" };
        var agencies = Enumerable.Range(1, 5).Select(i => AgencyNamed(db, partnershipId, $"Benchmark agency {i}", AgencyType.Other)).ToList();
        var versions = agencies.Select(a => Version(db, reviewId, a.Id, userId)).ToList();
        var people = Enumerable.Range(1, 40).Select(i => Person(db, reviewId, i <= 20 ? PersonCategory.Professional : PersonCategory.FamilyOrHousehold, $"Person {i}", null)).ToList();
        var start = new DateOnly(2021, 1, 1);
        for (var i = 0; i < count; i++)
        {
            Entry(db, versions[random.Next(versions.Count)], start.AddDays(random.Next(1100)), types[random.Next(types.Length)],
                $"Entry {i}: practitioners recorded what they saw and what was said at the time.", people[random.Next(people.Count)], people[random.Next(people.Count)]);
        }

        await db.SaveChangesAsync();
    }

    /// <summary>Adds an entry to the agency's current version, with the type its words map to through the built-in list (none for words it does not know).</summary>
    public static async Task<Guid> AddEntryAsync(this LanternFactory factory, Guid reviewId, Guid agencyId, DateOnly date, string words, string description, TimeOnly? time = null)
    {
        await using var db = factory.CreateDbContext();
        var version = db.ChronologyEntries.Where(e => e.ReviewId == reviewId && e.AgencyId == agencyId && e.IsCurrent).Select(e => e.SubmissionVersionId).First();
        var rows = db.ChronologyEntries.Count(e => e.SubmissionVersionId == version);
        var entry = new ChronologyEntry
        {
            Id = Guid.NewGuid(),
            ReviewId = reviewId,
            AgencyId = agencyId,
            SubmissionVersionId = version,
            LineageId = Guid.NewGuid(),
            IsCurrent = true,
            RowNumber = rows + 1,
            Date = date,
            Time = time,
            Precision = DatePrecision.Day,
            EventType = words,
            MappedType = EventTypeVocabulary.BuiltIn.Resolve(agencyId, words),
            Description = description,
        };
        db.ChronologyEntries.Add(entry);
        await db.SaveChangesAsync();
        return entry.Id;
    }

    /// <summary>The partnership's agency of that name (names are unique in a partnership), added if it is not there yet.</summary>
    private static Agency AgencyNamed(LanternDbContext db, Guid partnershipId, string name, AgencyType type)
    {
        var agency = db.Agencies.SingleOrDefault(a => a.PartnershipId == partnershipId && a.Name == name);
        if (agency is null)
        {
            agency = new Agency(Guid.NewGuid(), partnershipId, name, type);
            db.Agencies.Add(agency);
        }

        return agency;
    }

    private static Lane Version(LanternDbContext db, Guid reviewId, Guid agencyId, Guid userId)
    {
        var submission = new ChronologySubmission { Id = Guid.NewGuid(), ReviewId = reviewId, AgencyId = agencyId, CurrentVersion = 1, CreatedAt = DateTime.UtcNow };
        var version = new SubmissionVersion
        {
            Id = Guid.NewGuid(),
            SubmissionId = submission.Id,
            ReviewId = reviewId,
            Number = 1,
            Source = SubmissionSource.Form,
            AppliedByUserId = userId,
            AppliedAt = DateTime.UtcNow,
        };
        db.ChronologySubmissions.Add(submission);
        db.SubmissionVersions.Add(version);
        return new Lane(version, agencyId);
    }

    /// <summary>An agency's current version, with a count of its rows so far.</summary>
    private sealed class Lane(SubmissionVersion version, Guid agencyId)
    {
        public SubmissionVersion Version { get; } = version;

        public Guid AgencyId { get; } = agencyId;

        public int Rows { get; set; }
    }

    private static RegisteredPerson Person(LanternDbContext db, Guid reviewId, PersonCategory category, string pseudonym, Guid? agencyId)
    {
        var person = new RegisteredPerson
        {
            Id = Guid.NewGuid(),
            ReviewId = reviewId,
            Category = category,
            RealName = $"Real name of {pseudonym}",
            Pseudonym = pseudonym,
            AgencyId = agencyId,
            CreatedAt = DateTime.UtcNow,
        };
        db.People.Add(person);
        return person;
    }

    private static ChronologyEntry Entry(LanternDbContext db, Lane lane, DateOnly date, string type, string description, params RegisteredPerson[] people)
    {
        var entry = new ChronologyEntry
        {
            Id = Guid.NewGuid(),
            ReviewId = lane.Version.ReviewId,
            AgencyId = lane.AgencyId,
            SubmissionVersionId = lane.Version.Id,
            LineageId = Guid.NewGuid(),
            IsCurrent = true,
            RowNumber = ++lane.Rows,
            Date = date,
            Precision = DatePrecision.Day,
            EventType = type,
            MappedType = EventTypeVocabulary.BuiltIn.Resolve(lane.AgencyId, type),
            Description = description,
        };
        db.ChronologyEntries.Add(entry);
        foreach (var person in people.DistinctBy(p => p.Id))
        {
            db.EntryPeople.Add(new EntryPerson { EntryId = entry.Id, PersonId = person.Id, ReviewId = lane.Version.ReviewId });
        }

        return entry;
    }
}
