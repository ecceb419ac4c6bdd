using Lantern.Core.Reports;

namespace Lantern.Web.Pages.Reports;

/// <summary>One section of a version: the writer's text as it will read, what it draws from the analysis (each
/// statement linked to its evidence), what changed in the analysis since it was written, reading advice, and the
/// quality-assurance comments with their answers.</summary>
[ReviewPage(ReviewPermission.ViewReport, AuditActions.ReportViewed)]
public sealed class SectionModel(ReportQueries queries, ReportReadersService readers, ReportDrafting drafting) : ReviewPageModel
{
    public ReportVersion Version { get; private set; } = null!;

    public ReportSection Section { get; private set; } = null!;

    public IReadOnlyList<ReportBlock> Blocks { get; private set; } = [];

    public IReadOnlyList<SourceLine> Sources { get; private set; } = [];

    /// <summary>What changed in the analysis since the section was written; empty when nothing did.</summary>
    public SourceChanges? Changes { get; private set; }

    public ReadabilityFigures Advice { get; private set; } = null!;

    public IReadOnlyList<CommentRow> Comments { get; private set; } = [];

    [TempData]
    public string? Notice { get; set; }

    public string? CommentText { get; set; }

    public async Task<IActionResult> OnGetAsync(int number, string sectionKey) => await LoadAsync(number, sectionKey) ? Page() : NotFound();

    /// <summary>A form posted with no handler named: nothing to do, so show the page again.</summary>
    [HandlerNeeds(ReviewPermission.CommentOnReport)]
    public IActionResult OnPost(int number, string sectionKey) => Redirect(Link.ReportSection(Review.Id, number, sectionKey));

    [HandlerNeeds(ReviewPermission.CommentOnReport)]
    public async Task<IActionResult> OnPostCommentAsync(int number, string sectionKey, string? commentText)
    {
        var result = await readers.CommentAsync(Scope, number, sectionKey, commentText, HttpContext.RequestAborted);
        CommentText = commentText;
        return await AfterAsync(result, number, sectionKey, "Comment added");
    }

    [HandlerNeeds(ReviewPermission.WriteReport)]
    public async Task<IActionResult> OnPostAnswerAsync(int number, string sectionKey, Guid commentId, string? answer, bool resolve)
    {
        var result = await readers.AnswerAsync(Scope, number, sectionKey, commentId, answer, resolve, HttpContext.RequestAborted);
        return await AfterAsync(result, number, sectionKey, resolve ? "Comment resolved" : "Answer saved");
    }

    private ReportScope Scope => new(Review.Id, Review.PartnershipId, HttpContext.AuditActor());

    private async Task<IActionResult> AfterAsync(WriteResult result, int number, string sectionKey, string notice)
    {
        if (result.Succeeded)
        {
            Notice = notice;
            return Redirect(Link.ReportSection(Review.Id, number, sectionKey) + "#comments");
        }

        if (result.NotFound || !await LoadAsync(number, sectionKey))
        {
            return NotFound();
        }

        result.AddAsIs(ModelState);
        return Page();
    }

    private async Task<bool> LoadAsync(int number, string sectionKey)
    {
        var ct = HttpContext.RequestAborted;
        if (await queries.VersionAsync(Review.Id, number, ct) is not { } version || await queries.SectionAsync(version.Id, sectionKey, ct) is not { } section)
        {
            return false;
        }

        Version = version;
        Section = section;
        Blocks = SectionText.Parse(section.Text);
        Sources = drafting.Lines(Review.Id, section.SourceJson);
        if (version.IsOpenForWriting && await drafting.SourceAsync(Review.Id, Review.PartnershipId, sectionKey, ct) is { } now && now.Fingerprint != section.SourceFingerprint)
        {
            Changes = drafting.Changes(section.SourceJson, now.Json);
        }

        Advice = await drafting.AdviceAsync(version.Id, section.Text, ct);
        Comments = await queries.CommentsAsync(section.Id, ct);
        return true;
    }
}
