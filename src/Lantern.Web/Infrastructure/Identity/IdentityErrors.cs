using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Lantern.Web.Infrastructure.Identity;

/// <summary>Puts Identity's errors against the field they are about, so the error summary links to it.</summary>
public static class IdentityErrors
{
    public static void AddTo(ModelStateDictionary modelState, IEnumerable<IdentityError> errors, string prefix,
        string passwordField = "Password", string emailField = "Email")
    {
        foreach (var error in errors)
        {
            var field = error.Code switch
            {
                var c when c.StartsWith("Password", StringComparison.Ordinal) || c == CommonPasswordValidator.Code => passwordField,
                "DuplicateEmail" or "DuplicateUserName" or "InvalidEmail" or "InvalidUserName" => emailField,
                _ => string.Empty,
            };
            modelState.AddModelError(field.Length == 0 ? string.Empty : $"{prefix}.{field}", error.Description);
        }
    }
}
