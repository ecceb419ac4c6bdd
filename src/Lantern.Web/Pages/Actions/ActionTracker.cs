using CsvHelper;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Lantern.Core.Actions;
using Microsoft.Extensions.Primitives;

namespace Lantern.Web.Pages.Actions;

public enum TrackerSort
{
    Due,
    Review,
    Agency,
    Owner,
    Status,
}

/// <summary>Which actions the tracker lists and in what order, as the query string says:
/// <c>?review=…&amp;agency=…&amp;owner=text&amp;status=InProgress&amp;overdue=true&amp;sort=due&amp;dir=asc</c>.
/// Anything it does not recognise is ignored, so a mangled link still shows the tracker.</summary>
public sealed record TrackerQuery(Guid? ReviewId, Guid? AgencyId, string? Owner, ActionStatus? Status, bool OverdueOnly, TrackerSort Sort, bool Descending)
{
    public const int OwnerMaxLength = 100;

    public static TrackerQuery From(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        string Read(string key) => (query.TryGetValue(key, out var value) ? value : StringValues.Empty).ToString().Trim();
        var owner = Read("owner");
        return new TrackerQuery(
            Guid.TryParse(Read("review"), out var review) ? review : null,
            Guid.TryParse(Read("agency"), out var agency) ? agency : null,
            owner.Length == 0 ? null : owner[..Math.Min(owner.Length, OwnerMaxLength)],
            Enum.TryParse<ActionStatus>(Read("status"), ignoreCase: true, out var status) && Enum.IsDefined(status) && !int.TryParse(Read("status"), out _) ? status : null,
            Read("overdue") == "true",
            Enum.TryParse<TrackerSort>(Read("sort"), ignoreCase: true, out var sort) && Enum.IsDefined(sort) && !int.TryParse(Read("sort"), out _) ? sort : TrackerSort.Due,
            Read("dir").Equals("desc", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The query string values, for links and the downloads.</summary>
    public (string Key, string? Value)[] Values(bool withSort = true) =>
    [
        ("review", ReviewId?.ToString()),
        ("agency", AgencyId?.ToString()),
        ("owner", Owner),
        ("status", Status?.ToString()),
        ("overdue", OverdueOnly ? "true" : null),
        ("sort", withSort && Sort != TrackerSort.Due ? Sort.ToString().ToLowerInvariant() : null),
        ("dir", withSort && Descending ? "desc" : null),
    ];
}

/// <summary>One action on the tracker. The review is named by its working title only.</summary>
public sealed record TrackerRow(Guid Id, Guid ReviewId, string ReviewTitle, string Title, ActionSource Source, string AgencyName, string OwnerName,
    DateOnly RaisedOn, DateOnly DueOn, ActionStatus Status, DateOnly? CompletedOn)
{
    public bool IsOverdue(DateOnly today) => !Status.IsClosed() && today > DueOn;
}

/// <summary>
/// The partnership's action tracker (quality marker 18): every improvement action across its reviews, filtered,
/// sorted and paged in the database (one count and one page query, on the index over partnership, status and due
/// date), and the same list as CSV or XLSX. Every view and download is audited.
/// </summary>
public sealed class ActionTracker(LanternDbContext db, AuditRecorder recorder)
{
    public const int PageSize = 50;

    public DateOnly Today => recorder.Today;

    public Task<PagedResult<TrackerRow>> PageAsync(Guid partnershipId, TrackerQuery query, int page, CancellationToken ct = default) =>
        Rows(partnershipId, query).ToPageAsync(page, PageSize, ct);

    /// <summary>The reviews and agencies the filters offer: the partnership's reviews that have actions, and its agencies.</summary>
    public async Task<(List<(Guid Id, string Title)> Reviews, List<(Guid Id, string Name)> Agencies)> FiltersAsync(Guid partnershipId, CancellationToken ct = default)
    {
        var reviews = await db.Reviews.AsNoTracking()
            .Where(r => r.PartnershipId == partnershipId && db.ImprovementActions.Any(a => a.ReviewId == r.Id))
            .OrderBy(r => r.WorkingTitle).Select(r => new ValueTuple<Guid, string>(r.Id, r.WorkingTitle)).ToListAsync(ct);
        var agencies = await db.Agencies.AsNoTracking().Where(a => a.PartnershipId == partnershipId).OrderBy(a => a.Name)
            .Select(a => new ValueTuple<Guid, string>(a.Id, a.Name)).ToListAsync(ct);
        return (reviews, agencies);
    }

    public async Task RecordViewAsync(AuditActor audit, Guid partnershipId, CancellationToken ct = default)
    {
        recorder.AuditPartnership(audit, AuditActions.ActionTrackerViewed, partnershipId);
        await db.SaveChangesAsync(ct);
    }

    public static readonly IReadOnlyList<string> Headings =
        ["Review", "Action", "Answers", "Owning agency", "Owner", "Raised", "Due", "Status", "Overdue", "Completed"];

    /// <summary>Writes every action matching <paramref name="query"/> in the tracker's order, as CSV (cells a spreadsheet
    /// would run as a formula escaped) or XLSX (every cell an inline string or a date, never a formula).</summary>
    public async Task ExportAsync(Guid partnershipId, TrackerQuery query, bool xlsx, Stream output, AuditActor audit, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        recorder.AuditPartnership(audit, AuditActions.ActionTrackerExported, partnershipId);
        await db.SaveChangesAsync(ct);
        var rows = await Rows(partnershipId, query).ToListAsync(ct);
        var today = Today;
        var cells = rows.Select(r => new[]
        {
            r.ReviewTitle, r.Title, r.Source.DisplayName(), r.AgencyName, r.OwnerName, Iso(r.RaisedOn), Iso(r.DueOn), r.Status.DisplayName(),
            r.IsOverdue(today) ? "Yes" : "No", r.CompletedOn is { } c ? Iso(c) : string.Empty,
        });
        if (xlsx)
        {
            WriteXlsx(output, cells);
            return;
        }

        await using var writer = new StreamWriter(output, leaveOpen: true);
        await using var csv = new CsvWriter(writer, CsvFiles.Configuration());
        foreach (var heading in Headings)
        {
            csv.WriteField(heading);
        }

        await csv.NextRecordAsync();
        foreach (var row in cells)
        {
            foreach (var cell in row)
            {
                csv.WriteField(cell);
            }

            await csv.NextRecordAsync();
        }
    }

    private IQueryable<TrackerRow> Rows(Guid partnershipId, TrackerQuery query)
    {
        var today = Today;
        var actions = db.ImprovementActions.AsNoTracking().Where(a => a.PartnershipId == partnershipId);
        if (query.Status is { } status)
        {
            actions = actions.Where(a => a.Status == status);
        }

        if (query.OverdueOnly)
        {
            actions = actions.Where(a => a.Status != ActionStatus.Completed && a.Status != ActionStatus.Cancelled && a.DueOn < today);
        }

        if (query.ReviewId is { } reviewId)
        {
            actions = actions.Where(a => a.ReviewId == reviewId);
        }

        if (query.AgencyId is { } agencyId)
        {
            actions = actions.Where(a => a.OwningAgencyId == agencyId);
        }

        if (query.Owner is { } owner)
        {
            var lowered = owner.ToLowerInvariant();
            actions = actions.Where(a => a.OwnerName.ToLower().Contains(lowered));
        }

        var rows = from a in actions
                   join r in db.Reviews.AsNoTracking() on a.ReviewId equals r.Id
                   join g in db.Agencies.AsNoTracking() on a.OwningAgencyId equals g.Id
                   select new { a, r.WorkingTitle, AgencyName = g.Name };
        var d = query.Descending;
        var sorted = query.Sort switch
        {
            TrackerSort.Review => d ? rows.OrderByDescending(x => x.WorkingTitle).ThenBy(x => x.a.DueOn) : rows.OrderBy(x => x.WorkingTitle).ThenBy(x => x.a.DueOn),
            TrackerSort.Agency => d ? rows.OrderByDescending(x => x.AgencyName).ThenBy(x => x.a.DueOn) : rows.OrderBy(x => x.AgencyName).ThenBy(x => x.a.DueOn),
            TrackerSort.Owner => d ? rows.OrderByDescending(x => x.a.OwnerName).ThenBy(x => x.a.DueOn) : rows.OrderBy(x => x.a.OwnerName).ThenBy(x => x.a.DueOn),
            TrackerSort.Status => d ? rows.OrderByDescending(x => x.a.Status).ThenBy(x => x.a.DueOn) : rows.OrderBy(x => x.a.Status).ThenBy(x => x.a.DueOn),
            _ => d ? rows.OrderByDescending(x => x.a.DueOn) : rows.OrderBy(x => x.a.DueOn),
        };
        return sorted.ThenBy(x => x.a.Id).Select(x => new TrackerRow(x.a.Id, x.a.ReviewId, x.WorkingTitle, x.a.Title, x.a.Source, x.AgencyName, x.a.OwnerName,
            x.a.RaisedOn, x.a.DueOn, x.a.Status, x.a.CompletedOn));
    }

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static void WriteXlsx(Stream output, IEnumerable<string[]> rows)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheets = workbook.Workbook.AppendChild(new Sheets());
            var part = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            uint r = 1;
            foreach (var cells in rows.Prepend([.. Headings]))
            {
                var row = new Row { RowIndex = r };
                for (var c = 0; c < cells.Length; c++)
                {
                    row.Append(new Cell
                    {
                        CellReference = $"{(char)('A' + c)}{r}",
                        DataType = CellValues.InlineString,
                        InlineString = new InlineString(new Text(cells[c]) { Space = SpaceProcessingModeValues.Preserve }),
                    });
                }

                data.Append(row);
                r++;
            }

            part.Worksheet = new Worksheet(data);
            sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = 1, Name = "Actions" });
        }

        stream.Position = 0;
        stream.CopyTo(output);
    }
}
