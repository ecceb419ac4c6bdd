namespace Lantern.Core.Information.Import;

/// <summary>
/// Checks one row of a chronology against Lantern's columns, with one plain message per cell that is wrong.
/// Some things are warnings only, kept on the entry as flags: a date after the incident (agencies' records often
/// run on past it), a date outside the period the terms of reference set, and an empty description (the agency
/// recorded that something happened, and nothing about it).
/// </summary>
public sealed class RowValidator(IReadOnlyDictionary<string, int> mapping, DateOnly? incidentDate, DateOnly? periodFrom = null, DateOnly? periodTo = null)
{
    private readonly int date = Index(mapping, ChronologyColumns.Date);
    private readonly int time = Index(mapping, ChronologyColumns.Time);
    private readonly int precision = Index(mapping, ChronologyColumns.Precision);
    private readonly int eventType = Index(mapping, ChronologyColumns.EventType);
    private readonly int description = Index(mapping, ChronologyColumns.Description);
    private readonly int people = Index(mapping, ChronologyColumns.People);
    private readonly int authorRole = Index(mapping, ChronologyColumns.AuthorRole);
    private readonly int sourceReference = Index(mapping, ChronologyColumns.SourceReference);

    public RowCheck Check(int rowNumber, IReadOnlyList<string> cells)
    {
        List<CellProblem>? problems = null;
        List<CellProblem>? warnings = null;
        void Problem(string column, string message) => (problems ??= []).Add(new CellProblem(column, message));

        DateOnly day = default;
        TimeOnly? at = null;
        var dateIsMonth = false;
        var dateText = Cell(cells, date);
        if (dateText.Length == 0)
        {
            Problem(ChronologyColumns.Date, "Enter the date");
        }
        else if (DateCells.ParseDate(dateText) is var (parsed, error) && parsed is { } d)
        {
            (day, dateIsMonth, at) = (d.Date, d.MonthOnly, d.Time);
        }
        else
        {
            Problem(ChronologyColumns.Date, error!);
        }

        var timeText = Cell(cells, time);
        if (timeText.Length > 0)
        {
            if (DateCells.TryParseTime(timeText, out var parsedTime))
            {
                at = parsedTime;
            }
            else
            {
                Problem(ChronologyColumns.Time, $"\u201C{DateCells.Shorten(timeText)}\u201D is not a time. Use the 24-hour clock, for example 14:30");
            }
        }

        var exactness = dateIsMonth ? DatePrecision.Month : DatePrecision.Day;
        var precisionText = Cell(cells, precision);
        if (precisionText.Length > 0)
        {
            switch (ReadPrecision(precisionText))
            {
                case { } p when p == DatePrecision.Day && dateIsMonth:
                    Problem(ChronologyColumns.Date, $"{dateText} has no day. Give the day, or put \u201Cmonth\u201D in the date precision column");
                    break;
                case { } p:
                    exactness = p;
                    break;
                default:
                    Problem(ChronologyColumns.Precision, "The date precision must be day, month or approximate");
                    break;
            }
        }

        if (exactness == DatePrecision.Month)
        {
            day = new DateOnly(day.Year, day.Month, 1);
            at = null;
        }

        var type = Cell(cells, eventType);
        if (type.Length == 0)
        {
            Problem(ChronologyColumns.EventType, "Enter the event type, for example Home visit");
        }
        else if (type.Length > ChronologyEntry.EventTypeMaxLength)
        {
            Problem(ChronologyColumns.EventType, "The event type must be 80 characters or fewer");
        }

        var text = Cell(cells, description);
        if (text.Length > ChronologyEntry.DescriptionMaxLength)
        {
            Problem(ChronologyColumns.Description, "The description must be 8,000 characters or fewer: split it into two rows");
        }

        var who = Optional(cells, people, ChronologyColumns.People, ChronologyEntry.PeopleMaxLength, "The people involved must be 1,000 characters or fewer", Problem);
        var role = Optional(cells, authorRole, ChronologyColumns.AuthorRole, ChronologyEntry.AuthorRoleMaxLength, "The author role must be 120 characters or fewer", Problem);
        var reference = Optional(cells, sourceReference, ChronologyColumns.SourceReference, ChronologyEntry.SourceReferenceMaxLength,
            "The source record reference must be 120 characters or fewer", Problem);

        if (problems is not null)
        {
            return new RowCheck(null, problems, []);
        }

        var flags = EntryFlags.None;
        void Warn(EntryFlags flag, string column, string message)
        {
            flags |= flag;
            (warnings ??= []).Add(new CellProblem(column, message));
        }

        if (incidentDate is { } incident && day > incident)
        {
            Warn(EntryFlags.AfterIncident, ChronologyColumns.Date,
                $"This is after the incident on {incident.LongDate()}. Check the date; the row will still be added");
        }

        if ((periodFrom is { } from && day < from) || (periodTo is { } to && day > to))
        {
            Warn(EntryFlags.OutsideReviewPeriod, ChronologyColumns.Date,
                $"This is outside the period under review ({Describe(periodFrom)} to {Describe(periodTo)}). Check the date; the row will still be added");
        }

        if (text.Length == 0)
        {
            Warn(EntryFlags.EmptyDescription, ChronologyColumns.Description,
                "The description is empty. The row will be added and marked as having no description; correct it if the agency can say what happened");
        }

        return new RowCheck(
            new ChronologyRow(rowNumber, day, at, exactness, EventTypes.Normalise(type), text, who, role, reference, flags),
            [],
            warnings ?? (IReadOnlyList<CellProblem>)[]);
    }

    private static string Describe(DateOnly? date) => date?.LongDate() ?? "open";

    /// <summary>"day", "month" or "approximate" (also "approx", "about", "circa", "estimated").</summary>
    public static DatePrecision? ReadPrecision(string text) => text.Trim().ToLowerInvariant() switch
    {
        "day" or "exact" or "date" => DatePrecision.Day,
        "month" => DatePrecision.Month,
        "approximate" or "approx" or "approx." or "about" or "circa" or "c." or "estimated" => DatePrecision.Approximate,
        _ => null,
    };

    private static string? Optional(IReadOnlyList<string> cells, int index, string column, int max, string tooLong, Action<string, string> problem)
    {
        var value = Cell(cells, index);
        if (value.Length > max)
        {
            problem(column, tooLong);
        }

        return value.Length == 0 ? null : value;
    }

    private static string Cell(IReadOnlyList<string> cells, int index) => index >= 0 && index < cells.Count ? cells[index].Trim() : string.Empty;

    private static int Index(IReadOnlyDictionary<string, int> mapping, string key) => mapping.TryGetValue(key, out var i) ? i : -1;
}
