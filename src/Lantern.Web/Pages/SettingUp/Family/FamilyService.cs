namespace Lantern.Web.Pages.SettingUp.Family;

/// <summary>What the contact plan says about one family member, as a form gives it.</summary>
public sealed record FamilyMemberDetails(
    string Name,
    string Relationship,
    bool? HasParentalResponsibility,
    string? Language,
    bool InterpreterNeeded,
    string? AccessibilityNeeds,
    string? SafetyConcerns,
    ContactChannel PreferredChannel);

public sealed record AddFamilyMemberOptions(Guid ReviewId, Guid PartnershipId, FamilyMemberDetails Details);

public sealed record ChangeFamilyMemberOptions(Viewer Viewer, Guid PartnershipId, Guid MemberId, FamilyMemberDetails Details, Guid Version)
{
    public Guid ReviewId => Viewer.ReviewId;
}

/// <param name="FamilyMemberId">Null when the contact was with the whole family.</param>
public sealed record RecordCorrespondenceOptions(
    Guid ReviewId,
    Guid PartnershipId,
    Guid? FamilyMemberId,
    DateOnly OccurredOn,
    CorrespondenceDirection Direction,
    ContactChannel Channel,
    string Summary);

/// <summary>
/// Telling the family and keeping in touch with them (quality marker 4): the contact plan for each family
/// member and the log of every contact. The first contact to the family is the moment the family was told,
/// so it completes the task of informing them and goes on the review's timeline.
/// </summary>
public sealed class FamilyService(LanternDbContext db, AuditRecorder recorder)
{
    public async Task<WriteResult> AddFamilyMemberAsync(AddFamilyMemberOptions options, AuditActor audit, CancellationToken cancellationToken = default)
    {
        if (Check(options.Details) is { } refused)
        {
            return refused;
        }

        var member = new FamilyMember { Id = Guid.NewGuid(), ReviewId = options.ReviewId, CreatedAt = recorder.Now };
        Apply(member, options.Details);
        db.FamilyMembers.Add(member);
        recorder.Audit(audit, AuditActions.FamilyMemberAdded, options.ReviewId, options.PartnershipId, "FamilyMember", member.Id);
        return await db.SaveOrConflictAsync(cancellationToken);
    }

    public async Task<WriteResult> ChangeFamilyMemberAsync(ChangeFamilyMemberOptions options, AuditActor audit, CancellationToken cancellationToken = default)
    {
        var member = await db.FamilyMembers.ChangeableBy(options.Viewer).SingleOrDefaultAsync(m => m.Id == options.MemberId, cancellationToken);
        if (member is null)
        {
            return WriteResult.Missing;
        }

        if (Check(options.Details) is { } refused)
        {
            return refused;
        }

        db.Entry(member).Property(m => m.Version).OriginalValue = options.Version;
        Apply(member, options.Details);
        recorder.Audit(audit, AuditActions.FamilyMemberChanged, options.ReviewId, options.PartnershipId, "FamilyMember", member.Id);
        return await db.SaveOrConflictAsync(cancellationToken);
    }

    public async Task<WriteResult> RecordCorrespondenceAsync(RecordCorrespondenceOptions options, AuditActor audit, CancellationToken cancellationToken = default)
    {
        var userId = audit.UserId ?? throw new InvalidOperationException("A contact is recorded by a signed-in person.");
        if (options.OccurredOn > recorder.Today)
        {
            return WriteResult.Refused("OccurredOn", "The date of the contact must be today or in the past");
        }

        if (options.FamilyMemberId is { } memberId &&
            !await db.FamilyMembers.AnyAsync(m => m.Id == memberId && m.ReviewId == options.ReviewId, cancellationToken))
        {
            return WriteResult.Refused("Who", "Select a family member from the list, or the whole family");
        }

        var summary = options.Summary.Trim();
        if (summary.Length == 0)
        {
            return WriteResult.Refused("Summary", "Say briefly what was said or sent");
        }

        if (summary.Length > Correspondence.SummaryMaxLength)
        {
            return WriteResult.Refused("Summary", "The summary must be 4,000 characters or fewer");
        }

        var entry = new Correspondence
        {
            Id = Guid.NewGuid(),
            ReviewId = options.ReviewId,
            FamilyMemberId = options.FamilyMemberId,
            OccurredOn = options.OccurredOn,
            Direction = options.Direction,
            Channel = options.Channel,
            Summary = summary,
            RecordedByUserId = userId,
            RecordedAt = recorder.Now,
        };
        db.Correspondence.Add(entry);

        if (options.Direction == CorrespondenceDirection.ToFamily)
        {
            await MarkFamilyToldAsync(options, audit, cancellationToken);
        }

        recorder.Audit(audit, AuditActions.CorrespondenceRecorded, options.ReviewId, options.PartnershipId, "Correspondence", entry.Id);
        return await db.SaveOrConflictAsync(cancellationToken);
    }

