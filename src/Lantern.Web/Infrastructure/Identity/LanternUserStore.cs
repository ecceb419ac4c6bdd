using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;

namespace Lantern.Web.Infrastructure.Identity;

/// <summary>
/// Identity's store, hardened: recovery codes are kept only as hashes and the authenticator key is encrypted
/// with the data-protection key ring, so a copy of the database alone does not give anyone a second factor.
/// </summary>
public sealed class LanternUserStore(LanternDbContext context, IDataProtectionProvider protection, IdentityErrorDescriber describer)
    : UserOnlyStore<LanternUser, LanternDbContext, Guid>(context, describer)
{
    // The names Identity's own store uses for these tokens.
    private const string InternalLoginProvider = "[AspNetUserStore]";
    private const string AuthenticatorKeyTokenName = "AuthenticatorKey";
    private const string RecoveryCodeTokenName = "RecoveryCodes";

    private readonly IDataProtector keyProtector = protection.CreateProtector("Lantern.AuthenticatorKey.v1");

    public override Task SetAuthenticatorKeyAsync(LanternUser user, string key, CancellationToken cancellationToken) =>
        SetTokenAsync(user, InternalLoginProvider, AuthenticatorKeyTokenName, keyProtector.Protect(key), cancellationToken);

    public override async Task<string?> GetAuthenticatorKeyAsync(LanternUser user, CancellationToken cancellationToken)
    {
        var stored = await GetTokenAsync(user, InternalLoginProvider, AuthenticatorKeyTokenName, cancellationToken);
        if (stored is null)
        {
            return null;
        }

        try
        {
            return keyProtector.Unprotect(stored);
        }
        catch (CryptographicException)
        {
            // The key ring has been lost or replaced: the person must set up their authenticator again.
            return null;
        }
    }

    public override Task ReplaceCodesAsync(LanternUser user, IEnumerable<string> recoveryCodes, CancellationToken cancellationToken) =>
        SetTokenAsync(user, InternalLoginProvider, RecoveryCodeTokenName,
            string.Join(';', recoveryCodes.Select(code => HashCode(user, code))), cancellationToken);

    public override async Task<bool> RedeemCodeAsync(LanternUser user, string code, CancellationToken cancellationToken)
    {
        var stored = await GetTokenAsync(user, InternalLoginProvider, RecoveryCodeTokenName, cancellationToken) ?? string.Empty;
        var hashes = stored.Split(';', StringSplitOptions.RemoveEmptyEntries);
        var hash = HashCode(user, code);
        if (!hashes.Contains(hash, StringComparer.Ordinal))
        {
            return false;
        }

        await SetTokenAsync(user, InternalLoginProvider, RecoveryCodeTokenName,
            string.Join(';', hashes.Where(h => !string.Equals(h, hash, StringComparison.Ordinal))), cancellationToken);
        return true;
    }

    /// <summary>Codes are compared without case, spaces or hyphens, as people type them in different ways.</summary>
    public static string NormaliseCode(string code) =>
        new(code.Where(char.IsAsciiLetterOrDigit).Select(char.ToUpperInvariant).ToArray());

    private static string HashCode(LanternUser user, string code) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{user.Id:N}:{NormaliseCode(code)}")));
}
