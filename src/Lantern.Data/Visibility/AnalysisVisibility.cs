using Lantern.Core.Access;
using Lantern.Core.Analysis;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Data.Visibility;

/// <summary>The analysis items of one review that a viewer may see (<c>VisibleTo</c>) or change (<c>ChangeableBy</c>),
/// as <see cref="RecordVisibility"/> decides.</summary>
public static class AnalysisVisibility
{
    public static IQueryable<KeyPracticeEpisode> VisibleTo(this IQueryable<KeyPracticeEpisode> episodes, Viewer viewer) =>
        Episodes(episodes, viewer, viewer.Sees(RecordKind.Episode));

    public static IQueryable<KeyPracticeEpisode> ChangeableBy(this IQueryable<KeyPracticeEpisode> episodes, Viewer viewer) =>
        Episodes(episodes, viewer, viewer.Changes(RecordKind.Episode));

    public static IQueryable<Finding> VisibleTo(this IQueryable<Finding> findings, Viewer viewer) =>
        Findings(findings, viewer, viewer.Sees(RecordKind.Finding));

    public static IQueryable<Finding> ChangeableBy(this IQueryable<Finding> findings, Viewer viewer) =>
        Findings(findings, viewer, viewer.Changes(RecordKind.Finding));

    public static IQueryable<NarrativeSection> VisibleTo(this IQueryable<NarrativeSection> sections, Viewer viewer) =>
        Sections(sections, viewer, viewer.Sees(RecordKind.NarrativeSection));

    public static IQueryable<NarrativeSection> ChangeableBy(this IQueryable<NarrativeSection> sections, Viewer viewer) =>
        Sections(sections, viewer, viewer.Changes(RecordKind.NarrativeSection));

    /// <summary>The shared view: only items shared with the case group, whoever looks (the review team sees there
    /// what the case group sees). Apply after <c>VisibleTo</c>.</summary>
    public static IQueryable<KeyPracticeEpisode> SharedWithCaseGroup(this IQueryable<KeyPracticeEpisode> episodes) => episodes.Where(e => e.SharedAt != null);

    public static IQueryable<Finding> SharedWithCaseGroup(this IQueryable<Finding> findings) => findings.Where(f => f.SharedAt != null);

    public static IQueryable<NarrativeSection> SharedWithCaseGroup(this IQueryable<NarrativeSection> sections) => sections.Where(s => s.SharedAt != null);

    public static IQueryable<Recommendation> VisibleTo(this IQueryable<Recommendation> recommendations, Viewer viewer) =>
        VisibilityFilter.Apply(recommendations, viewer.Sees(RecordKind.Recommendation), r => r.ReviewId == viewer.ReviewId);

    public static IQueryable<Recommendation> ChangeableBy(this IQueryable<Recommendation> recommendations, Viewer viewer) =>
        VisibilityFilter.Apply(recommendations, viewer.Changes(RecordKind.Recommendation), r => r.ReviewId == viewer.ReviewId);

    public static IQueryable<Perspective> VisibleTo(this IQueryable<Perspective> perspectives, Viewer viewer) =>
        VisibilityFilter.Apply(perspectives, viewer.Sees(RecordKind.Perspective), p => p.ReviewId == viewer.ReviewId);

    /// <summary>The accounts the viewer may see, counting those in a section shared with the case group for a viewer
    /// who sees only what is shared (the one-argument form shows such a viewer none).</summary>
    public static IQueryable<Perspective> VisibleTo(this IQueryable<Perspective> perspectives, Viewer viewer, LanternDbContext db) =>
        VisibilityFilter.Apply(perspectives, viewer.Sees(RecordKind.Perspective), p => p.ReviewId == viewer.ReviewId,
            shared: p => db.NarrativeSections.Any(s => s.Id == p.SectionId && s.SharedAt != null));

    public static IQueryable<Perspective> ChangeableBy(this IQueryable<Perspective> perspectives, Viewer viewer) =>
        VisibilityFilter.Apply(perspectives, viewer.Changes(RecordKind.Perspective), p => p.ReviewId == viewer.ReviewId);

    public static IQueryable<Discrepancy> VisibleTo(this IQueryable<Discrepancy> discrepancies, Viewer viewer) =>
        VisibilityFilter.Apply(discrepancies, viewer.Sees(RecordKind.Discrepancy), d => d.ReviewId == viewer.ReviewId);

    /// <summary>The discrepancies the viewer may see, counting those in a section shared with the case group for a
    /// viewer who sees only what is shared (the one-argument form shows such a viewer none).</summary>
    public static IQueryable<Discrepancy> VisibleTo(this IQueryable<Discrepancy> discrepancies, Viewer viewer, LanternDbContext db) =>
        VisibilityFilter.Apply(discrepancies, viewer.Sees(RecordKind.Discrepancy), d => d.ReviewId == viewer.ReviewId,
            shared: d => db.NarrativeSections.Any(s => s.Id == d.SectionId && s.SharedAt != null));

    public static IQueryable<Discrepancy> ChangeableBy(this IQueryable<Discrepancy> discrepancies, Viewer viewer) =>
        VisibilityFilter.Apply(discrepancies, viewer.Changes(RecordKind.Discrepancy), d => d.ReviewId == viewer.ReviewId);

