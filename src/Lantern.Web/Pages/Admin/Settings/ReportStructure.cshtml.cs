using Lantern.Core.Reports;
using Lantern.Web.Pages.Reports;

namespace Lantern.Web.Pages.Admin.Settings;

/// <summary>The partnership's structure for its reports: the sections, their headings, the prompt each gives the
/// writer and what each draws from the analysis, kept as JSON. Lantern's default until the partnership changes it.</summary>
[PartnershipPage(PartnershipPermission.ManageSettings)]
public sealed class ReportStructureModel(ReportStructureService structures) : PageModel
{
    [BindProperty(Name = "Input")]
    public StructureInput Input { get; set; } = new();

    public bool IsDefault { get; private set; }

    public IReadOnlyList<ReportSectionDefinition> Sections { get; private set; } = [];

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync()
    {
        var current = await structures.FindAsync(User.RequireActor().PartnershipId, HttpContext.RequestAborted);
        Input = new StructureInput { Json = current?.Json ?? ReportStructure.ToJson(ReportStructure.Default), Token = current?.Version };
        Show(current);
    }

    public async Task<IActionResult> OnPostAsync() => await SaveAsync(Input.Json ?? string.Empty, "Report structure saved. Reports started from now on use it");

    public async Task<IActionResult> OnPostDefaultAsync() => await SaveAsync(null, "Back to Lantern's report structure");

    private async Task<IActionResult> SaveAsync(string? json, string notice)
    {
        var partnershipId = User.RequireActor().PartnershipId;
        var result = await structures.SaveAsync(partnershipId, json, Input.Token, HttpContext.AuditActor(), HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            Notice = notice;
            return RedirectToPage();
        }

        var current = await structures.FindAsync(partnershipId, HttpContext.RequestAborted);
        Show(current);
        if (result.Conflict)
        {
            ModelState.AddModelError(string.Empty, "Someone else changed the structure while you were editing it. Your changes are still below; read theirs, then save again");
            Input.Token = current?.Version;
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }

        result.AddAsIs(ModelState);
        return Page();
    }

    private void Show(ReportStructureSetting? current)
    {
        IsDefault = current is null;
        Sections = current is not null && ReportStructure.Parse(current.Json) is { IsValid: true, Sections: { } own } ? own : ReportStructure.Default;
    }

    public sealed class StructureInput
    {
        public string? Json { get; set; }

        public Guid? Token { get; set; }
    }
}
