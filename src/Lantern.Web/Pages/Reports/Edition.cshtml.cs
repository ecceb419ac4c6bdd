using Lantern.Core.Disclosure;
using Lantern.Core.Reports;
using Lantern.Web.Infrastructure.ReportFiles;

namespace Lantern.Web.Pages.Reports;

/// <summary>
/// One edition of a version: how it reads, the disclosure-risk check's findings with a one-click replacement or an
/// acceptance with a reason, marking it ready (or the chair's override), and the DOCX, HTML and PDF downloads. A
/// pseudonymised edition downloads only when ready for exactly its current text; board members read the restricted
/// and published editions once the version has been presented to them.
/// </summary>
[ReviewPage(ReviewPermission.ViewReport, AuditActions.ReportViewed)]
[AlsoOpenTo(ReviewPermission.ReadPresentedReport)]
public sealed class EditionModel(EditionService editions, ReportPdf pdf, AuditRecorder recorder, LanternDbContext db) : ReviewPageModel
{
    public EditionState State { get; private set; } = null!;

    public EditionKind Kind { get; private set; }

    public bool BoardOnly => !Review.Can(ReviewPermission.ViewReport);

    [TempData]
    public string? Notice { get; set; }

    public string? OverrideReason { get; set; }

    public async Task<IActionResult> OnGetAsync(int number, string edition) => await LoadAsync(number, edition) ? Page() : NotFound();

    /// <summary>A form posted with no handler named: nothing to do, so show the page again.</summary>
    [HandlerNeeds(ReviewPermission.WriteReport)]
    public IActionResult OnPost(int number, string edition) => Redirect(Link.ReportEdition(Review.Id, number, EditionSlugs.Parse(edition) ?? EditionKind.Published));

    [HandlerNeeds(ReviewPermission.WriteReport)]
    public async Task<IActionResult> OnPostReplaceAsync(int number, string edition, DisclosureRule rule, string words, int occurrence)
    {
        if (EditionSlugs.Parse(edition) is not { } k)
        {
            return NotFound();
        }

        var result = await editions.ReplaceAsync(Scope, Review.WorkingTitle, number, k, new HitKey(rule, words ?? string.Empty, occurrence), HttpContext.RequestAborted);
        return await AfterAsync(result, number, edition, "Replaced with the suggestion. The edition has been checked again");
    }

    [HandlerNeeds(ReviewPermission.WriteReport)]
    public async Task<IActionResult> OnPostAcceptAsync(int number, string edition, DisclosureRule rule, string words, int occurrence, string? reason, int index)
    {
        if (EditionSlugs.Parse(edition) is not { } k)
        {
            return NotFound();
        }

        var result = await editions.AcceptAsync(Scope, Review.WorkingTitle, number, k, new HitKey(rule, words ?? string.Empty, occurrence), reason, HttpContext.RequestAborted);
        result = result with { Errors = result.Errors.Select(e => (e.Field == "Reason" ? $"Reason-{rule}-{occurrence}-{index}" : e.Field, e.Message)).ToList() };
        return await AfterAsync(result, number, edition, "Accepted with your reason");
    }

    [HandlerNeeds(ReviewPermission.WriteReport)]
    public async Task<IActionResult> OnPostReadyAsync(int number, string edition) =>
        EditionSlugs.Parse(edition) is { } k
            ? await AfterAsync(await editions.MarkReadyAsync(Scope, Review.WorkingTitle, number, k, null, HttpContext.RequestAborted), number, edition, "Marked ready for publication")
            : NotFound();

    [HandlerNeeds(ReviewPermission.AgreeReport)]
    public async Task<IActionResult> OnPostOverrideAsync(int number, string edition, string? overrideReason)
    {
        if (EditionSlugs.Parse(edition) is not { } k)
        {
            return NotFound();
        }

        OverrideReason = overrideReason;
        var result = await editions.MarkReadyAsync(Scope, Review.WorkingTitle, number, k, overrideReason ?? string.Empty, HttpContext.RequestAborted);
        return await AfterAsync(result, number, edition, "Marked ready for publication by the chair's decision");
    }

    /// <summary>Downloads the edition as DOCX, HTML or PDF, checking it again first. Audited whether given or refused.</summary>
    public async Task<IActionResult> OnGetDownloadAsync(int number, string edition, string? format)
    {
        if (!await LoadAsync(number, edition) || format is not ("docx" or "html" or "pdf"))
        {
            return NotFound();
        }

        var document = State.Built.Document;
        var editionId = State.Stored?.Id ?? State.Version.Id;
        if (State.Built.IsPseudonymised && !State.IsReady)
        {
            recorder.Audit(HttpContext.AuditActor(), AuditActions.ReportDownloadRefused, Review.Id, Review.PartnershipId, nameof(ReportEdition), editionId);
            await db.SaveChangesAsync(HttpContext.RequestAborted);
            ModelState.AddModelError(string.Empty, State.Stored is { IsReady: true }
                ? "The edition has changed since it was marked ready. Check it again and mark it ready before downloading it"
                : "This edition is not ready for publication, so it cannot be downloaded yet. Resolve the findings below and mark it ready");
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }

        var name = Kind == EditionKind.BoardResponse ? $"board-response-to-draft-{State.Version.Number}" : $"report-{EditionSlugs.Slug(Kind)}-draft-{State.Version.Number}";
        FileContentResult file;
        if (format == "pdf")
        {
            var made = await pdf.WriteAsync(document, HttpContext.RequestAborted);
            if (made is not PdfMade printed)
            {
                ModelState.AddModelError(string.Empty, ((PdfUnavailable)made).Message);
                Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                return Page();
            }

            file = File(printed.Bytes, PdfMade.ContentType, name + ".pdf");
        }
        else
        {
            file = format == "docx"
                ? File(ReportDocx.Write(document), ReportDocx.ContentType, name + ".docx")
                : File(System.Text.Encoding.UTF8.GetBytes(ReportHtml.Write(document)), ReportHtml.ContentType, name + ".html");
        }

        recorder.Audit(HttpContext.AuditActor(), AuditActions.ReportEditionDownloaded, Review.Id, Review.PartnershipId, nameof(ReportEdition), editionId);
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        return file;
    }

    private ReportScope Scope => new(Review.Id, Review.PartnershipId, HttpContext.AuditActor());

    private async Task<IActionResult> AfterAsync(WriteResult result, int number, string edition, string notice)
    {
        if (result.Succeeded)
        {
            Notice = notice;
            return Redirect(Link.ReportEdition(Review.Id, number, Kind == default ? EditionSlugs.Parse(edition)!.Value : Kind));
        }

        if (result.NotFound || !await LoadAsync(number, edition))
        {
            return NotFound();
        }

        if (result.Conflict)
        {
            ModelState.AddModelError(string.Empty, "Someone else changed this edition at the same moment. Check the list again");
            Response.StatusCode = StatusCodes.Status409Conflict;
        }
        else
        {
            result.AddAsIs(ModelState);
        }

        return Page();
    }

    private async Task<bool> LoadAsync(int number, string edition)
    {
        if (EditionSlugs.Parse(edition) is not { } k || await editions.StateAsync(Review.Id, Review.WorkingTitle, number, k, HttpContext.RequestAborted) is not { } state)
        {
            return false;
        }

        // Board members read the restricted and published editions only, and only once presented to them.
        if (BoardOnly && (k is not (EditionKind.Restricted or EditionKind.Published or EditionKind.BoardResponse) || !ReportStatuses.BoardMayRead(state.Version.Status)))
        {
            return false;
        }

        Kind = k;
        State = state;
        return true;
    }
}
