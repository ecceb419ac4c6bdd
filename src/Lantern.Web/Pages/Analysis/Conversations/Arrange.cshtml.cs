using Microsoft.AspNetCore.Mvc.Rendering;

namespace Lantern.Web.Pages.Analysis.Conversations;

/// <summary>Arranges a conversation: the participant from the people register (and their account, if they are
/// in the case group), at least two interviewers, the date, the purpose and when the briefing went.</summary>
[ReviewPage(ReviewPermission.EditAnalysis, AuditActions.ConversationsViewed)]
public sealed class ArrangeModel(ConversationService conversations, ConversationQueries queries, LanternDbContext db) : ReviewPageModel
{
    public const string NoAccount = "none";

    [BindProperty(Name = "Input")]
    public ArrangeInput Input { get; set; } = new();

    public IReadOnlyList<SelectListItem> People { get; private set; } = [];

    public IReadOnlyList<SelectListItem> Accounts { get; private set; } = [];

    public IReadOnlyList<GovUkOption> Interviewers { get; private set; } = [];

    public IReadOnlyList<string> Constraints { get; private set; } = [];

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        var on = ModelState.Read("Input.ScheduledFor", Input.ScheduledFor, "The date of the conversation", required: true);
        var briefing = ModelState.Read("Input.BriefingSentOn", Input.BriefingSentOn, "The date the briefing was sent", required: false);
        Guid? account = Input.ParticipantUserId is { Length: > 0 } a && a != NoAccount && Guid.TryParse(a, out var id) ? id : null;
        if (ModelState.IsValid && on is { } date)
        {
            var (result, conversationId) = await conversations.ArrangeAsync(
                new ArrangeConversationOptions(Review.Id, Review.PartnershipId, Input.ParticipantPersonId, account, Input.InterviewerUserIds, date, Input.Purpose, briefing),
                HttpContext.AuditActor(), HttpContext.RequestAborted);
            if (result.Succeeded)
            {
                TempData["Notice"] = "Conversation arranged";
                return Redirect(Link.Conversation(Review.Id, conversationId!.Value));
            }

            result.AddTo(ModelState, "Input");
        }

        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        var ct = HttpContext.RequestAborted;
        var people = await db.People.AsNoTracking().Where(p => p.ReviewId == Review.Id).OrderBy(p => p.Category != PersonCategory.Professional).ThenBy(p => p.Pseudonym)
            .Select(p => new { p.Id, p.Pseudonym, p.ProfessionalRole, p.Category }).ToListAsync(ct);
        People =
        [
            new SelectListItem("Choose the participant", string.Empty),
            .. people.Select(p => new SelectListItem(p.ProfessionalRole is { } role ? $"{p.Pseudonym} ({role})" : p.Pseudonym, p.Id.ToString())),
        ];
        var members = await db.ReviewMembers.AsNoTracking().Where(m => m.ReviewId == Review.Id)
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new { u.Id, u.DisplayName, m.Role, u.AgencyId })
            .OrderBy(m => m.DisplayName).ToListAsync(ct);
        var agencies = await db.Agencies.AsNoTracking().Where(a => a.PartnershipId == Review.PartnershipId).ToDictionaryAsync(a => a.Id, a => a.Name, ct);
        Accounts =
        [
            new SelectListItem("No Lantern account (send the notes another way)", NoAccount),
            .. members.Where(m => m.Role == ReviewRole.CaseGroupMember).Select(m => new SelectListItem(m.DisplayName, m.Id.ToString())),
        ];
        Interviewers = members.Where(m => ConversationService.InterviewerRoles.Contains(m.Role)).DistinctBy(m => m.Id)
            .Select(m => new GovUkOption(m.Id.ToString(), m.DisplayName, $"{m.Role.DisplayName()}, {agencies.GetValueOrDefault(m.AgencyId, "Unknown agency")}")).ToList();
        Constraints = await queries.ConstraintsAsync(Review.Id, ct);
    }
}

public sealed class ArrangeInput
{
    [Display(Order = 1)]
    [Required(ErrorMessage = "Select the participant from the people register")]
    public Guid? ParticipantPersonId { get; set; }

    [Display(Order = 2)]
    public string? ParticipantUserId { get; set; }

    [Display(Order = 3)]
    public List<Guid> InterviewerUserIds { get; set; } = [];

    [Display(Order = 4)]
    public DateInputModel ScheduledFor { get; set; } = new();

    [Display(Name = "Purpose", Order = 5)]
    public string? Purpose { get; set; }

    [Display(Order = 6)]
    public DateInputModel BriefingSentOn { get; set; } = new();
}
