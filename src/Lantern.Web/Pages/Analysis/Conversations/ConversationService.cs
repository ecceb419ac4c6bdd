using static Lantern.Web.Infrastructure.Saves;
using static Lantern.Web.Pages.Analysis.AnalysisWrites;

namespace Lantern.Web.Pages.Analysis.Conversations;

public sealed record ArrangeConversationOptions(Guid ReviewId, Guid PartnershipId, Guid? ParticipantPersonId, Guid? ParticipantUserId,
    IReadOnlyList<Guid> InterviewerUserIds, DateOnly ScheduledFor, string? Purpose, DateOnly? BriefingSentOn);

public sealed record WriteNotesOptions(Viewer Viewer, Guid PartnershipId, Guid ConversationId, int BasedOnVersion, IReadOnlyDictionary<string, string?> Sections)
{
    public Guid ReviewId => Viewer.ReviewId;
}

public sealed record RespondToNotesOptions(Viewer Viewer, Guid PartnershipId, Guid ConversationId, int BasedOnVersion, IReadOnlyDictionary<string, string?>? Corrections, string? Comment);

/// <summary>
/// Writes to conversations with practitioners: arranging them, saving the notes as new versions, sending them to
/// the participant, the participant's confirmation or corrections (a version of their own), and anonymous feedback.
/// </summary>
public sealed partial class ConversationService(LanternDbContext db, AuditRecorder recorder)
{
    /// <summary>Review roles whose holders can interview: the lead reviewers and the review team.</summary>
    public static readonly IReadOnlySet<ReviewRole> InterviewerRoles = new HashSet<ReviewRole> { ReviewRole.LeadReviewer, ReviewRole.ReviewTeamMember };

    public async Task<(WriteResult Result, Guid? ConversationId)> ArrangeAsync(ArrangeConversationOptions options, AuditActor audit, CancellationToken cancellationToken = default)
    {
        var userId = audit.UserId ?? throw new InvalidOperationException("A conversation is arranged by a signed-in person.");
        var errors = new List<(string, string)>();
        if (options.ParticipantPersonId is not { } personId || !await db.People.AnyAsync(p => p.Id == personId && p.ReviewId == options.ReviewId, cancellationToken))
        {
            errors.Add(("ParticipantPersonId", "Select the participant from the people register"));
        }

        if (options.ParticipantUserId is { } participantUser &&
            !await db.ReviewMembers.AnyAsync(m => m.ReviewId == options.ReviewId && m.UserId == participantUser && m.Role == ReviewRole.CaseGroupMember, cancellationToken))
        {
            errors.Add(("ParticipantUserId", "Select the participant's account from the case group"));
        }

        var interviewers = options.InterviewerUserIds.Distinct().ToList();
        if (interviewers.Count < ConversationStructure.MinimumInterviewers)
        {
            errors.Add(("InterviewerUserIds", $"Select at least {ConversationStructure.MinimumInterviewers} interviewers"));
        }
        else if (await db.ReviewMembers.CountAsync(m => m.ReviewId == options.ReviewId && interviewers.Contains(m.UserId) && (m.Role == ReviewRole.LeadReviewer || m.Role == ReviewRole.ReviewTeamMember), cancellationToken) != interviewers.Count)
        {
            errors.Add(("InterviewerUserIds", "Select interviewers from the lead reviewers and review team"));
        }
        else if (options.ParticipantUserId is { } p && interviewers.Contains(p))
        {
            errors.Add(("InterviewerUserIds", "The participant cannot also be an interviewer"));
        }

        Text(errors, "Purpose", options.Purpose, Conversation.PurposeMaxLength, "Say what the conversation is for", "The purpose");
        if (options.BriefingSentOn > recorder.Today)
        {
            errors.Add(("BriefingSentOn", "The date the briefing was sent must be today or in the past"));
        }

        if (errors.Count > 0)
        {
            return (new WriteResult(false, errors), null);
        }

        var conversation = new Conversation
        {
            Id = Guid.NewGuid(),
            ReviewId = options.ReviewId,
            Number = await NextNumberAsync(options.ReviewId, cancellationToken),
            ParticipantPersonId = options.ParticipantPersonId!.Value,
            ParticipantUserId = options.ParticipantUserId,
            InterviewerUserIds = interviewers,
            ScheduledFor = options.ScheduledFor,
            Purpose = options.Purpose!.Trim(),
            BriefingSentOn = options.BriefingSentOn,
            Status = ConversationStatus.Scheduled,
            CreatedByUserId = userId,
            CreatedAt = recorder.Now,
            UpdatedByUserId = userId,
            UpdatedAt = recorder.Now,
        };
        db.Conversations.Add(conversation);
        recorder.Audit(audit, AuditActions.ConversationArranged, options.ReviewId, options.PartnershipId, "Conversation", conversation.Id);
        var result = await SaveNumberedAsync(db, async () => conversation.Number = await NextNumberAsync(options.ReviewId, cancellationToken), cancellationToken);
        return (result, result.Succeeded ? conversation.Id : null);
    }

