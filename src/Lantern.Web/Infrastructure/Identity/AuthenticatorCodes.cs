using System.Buffers.Binary;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;

namespace Lantern.Web.Infrastructure.Identity;

/// <summary>
/// Checks codes from authenticator apps (RFC 6238: HMAC-SHA1, 30-second steps, 6 digits), allowing one step
/// of clock drift either way. Unlike Identity's own provider it accepts each code only once: the last step
/// used is remembered, so a code seen over someone's shoulder cannot be replayed. Time comes from the
/// injected clock.
/// </summary>
public sealed class AuthenticatorCodes(TimeProvider time, LanternDbContext db) : IUserTwoFactorTokenProvider<LanternUser>
{
    public const string ProviderName = "LanternAuthenticator";
    private const string LoginProvider = "[Lantern]";
    private const string LastStepToken = "AuthenticatorLastStep";

    public async Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<LanternUser> manager, LanternUser user) =>
        !string.IsNullOrWhiteSpace(await manager.GetAuthenticatorKeyAsync(user));

    // Authenticator apps make the codes; the server never sends one.
    public Task<string> GenerateAsync(string purpose, UserManager<LanternUser> manager, LanternUser user) => Task.FromResult(string.Empty);

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<LanternUser> manager, LanternUser user)
    {
        var key = await manager.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrWhiteSpace(key) || token.Length != 6 || !int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var code))
        {
            return false;
        }

        var secret = Base32.Decode(key);
        var now = time.GetUtcNow().ToUnixTimeSeconds() / 30;
        var last = long.TryParse(await manager.GetAuthenticationTokenAsync(user, LoginProvider, LastStepToken), NumberStyles.None, CultureInfo.InvariantCulture, out var l) ? l : long.MinValue;
        for (var step = now - 1; step <= now + 1; step++)
        {
            if (step > last && CodeFor(secret, step) == code)
            {
                // Saved under the account's concurrency stamp: if the same code is being used at this moment
                // by another request, one of the two saves fails, and that one is refused.
                try
                {
                    var remembered = await manager.SetAuthenticationTokenAsync(user, LoginProvider, LastStepToken, step.ToString(CultureInfo.InvariantCulture));
                    return remembered.Succeeded;
                }
                catch (DbUpdateException)
                {
                    // The other request recorded its first code at the same moment: this one is refused.
                    await db.DiscardUnsavedChangesAsync();
                    return false;
                }
            }
        }

        return false;
    }

    public static int CodeFor(byte[] secret, long step)
    {
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, step);
        var hash = HMACSHA1.HashData(secret, counter);
        var offset = hash[^1] & 0x0F;
        var binary = ((hash[offset] & 0x7F) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return binary % 1_000_000;
    }
}

/// <summary>RFC 4648 base-32, the form authenticator keys are shown and stored in.</summary>
public static class Base32
{
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    public static byte[] Decode(string text)
    {
        var bytes = new List<byte>(text.Length * 5 / 8);
        int buffer = 0, bits = 0;
        foreach (var c in text)
        {
            var value = Alphabet.IndexOf(char.ToUpperInvariant(c), StringComparison.Ordinal);
            if (value < 0)
            {
                continue;
            }

            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8)
            {
                bytes.Add((byte)(buffer >> (bits - 8)));
                bits -= 8;
            }
        }

        return [.. bytes];
    }
}
