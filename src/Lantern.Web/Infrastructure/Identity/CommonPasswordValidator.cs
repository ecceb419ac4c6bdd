using Lantern.Core.Accounts;
using Microsoft.AspNetCore.Identity;

namespace Lantern.Web.Infrastructure.Identity;

/// <summary>Refuses passwords on the bundled list of common passwords.</summary>
public sealed class CommonPasswordValidator : IPasswordValidator<LanternUser>
{
    public const string Code = "CommonPassword";

    public Task<IdentityResult> ValidateAsync(UserManager<LanternUser> manager, LanternUser user, string? password)
    {
        if (password is not null && CommonPasswords.IsCommon(password))
        {
            return Task.FromResult(IdentityResult.Failed(new IdentityError
            {
                Code = Code,
                Description = "Choose a password that is harder to guess. This one is on a list of passwords that are used often",
            }));
        }

        return Task.FromResult(IdentityResult.Success);
    }
}

/// <summary>Identity's messages, in the words of a GOV.UK service.</summary>
public sealed class LanternIdentityErrors : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) =>
        new() { Code = nameof(PasswordTooShort), Description = $"Password must be {length} characters or more" };

    public override IdentityError DuplicateEmail(string email) =>
        new() { Code = nameof(DuplicateEmail), Description = "Someone already has an account with this email address" };

    public override IdentityError DuplicateUserName(string userName) =>
        new() { Code = nameof(DuplicateUserName), Description = "Someone already has an account with this email address" };

    public override IdentityError InvalidEmail(string? email) =>
        new() { Code = nameof(InvalidEmail), Description = "Enter an email address in the correct format, like name@example.org" };

    public override IdentityError UserAlreadyHasPassword() =>
        new() { Code = nameof(UserAlreadyHasPassword), Description = "This account already has a password. Sign in instead" };

    public override IdentityError ConcurrencyFailure() =>
        new() { Code = nameof(ConcurrencyFailure), Description = "Someone else changed this account at the same time. Try again" };
}
