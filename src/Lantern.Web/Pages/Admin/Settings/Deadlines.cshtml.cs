using Lantern.Core.Deadlines;

namespace Lantern.Web.Pages.Admin.Settings;

/// <summary>The partnership's deadline rules, with where each comes from and how sure Lantern is of it.</summary>
[PartnershipPage(PartnershipPermission.ManageSettings)]
public sealed class DeadlinesModel(SettingsService settings) : PageModel
{
    public IReadOnlyList<DeadlineRuleSetting> Rules { get; private set; } = [];

    public async Task OnGetAsync() => Rules = await settings.RulesAsync(User.RequireActor().PartnershipId, HttpContext.RequestAborted);
}
