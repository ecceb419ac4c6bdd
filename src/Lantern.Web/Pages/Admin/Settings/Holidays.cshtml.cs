using Lantern.Core.Deadlines;
using Lantern.Web.Pages.SettingUp;

namespace Lantern.Web.Pages.Admin.Settings;

/// <summary>The bank holidays working days are counted against, and the one-off changes the partnership records.</summary>
[PartnershipPage(PartnershipPermission.ManageSettings)]
public sealed class HolidaysModel(SettingsService settings, SettingUpCalendars calendars, LanternDbContext db, TimeProvider time) : PageModel
{
    [BindProperty(Name = "Input")]
    public HolidayInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public HolidayCalendar Calendar { get; set; } = HolidayCalendar.EnglandAndWales;

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    public int ShownYear { get; private set; }

    public IReadOnlyList<DateOnly> BankHolidays { get; private set; } = [];

    public IReadOnlyList<HolidayChange> Changes { get; private set; } = [];

    public static IReadOnlyList<GovUkOption> Calendars { get; } = HolidayCalendarNames.All.Select(c => new GovUkOption(c.ToString(), c.DisplayName())).ToList();

    public static IReadOnlyList<GovUkOption> Kinds { get; } =
    [
        new(nameof(AdjustmentKind.Add), "Add a bank holiday", "For example, a day for a royal occasion"),
        new(nameof(AdjustmentKind.Remove), "Remove a bank holiday", "For example, a holiday moved to another day"),
    ];

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync()
    {
        Input.Calendar = Calendar;
        await LoadAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var date = ModelState.Read("Input.Date", Input.Date, "Date", required: true);
        if (ModelState.IsValid && date is { } day)
        {
            var result = await settings.AddHolidayChangeAsync(
                new AddHolidayChangeOptions(User.RequireActor().PartnershipId, day, Input.Calendar!.Value, Input.Kind!.Value, Input.Reason ?? string.Empty),
                HttpContext.AuditActor(), HttpContext.RequestAborted);
            if (result.Succeeded)
            {
                Notice = "Bank holiday change saved";
                return RedirectToPage(new { calendar = Input.Calendar, year = day.Year });
            }

            result.AddTo(ModelState, "Input");
        }

        Calendar = Input.Calendar ?? Calendar;
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid changeId)
    {
        var result = await settings.RemoveHolidayChangeAsync(new RemoveHolidayChangeOptions(User.RequireActor().PartnershipId, changeId), HttpContext.AuditActor(), HttpContext.RequestAborted);
        if (result.NotFound)
        {
            return NotFound();
        }

        Notice = "Bank holiday change removed";
        return RedirectToPage(new { calendar = Calendar, year = Year });
    }

    private async Task LoadAsync()
    {
        var partnershipId = User.RequireActor().PartnershipId;
        ShownYear = Year is >= 2000 and <= 2100 ? Year.Value : UkTime.Today(time).Year;
        BankHolidays = (await calendars.ForAsync(partnershipId, Calendar, HttpContext.RequestAborted)).BankHolidays(ShownYear);
        Changes = await db.HolidayChanges.AsNoTracking().Where(h => h.PartnershipId == partnershipId)
            .OrderByDescending(h => h.Date).ToListAsync(HttpContext.RequestAborted);
    }

    public sealed class HolidayInput
    {
        [Display(Order = 1)]
        [Required(ErrorMessage = "Select the calendar")]
        public HolidayCalendar? Calendar { get; set; }

        [Display(Order = 2)]
        [Required(ErrorMessage = "Select whether to add or remove a bank holiday")]
        public AdjustmentKind? Kind { get; set; }

        [Display(Order = 3)]
        public DateInputModel Date { get; set; } = new();

        [Display(Order = 4)]
        public string? Reason { get; set; }
    }
}
