namespace Lantern.Web.Pages.Analysis.Conversations;

public sealed record Interviewer(string Name, string Agency);

public sealed record ConversationRow(Guid Id, int Number, string Participant, string? ParticipantAgency, DateOnly ScheduledFor, IReadOnlyList<Interviewer> Interviewers,
    InterviewerMix Mix, ConversationStatus Status, int NotesVersion);

public sealed record NotesVersionRow(int Number, NotesAuthor Author, string WrittenBy, DateTime WrittenAt, string? Comment, IReadOnlyDictionary<string, string> Sections);

/// <summary>Reads for the conversation pages, and the audit of each view of a conversation's notes.</summary>
public sealed class ConversationQueries(LanternDbContext db, AuditRecorder recorder)
{
    /// <summary>The review's conversations <paramref name="viewer"/> may see (<see cref="Viewer.AsParticipant"/> for
    /// their own pages); withdrawn ones too only when <paramref name="includeWithdrawn"/> (a withdrawn conversation's own page).</summary>
    public async Task<List<ConversationRow>> AllAsync(Viewer viewer, CancellationToken ct, bool includeWithdrawn = false)
    {
        var partnershipId = viewer.PartnershipId;
        var conversations = await (includeWithdrawn ? db.Conversations.IgnoreQueryFilters() : db.Conversations).AsNoTracking().VisibleTo(viewer)
            .OrderBy(c => c.Number).ToListAsync(ct);
        var personIds = conversations.Select(c => c.ParticipantPersonId).ToList();
        var people = await db.People.AsNoTracking().Where(p => personIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => new { p.Pseudonym, p.AgencyId }, ct);
        var userIds = conversations.SelectMany(c => c.InterviewerUserIds).Distinct().ToList();
        var users = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => new { u.DisplayName, u.AgencyId }, ct);
        var agencies = await db.Agencies.AsNoTracking().Where(a => a.PartnershipId == partnershipId).ToDictionaryAsync(a => a.Id, a => a.Name, ct);
        return conversations.Select(c =>
        {
            var person = people.GetValueOrDefault(c.ParticipantPersonId);
            var interviewers = c.InterviewerUserIds.Where(users.ContainsKey).Select(id => users[id]).ToList();
            return new ConversationRow(c.Id, c.Number, person?.Pseudonym ?? "Removed from the register",
                person?.AgencyId is { } a ? agencies.GetValueOrDefault(a) : null, c.ScheduledFor,
                interviewers.Select(i => new Interviewer(i.DisplayName, agencies.GetValueOrDefault(i.AgencyId, "Unknown agency"))).ToList(),
                ConversationStructure.MixOf(person?.AgencyId, interviewers.Select(i => (Guid?)i.AgencyId)), c.Status, c.NotesVersion);
        }).ToList();
    }

    /// <summary>The versions of a conversation's notes, newest first: none unless <paramref name="viewer"/> may read them.</summary>
    public async Task<List<NotesVersionRow>> VersionsAsync(Viewer viewer, Guid conversationId, CancellationToken ct) =>
        (await db.ConversationNotes.AsNoTracking().VisibleTo(viewer, db).Where(n => n.ConversationId == conversationId).OrderByDescending(n => n.Number)
            .Select(n => new { Notes = n, By = db.Users.Where(u => u.Id == n.WrittenByUserId).Select(u => u.DisplayName).FirstOrDefault() })
            .ToListAsync(ct))
        .Select(n => new NotesVersionRow(n.Notes.Number, n.Notes.Author, n.By ?? "Former user", n.Notes.WrittenAt, n.Notes.Comment, n.Notes.Sections))
        .ToList();

    /// <summary>A conversation (withdrawn too) whose notes <paramref name="viewer"/> may read; null otherwise.</summary>
    public async Task<Conversation?> DetailsAsync(Viewer viewer, Guid conversationId, CancellationToken ct) =>
        await db.Conversations.IgnoreQueryFilters().AsNoTracking().NotesVisibleTo(viewer).SingleOrDefaultAsync(c => c.Id == conversationId, ct);

    /// <summary>What parallel processes currently ask of conversations, to show before and during them.</summary>
    public async Task<List<string>> ConstraintsAsync(Guid reviewId, CancellationToken ct) =>
        (await db.ProcessConstraints.AsNoTracking().Where(c => c.ReviewId == reviewId && c.LiftedOn == null).ToListAsync(ct))
        .Where(c => c.Holds.HasFlag(Core.Information.ReviewHold.Conversations)).Select(c => c.Text).ToList();

    /// <summary>Records that someone read a conversation's notes, naming the conversation.</summary>
    public async Task AuditViewAsync(AuditActor actor, Guid reviewId, Guid partnershipId, Guid conversationId, CancellationToken ct)
    {
        recorder.Audit(actor, AuditActions.ConversationNotesViewed, reviewId, partnershipId, "Conversation", conversationId);
        await db.SaveChangesAsync(ct);
    }
}
