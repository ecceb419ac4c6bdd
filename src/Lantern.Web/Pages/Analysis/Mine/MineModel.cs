using Lantern.Web.Pages.Analysis.Conversations;

namespace Lantern.Web.Pages.Analysis.Mine;

/// <summary>Base for the participant's own pages: the conversation is found only when the signed-in person is its
/// participant (the record rules, for the viewer <see cref="Core.Access.Viewer.AsParticipant"/>) and the notes have been
/// sent to them (<see cref="ParticipantReading"/>); anyone else gets "page not found".</summary>
public abstract class MineModel(ConversationQueries queries, LanternDbContext db) : ReviewPageModel
{
    protected ConversationQueries Queries { get; } = queries;

    public Conversation Conversation { get; private set; } = null!;

    /// <summary>The version the participant reads: the latest one sent to them.</summary>
    public NotesVersionRow Latest { get; private set; } = null!;

    /// <summary>The participant's suggested correction while it is with the reviewers; null otherwise.</summary>
    public NotesVersionRow? Correction { get; private set; }

    /// <summary>Whether the participant can read the notes now (they are with them, confirmed, or their correction
    /// is with the reviewers).</summary>
    public bool CanRead { get; private set; }

    /// <summary>Whether the participant can confirm or correct the notes now: not while their correction is with the reviewers.</summary>
    public bool CanRespond => Conversation.Status is ConversationStatus.WithParticipant or ConversationStatus.Confirmed;

    /// <param name="forFeedback">Also finds the conversation once notes are written but not yet sent: feedback on
    /// taking part does not wait for the notes.</param>
    protected async Task<bool> LoadAsync(Guid conversationId, bool forFeedback = false)
    {
        var conversation = await db.Conversations.AsNoTracking().NotesVisibleTo(Review.Viewer.AsParticipant()).SingleOrDefaultAsync(
            c => c.Id == conversationId && c.Status != ConversationStatus.Scheduled, HttpContext.RequestAborted);
        if (conversation is null)
        {
            return false;
        }

        var versions = await Queries.VersionsAsync(Review.Viewer.AsParticipant(), conversationId, HttpContext.RequestAborted);
        var reading = ParticipantReading.Of(conversation.Status, versions.Select(v => (v.Number, v.Author)));
        if (reading is null && !forFeedback)
        {
            return false;
        }

        Conversation = conversation;
        CanRead = reading is not null;
        Latest = reading is null ? versions.First() : versions.Single(v => v.Number == reading.SentVersion);
        Correction = reading?.CorrectionVersion is { } correction ? versions.Single(v => v.Number == correction) : null;
        return true;
    }
}
