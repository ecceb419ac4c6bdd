using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Lantern.Web.Infrastructure.Validation;

public static class DateInputs
{
    /// <summary>Reads a date input, adding its GOV.UK error (against the right parts) when it is not a real
    /// date, or is missing and required. Returns the date, or null.</summary>
    public static DateOnly? Read(this ModelStateDictionary modelState, string key, DateInputModel input, string label, bool required)
    {
        var error = input.Validate(label, required, out var date, out var parts);
        if (error is not null)
        {
            modelState.AddDateInputError(key, error, parts);
            return null;
        }

        return date;
    }
}
