using Lantern.Core.Information.Merging;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Lantern.Web.Pages.Information.Chronology;

/// <summary>One mark on the timeline: an entry on its agency's lane, or a merged event across its agencies' lanes.</summary>
public sealed record TimelineMark(Guid Id, bool IsMerged, DateOnly Date, string EventType, bool IsMeeting, IReadOnlyList<int> Lanes, string Title);

/// <summary>The swimlane picture: one lane per agency, each event a mark that links to it, zoomable to a period.
/// The table is its accessible alternative, linked for the same period.</summary>
[ReviewPage(ReviewPermission.ViewInformation, AuditActions.ChronologyTimelineViewed)]
public sealed class TimelineModel(ChronologyQueries queries, Data.LanternDbContext db) : ReviewPageModel
{
    public static readonly string[] LaneColours = ["#1d70b8", "#00703c", "#d4351c", "#4c2c92", "#b58840", "#28a197", "#912b88", "#505a5f"];

    public IReadOnlyList<Core.SettingUp.ScopedAgency> Lanes { get; private set; } = [];

    public SwimlaneLayout? Layout { get; private set; }

    public IReadOnlyList<TimelineMark> Marks { get; private set; } = [];

    public DateInputModel From { get; private set; } = new();

    public DateInputModel To { get; private set; } = new();

    public string Root => Infrastructure.Links.Link.Chronology(Review.Id);

    public async Task<IActionResult> OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        var filter = ChronologyFilter.Read(Request.Query);
        foreach (var (key, message) in filter.Problems())
        {
            ModelState.AddModelError(key, message);
        }

        var entries = await queries.Current(Review.Viewer).Select(e => new { e.Id, e.AgencyId, e.Date, e.EventType, Mapped = e.MappedType ?? e.EventType, e.MergedEventId, e.Flags }).ToListAsync(ct);
        if (entries.Count == 0)
        {
            return Page();
        }

        var names = await queries.AgencyNamesAsync(Review.PartnershipId, ct);
        Lanes = await AgencyOrder.SortAsync(db, Review.Id,
            entries.Select(e => e.AgencyId).Distinct().Select(id => (id, names.GetValueOrDefault(id, "Unknown agency"))), ct);
        var laneOf = Lanes.Select((l, i) => (l.Id, i)).ToDictionary(x => x.Id, x => x.i);

        var whole = SwimlaneLayout.Whole(entries.Min(e => e.Date), entries.Max(e => e.Date));
        var from = ModelState.IsValid ? filter.From ?? whole.From : whole.From;
        var to = ModelState.IsValid ? filter.To ?? whole.To : whole.To;
        Layout = new SwimlaneLayout(from, to, Lanes.Count, Lanes.Select(l => l.Name));
        From = DateInputModel.From(Layout.From);
        To = DateInputModel.From(Layout.To);

        Marks = entries
            .GroupBy(e => e.MergedEventId ?? e.Id)
            .Select(g =>
            {
                var first = g.OrderBy(e => e.Date).First();
                var merged = first.MergedEventId is not null;
                var agencies = g.Select(e => e.AgencyId).Distinct().Select(a => laneOf[a]).Order().ToList();
                var what = $"{first.EventType}, {ChronologyFormat.Date(first.Date)}";
                var title = merged
                    ? $"Merged event: {what} ({string.Join(", ", agencies.Select(i => Lanes[i].Name))})"
                    : $"{Lanes[agencies[0]].Name}: {what}";
                var flags = EntryFlagText.Of(g.Aggregate(Core.Information.EntryFlags.None, (all, e) => all | e.Flags)).Select(f => f.Short).ToList();
                if (flags.Count > 0)
                {
                    // The warnings an entry arrived with travel with it onto the picture, in the mark's name.
                    title += $" (warning: {string.Join(", ", flags)})";
                }
                return new TimelineMark(g.Key, merged, first.Date, first.EventType, MeetingTypes.IsMeeting(first.Mapped), agencies, title);
            })
            .Where(m => Layout.Contains(m.Date))
            .OrderBy(m => m.Date)
            .ToList();
        return Page();
    }

    public string PeriodQuery((DateOnly From, DateOnly To) period) =>
        new ChronologyFilter(null, null, null, DateInputModel.From(period.From), DateInputModel.From(period.To), null, false).ToQueryString();

    /// <summary>An SVG text element (Razor keeps &lt;text&gt; for itself), its words encoded.</summary>
    public static IHtmlContent SvgText(double x, double y, int size, string words, string anchor = "start", bool bold = false)
    {
        var text = new TagBuilder("text");
        text.Attributes["x"] = x.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);
        text.Attributes["y"] = y.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);
        text.Attributes["font-size"] = size.ToString(System.Globalization.CultureInfo.InvariantCulture);
        text.Attributes["text-anchor"] = anchor;
        text.Attributes["fill"] = "#0b0c0c";
        if (bold)
        {
            text.Attributes["font-weight"] = "bold";
        }

        text.InnerHtml.Append(words);
        return text;
    }

    /// <summary>The shapes the picture draws, so the key shows exactly those: a circle for an event that is not a
    /// meeting, a diamond for a multi-agency meeting, a line joining the lanes of a merged event.</summary>
    public IReadOnlyList<string> ShapesDrawn =>
    [
        .. Marks.Any(m => !m.IsMeeting) ? [EntryShape] : Array.Empty<string>(),
        .. Marks.Any(m => m.IsMeeting) ? [MeetingShape] : Array.Empty<string>(),
        .. Marks.Any(m => m.IsMerged && m.Lanes.Count > 1) ? [MergedShape] : Array.Empty<string>(),
    ];

    public const string EntryShape = "entry";
    public const string MeetingShape = "meeting";
    public const string MergedShape = "merged";

    public string Link(TimelineMark mark) => mark.IsMerged ? Infrastructure.Links.Link.ChronologyEvent(Review.Id, mark.Id) : Infrastructure.Links.Link.ChronologyEntry(Review.Id, mark.Id);
}
