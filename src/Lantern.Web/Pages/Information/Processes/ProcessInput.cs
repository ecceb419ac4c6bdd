namespace Lantern.Web.Pages.Information.Processes;

/// <summary>A parallel process's details, as the add and change forms give them.</summary>
public sealed class ProcessInput
{
    public static IReadOnlyList<GovUkOption> KindOptions { get; } =
        Enum.GetValues<ProcessKind>().Select(k => new GovUkOption(k.ToString(), k.DisplayName(), k.Hint())).ToList();

    public static IReadOnlyList<GovUkOption> StatusOptions { get; } =
        Enum.GetValues<ProcessStatus>().Select(s => new GovUkOption(s.ToString(), s.DisplayName())).ToList();

    [Display(Order = 1)]
    [Required(ErrorMessage = "Select the kind of process")]
    public ProcessKind? Kind { get; set; }

    [Display(Name = "Who leads it", Order = 2)]
    public string? LeadBody { get; set; }

    [Display(Name = "Contact", Order = 3)]
    public string? Contact { get; set; }

    [Display(Order = 4)]
    [Required(ErrorMessage = "Select where the process has got to")]
    public ProcessStatus? Status { get; set; }

    [Display(Order = 5)]
    public DateInputModel ExpectedEnd { get; set; } = new();

    [Display(Name = "Notes", Order = 6)]
    public string? Notes { get; set; }

    public Guid Version { get; set; }

    public static ProcessInput From(ParallelProcess process) => new()
    {
        Kind = process.Kind,
        LeadBody = process.LeadBody,
        Contact = process.Contact,
        Status = process.Status,
        ExpectedEnd = process.ExpectedEnd is { } end ? DateInputModel.From(end) : new DateInputModel(),
        Notes = process.Notes,
        Version = process.Version,
    };

    public ProcessDetails ToDetails(DateOnly? expectedEnd) =>
        new(Kind ?? ProcessKind.CriminalInvestigation, LeadBody, Contact, Status ?? ProcessStatus.UnderWay, expectedEnd, Notes);
}
