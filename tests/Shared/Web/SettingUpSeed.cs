using Lantern.Core.SettingUp;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lantern.Testing.Web;

/// <summary>The setting-up records of a review, made directly in the database for tests that need them to exist.</summary>
public static class SettingUpSeed
{
    /// <summary>A referral of a fictional child's serious injury, with the partnership aware on <paramref name="aware"/>.</summary>
    public static async Task<Guid> ReferralAsync(this LanternFactory factory, Guid reviewId, Guid agencyId, Guid referredBy, DateOnly aware, Guid? typeId = null)
    {
        await using var db = factory.CreateDbContext();
        var referral = new Referral
        {
            Id = Guid.NewGuid(),
            ReviewId = reviewId,
            SubjectKind = SubjectKind.Child,
            SubjectName = "Robin Example",
            SubjectDateOfBirth = aware.AddYears(-3),
            IncidentDate = aware.AddDays(-1),
            Harm = HarmKind.SeriousHarm,
            Circumstances = "Admitted to hospital with injuries that were not explained.",
            AwareDate = aware,
            ReferredOn = aware,
            ReferringAgencyId = agencyId,
            ReferrerName = "Sam Referrer",
            ReferredByUserId = referredBy,
            CriteriaRoute = CriteriaRoute.StatutoryCriteriaMet,
            Rationale = "Serious injury with neglect suspected.",
            InitialReviewTypeId = typeId ?? Guid.Empty,
            CreatedAt = DateTime.UtcNow,
        };
        db.Referrals.Add(referral);
        await db.SaveChangesAsync();
        return referral.Id;
    }

    public static async Task<Guid> TaskAsync(this LanternFactory factory, Guid reviewId, TaskKind kind, string title, DateOnly? due)
    {
        await using var db = factory.CreateDbContext();
        var task = new ReviewTask { Id = Guid.NewGuid(), ReviewId = reviewId, Kind = kind, Title = title, DueOn = due, CreatedAt = DateTime.UtcNow };
        db.ReviewTasks.Add(task);
        await db.SaveChangesAsync();
        return task.Id;
    }

    public static async Task<Guid> InformationRequestAsync(this LanternFactory factory, Guid reviewId, Guid agencyId, Guid requestedBy, DateOnly requested, DateOnly due)
    {
        await using var db = factory.CreateDbContext();
        var request = new InformationRequest
        {
            Id = Guid.NewGuid(),
            ReviewId = reviewId,
            AgencyId = agencyId,
            RequestedOn = requested,
            DueOn = due,
            WhatIsNeeded = "Your agency's involvement with the family in the last year.",
            RequestedByUserId = requestedBy,
        };
        db.InformationRequests.Add(request);
        await db.SaveChangesAsync();
        return request.Id;
    }

    /// <summary>A first, draft version of the terms of reference.</summary>
    public static async Task TermsAsync(this LanternFactory factory, Guid reviewId, Guid agencyId, Guid createdBy)
    {
        await using var db = factory.CreateDbContext();
        db.TermsOfReference.Add(new TermsOfReference
        {
            Id = Guid.NewGuid(),
            ReviewId = reviewId,
            VersionNumber = 1,
            PeriodFrom = new DateOnly(2025, 4, 1),
            PeriodTo = new DateOnly(2026, 3, 31),
            LinesOfEnquiry = ["How did agencies share what they knew about the baby's injuries?"],
            AgencyIdsInScope = [agencyId],
            Method = ReviewMethod.LearningTogether,
            Scale = ReviewScale.Focused,
            LeadReviewers = "Lee Reviewer (independent)",
            FactorNotes = [new FactorNote { Key = "practice-concerns", Note = "Complex" }, new FactorNote { Key = "priorities", Note = "A local priority" }],
            CreatedByUserId = createdBy,
            CreatedAt = DateTime.UtcNow,
        });
        await db.SaveChangesAsync();
    }

