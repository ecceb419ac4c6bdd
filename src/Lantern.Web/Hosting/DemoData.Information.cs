namespace Lantern.Web.Hosting;

/// <summary>The training review's information, written as rows: the people register and chronology services link
/// people by matching names and save in transactions of their own, so they cannot give these exact links inside the
/// demo's one transaction.</summary>
public sealed partial class DemoData
{
    /// <summary>The people register and three agencies' chronologies, which record the same strategy discussion with
    /// different dates and attendees (every name is invented); returns the social worker, health visitor and police
    /// officer, and the chronology entries' lineages in row order.</summary>
    private (Person[] Professionals, List<Guid> Entries) AddInformation(Review review, IReadOnlyList<Agency> agencies, Guid businessUnitId, DateTime now)
    {
        var incident = DateOnly.FromDateTime(now).AddDays(-41);
        Person Add(PersonCategory category, string name, string pseudonym, string? relationship = null, int? agency = null, string? role = null, params string[] aliases)
        {
            var person = new Person
            {
                Id = Guid.NewGuid(),
                ReviewId = review.Id,
                Category = category,
                RealName = name,
                Aliases = [.. aliases],
                Relationship = relationship,
                AgencyId = agency is { } a ? agencies[a].Id : null,
                ProfessionalRole = role,
                Pseudonym = pseudonym,
                CreatedAt = now,
            };
            db.People.Add(person);
            return person;
        }

        var child = Add(PersonCategory.Subject, "Noah Example (training)", "Child N", aliases: ["Noah"]);
        var mother = Add(PersonCategory.FamilyOrHousehold, "Leah Example (training)", "Mother", "Mother", aliases: ["Leah", "Lea Example"]);
        var partner = Add(PersonCategory.FamilyOrHousehold, "Kyle Sample (training)", "Mother's partner", "Mother's partner", aliases: ["Kyle", "Kyle Sampel"]);
        var socialWorker = Add(PersonCategory.Professional, "Imran Testwell (training)", "Social worker 1", agency: 0, role: "Social worker", aliases: ["Imran Testwell"]);
        var healthVisitor = Add(PersonCategory.Professional, "Beth Demo (training)", "Health visitor 1", agency: 4, role: "Health visitor", aliases: ["Beth Demo"]);
        var officer = Add(PersonCategory.Professional, "Marcus Trial (training)", "Police officer 1", agency: 1, role: "Detective constable", aliases: ["DC Trial"]);

        // What the disclosure-risk check looks for beyond names, for the report's editions to be tried on.
        foreach (var (kind, text, replacement) in new[]
                 {
                     (Core.Disclosure.IdentifyingDetailKind.Nursery, "Little Acorns Nursery (training)", "a local nursery"),
                     (Core.Disclosure.IdentifyingDetailKind.GpPractice, "Millbrook Surgery (training)", "the family's GP practice"),
                 })
        {
            db.IdentifyingDetails.Add(new Core.Reports.ReviewIdentifyingDetail
            {
                Id = Guid.NewGuid(),
                ReviewId = review.Id,
                Kind = kind,
                Text = text,
                Replacement = replacement,
                CreatedAt = now,
                CreatedByUserId = businessUnitId,
            });
        }

        var merged = new MergedEvent { Id = Guid.NewGuid(), ReviewId = review.Id, ConfirmedByUserId = businessUnitId, ConfirmedAt = now, Note = "Police and health recorded different dates." };
        db.MergedEvents.Add(merged);
        var rows = new (int Agency, int DaysBefore, string Type, string Text, Person[] People, bool Shared)[]
        {
            (4, 120, "Home visit", "New birth visit. Mother and baby seen at home; Mother's partner present.", [child, mother, partner, healthVisitor], false),
            (4, 60, "Home visit", "Visit as planned. Bruise noticed on baby's cheek; Mother said it came from a toy.", [child, mother, healthVisitor], false),
            (0, 58, "Referral", "Referral received from health visiting about a bruise on a non-mobile baby.", [child, socialWorker], false),
            (0, 56, "Strategy discussion", "Strategy discussion with police and health. Agreed a single-agency assessment.", [socialWorker, officer, healthVisitor], true),
            (1, 57, "Strategy discussion", "Strategy discussion held by phone with children's services.", [officer, socialWorker], true),
            (4, 56, "Strategy discussion", "Attended the strategy discussion; shared the history of missed appointments.", [healthVisitor, socialWorker, officer], true),
            (1, 30, "Police call-out", "Neighbour reported shouting at the address. Officers attended; no children seen.", [mother, partner, officer], false),
            (0, 10, "Assessment", "Assessment closed with advice about safe sleeping and crying babies.", [child, mother, socialWorker], false),
            (3, 1, "Hospital attendance", "Baby brought to the emergency department with a head injury.", [child, mother, partner], false),
        };
        var versions = new Dictionary<int, SubmissionVersion>();
        foreach (var agency in rows.Select(r => r.Agency).Distinct())
        {
            var submission = new ChronologySubmission { Id = Guid.NewGuid(), ReviewId = review.Id, AgencyId = agencies[agency].Id, CurrentVersion = 1, CreatedAt = now };
            var count = rows.Count(r => r.Agency == agency);
            versions[agency] = new SubmissionVersion
            {
                Id = Guid.NewGuid(),
                SubmissionId = submission.Id,
                ReviewId = review.Id,
                Number = 1,
                Source = SubmissionSource.Form,
                RowCount = count,
                RowsAdded = count,
                AppliedByUserId = businessUnitId,
                AppliedAt = now,
            };
            db.ChronologySubmissions.Add(submission);
            db.SubmissionVersions.Add(versions[agency]);
        }

        var lineages = new List<Guid>();
        for (var i = 0; i < rows.Length; i++)
        {
            var row = rows[i];
            var entry = new ChronologyEntry
            {
                Id = Guid.NewGuid(),
                ReviewId = review.Id,
                AgencyId = agencies[row.Agency].Id,
                SubmissionVersionId = versions[row.Agency].Id,
                LineageId = Guid.NewGuid(),
                IsCurrent = true,
                RowNumber = i + 1,
                Date = incident.AddDays(-row.DaysBefore),
                Precision = DatePrecision.Day,
                EventType = row.Type,
                MappedType = EventTypeVocabulary.BuiltIn.Resolve(agencies[row.Agency].Id, row.Type),
                Description = row.Text,
                AuthorRole = "Practitioner (training)",
                SourceReference = $"TRAIN-{i + 1:000}",
                MergedEventId = row.Shared ? merged.Id : null,
            };
            db.ChronologyEntries.Add(entry);
            lineages.Add(entry.LineageId);
            foreach (var person in row.People)
            {
                db.EntryPeople.Add(new EntryPerson { EntryId = entry.Id, PersonId = person.Id, ReviewId = review.Id });
            }
        }

        return ([socialWorker, healthVisitor, officer], lineages);
    }
}
