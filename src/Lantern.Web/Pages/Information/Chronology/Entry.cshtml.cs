namespace Lantern.Web.Pages.Information.Chronology;

/// <summary>One agency's entry as it wrote it, with the people linked to it by pseudonym.</summary>
[ReviewPage(ReviewPermission.ViewInformation, AuditActions.ChronologyViewed)]
public sealed class EntryModel(LanternDbContext db, ChronologyQueries queries) : ReviewPageModel
{
    public EntryAccount Account { get; private set; } = null!;

    public Core.Information.ChronologyEntry Entry { get; private set; } = null!;

    public int VersionNumber { get; private set; }

    /// <summary>What the agency's file said and what it was changed to, when the row was corrected before it was added.</summary>
    public EntryCorrection? Correction { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid entryId)
    {
        var ct = HttpContext.RequestAborted;
        var entry = await db.ChronologyEntries.AsNoTracking().VisibleTo(Review.Viewer).SingleOrDefaultAsync(e => e.Id == entryId, ct);
        if (entry is null)
        {
            return NotFound();
        }

        Entry = entry;
        if (!Review.Can(ReviewPermission.ViewRealIdentities))
        {
            await queries.UsePseudonymsAsync(Review.Id, ct);
        }

        Account = (await queries.AccountsAsync(Review.Id, Review.PartnershipId, db.ChronologyEntries.AsNoTracking().VisibleTo(Review.Viewer).Where(e => e.Id == entryId), ct)).Single();
        VersionNumber = await db.SubmissionVersions.VisibleTo(Review.Viewer, db).Where(v => v.Id == entry.SubmissionVersionId).Select(v => v.Number).FirstOrDefaultAsync(ct);
        if (entry.Flags.HasFlag(Core.Information.EntryFlags.Corrected))
        {
            Correction = await EntryCorrection.FindAsync(db, entry, ct);
        }

        return Page();
    }
}

/// <summary>One cell of a corrected row: the file's heading, what the agency wrote, what it became.</summary>
public sealed record CorrectedCell(string Heading, string Written, string ChangedTo);

/// <summary>A row corrected in the quarantine: who changed which cells, and when.</summary>
public sealed record EntryCorrection(IReadOnlyList<CorrectedCell> Cells, string? CorrectedBy, DateTime? CorrectedAt, string FileName)
{
    /// <summary>
    /// The import row the entry came from. An entry keeps its lineage across versions, and a version made by
    /// adding an entry in a form renumbers rows, so the first uploaded entry of the lineage that was corrected is used.
    /// </summary>
    public static async Task<EntryCorrection?> FindAsync(LanternDbContext db, Core.Information.ChronologyEntry entry, CancellationToken ct)
    {
        var origin = await db.ChronologyEntries.AsNoTracking()
            .Where(e => e.ReviewId == entry.ReviewId && e.LineageId == entry.LineageId && (e.Flags & Core.Information.EntryFlags.Corrected) != 0)
            .Join(db.ChronologyImports, e => e.SubmissionVersionId, i => i.SubmissionVersionId, (e, i) => new { e.RowNumber, ImportId = i.Id, i.Headers, i.FileName, e.SubmissionVersionId })
            .OrderByDescending(x => x.SubmissionVersionId == entry.SubmissionVersionId)
            .FirstOrDefaultAsync(ct);
        if (origin is null)
        {
            return null;
        }

        var row = await db.ImportRows.AsNoTracking().SingleOrDefaultAsync(r => r.ImportId == origin.ImportId && r.RowNumber == origin.RowNumber, ct);
        if (row?.OriginalCells is not { } written)
        {
            return null;
        }

        var cells = new List<CorrectedCell>();
        for (var i = 0; i < Math.Max(written.Count, row.Cells.Count); i++)
        {
            var before = i < written.Count ? written[i].Trim() : string.Empty;
            var after = i < row.Cells.Count ? row.Cells[i].Trim() : string.Empty;
            if (before != after)
            {
                var heading = i < origin.Headers.Count && origin.Headers[i].Length > 0 ? origin.Headers[i] : $"Column {i + 1}";
                cells.Add(new CorrectedCell(heading, before, after));
            }
        }

        var by = row.CorrectedByUserId is { } user ? await db.Users.Where(u => u.Id == user).Select(u => u.DisplayName).FirstOrDefaultAsync(ct) : null;
        return new EntryCorrection(cells, by, row.CorrectedAt, origin.FileName);
    }
}
