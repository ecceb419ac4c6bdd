using Lantern.Core.Organisation;
using Lantern.Core.Reviews;
using Lantern.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Lantern.Testing.Web;

/// <summary>A fictional person with a working account: password and authenticator set up.</summary>
public sealed record Person(Guid Id, string Email, string Password, string AuthenticatorKey, Guid PartnershipId, Guid AgencyId, string Name);

/// <summary>Builds partnerships and people through Lantern's own services, and signs people in through the
/// real pages with a real authenticator code.</summary>
public static class People
{
    public const string Password = "correct horse battery staple";

    public static async Task<(Guid PartnershipId, Guid AgencyId, Guid ReviewTypeId)> PartnershipAsync(this LanternFactory factory, string name = "Testshire Safeguarding Partnership")
    {
        await using var db = factory.CreateDbContext();
        var (partnership, agency, type) = Seed.Partnership(db, name);
        await db.SaveChangesAsync();
        return (partnership.Id, agency.Id, type.Id);
    }

    public static async Task<Person> PersonAsync(this LanternFactory factory, Guid partnershipId, Guid agencyId, PartnershipRoles roles, string? name = null)
    {
        using var scope = factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<LanternUser>>();
        var id = Guid.NewGuid();
        var email = $"person.{id:N}@testshire.example";
        var user = new LanternUser
        {
            Id = id,
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = name ?? "Jo Testperson",
            PartnershipId = partnershipId,
            AgencyId = agencyId,
            PartnershipRoles = roles,
            CreatedAt = DateTime.UtcNow,
        };
        Check(await users.CreateAsync(user, Password));
        Check(await users.ResetAuthenticatorKeyAsync(user));
        Check(await users.SetTwoFactorEnabledAsync(user, true));
        var key = await users.GetAuthenticatorKeyAsync(user) ?? throw new InvalidOperationException("No authenticator key.");
        return new Person(id, email, Password, key, partnershipId, agencyId, user.DisplayName);
    }

    public static async Task<Guid> ReviewAsync(this LanternFactory factory, Guid partnershipId, Guid typeId, Guid createdBy, string title = "Child Q")
    {
        await using var db = factory.CreateDbContext();
        var review = new Review(Guid.NewGuid(), partnershipId, title, typeId, ReviewStatus.InProgress, DateTime.UtcNow, createdBy);
        db.Reviews.Add(review);
        await db.SaveChangesAsync();
        return review.Id;
    }

    public static async Task<Guid> GiveRoleAsync(this LanternFactory factory, Guid reviewId, Person person, ReviewRole role, Guid givenBy)
    {
        await using var db = factory.CreateDbContext();
        var member = new ReviewMember(Guid.NewGuid(), reviewId, person.Id, role, DateTime.UtcNow, givenBy);
        db.ReviewMembers.Add(member);
        await db.SaveChangesAsync();
        return member.Id;
    }

    public static Browserless Anonymous(this LanternFactory factory) =>
        new(factory.CreateBrowserClient());

    /// <summary>Signs in through the sign-in and two-factor pages, as a person would.</summary>
    public static async Task<Browserless> SignInAsync(this LanternFactory factory, Person person)
    {
        var browser = factory.Anonymous();
        var password = await browser.PostAsync("/account/sign-in", Form.Of(("Input.Email", person.Email), ("Input.Password", person.Password)));
        if (password.Location?.StartsWith("/account/two-factor", StringComparison.Ordinal) != true)
        {
            throw new InvalidOperationException($"Sign-in did not ask for a code: {(int)password.Status} {password.Location} {string.Join("; ", password.Errors)} {password.Heading} {password.Response.RequestMessage?.RequestUri}");
        }

        var code = await browser.PostAsync("/account/two-factor", Form.Of(("Input.Code", factory.NextCode(person))));
        if (code.Location != "/reviews")
        {
            throw new InvalidOperationException($"The code was not accepted: {(int)code.Status} {code.Location} {string.Join("; ", code.Errors)}");
        }

        return browser;
    }

    /// <summary>A code from the person's authenticator at a fresh 30-second step (each code works once), moving
    /// the test clock on so the code has not been used before.</summary>
    public static string NextCode(this LanternFactory factory, Person person)
    {
        factory.Clock.Advance(TimeSpan.FromSeconds(30));
        return Totp.Code(person.AuthenticatorKey, factory.Clock.GetUtcNow());
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