    /// <summary>A fictional family member in the review's contact plan.</summary>
    public static async Task<Guid> FamilyMemberAsync(this LanternFactory factory, Guid reviewId, string name = "Jordan Example", string relationship = "Mother", string? safetyConcerns = null)
    {
        await using var db = factory.CreateDbContext();
        var member = new FamilyMember
        {
            Id = Guid.NewGuid(),
            ReviewId = reviewId,
            Name = name,
            Relationship = relationship,
            HasParentalResponsibility = true,
            Language = "English",
            SafetyConcerns = safetyConcerns,
            PreferredChannel = ContactChannel.Letter,
            CreatedAt = DateTime.UtcNow,
        };
        db.FamilyMembers.Add(member);
        await db.SaveChangesAsync();
        return member.Id;
    }

    public static async Task CorrespondenceAsync(this LanternFactory factory, Guid reviewId, Guid recordedBy, DateOnly on, string summary, Guid? memberId = null,
        CorrespondenceDirection direction = CorrespondenceDirection.FromFamily)
    {
        await using var db = factory.CreateDbContext();
        db.Correspondence.Add(new Correspondence
        {
            Id = Guid.NewGuid(),
            ReviewId = reviewId,
            FamilyMemberId = memberId,
            OccurredOn = on,
            Direction = direction,
            Channel = ContactChannel.Phone,
            Summary = summary,
            RecordedByUserId = recordedBy,
            RecordedAt = DateTime.UtcNow,
        });
        await db.SaveChangesAsync();
    }

    public static async Task<Guid> MilestoneAsync(this LanternFactory factory, Guid reviewId, string name, DateOnly due, Guid? ownerUserId = null, DateOnly? completed = null)
    {
        await using var db = factory.CreateDbContext();
        var sortOrder = await db.Milestones.Where(m => m.ReviewId == reviewId).MaxAsync(m => (int?)m.SortOrder) ?? 0;
        var milestone = new Milestone { Id = Guid.NewGuid(), ReviewId = reviewId, Name = name, DueOn = due, OwnerUserId = ownerUserId, CompletedOn = completed, SortOrder = sortOrder + 10 };
        db.Milestones.Add(milestone);
        await db.SaveChangesAsync();
        return milestone.Id;
    }

    public static async Task<Guid> NotificationAsync(this LanternFactory factory, Guid reviewId, DateOnly sentOn, Guid recordedBy)
    {
        await using var db = factory.CreateDbContext();
        var notification = new PanelNotification
        {
            Id = Guid.NewGuid(),
            ReviewId = reviewId,
            SentOn = sentOn,
            Reference = "NP-0001",
            RecordedByUserId = recordedBy,
            RecordedAt = DateTime.UtcNow,
        };
        db.PanelNotifications.Add(notification);
        await db.SaveChangesAsync();
        return notification.Id;
    }

    /// <summary>A step on the review's setting-up timeline, at <paramref name="at"/> (UTC).</summary>
    public static async Task<Guid> HistoryAsync(this LanternFactory factory, Guid reviewId, HistoryKind kind, string summary, Guid? userId, DateTime at)
    {
        await using var db = factory.CreateDbContext();
        var entry = new ReviewHistoryEntry { Id = Guid.NewGuid(), ReviewId = reviewId, Kind = kind, Summary = summary, UserId = userId, OccurredAt = at };
        db.ReviewHistory.Add(entry);
        await db.SaveChangesAsync();
        return entry.Id;
    }

    /// <summary>The partnership's letters, made the way Lantern makes them on first use (its copies of the
    /// default letters); returns the first one's id.</summary>
    public static async Task<Guid> LetterTemplatesAsync(this LanternFactory factory, Guid partnershipId)
    {
        using var scope = factory.Services.CreateScope();
        var letters = scope.ServiceProvider.GetRequiredService<Lantern.Web.Pages.Admin.Letters.LetterTemplateService>();
        return (await letters.ListAsync(partnershipId, Lantern.Core.Audit.AuditActor.System)).First().Id;
    }
}
