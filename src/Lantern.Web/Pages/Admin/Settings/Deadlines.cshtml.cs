using Lantern.Core.Deadlines;

namespace Lantern.Web.Pages.Admin.Settings;

/// <summary>The partnership's deadline rules, with where each comes from and how sure Lantern is of it: the
/// deadlines of reviews, then Lantern's own expectations for the tasks it creates.</summary>
[PartnershipPage(PartnershipPermission.ManageSettings)]
public sealed class DeadlinesModel(SettingsService settings) : PageModel
{
    public IReadOnlyList<DeadlineRuleSetting> ReviewRules { get; private set; } = [];

    public IReadOnlyList<DeadlineRuleSetting> TaskRules { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var rules = await settings.RulesAsync(User.RequireActor().PartnershipId, HttpContext.RequestAborted);
        ReviewRules = rules.Where(r => !TaskDeadlines.IsTaskRule(r.Key)).ToList();
        TaskRules = rules.Where(r => TaskDeadlines.IsTaskRule(r.Key))
            .OrderBy(r => TaskDeadlines.Defaults.ToList().FindIndex(t => t.Key == r.Key)).ToList();
    }
}
