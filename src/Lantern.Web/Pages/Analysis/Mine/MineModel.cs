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

    protected async Task<bool> LoadAsync(Guid conversationId)
    {
        var me = User.RequireActor().UserId;
        var conversation = await db.Conversations.AsNoTracking().SingleOrDefaultAsync(
            c => c.Id == conversationId && c.ReviewId == Review.Id && c.ParticipantUserId == me
                 && (c.Status == ConversationStatus.WithParticipant || c.Status == ConversationStatus.Confirmed), HttpContext.RequestAborted);
        if (conversation is null)
        {
            return false;
        }

        Conversation = conversation;
        Latest = (await Queries.VersionsAsync(conversationId, HttpContext.RequestAborted)).First();
        return true;
    }
}
