using System.Text;
using CsvHelper;
using Lantern.Core.Information.Merging;
using Lantern.Web.Infrastructure.Documents;

namespace Lantern.Web.Pages.Information.Chronology;

/// <summary>
/// The merged chronology, with the filters chosen on the page, as a CSV file or a Word document: one line per
/// agency's account, people by pseudonym, and every form of every registered name in the text replaced by
/// pseudonyms (<see cref="PseudonymText"/>: full names, first names and surnames alone, initials, other names).
/// Before either is written, the disclosure-risk check runs over exactly what would go out (<see cref="ExportDisclosure"/>).
/// docs/export-formats.md ("Chronology exports") describes both.
/// </summary>
public sealed class ChronologyExports(ChronologyQueries queries, Lantern.Data.LanternDbContext db)
{
    public static readonly string[] CsvHeaders =
    [
        "Date", "Time", "Date precision", "Agency", "Event type", "Account", "People", "Merged event", "Agencies in the merged event", "Differences to explore",
        "Lantern event type",
    ];

    /// <summary>The CSV file, or the high-risk findings that stop it (the check runs over every field written).</summary>
    public async Task<ChronologyDownload> CsvAsync(Viewer viewer, ChronologyFilter filter, CancellationToken ct)
    {
        var lines = await LinesAsync(viewer, filter, ct);
        var records = lines.Select(line => new[]
        {
            line.Account.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            line.Account.Time?.ToString("HH:mm", CultureInfo.InvariantCulture),
            PrecisionName(line.Account.Precision),
            line.Account.AgencyName,
            line.Account.EventType,
            line.Text,
            string.Join("; ", line.Account.People.Select(p => p.Pseudonym)),
            line.Row.MergedEventId?.ToString(),
            line.Row.MergedEventId is null ? null : string.Join("; ", line.Row.Accounts.Select(a => a.AgencyName).Distinct()),
            string.Join(" | ", line.Row.Discrepancies.Select(d => d.Message)),
            line.Account.MappedType,
        }).ToList();
        var blocking = await ExportDisclosure.BlockingAsync(db, viewer.ReviewId, CsvHeaders.Concat(records.SelectMany(r => r)), ct);
        if (blocking.Count > 0)
        {
            return new ChronologyDownload(null, blocking);
        }

        await using var buffer = new MemoryStream();
        await using (var writer = new StreamWriter(buffer, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true))
        await using (var csv = new CsvWriter(writer, CsvFiles.Configuration()))
        {
            foreach (var record in records.Prepend(CsvHeaders))
            {
                foreach (var field in record)
                {
                    csv.WriteField(field);
                }

                await csv.NextRecordAsync();
            }
        }

        return new ChronologyDownload(buffer.ToArray(), []);
    }

    /// <summary>The Word document, or the high-risk findings that stop it (the check runs over every paragraph and
    /// cell written).</summary>
    public async Task<ChronologyDownload> WordAsync(Viewer viewer, string reviewTitle, ChronologyFilter filter, CancellationToken ct)
    {
        var lines = await LinesAsync(viewer, filter, ct);
        string[] paragraphs =
        [
            "Multi-agency chronology",
            reviewTitle,
            filter.IsFiltered
                ? "This is part of the chronology: the filters chosen in Lantern when it was downloaded apply."
                : "This is the whole chronology as it stood when it was downloaded.",
            $"{PseudonymText.WhatIsReplaced} Where agencies' accounts of one event were merged, each account is kept as the agency wrote it, followed by the differences to explore.",
        ];
        string[] headers = ["Date", "Agency", "Event type", "Account", "People", "Notes"];
        var rows = lines.Select(l => (IReadOnlyList<string>)
        [
            Date(l.Account),
            l.Account.AgencyName,
            l.Account.MappedType is { } type && type != l.Account.EventType ? $"{type} (agency wrote: {l.Account.EventType})" : l.Account.EventType,
            l.Text,
            string.Join(", ", l.Account.People.Select(p => p.Pseudonym)),
            l.Row.MergedEventId is null || l.Account.EntryId != l.Row.Accounts[^1].EntryId
                ? (l.Row.MergedEventId is null ? string.Empty : "Merged event")
                : "Merged event. " + string.Join(" ", l.Row.Discrepancies.Select(d => d.Message + ".")),
        ]).ToList();
        var blocking = await ExportDisclosure.BlockingAsync(db, viewer.ReviewId, paragraphs.Concat(headers).Concat(rows.SelectMany(r => r)), ct);
        if (blocking.Count > 0)
        {
            return new ChronologyDownload(null, blocking);
        }

        var document = new WordDocument($"Multi-agency chronology: {reviewTitle}")
            .TitleParagraph(paragraphs[0])
            .Paragraph(paragraphs[1])
            .Paragraph(paragraphs[2])
            .Paragraph(paragraphs[3]);
        document.Table(headers, rows);
        return new ChronologyDownload(document.ToBytes(), []);
    }

    public static string PrecisionName(DatePrecision precision) => precision switch
    {
        DatePrecision.Month => "month",
        DatePrecision.Approximate => "approximate",
        _ => "day",
    };

    private static string Date(EntryAccount account) => account.Precision switch
    {
        DatePrecision.Month => account.Date.ToString("MMMM yyyy", UkCulture),
        DatePrecision.Approximate => "About " + account.Date.LongDate(),
        _ => account.Date.LongDate() + (account.Time is { } t ? " " + t.ToString("HH:mm", UkCulture) : string.Empty),
    };

    private static readonly CultureInfo UkCulture = CultureInfo.GetCultureInfo("en-GB");

    private async Task<List<ExportLine>> LinesAsync(Viewer viewer, ChronologyFilter filter, CancellationToken ct)
    {
        var rows = await queries.AllRowsAsync(viewer, filter, ct);
        var pseudonyms = await People.PeopleRegister.PseudonymTextAsync(db, viewer.ReviewId, ct);
        return rows
            .SelectMany(r => r.Accounts.Select(a => new ExportLine(r, a with { EventType = pseudonyms.Replace(a.EventType) }, pseudonyms.Replace(a.Description))))
            .ToList();
    }

    private sealed record ExportLine(MergedChronologyRow Row, EntryAccount Account, string Text);
}
