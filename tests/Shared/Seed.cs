using Lantern.Core.Audit;
using Lantern.Core.Organisation;
using Lantern.Core.Reviews;
using Lantern.Data;

namespace Lantern.Testing;

/// <summary>Fictional records for tests, added straight to the context.</summary>
public static class Seed
{
    public static readonly DateTime Now = new(2026, 11, 22, 10, 0, 0, DateTimeKind.Utc);

    public static (Partnership Partnership, Agency Agency, ReviewType Type) Partnership(LanternDbContext db, string name = "Testshire Safeguarding Partnership")
    {
        var partnership = new Partnership(Guid.NewGuid(), name, Now);
        var agency = new Agency(Guid.NewGuid(), partnership.Id, "Testshire Council", AgencyType.ChildrensSocialCare);
        var types = ReviewType.CreateDefaults(partnership.Id).ToList();
        db.Partnerships.Add(partnership);
        db.Agencies.Add(agency);
        db.ReviewTypes.AddRange(types);
        return (partnership, agency, types[1]);
    }

    public static LanternUser User(LanternDbContext db, Partnership partnership, Agency agency, PartnershipRoles roles = PartnershipRoles.None, string? name = null)
    {
        var id = Guid.NewGuid();
        var email = $"person.{id:N}@testshire.example";
        var user = new LanternUser
        {
            Id = id,
            UserName = email,
            NormalizedUserName = email.ToUpperInvariant(),
            Email = email,
            NormalizedEmail = email.ToUpperInvariant(),
            EmailConfirmed = true,
            SecurityStamp = Guid.NewGuid().ToString("N"),
            ConcurrencyStamp = Guid.NewGuid().ToString(),
            DisplayName = name ?? "Jo Testperson",
            PartnershipId = partnership.Id,
            AgencyId = agency.Id,
            PartnershipRoles = roles,
            CreatedAt = Now,
        };
        db.Users.Add(user);
        return user;
    }

    public static Review Review(LanternDbContext db, Partnership partnership, ReviewType type, LanternUser createdBy, string title = "Child Q") =>
        db.Reviews.Add(new Review(Guid.NewGuid(), partnership.Id, title, type.Id, ReviewStatus.InProgress, Now, createdBy.Id)).Entity;

    public static AuditEvent Event(string action = AuditActions.ReviewViewed, Guid? reviewId = null, Guid? partnershipId = null, DateTime? at = null) =>
        new(Guid.NewGuid(), at ?? Now, new AuditActor(Guid.NewGuid(), Guid.NewGuid(), partnershipId, "192.0.2.1"), action,
            new AuditSubject(reviewId is null ? null : "Review", reviewId, reviewId, partnershipId));
}
