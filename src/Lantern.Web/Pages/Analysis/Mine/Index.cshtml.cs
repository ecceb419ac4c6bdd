using Lantern.Web.Pages.Analysis.Conversations;

namespace Lantern.Web.Pages.Analysis.Mine;

/// <summary>The signed-in person's own conversations on this review, as a participant: the only notes they see.</summary>
[ReviewPage(ReviewPermission.View, AuditActions.ConversationsViewed)]
public sealed class IndexModel(ConversationQueries queries, LanternDbContext db) : ReviewPageModel
{
    public IReadOnlyList<ConversationRow> Conversations { get; private set; } = [];

    /// <summary>Conversations with notes that the participant has not given feedback on yet.</summary>
    public IReadOnlySet<Guid> FeedbackDue { get; private set; } = new HashSet<Guid>();

    /// <summary>What the participant can read of each conversation (<see cref="ParticipantReading"/>); missing when nothing yet.</summary>
    public IReadOnlyDictionary<Guid, ParticipantNotes> Readable { get; private set; } = new Dictionary<Guid, ParticipantNotes>();

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync()
    {
        var mine = Review.Viewer.AsParticipant();
        Conversations = await queries.AllAsync(mine, HttpContext.RequestAborted);
        FeedbackDue = (await db.Conversations.AsNoTracking().VisibleTo(mine)
            .Where(c => !c.FeedbackGiven && c.Status != ConversationStatus.Scheduled)
            .Select(c => c.Id).ToListAsync(HttpContext.RequestAborted)).ToHashSet();
        var ids = Conversations.Select(c => c.Id).ToList();
        var versions = (await db.ConversationNotes.AsNoTracking().VisibleTo(mine, db).Where(n => ids.Contains(n.ConversationId))
            .Select(n => new { n.ConversationId, n.Number, n.Author }).ToListAsync(HttpContext.RequestAborted)).ToLookup(n => n.ConversationId, n => (n.Number, n.Author));
        Readable = Conversations.Select(c => (c.Id, Notes: ParticipantReading.Of(c.Status, versions[c.Id])))
            .Where(r => r.Notes is not null).ToDictionary(r => r.Id, r => r.Notes!);
    }
}
