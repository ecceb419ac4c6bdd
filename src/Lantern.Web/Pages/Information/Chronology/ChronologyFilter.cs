using Microsoft.AspNetCore.Http;

namespace Lantern.Web.Pages.Information.Chronology;

/// <summary>
/// The chronology's filters, read from the query string of a GET form. Only what the user chose travels in the
/// URL: an agency and a person by id, the event type, a period, the words they typed, and whether only
/// entries that arrived with a warning (<see cref="Core.Information.EntryFlags"/>) are wanted.
/// </summary>
public sealed record ChronologyFilter(
    Guid? AgencyId,
    string? EventType,
    Guid? PersonId,
    DateInputModel FromInput,
    DateInputModel ToInput,
    string? Text,
    bool NewestFirst,
    bool FlaggedOnly = false)
{
    public const int TextMaxLength = 200;

    public static ChronologyFilter None { get; } = new(null, null, null, new(), new(), null, false);

    public DateOnly? From => FromInput.TryGetDate();

    public DateOnly? To => ToInput.TryGetDate();

    public bool IsFiltered => AgencyId is not null || EventType is not null || PersonId is not null || From is not null || To is not null || Text is not null || FlaggedOnly;

    /// <summary>Problems with the period, keyed as the date inputs are ("From", "To").</summary>
    public IEnumerable<(string Key, string Message)> Problems()
    {
        if (FromInput.Validate("The start of the period", out _) is { } from)
        {
            yield return ("From", from);
        }

        if (ToInput.Validate("The end of the period", out _) is { } to)
        {
            yield return ("To", to);
        }

        if (From is { } f && To is { } t && t < f)
        {
            yield return ("To", "The end of the period must be the same as or after the start");
        }
    }

    public static ChronologyFilter Read(IQueryCollection query)
    {
        static string? Text(IQueryCollection q, string key) =>
            q[key].ToString().Trim() is { Length: > 0 } v ? v : null;

        static DateInputModel Date(IQueryCollection q, string key) =>
            new() { Day = Text(q, key + ".Day"), Month = Text(q, key + ".Month"), Year = Text(q, key + ".Year") };

        var text = Text(query, "text");
        return new ChronologyFilter(
            Guid.TryParse(query["agency"], out var agency) ? agency : null,
            Text(query, "type") is { } type && type.Length <= Core.Information.ChronologyEntry.EventTypeMaxLength ? type : null,
            Guid.TryParse(query["person"], out var person) ? person : null,
            Date(query, "From"),
            Date(query, "To"),
            text is null ? null : text.Length > TextMaxLength ? text[..TextMaxLength] : text,
            query["order"] == "newest",
            query["flagged"] == "yes");
    }

    /// <summary>The query string for these filters, on <paramref name="page"/> when it is past the first.</summary>
    public string ToQueryString(int? page = null, bool? newestFirst = null)
    {
        var values = new List<KeyValuePair<string, string?>>();
        void Add(string key, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                values.Add(new(key, value));
            }
        }

        Add("agency", AgencyId?.ToString());
        Add("type", EventType);
        Add("person", PersonId?.ToString());
        Add("From.Day", FromInput.Day);
        Add("From.Month", FromInput.Month);
        Add("From.Year", FromInput.Year);
        Add("To.Day", ToInput.Day);
        Add("To.Month", ToInput.Month);
        Add("To.Year", ToInput.Year);
        Add("text", Text);
        Add("flagged", FlaggedOnly ? "yes" : null);
        Add("order", (newestFirst ?? NewestFirst) ? "newest" : null);
        Add("page", page is > 1 ? page.Value.ToString(CultureInfo.InvariantCulture) : null);
        return QueryString.Create(values).ToUriComponent();
    }
}
