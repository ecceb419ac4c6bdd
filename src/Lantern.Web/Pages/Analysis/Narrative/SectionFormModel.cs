namespace Lantern.Web.Pages.Analysis.Narrative;

/// <summary>What the pages that add and change a narrative section share: the form and reading it.</summary>
public abstract class SectionFormModel : ReviewPageModel
{
    [BindProperty(Name = "Input")]
    public SectionInput Input { get; set; } = new();

    protected SectionDetails? ReadInput()
    {
        var from = ModelState.Read("Input.PeriodFrom", Input.PeriodFrom, "The start of the period", required: true);
        var to = ModelState.Read("Input.PeriodTo", Input.PeriodTo, "The end of the period", required: false);
        return ModelState.IsValid ? new SectionDetails(Review.Id, Review.PartnershipId, Input.Title, from, to, Input.Summary) : null;
    }
}

public sealed class SectionInput
{
    [Display(Name = "Title", Order = 1)]
    public string? Title { get; set; }

    [Display(Order = 2)]
    public DateInputModel PeriodFrom { get; set; } = new();

    [Display(Order = 3)]
    public DateInputModel PeriodTo { get; set; } = new();

    [Display(Name = "Summary", Order = 4)]
    public string? Summary { get; set; }

    public Guid Version { get; set; }

    public static SectionInput From(NarrativeSection s) => new()
    {
        Title = s.Title,
        PeriodFrom = DateInputModel.From(s.PeriodFrom),
        PeriodTo = DateInputModel.From(s.PeriodTo),
        Summary = s.Summary,
        Version = s.Version,
    };
}
