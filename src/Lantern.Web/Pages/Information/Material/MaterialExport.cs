using CsvHelper;
using Lantern.Web.Infrastructure.Documents;

namespace Lantern.Web.Pages.Information.Material;

/// <summary>The index of material as files (docs/export-formats.md, "Index of material exports"): a CSV with one
/// row per item, and a Word document with the index and every disclosure request.</summary>
public static class MaterialExport
{
    public static readonly string[] CsvHeaders =
        ["Reference", "Type", "Title", "Owner", "Date", "Held at", "Sensitivity", "Disclosure requests", "Latest request", "Latest decision", "Decided on", "Reason"];

    public static async Task<byte[]> CsvAsync(IReadOnlyList<MaterialRow> rows)
    {
        using var buffer = new MemoryStream();
        await using (var writer = new StreamWriter(buffer, new System.Text.UTF8Encoding(true), leaveOpen: true))
        await using (var csv = new CsvWriter(writer, CsvFiles.Configuration()))
        {
            foreach (var header in CsvHeaders)
            {
                csv.WriteField(header);
            }

            await csv.NextRecordAsync();
            for (var i = 0; i < rows.Count; i++)
            {
                var row = rows[i];
                var latest = row.Requests.LastOrDefault();
                csv.WriteField(Reference(i));
                csv.WriteField(row.Kind.DisplayName());
                csv.WriteField(row.Title);
                csv.WriteField(row.Owner);
                csv.WriteField(Iso(row.Date));
                csv.WriteField(row.Location);
                csv.WriteField(row.Sensitivity.DisplayName());
                csv.WriteField(row.Requests.Count.ToString(CultureInfo.InvariantCulture));
                csv.WriteField(latest is null ? string.Empty : $"{latest.RequestedBy}, {Iso(latest.ReceivedOn)}: {latest.WhatIsAsked}");
                csv.WriteField(latest?.Decision?.DisplayName() ?? (latest is null ? string.Empty : "Not decided"));
                csv.WriteField(latest?.DecidedOn is { } on ? Iso(on) : string.Empty);
                csv.WriteField(latest?.Reason ?? string.Empty);
                await csv.NextRecordAsync();
            }
        }

        return buffer.ToArray();
    }

    public static byte[] Word(string workingTitle, string partnership, DateOnly today, IReadOnlyList<MaterialRow> rows)
    {
        var document = new WordDocument($"Index of material: {workingTitle}")
            .TitleParagraph($"Index of material: {workingTitle}")
            .Paragraph($"{partnership}. Produced on {Long(today)}. Each item's owner decides whether it may be disclosed.")
            .Heading(1, "Items")
            .Table(
                ["Ref", "Type", "Title", "Owner", "Date", "Held at", "Sensitivity"],
                rows.Select((r, i) => (IReadOnlyList<string>)[Reference(i), r.Kind.DisplayName(), r.Title, r.Owner, Long(r.Date), r.Location, r.Sensitivity.DisplayName()]));
        var requests = rows.SelectMany((r, i) => r.Requests.Select(q => (Ref: Reference(i), q))).ToList();
        document.Heading(1, "Disclosure requests");
        if (requests.Count == 0)
        {
            document.Paragraph("No disclosure requests have been recorded.");
        }
        else
        {
            document.Table(
                ["Ref", "Requested by", "Received", "What was asked", "Decision", "Decided on", "Reason"],
                requests.Select(x => (IReadOnlyList<string>)[x.Ref, x.q.RequestedBy, Long(x.q.ReceivedOn), x.q.WhatIsAsked, x.q.Decision?.DisplayName() ?? "Not decided",
                    x.q.DecidedOn is { } on ? Long(on) : string.Empty, x.q.Reason ?? string.Empty]));
        }

        return document.ToBytes();
    }

    /// <summary>M1, M2…: the item's place in the exported order, to cross-refer between the two tables.</summary>
    private static string Reference(int index) => $"M{index + 1}";

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Long(DateOnly date) => date.LongDate();
}
