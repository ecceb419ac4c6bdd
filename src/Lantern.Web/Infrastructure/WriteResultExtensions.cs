using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Lantern.Web.Infrastructure;

public static class WriteResultExtensions
{
    /// <summary>Shows a refused write's errors against their fields (under <paramref name="prefix"/>).</summary>
    public static void AddTo(this WriteResult result, ModelStateDictionary modelState, string prefix)
    {
        foreach (var (field, message) in result.Errors)
        {
            modelState.AddModelError(field.Length == 0 ? string.Empty : $"{prefix}.{field}", message);
        }
    }

    /// <summary>Adds a refused write's errors under the keys the service gives (already the form's field names).</summary>
    public static void AddAsIs(this WriteResult result, ModelStateDictionary modelState)
    {
        foreach (var (field, message) in result.Errors)
        {
            modelState.AddModelError(field, message);
        }
    }
}
