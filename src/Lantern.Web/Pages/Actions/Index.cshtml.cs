namespace Lantern.Web.Pages.Actions;

/// <summary>The review's improvement actions (quality marker 18): what each answers, who owns it, when it is due and
/// how it stands. An agency contact sees only their own agency's.</summary>
[ReviewPage(ReviewPermission.ViewActions, AuditActions.ActionsViewed)]
public sealed class IndexModel(ActionQueries queries, ActionService service) : ActionPageModel
{
    public IReadOnlyList<ActionRow> Actions { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public async Task OnGetAsync()
    {
        Today = service.Today;
        Actions = await queries.ListAsync(Scope, HttpContext.RequestAborted);
    }
}
