using System.Security.Cryptography;
using System.Text;

namespace Lantern.Core.Accounts;

public enum OneTimeLinkPurpose
{
    /// <summary>Creates the first administrator of a new installation.</summary>
    FirstAdministrator,

    /// <summary>Lets an invited person set their password and authenticator.</summary>
    Invitation,

    /// <summary>Lets someone whose password an administrator has reset choose a new one. Their authenticator stays.</summary>
    PasswordReset,
}

/// <summary>
/// A single-use link that expires. Only a hash of its secret is stored, so a copy of the database cannot be
/// used to take over the accounts the links are for. Its version changes when it is used, so two people
/// using the same link at the same moment cannot both succeed.
/// </summary>
public sealed class OneTimeLink : IVersioned
{
    public static readonly TimeSpan SetupLifetime = TimeSpan.FromHours(24);
    public static readonly TimeSpan InvitationLifetime = TimeSpan.FromDays(7);

    /// <summary>As long as an invitation: an administrator may have to pass the link on by hand.</summary>
    public static readonly TimeSpan PasswordResetLifetime = InvitationLifetime;

    private OneTimeLink()
    {
        TokenHash = string.Empty;
    }

    private OneTimeLink(Guid id, OneTimeLinkPurpose purpose, string tokenHash, Guid? userId, DateTime createdAt, DateTime expiresAt)
    {
        Id = id;
        Purpose = purpose;
        TokenHash = tokenHash;
        UserId = userId;
        CreatedAt = createdAt;
        ExpiresAt = expiresAt;
    }

    public Guid Id { get; private set; }
    public OneTimeLinkPurpose Purpose { get; private set; }
    public string TokenHash { get; private set; }
    public Guid? UserId { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public DateTime ExpiresAt { get; private set; }
    public DateTime? UsedAt { get; private set; }
    public DateTime? RevokedAt { get; private set; }

    public Guid Version { get; set; } = Guid.NewGuid();

    /// <summary>Creates a link; the token is returned once, for the URL, and never stored.</summary>
    public static (OneTimeLink Link, string Token) Issue(OneTimeLinkPurpose purpose, Guid? userId, DateTime now)
    {
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var lifetime = purpose switch
        {
            OneTimeLinkPurpose.FirstAdministrator => SetupLifetime,
            OneTimeLinkPurpose.PasswordReset => PasswordResetLifetime,
            _ => InvitationLifetime,
        };
        return (new OneTimeLink(Guid.NewGuid(), purpose, HashToken(token), userId, now, now + lifetime), token);
    }

    public static string HashToken(string token) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>Tokens are 43 URL-safe characters; anything else is refused before touching the database.</summary>
    public static bool LooksLikeToken(string? token) =>
        token is { Length: 43 } && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    public bool IsUsable(DateTime now) => UsedAt is null && RevokedAt is null && now < ExpiresAt;

    public void MarkUsed(DateTime now)
    {
        if (!IsUsable(now))
        {
            throw new InvalidOperationException("This link has already been used, has been withdrawn or has expired.");
        }

        UsedAt = now;
    }

    public void Revoke(DateTime now) => RevokedAt ??= now;
}
