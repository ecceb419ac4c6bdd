using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Lantern.Web.Pages.Reports;

public static class ReportErrors
{
    /// <summary>Adds a refused write's errors under the keys the report services give (already the form's field names).</summary>
    public static void AddAsIs(this WriteResult result, ModelStateDictionary modelState)
    {
        foreach (var (field, message) in result.Errors)
        {
            modelState.AddModelError(field, message);
        }
    }
}
