using static Lantern.Web.Pages.Analysis.AnalysisWrites;

namespace Lantern.Web.Pages.Analysis.Conversations;

/// <summary>The participant's side of a conversation: confirming or correcting the notes, and anonymous feedback.</summary>
public sealed partial class ConversationService
{
    /// <summary>The participant's answer to their notes: a confirmation (no corrections) or corrections kept as a
    /// version of their own, each with an optional comment. Only the participant (the record rules give the viewer,
    /// as a participant, their own conversation's notes), and only once the notes are with them.</summary>
    public async Task<WriteResult> RespondAsync(RespondToNotesOptions options, AuditActor audit, CancellationToken cancellationToken = default)
    {
        var userId = audit.UserId;
        var conversation = await db.Conversations.NotesChangeableBy(options.Viewer.AsParticipant()).SingleOrDefaultAsync(c => c.Id == options.ConversationId, cancellationToken);
        if (conversation is null || conversation.Status is not (ConversationStatus.WithParticipant or ConversationStatus.Confirmed))
        {
            return WriteResult.Missing;
        }

        var errors = new List<(string, string)>();
        Text(errors, "Comment", options.Comment, ConversationNotes.CommentMaxLength, options.Corrections is null ? null : "Say what you corrected and why", "Your comment");
        var sections = new Dictionary<string, string>();
        if (options.Corrections is not null)
        {
            var (sectionErrors, corrected) = Check(options.Corrections);
            errors.AddRange(sectionErrors);
            sections = corrected;
        }

        if (errors.Count > 0)
        {
            return new WriteResult(false, errors);
        }

        if (conversation.NotesVersion != options.BasedOnVersion)
        {
            return WriteResult.Stale;
        }

        if (options.Corrections is null)
        {
            var latest = await db.ConversationNotes.AsNoTracking().SingleAsync(n => n.ConversationId == conversation.Id && n.Number == conversation.NotesVersion, cancellationToken);
            sections = latest.Sections;
            conversation.Status = ConversationStatus.Confirmed;
        }
        else
        {
            conversation.Status = ConversationStatus.NotesWritten;
        }

        AddVersion(conversation, NotesAuthor.Participant, sections, Tidy(options.Comment) ?? (options.Corrections is null ? "Confirmed as a fair record." : null), userId!.Value);
        recorder.Audit(audit, options.Corrections is null ? AuditActions.ConversationConfirmed : AuditActions.ConversationCorrected, conversation.ReviewId, options.PartnershipId, "Conversation", conversation.Id);
        return await SaveVersionAsync(cancellationToken);
    }

    /// <summary>Stores the participant's feedback without anything that links it to them: no conversation, no person,
    /// only the month. The conversation records only that feedback was given, so it cannot be given twice. Only the
    /// participant: the viewer, as a participant, finds only their own conversation.</summary>
    public async Task<WriteResult> GiveFeedbackAsync(Viewer viewer, Guid partnershipId, Guid conversationId, IReadOnlyDictionary<string, int?> ratings, AuditActor audit, CancellationToken cancellationToken = default)
    {
        var reviewId = viewer.ReviewId;
        var conversation = await db.Conversations.VisibleTo(viewer.AsParticipant()).SingleOrDefaultAsync(c => c.Id == conversationId, cancellationToken);
        if (conversation is null)
        {
            return WriteResult.Missing;
        }

        if (conversation.FeedbackGiven)
        {
            return WriteResult.Refused(string.Empty, "You have already given feedback on this conversation. Thank you");
        }

        var errors = AnonymousFeedback.Questions.Where(q => ratings.GetValueOrDefault(q.Key) is not (>= 1 and <= 5))
            .Select(q => (q.Key, $"Select how far you agree that {(q.Statement.StartsWith("I ", StringComparison.Ordinal) ? q.Statement : $"{char.ToLowerInvariant(q.Statement[0])}{q.Statement[1..]}")}")).ToList();
        if (errors.Count > 0)
        {
            return new WriteResult(false, errors);
        }

        var today = recorder.Today;
        db.ParticipantFeedback.Add(new ParticipantFeedback
        {
            Id = Guid.NewGuid(),
            ReviewId = reviewId,
            Month = new DateOnly(today.Year, today.Month, 1),
            Answers = AnonymousFeedback.Questions.Select(q => new FeedbackAnswer(q.Key, ratings[q.Key]!.Value)).ToList(),
        });
        conversation.FeedbackGiven = true;

        // The audit names the review only: an event naming the conversation would tie the person to the moment the answers arrived.
        recorder.Audit(audit, AuditActions.ConversationFeedbackGiven, reviewId, partnershipId, "Review", reviewId);
        return await db.SaveOrConflictAsync(cancellationToken);
    }
}
