using System.Text;
using CsvHelper;
using Lantern.Core.Information.Merging;
using Lantern.Web.Infrastructure.Documents;

namespace Lantern.Web.Pages.Information.Chronology;

/// <summary>
/// The merged chronology, with the filters chosen on the page, as a CSV file or a Word document: one line per
/// agency's account, people by pseudonym, and every form of every registered name in the text replaced by
/// pseudonyms (<see cref="PseudonymText"/>: full names, first names and surnames alone, initials, other names).
/// docs/export-formats.md ("Chronology exports") describes both.
/// </summary>
public sealed class ChronologyExports(ChronologyQueries queries, Lantern.Data.LanternDbContext db)
{
    public static readonly string[] CsvHeaders =
    [
        "Date", "Time", "Date precision", "Agency", "Event type", "Account", "People", "Merged event", "Agencies in the merged event", "Differences to explore",
        "Lantern event type",
    ];

    public async Task<byte[]> CsvAsync(Viewer viewer, ChronologyFilter filter, CancellationToken ct)
    {
        var lines = await LinesAsync(viewer, filter, ct);
        await using var buffer = new MemoryStream();
        await using (var writer = new StreamWriter(buffer, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true))
        await using (var csv = new CsvWriter(writer, CsvFiles.Configuration()))
        {
            foreach (var header in CsvHeaders)
            {
                csv.WriteField(header);
            }

            await csv.NextRecordAsync();
            foreach (var line in lines)
            {
                csv.WriteField(line.Account.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                csv.WriteField(line.Account.Time?.ToString("HH:mm", CultureInfo.InvariantCulture));
                csv.WriteField(PrecisionName(line.Account.Precision));
                csv.WriteField(line.Account.AgencyName);
                csv.WriteField(line.Account.EventType);
                csv.WriteField(line.Text);
                csv.WriteField(string.Join("; ", line.Account.People.Select(p => p.Pseudonym)));
                csv.WriteField(line.Row.MergedEventId?.ToString());
                csv.WriteField(line.Row.MergedEventId is null ? null : string.Join("; ", line.Row.Accounts.Select(a => a.AgencyName).Distinct()));
                csv.WriteField(string.Join(" | ", line.Row.Discrepancies.Select(d => d.Message)));
                csv.WriteField(line.Account.MappedType);
                await csv.NextRecordAsync();
            }
        }

        return buffer.ToArray();
    }

    public async Task<byte[]> WordAsync(Viewer viewer, string reviewTitle, ChronologyFilter filter, CancellationToken ct)
    {
        var lines = await LinesAsync(viewer, filter, ct);
        var document = new WordDocument($"Multi-agency chronology: {reviewTitle}")
            .TitleParagraph("Multi-agency chronology")
            .Paragraph(reviewTitle)
            .Paragraph(filter.IsFiltered
                ? "This is part of the chronology: the filters chosen in Lantern when it was downloaded apply."
                : "This is the whole chronology as it stood when it was downloaded.")
            .Paragraph($"{PseudonymText.WhatIsReplaced} Where agencies' accounts of one event were merged, each account is kept as the agency wrote it, followed by the differences to explore.");
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
        ]);
        document.Table(["Date", "Agency", "Event type", "Account", "People", "Notes"], rows);
        return document.ToBytes();
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
