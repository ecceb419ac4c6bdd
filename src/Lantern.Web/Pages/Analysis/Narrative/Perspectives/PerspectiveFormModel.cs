using Microsoft.AspNetCore.Mvc.Rendering;

namespace Lantern.Web.Pages.Analysis.Narrative.Perspectives;

/// <summary>What the pages that add and change an account share: the section it belongs to, the form, and the
/// people and agencies to choose from.</summary>
public abstract class PerspectiveFormModel(NarrativeQueries queries, LanternDbContext db) : ReviewPageModel
{
    [BindProperty(Name = "Input")]
    public PerspectiveInput Input { get; set; } = new();

    public NarrativeSection Section { get; private set; } = null!;

    public IReadOnlyList<SelectListItem> People { get; private set; } = [];

    public IReadOnlyList<SelectListItem> Agencies { get; private set; } = [];

    public string SectionPath => Link.NarrativeSection(Review.Id, Section.Id);

    protected PerspectiveDetails Details => new(Review.Id, Review.PartnershipId, Section.Id, Input.PersonId, Input.AgencyId, Input.Account);

    protected async Task<bool> FindSectionAsync(Guid sectionId)
    {
        var section = await queries.SectionAsync(Review.Viewer, sectionId, HttpContext.RequestAborted);
        Section = section!;
        return section is not null;
    }

    protected async Task LoadOptionsAsync()
    {
        var ct = HttpContext.RequestAborted;

        // Ids are formatted here, not in SQL: SQLite holds them in upper case, and the form posts them back in lower case.
        var people = await db.People.AsNoTracking().Where(p => p.ReviewId == Review.Id).OrderBy(p => p.Category != Core.Information.PersonCategory.Professional).ThenBy(p => p.Pseudonym)
            .Select(p => new { p.Id, p.Pseudonym, p.ProfessionalRole }).ToListAsync(ct);
        People =
        [
            new SelectListItem("Not one person (an agency's account)", string.Empty),
            .. people.Select(p => new SelectListItem(p.ProfessionalRole is { } role ? $"{p.Pseudonym} ({role})" : p.Pseudonym, p.Id.ToString())),
        ];
        var agencies = await db.Agencies.AsNoTracking().Where(a => a.PartnershipId == Review.PartnershipId && (a.IsActive || a.Id == Input.AgencyId))
            .OrderBy(a => a.Name).Select(a => new { a.Id, a.Name }).ToListAsync(ct);
        Agencies =
        [
            new SelectListItem("No agency", string.Empty),
            .. agencies.Select(a => new SelectListItem(a.Name, a.Id.ToString())),
        ];
    }
}

public sealed class PerspectiveInput
{
    [Display(Order = 1)]
    public Guid? PersonId { get; set; }

    [Display(Order = 2)]
    public Guid? AgencyId { get; set; }

    [Display(Name = "Their account", Order = 3)]
    public string? Account { get; set; }

    public Guid Version { get; set; }

    public static PerspectiveInput From(Perspective p) => new() { PersonId = p.PersonId, AgencyId = p.AgencyId, Account = p.Account, Version = p.Version };
}