    /// <summary>A contact to the family means they have been told: the open tasks to tell them are done, and the
    /// first such contact is a moment in setting up the review.</summary>
    private async Task MarkFamilyToldAsync(RecordCorrespondenceOptions options, AuditActor audit, CancellationToken cancellationToken)
    {
        var first = !await db.Correspondence.AnyAsync(c => c.ReviewId == options.ReviewId && c.Direction == CorrespondenceDirection.ToFamily, cancellationToken);
        if (first)
        {
            recorder.History(options.ReviewId, HistoryKind.FamilyContacted,
                $"Family first contacted about the review ({options.Channel.DisplayName().ToLowerInvariant()})", audit.UserId);
        }

        var tasks = await db.ReviewTasks
            .Where(t => t.ReviewId == options.ReviewId && t.Kind == TaskKind.InformFamily && t.CompletedAt == null)
            .ToListAsync(cancellationToken);
        foreach (var task in tasks)
        {
            task.CompletedAt = recorder.Now;
            task.CompletedByUserId = audit.UserId;
            recorder.Audit(audit, AuditActions.TaskCompleted, options.ReviewId, options.PartnershipId, "ReviewTask", task.Id);
        }
    }

    private static WriteResult? Check(FamilyMemberDetails details)
    {
        var errors = new List<(string Field, string Message)>();
        Required(errors, "Name", details.Name, "Enter the family member's name", FamilyMember.NameMaxLength, "Name must be 120 characters or fewer");
        Required(errors, "Relationship", details.Relationship, "Enter their relationship to the child or adult", FamilyMember.NameMaxLength,
            "Relationship must be 120 characters or fewer");
        Optional(errors, "Language", details.Language, FamilyMember.NameMaxLength, "Language must be 120 characters or fewer");
        Optional(errors, "AccessibilityNeeds", details.AccessibilityNeeds, FamilyMember.TextMaxLength, "Accessibility needs must be 2,000 characters or fewer");
        Optional(errors, "SafetyConcerns", details.SafetyConcerns, FamilyMember.TextMaxLength, "Safety concerns must be 2,000 characters or fewer");
        if (!Enum.IsDefined(details.PreferredChannel))
        {
            errors.Add(("PreferredChannel", "Select how they would like to be contacted"));
        }

        return errors.Count == 0 ? null : new WriteResult(false, errors);
    }

    private static void Required(List<(string, string)> errors, string field, string? text, string missing, int max, string tooLong)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add((field, missing));
        }
        else
        {
            Optional(errors, field, text, max, tooLong);
        }
    }

    private static void Optional(List<(string, string)> errors, string field, string? text, int max, string tooLong)
    {
        if (text is not null && text.Trim().Length > max)
        {
            errors.Add((field, tooLong));
        }
    }

    private static void Apply(FamilyMember member, FamilyMemberDetails details)
    {
        member.Name = details.Name.Trim();
        member.Relationship = details.Relationship.Trim();
        member.HasParentalResponsibility = details.HasParentalResponsibility;
        member.Language = Blank(details.Language);
        member.InterpreterNeeded = details.InterpreterNeeded;
        member.AccessibilityNeeds = Blank(details.AccessibilityNeeds);
        member.SafetyConcerns = Blank(details.SafetyConcerns);
        member.PreferredChannel = details.PreferredChannel;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
