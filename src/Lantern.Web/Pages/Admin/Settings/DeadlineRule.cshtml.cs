using Lantern.Core.Deadlines;

namespace Lantern.Web.Pages.Admin.Settings;

/// <summary>Adds a deadline rule (key "new") or changes one. A task rule keeps its task's trigger, applies to every
/// type of review and is always in use, so its page asks only for the rest.</summary>
[PartnershipPage(PartnershipPermission.ManageSettings)]
public sealed class DeadlineRuleModel(SettingsService settings) : PageModel
{
    public const string NewKey = "new";

    [BindProperty(Name = "Input")]
    public RuleInput Input { get; set; } = new();

    public bool IsNew { get; private set; }

    /// <summary>Lantern's default for the task rule being changed; null for any other rule.</summary>
    public DeadlineRule? TaskDefault { get; private set; }

    public static IReadOnlyList<GovUkOption> Jurisdictions { get; } = JurisdictionNames.All.Select(j => new GovUkOption(j.ToString(), j.DisplayName())).ToList();

    public static IReadOnlyList<GovUkOption> Triggers { get; } = DeadlineTriggerNames.All.Select(t => new GovUkOption(t.ToString(), "When " + t.DisplayName())).ToList();

    public static IReadOnlyList<GovUkOption> Units { get; } = DeadlineUnitNames.All.Select(u => new GovUkOption(u.ToString(), char.ToUpperInvariant(u.DisplayName(2)[0]) + u.DisplayName(2)[1..])).ToList();

    public static IReadOnlyList<GovUkOption> Calendars { get; } = HolidayCalendarNames.All.Select(c => new GovUkOption(c.ToString(), c.DisplayName())).ToList();

    public static IReadOnlyList<GovUkOption> Confidences { get; } = ConfidenceNames.All.Select(c => new GovUkOption(c.ToString(), c.DisplayName(), char.ToUpperInvariant(c.Description()[0]) + c.Description()[1..])).ToList();

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(string key)
    {
        IsNew = key == NewKey;
        TaskDefault = TaskDeadlines.DefaultFor(key, Jurisdiction.England);
        if (IsNew)
        {
            Input = new RuleInput { Jurisdiction = Jurisdiction.England, Unit = DeadlineUnit.WorkingDays, Calendar = HolidayCalendar.EnglandAndWales, Confidence = Confidence.Unverified, IsActive = true };
            return Page();
        }

        var rule = (await settings.RulesAsync(User.RequireActor().PartnershipId, HttpContext.RequestAborted)).FirstOrDefault(r => r.Key == key);
        if (rule is null)
        {
            return NotFound();
        }

        Input = new RuleInput
        {
            Name = rule.Name,
            Jurisdiction = rule.Jurisdiction,
            ReviewTypeName = rule.ReviewTypeName,
            Trigger = rule.Trigger,
            Offset = rule.Offset,
            Unit = rule.Unit,
            Calendar = rule.Calendar,
            Source = rule.Source,
            Confidence = rule.Confidence,
            IsActive = rule.IsActive,
            Version = rule.Version,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string key)
    {
        IsNew = key == NewKey;
        TaskDefault = TaskDeadlines.DefaultFor(key, Jurisdiction.England);
        if (TaskDefault is not null)
        {
            // Not asked for a task rule: the service keeps the task's own.
            ModelState.Remove("Input.Jurisdiction");
            ModelState.Remove("Input.Trigger");
            Input.Jurisdiction ??= TaskDefault.Jurisdiction;
            Input.Trigger = TaskDefault.Trigger;
            Input.IsActive = true;
        }

        // Model binding's own message for a number it cannot read is not in our words: say what is wrong instead,
        // keeping what was typed.
        if (ModelState["Input.Offset"] is { Errors.Count: > 0, AttemptedValue: { Length: > 0 } typed })
        {
            ModelState.Remove("Input.Offset");
            ModelState.SetModelValue("Input.Offset", typed, typed);
            ModelState.AddModelError("Input.Offset", "The number of days or months must be a whole number, such as 5");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var rule = new DeadlineRule(IsNew ? string.Empty : key, Input.Jurisdiction!.Value, string.IsNullOrWhiteSpace(Input.ReviewTypeName) ? null : Input.ReviewTypeName.Trim(),
            Input.Name?.Trim() ?? string.Empty, Input.Trigger!.Value, Input.Offset!.Value, Input.Unit!.Value, Input.Calendar!.Value, Input.Source?.Trim() ?? string.Empty, Input.Confidence!.Value);
        var result = await settings.SaveDeadlineRuleAsync(
            new SaveDeadlineRuleOptions(User.RequireActor().PartnershipId, IsNew ? null : key, rule, Input.IsActive, Input.Version),
            HttpContext.AuditActor(), HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            Notice = "Deadline rule saved";
            return RedirectToPage("/Admin/Settings/Deadlines");
        }

        if (result.NotFound)
        {
            return NotFound();
        }

        if (result.Conflict)
        {
            ModelState.AddModelError(string.Empty, "Someone else changed this rule while you were editing it. Your changes were not saved: open the rule again to see theirs");
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }

        result.AddTo(ModelState, "Input");
        return Page();
    }

    public sealed class RuleInput
    {
        [Display(Order = 1)]
        public string? Name { get; set; }

        [Display(Order = 2)]
        [Required(ErrorMessage = "Select the nation the rule applies in")]
        public Jurisdiction? Jurisdiction { get; set; }

        [Display(Order = 3)]
        public string? ReviewTypeName { get; set; }

        [Display(Order = 4)]
        [Required(ErrorMessage = "Select the event the deadline is counted from")]
        public DeadlineTrigger? Trigger { get; set; }

        [Display(Order = 5)]
        [Required(ErrorMessage = "Enter how many days or months")]
        public int? Offset { get; set; }

        [Display(Order = 6)]
        [Required(ErrorMessage = "Select what the number counts")]
        public DeadlineUnit? Unit { get; set; }

        [Display(Order = 7)]
        [Required(ErrorMessage = "Select the bank holidays to count working days against")]
        public HolidayCalendar? Calendar { get; set; }

        [Display(Order = 8)]
        public string? Source { get; set; }

        [Display(Order = 9)]
        [Required(ErrorMessage = "Select how sure you are of the rule")]
        public Confidence? Confidence { get; set; }

        public bool IsActive { get; set; }

        public Guid? Version { get; set; }
    }
}
