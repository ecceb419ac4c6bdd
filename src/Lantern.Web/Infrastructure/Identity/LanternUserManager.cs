using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Lantern.Web.Infrastructure.Identity;

/// <summary>
/// Identity's user manager with failed attempts counted by one atomic update in the database. Identity's own
/// count is read, incremented and written back under the account's concurrency stamp, so attempts made in
/// parallel overwrite each other and an attacker could keep guessing past the lockout.
/// </summary>
public sealed class LanternUserManager(
    IUserStore<LanternUser> store,
    IOptions<IdentityOptions> optionsAccessor,
    IPasswordHasher<LanternUser> passwordHasher,
    IEnumerable<IUserValidator<LanternUser>> userValidators,
    IEnumerable<IPasswordValidator<LanternUser>> passwordValidators,
    ILookupNormalizer keyNormalizer,
    IdentityErrorDescriber errors,
    IServiceProvider services,
    ILogger<UserManager<LanternUser>> logger,
    LanternDbContext db)
    : UserManager<LanternUser>(store, optionsAccessor, passwordHasher, userValidators, passwordValidators, keyNormalizer, errors, services, logger)
{
    public override async Task<IdentityResult> AccessFailedAsync(LanternUser user)
    {
        ThrowIfDisposed();
        var account = db.Users.Where(u => u.Id == user.Id);
        await account.ExecuteUpdateAsync(s => s.SetProperty(u => u.AccessFailedCount, u => u.AccessFailedCount + 1));
        var failures = await account.Select(u => u.AccessFailedCount).SingleAsync();
        if (failures >= Options.Lockout.MaxFailedAccessAttempts)
        {
            // Identity checks lockouts against the system clock, so the end is set from it too.
            var until = DateTimeOffset.UtcNow + Options.Lockout.DefaultLockoutTimeSpan;
            await account.Where(u => u.LockoutEnabled).ExecuteUpdateAsync(s => s
                .SetProperty(u => u.LockoutEnd, until)
                .SetProperty(u => u.AccessFailedCount, 0));
        }

        await RefreshAsync(user);
        return IdentityResult.Success;
    }

    public override async Task<IdentityResult> ResetAccessFailedCountAsync(LanternUser user)
    {
        ThrowIfDisposed();
        await db.Users.Where(u => u.Id == user.Id && u.AccessFailedCount != 0)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.AccessFailedCount, 0));
        await RefreshAsync(user);
        return IdentityResult.Success;
    }

    /// <summary>Brings the tracked account up to date with what the database now holds.</summary>
    private async Task RefreshAsync(LanternUser user)
    {
        var entry = db.Entry(user);
        if (entry.State != EntityState.Detached)
        {
            await entry.ReloadAsync();
        }
    }
}
