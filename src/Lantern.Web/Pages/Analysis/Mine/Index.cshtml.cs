using Lantern.Core.Access;
using Lantern.Core.Audit;
using Lantern.Web.Infrastructure.Access;
using Lantern.Web.Pages.Analysis.Conversations;

namespace Lantern.Web.Pages.Analysis.Mine;

/// <summary>The signed-in person's own conversations on this review, as a participant: the only notes they see.</summary>
[ReviewPage(ReviewPermission.View, AuditActions.ConversationsViewed)]
public sealed class IndexModel(ConversationQueries queries) : ReviewPageModel
{
    public IReadOnlyList<ConversationRow> Conversations { get; private set; } = [];

    public async Task OnGetAsync() =>
        Conversations = await queries.AllAsync(Review.Id, Review.PartnershipId, User.RequireActor().UserId, HttpContext.RequestAborted);
}
