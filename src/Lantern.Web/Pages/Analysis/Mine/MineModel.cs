using Lantern.Core.Analysis;
using Lantern.Data;
using Lantern.Web.Infrastructure.Access;
using Lantern.Web.Pages.Analysis.Conversations;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Pages.Analysis.Mine;

/// <summary>Base for the participant's own pages: the conversation is found only when the signed-in person is its
/// participant and the notes have been sent to them; anyone else gets "page not found".</summary>
public abstract class MineModel(ConversationQueries queries, LanternDbContext db) : ReviewPageModel
{
    protected ConversationQueries Queries { get; } = queries;

    public Conversation Conversation { get; private set; } = null!;

    public NotesVersionRow Latest { get; private set; } = null!;

    /// <summary>Whether the participant can read the notes now (they are with them, or confirmed).</summary>
    public bool CanRead => Conversation.Status is ConversationStatus.WithParticipant or ConversationStatus.Confirmed;

    /// <param name="forFeedback">Also finds the conversation while the notes are back with the reviewers (after the
    /// participant's corrections): feedback on taking part does not wait for the notes.</param>
    protected async Task<bool> LoadAsync(Guid conversationId, bool forFeedback = false)
    {
        var me = User.RequireActor().UserId;
        var conversation = await db.Conversations.AsNoTracking().SingleOrDefaultAsync(
            c => c.Id == conversationId && c.ReviewId == Review.Id && c.ParticipantUserId == me
                 && (c.Status == ConversationStatus.WithParticipant || c.Status == ConversationStatus.Confirmed
                     || (forFeedback && c.Status == ConversationStatus.NotesWritten)), HttpContext.RequestAborted);
        if (conversation is null)
        {
            return false;
        }

        Conversation = conversation;
        Latest = (await Queries.VersionsAsync(conversationId, HttpContext.RequestAborted)).First();
        return true;
    }
}