    public static IQueryable<Challenge> VisibleTo(this IQueryable<Challenge> challenges, Viewer viewer) =>
        VisibilityFilter.Apply(challenges, viewer.Sees(RecordKind.Challenge), c => c.ReviewId == viewer.ReviewId);

    /// <summary>Comments the viewer may read: on every item, or (for the case group) only on items shared with them.</summary>
    public static IQueryable<AnalysisComment> VisibleTo(this IQueryable<AnalysisComment> comments, Viewer viewer, LanternDbContext db) =>
        VisibilityFilter.Apply(comments, viewer.Sees(RecordKind.Comment), c => c.ReviewId == viewer.ReviewId,
            shared: c => db.Episodes.Any(e => e.Id == c.ItemId && e.SharedAt != null) ||
                         db.Findings.Any(f => f.Id == c.ItemId && f.SharedAt != null) ||
                         db.NarrativeSections.Any(s => s.Id == c.ItemId && s.SharedAt != null));

    /// <summary>The review's analysis meetings the viewer may see: every one for the review team; for the case group,
    /// the case group meetings they are invited to. The attendees are stored as one document, so the invitation is
    /// checked once the meetings are read.</summary>
    public static async Task<List<Meeting>> VisibleToAsync(this IQueryable<Meeting> meetings, Viewer viewer, CancellationToken cancellationToken)
    {
        var scope = viewer.Sees(RecordKind.AnalysisMeeting);
        var read = await VisibilityFilter.Apply(meetings, scope, m => m.ReviewId == viewer.ReviewId, own: m => m.Kind != MeetingKind.ReviewTeam)
            .ToListAsync(cancellationToken);
        return scope == RecordScope.Own ? read.Where(m => m.Attendees.Any(a => a.UserId == viewer.UserId)).ToList() : read;
    }

    /// <summary>The review's analysis meetings the viewer may arrange, record or withdraw (every one, for those who
    /// edit the analysis).</summary>
    public static IQueryable<Meeting> ChangeableBy(this IQueryable<Meeting> meetings, Viewer viewer) =>
        VisibilityFilter.Apply(meetings, viewer.Changes(RecordKind.AnalysisMeeting), m => m.ReviewId == viewer.ReviewId);

    /// <summary>The review's conversations: all of them for those who see the analysis, otherwise only the one the
    /// viewer took part in.</summary>
    public static IQueryable<Conversation> VisibleTo(this IQueryable<Conversation> conversations, Viewer viewer) =>
        VisibilityFilter.Apply(conversations, viewer.Sees(RecordKind.Conversation), c => c.ReviewId == viewer.ReviewId,
            own: c => c.ParticipantUserId == viewer.UserId);

    /// <summary>The review's conversations the viewer may arrange, send or withdraw.</summary>
    public static IQueryable<Conversation> ChangeableBy(this IQueryable<Conversation> conversations, Viewer viewer) =>
        VisibilityFilter.Apply(conversations, viewer.Changes(RecordKind.Conversation), c => c.ReviewId == viewer.ReviewId);

    /// <summary>Conversations whose notes the viewer may read: every one with <see cref="ReviewPermission.ViewConversationNotes"/>,
    /// otherwise only their own (and the participant's pages add when the notes have reached them).</summary>
    public static IQueryable<Conversation> NotesVisibleTo(this IQueryable<Conversation> conversations, Viewer viewer) =>
        VisibilityFilter.Apply(conversations, viewer.Sees(RecordKind.ConversationNotes), c => c.ReviewId == viewer.ReviewId,
            own: c => c.ParticipantUserId == viewer.UserId);

    /// <summary>Conversations whose notes the viewer may write to: every one for those who edit the analysis,
    /// otherwise only their own (a participant confirms or corrects the notes of their own conversation).</summary>
    public static IQueryable<Conversation> NotesChangeableBy(this IQueryable<Conversation> conversations, Viewer viewer) =>
        VisibilityFilter.Apply(conversations, viewer.Changes(RecordKind.ConversationNotes), c => c.ReviewId == viewer.ReviewId,
            own: c => c.ParticipantUserId == viewer.UserId);

    public static IQueryable<ConversationNotes> VisibleTo(this IQueryable<ConversationNotes> notes, Viewer viewer, LanternDbContext db) =>
        VisibilityFilter.Apply(notes, viewer.Sees(RecordKind.ConversationNotes), n => n.ReviewId == viewer.ReviewId,
            own: n => db.Conversations.Any(c => c.Id == n.ConversationId && c.ParticipantUserId == viewer.UserId));

    private static IQueryable<KeyPracticeEpisode> Episodes(IQueryable<KeyPracticeEpisode> episodes, Viewer viewer, RecordScope scope) =>
        VisibilityFilter.Apply(episodes, scope, e => e.ReviewId == viewer.ReviewId, shared: e => e.SharedAt != null);

    private static IQueryable<Finding> Findings(IQueryable<Finding> findings, Viewer viewer, RecordScope scope) =>
        VisibilityFilter.Apply(findings, scope, f => f.ReviewId == viewer.ReviewId, shared: f => f.SharedAt != null);

    private static IQueryable<NarrativeSection> Sections(IQueryable<NarrativeSection> sections, Viewer viewer, RecordScope scope) =>
        VisibilityFilter.Apply(sections, scope, s => s.ReviewId == viewer.ReviewId, shared: s => s.SharedAt != null);
}
