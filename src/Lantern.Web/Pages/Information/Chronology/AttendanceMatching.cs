using Lantern.Core.Information.Import;
using Lantern.Core.Information.Merging;
using Lantern.Web.Pages.Information.Submissions;

namespace Lantern.Web.Pages.Information.Chronology;

/// <summary>
/// Finds the meeting an attendance row means from its date and type. The type is read as the agency's words
/// ("ICPC" is a child protection conference); the meeting is a merged event or an entry standing alone with
/// that type on that day. Two different meetings of the type that day cannot be told apart, so the row is refused.
/// </summary>
public sealed class MeetingFinder
{
    private readonly EventTypeVocabulary vocabulary;
    private readonly ILookup<(DateOnly Date, string Type), RegisterMeeting> byDay;

    private MeetingFinder(EventTypeVocabulary vocabulary, ILookup<(DateOnly, string), RegisterMeeting> byDay)
    {
        this.vocabulary = vocabulary;
        this.byDay = byDay;
    }

    public static async Task<MeetingFinder> LoadAsync(LanternDbContext db, Guid reviewId, CancellationToken ct)
    {
        var vocabulary = await ChronologyApplier.VocabularyAsync(db, reviewId, ct);
        var entries = (await db.ChronologyEntries.AsNoTracking().Where(e => e.ReviewId == reviewId && e.IsCurrent)
                .Select(e => new { e.Id, e.LineageId, e.Date, Type = e.MappedType ?? e.EventType, e.MergedEventId }).ToListAsync(ct))
            .Where(e => MeetingTypes.IsMeeting(e.Type))
            .ToList();
        var meetings = entries.GroupBy(e => e.MergedEventId ?? e.Id).ToDictionary(g => g.Key, g =>
        {
            var first = g.OrderBy(e => e.Date).First();
            return g.Key == first.MergedEventId
                ? new RegisterMeeting(AttendanceTarget.MergedEvent, g.Key, g.Key, g.Select(e => e.LineageId).ToList(), first.Type, first.Date, true)
                : new RegisterMeeting(AttendanceTarget.Entry, first.Id, first.LineageId, [first.LineageId], first.Type, first.Date, true);
        });

        // A merged event is found on any of its accounts' dates and types, once.
        var index = entries
            .Select(e => (Key: (e.Date, MeetingTypes.Normalise(e.Type)), Meeting: meetings[e.MergedEventId ?? e.Id]))
            .Distinct()
            .ToLookup(p => p.Key, p => p.Meeting);
        return new MeetingFinder(vocabulary, index);
    }

    public RegisterMeeting? Find(string dateText, string typeText, List<string> errors)
    {
        DateOnly? date = null;
        if (dateText.Length == 0)
        {
            errors.Add("Enter the date of the meeting");
        }
        else if (DateCells.ParseDate(dateText) is var (parsed, error) && parsed is null)
        {
            errors.Add(error ?? $"\u201C{dateText}\u201D is not a date");
        }
        else if (parsed!.Value.MonthOnly)
        {
            errors.Add("Give the day of the meeting, not only the month");
        }
        else
        {
            date = parsed.Value.Date;
        }

        string? type = null;
        if (typeText.Length == 0)
        {
            errors.Add("Enter the type of meeting");
        }
        else if (vocabulary.Resolve(Guid.Empty, typeText) is not { } resolved)
        {
            errors.Add($"\u201C{typeText}\u201D is not a meeting type Lantern knows. Use strategy discussion, child protection conference, core group meeting or multi-agency meeting");
        }
        else if (!MeetingTypes.IsMeeting(resolved))
        {
            errors.Add($"\u201C{typeText}\u201D means {resolved.ToLowerInvariant()}, which is not a multi-agency meeting");
        }
        else
        {
            type = resolved;
        }

        if (date is not { } day || type is null)
        {
            return null;
        }

        var found = byDay[(day, MeetingTypes.Normalise(type))].ToList();
        switch (found.Count)
        {
            case 1:
                return found[0];
            case 0:
                errors.Add($"There is no {type.ToLowerInvariant()} on {ChronologyFormat.Date(day)} in the chronology");
                return null;
            default:
                errors.Add($"There are {found.Count} different {type.ToLowerInvariant()}s on {ChronologyFormat.Date(day)} in the chronology, so Lantern cannot tell which this row means. " +
                    "Merge them if they are one meeting, or record this person on the meeting's attendance page");
                return null;
        }
    }
}

/// <summary>Finds a person in the people register by their pseudonym, or (for someone who may see them) their real
/// name or an other name, ignoring case and accents.</summary>
public sealed class PersonFinder
{
    private readonly Dictionary<string, HashSet<Guid>> byName;
    private readonly Dictionary<Guid, string> pseudonyms;
    private readonly bool realNames;

    private PersonFinder(Dictionary<string, HashSet<Guid>> byName, Dictionary<Guid, string> pseudonyms, bool realNames)
    {
        this.byName = byName;
        this.pseudonyms = pseudonyms;
        this.realNames = realNames;
    }

    public static async Task<PersonFinder> LoadAsync(LanternDbContext db, Guid reviewId, bool realNames, CancellationToken ct)
    {
        var people = await db.People.AsNoTracking().Where(p => p.ReviewId == reviewId)
            .Select(p => new { p.Id, p.Pseudonym, p.RealName, p.Aliases }).ToListAsync(ct);
        var byName = new Dictionary<string, HashSet<Guid>>(StringComparer.Ordinal);
        void Add(string name, Guid id)
        {
            var key = Folding.Fold(name);
            if (key.Length > 0)
            {
                (byName.TryGetValue(key, out var ids) ? ids : byName[key] = []).Add(id);
            }
        }

        foreach (var person in people)
        {
            Add(person.Pseudonym, person.Id);
            if (realNames)
            {
                Add(person.RealName, person.Id);
                person.Aliases.ForEach(a => Add(a, person.Id));
            }
        }

        return new PersonFinder(byName, people.ToDictionary(p => p.Id, p => p.Pseudonym), realNames);
    }

    public Guid? Find(string name, List<string> errors)
    {
        if (name.Length == 0)
        {
            errors.Add("Enter the person");
            return null;
        }

        if (!byName.TryGetValue(Folding.Fold(name), out var ids))
        {
            errors.Add(realNames
                ? $"No one in the people register is called \u201C{name}\u201D. Add them to the register, or use their pseudonym"
                : $"No one in the people register has the pseudonym \u201C{name}\u201D");
            return null;
        }

        if (ids.Count > 1)
        {
            errors.Add($"\u201C{name}\u201D could be {string.Join(" or ", ids.Select(id => pseudonyms[id]).Order(StringComparer.Ordinal))}. Use their pseudonym");
            return null;
        }

        return ids.Single();
    }
}