    /// <summary>Saves the interviewers' notes as a new version. Refused as stale when a newer version (theirs or the
    /// participant's corrections) was saved since <see cref="WriteNotesOptions.BasedOnVersion"/>.</summary>
    public async Task<WriteResult> WriteNotesAsync(WriteNotesOptions options, AuditActor audit, CancellationToken cancellationToken = default)
    {
        var conversation = await db.Conversations.ChangeableBy(options.Viewer).SingleOrDefaultAsync(c => c.Id == options.ConversationId, cancellationToken);
        if (conversation is null)
        {
            return WriteResult.Missing;
        }

        var (errors, sections) = Check(options.Sections);
        if (sections.Count == 0)
        {
            errors.Add((ConversationStructure.Sections[0].Key, "Write the notes of at least one part of the conversation"));
        }

        if (errors.Count > 0)
        {
            return new WriteResult(false, errors);
        }

        if (conversation.NotesVersion != options.BasedOnVersion)
        {
            return WriteResult.Stale;
        }

        AddVersion(conversation, NotesAuthor.Interviewers, sections, null, audit.UserId!.Value);
        if (conversation.Status == ConversationStatus.Scheduled)
        {
            conversation.Status = ConversationStatus.NotesWritten;
        }

        recorder.Audit(audit, AuditActions.ConversationNotesWritten, options.ReviewId, options.PartnershipId, "Conversation", conversation.Id);
        return await SaveVersionAsync(cancellationToken);
    }

    /// <summary>Lets the participant read the latest notes and confirm or correct them.</summary>
    public async Task<WriteResult> SendToParticipantAsync(Viewer viewer, Guid partnershipId, Guid conversationId, AuditActor audit, CancellationToken cancellationToken = default)
    {
        var reviewId = viewer.ReviewId;
        var conversation = await db.Conversations.ChangeableBy(viewer).SingleOrDefaultAsync(c => c.Id == conversationId, cancellationToken);
        if (conversation is null)
        {
            return WriteResult.Missing;
        }

        if (conversation.ParticipantUserId is null)
        {
            return WriteResult.Refused(string.Empty, "The participant has no Lantern account on this review. Give them the case group role and choose their account first, or send the notes another way");
        }

        if (conversation.NotesVersion == 0)
        {
            return WriteResult.Refused(string.Empty, "Write the notes before sending them to the participant");
        }

        conversation.Status = ConversationStatus.WithParticipant;
        conversation.UpdatedAt = recorder.Now;
        conversation.UpdatedByUserId = audit.UserId!.Value;
        recorder.Audit(audit, AuditActions.ConversationSentToParticipant, reviewId, partnershipId, "Conversation", conversation.Id);
        return await db.SaveOrConflictAsync(cancellationToken);
    }

    private static (List<(string, string)> Errors, Dictionary<string, string> Sections) Check(IReadOnlyDictionary<string, string?> input)
    {
        var errors = new List<(string, string)>();
        var sections = new Dictionary<string, string>();
        foreach (var section in ConversationStructure.Sections)
        {
            var text = input.GetValueOrDefault(section.Key)?.Trim();
            if (string.IsNullOrEmpty(text))
            {
                continue;
            }

            if (text.Length > ConversationNotes.SectionMaxLength)
            {
                errors.Add((section.Key, $"{section.Heading} must be {ConversationNotes.SectionMaxLength:N0} characters or fewer"));
            }

            sections[section.Key] = text;
        }

        return (errors, sections);
    }

    private void AddVersion(Conversation conversation, NotesAuthor author, Dictionary<string, string> sections, string? comment, Guid userId)
    {
        conversation.NotesVersion++;
        conversation.UpdatedAt = recorder.Now;
        conversation.UpdatedByUserId = userId;
        db.ConversationNotes.Add(new ConversationNotes
        {
            Id = Guid.NewGuid(),
            ConversationId = conversation.Id,
            ReviewId = conversation.ReviewId,
            Number = conversation.NotesVersion,
            Author = author,
            Sections = sections,
            Comment = comment,
            WrittenByUserId = userId,
            WrittenAt = recorder.Now,
        });
    }

    /// <summary>Two saves from the same version both try to add the next number: the unique index refuses the second.</summary>
    private async Task<WriteResult> SaveVersionAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await db.SaveOrConflictAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            return WriteResult.Stale;
        }
    }

    private async Task<int> NextNumberAsync(Guid reviewId, CancellationToken cancellationToken) =>
        (await db.Conversations.Where(c => c.ReviewId == reviewId).MaxAsync(c => (int?)c.Number, cancellationToken) ?? 0) + 1;
}
