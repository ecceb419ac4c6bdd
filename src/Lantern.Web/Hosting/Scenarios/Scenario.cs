using Lantern.Web.Pages.Analysis;
using Lantern.Web.Pages.Analysis.Conversations;
using Lantern.Web.Pages.Analysis.Episodes;
using Lantern.Web.Pages.Analysis.Findings;
using Lantern.Web.Pages.Analysis.Meetings;
using Lantern.Web.Pages.Analysis.Narrative;
using Lantern.Web.Pages.Analysis.Recommendations;
using Lantern.Web.Pages.Information.People;
using Lantern.Web.Pages.Reviews.Members;
using static Lantern.Web.Hosting.Scenarios.ScenarioBuilder;

namespace Lantern.Web.Hosting.Scenarios;

/// <summary>What a finding says, for <see cref="Scenario.FindingAsync"/>: the anatomy, the issues for the Board,
/// the pattern categories (form keys, the first is the main one) and the episodes behind it.</summary>
public sealed record FindingText(string Title, string? InThisCase = null, string? NotPeculiar = null, string? WhyItMatters = null, string? Statement = null)
{
    public IReadOnlyList<string> Issues { get; init; } = [];

    public IReadOnlyList<string> PatternKeys { get; init; } = [];

    public IReadOnlyList<Guid> EpisodeIds { get; init; } = [];

    public int? PriorityRank { get; init; }
}

/// <summary>What an episode says, for <see cref="Scenario.EpisodeAsync"/>.</summary>
public sealed record EpisodeText(string Title, IReadOnlyList<Guid> AgencyIds, string WhatHappened, DateOnly? PeriodFrom = null, DateOnly? PeriodTo = null)
{
    public string? KnownThen { get; init; }

    public PracticeAppraisal? Appraisal { get; init; }

    public string? AppraisalReasons { get; init; }

    public string? Explanation { get; init; }
}

/// <summary>One review's records written through the services as one person (see <see cref="ScenarioBuilder"/>). Every
/// write throws <see cref="ScenarioRefusedException"/> with the service's messages when refused.</summary>
public sealed class Scenario(ScenarioBuilder services, Guid reviewId, Guid partnershipId, Guid userId)
{
    private readonly AuditActor actor = new(userId, null, partnershipId, null);

    public Guid ReviewId => reviewId;

    /// <summary>The same scenario, written from now on by <paramref name="otherUserId"/>.</summary>
    public Scenario As(Guid otherUserId) => new(services, reviewId, partnershipId, otherUserId);

    /// <summary>Gives <paramref name="memberUserId"/> a role on the review.</summary>
    public async Task MemberAsync(Guid memberUserId, ReviewRole role) =>
        Ensure(await services.Members.AddMemberAsync(new AddMemberOptions(reviewId, memberUserId, role), actor), "add a member to the review");

    public async Task<Guid> PersonAsync(PersonDetails details)
    {
        var (result, person) = await services.People.AddPersonAsync(new AddPersonOptions(reviewId, partnershipId, details), actor);
        Ensure(result, $"add {details.Pseudonym ?? "a person"} to the people register");
        return person!.Id;
    }

    public async Task<Guid> SectionAsync(string title, DateOnly from, DateOnly? to, string? summary) =>
        Ensure(await services.Narrative.AddSectionAsync(new SectionDetails(reviewId, partnershipId, title, from, to, summary), actor), "add a narrative section");

    public async Task<Guid> PerspectiveAsync(Guid sectionId, Guid? personId, Guid? agencyId, string account) =>
        Ensure(await services.Narrative.AddPerspectiveAsync(new PerspectiveDetails(reviewId, partnershipId, sectionId, personId, agencyId, account), actor), "add an account");

    public async Task<Guid> DiscrepancyAsync(Guid sectionId, string description, params Guid[] perspectiveIds) =>
        Ensure(await services.Narrative.RecordDiscrepancyAsync(new DiscrepancyDetails(reviewId, partnershipId, sectionId, description, perspectiveIds), actor), "record a discrepancy");

    public async Task ExploreAsync(Guid discrepancyId, DiscrepancyStatus status, string? whatWeFound = null)
    {
        var version = await services.Db.Discrepancies.Where(d => d.Id == discrepancyId).Select(d => d.Version).SingleAsync();
        Ensure(await services.Narrative.ExploreDiscrepancyAsync(new ExploreDiscrepancyOptions(await ViewerAsync(), partnershipId, discrepancyId, status, whatWeFound, version), actor), "explore a discrepancy");
    }

    public async Task<Guid> EpisodeAsync(EpisodeText e, EpisodeSource raisedBy = EpisodeSource.ReviewTeam) =>
        Ensure(await services.Episodes.AddEpisodeAsync(new EpisodeDetails(reviewId, partnershipId, e.Title, e.PeriodFrom, e.PeriodTo, e.AgencyIds, e.WhatHappened, e.KnownThen,
            e.Appraisal, e.AppraisalReasons, e.Explanation, raisedBy), actor), "add an episode");

    /// <summary>Moves an episode step by step to <paramref name="to"/>, as the review team would.</summary>
    public async Task MoveAsync(Guid episodeId, EpisodeStatus to)
    {
        for (var status = await services.Db.Episodes.Where(e => e.Id == episodeId).Select(e => e.Status).SingleAsync(); status != to; status += status < to ? 1 : -1)
        {
            var version = await services.Db.Episodes.Where(e => e.Id == episodeId).Select(e => e.Version).SingleAsync();
            Ensure(await services.Episodes.MoveStatusAsync(new MoveEpisodeOptions(await ViewerAsync(), partnershipId, episodeId, status + (status < to ? 1 : -1), version), actor), "move an episode");
        }
    }

    public async Task CodeFactorsAsync(Guid episodeId, params string[] codeKeys) =>
        Ensure(await services.Episodes.CodeFactorsAsync(new CodeEpisodeOptions(await ViewerAsync(), partnershipId, episodeId, codeKeys), actor), "code an episode's factors");

    public async Task<Guid> FindingAsync(FindingText f)
    {
        var details = new FindingDetails(reviewId, partnershipId, f.Title, f.InThisCase, f.NotPeculiar, null, f.WhyItMatters, f.Statement, false,
            [.. f.Issues], f.PatternKeys, f.EpisodeIds, f.PriorityRank, StillHappens.Unknown, null, null)
        {
            MainPatternKeys = [.. f.PatternKeys.Take(1)],
        };
        return Ensure(await services.Findings.AddFindingAsync(details, actor), "add a finding");
    }

    public async Task<Guid> RecommendationAsync(string text, RecommendationKind kind, RecommendationLevel level, params Guid[] findingIds) =>
        Ensure(await services.Recommendations.AddAsync(new RecommendationDetails(reviewId, partnershipId, text, kind, level, findingIds, [], null), actor), "add a recommendation");

    /// <summary>Links evidence to an item: a chronology entry (by lineage), a document, a conversation or, for a finding, an episode.</summary>
    public async Task LinkAsync(AnalysisItemKind kind, Guid itemId, EvidenceKind to, Guid toId, string? note = null) =>
        Ensure(await services.Analysis.LinkEvidenceAsync(new LinkEvidenceOptions(await ItemAsync(kind, itemId), to, toId, note), actor), "link evidence");

    /// <summary>Shares an episode, finding or narrative section with the case group.</summary>
    public async Task ShareAsync(AnalysisItemKind kind, Guid itemId) =>
        Ensure(await services.Analysis.ShareAsync(await ItemAsync(kind, itemId), true, actor), "share an item with the case group");

    public async Task CommentAsync(AnalysisItemKind kind, Guid itemId, string text) =>
        Ensure(await services.Analysis.CommentAsync(new CommentOptions(await ItemAsync(kind, itemId), text), actor), "comment on an item");

    public async Task<Guid> ChallengeAsync(AnalysisItemKind kind, Guid itemId, string text)
    {
        Ensure(await services.Analysis.RaiseChallengeAsync(new ChallengeOptions(await ItemAsync(kind, itemId), text), actor), "raise a challenge");
        return await services.Db.Challenges.Where(c => c.ItemId == itemId && c.RaisedByUserId == userId).OrderByDescending(c => c.RaisedAt).Select(c => c.Id).FirstAsync();
    }

    /// <summary>Arranges a conversation with a practitioner; <paramref name="participantUserId"/> is their account in the case group, if any.</summary>
    public async Task<Guid> ConversationAsync(Guid personId, Guid? participantUserId, IReadOnlyList<Guid> interviewerUserIds, DateOnly scheduledFor, string purpose) =>
        Ensure(await services.Conversations.ArrangeAsync(new ArrangeConversationOptions(reviewId, partnershipId, personId, participantUserId, interviewerUserIds, scheduledFor, purpose, null), actor),
            "arrange a conversation");

    /// <summary>Writes a new version of the interviewers' notes, by section key.</summary>
    public async Task NotesAsync(Guid conversationId, IReadOnlyDictionary<string, string?> sections)
    {
        var version = await services.Db.Conversations.Where(c => c.Id == conversationId).Select(c => c.NotesVersion).SingleAsync();
        Ensure(await services.Conversations.WriteNotesAsync(new WriteNotesOptions(await ViewerAsync(), partnershipId, conversationId, version, sections), actor), "write a conversation's notes");
    }

    public async Task SendToParticipantAsync(Guid conversationId) =>
        Ensure(await services.Conversations.SendToParticipantAsync(await ViewerAsync(), partnershipId, conversationId, actor), "send the notes to the participant");

    /// <summary>Arranges a meeting; once <paramref name="heldOn"/> has passed, everyone invited is recorded as attending,
    /// with the notes and decisions (one a line).</summary>
    public async Task<Guid> MeetingAsync(MeetingKind kind, DateOnly heldOn, TimeOnly? startsAt, string place, string agenda, IReadOnlyList<Guid> invitees,
        string? notes = null, string? decisions = null)
    {
        var attendance = notes is null && decisions is null ? null : invitees.Distinct().ToDictionary(id => id, _ => Attendance.Attended);
        return Ensure(await services.Meetings.ArrangeAsync(new MeetingDetails(reviewId, partnershipId, kind, heldOn, startsAt, place, agenda, invitees, attendance, notes, decisions), actor),
            "arrange a meeting");
    }

    /// <summary>The item as the writer sees it: their viewer on the review decides, as for a page.</summary>
    private async Task<ItemRef> ItemAsync(AnalysisItemKind kind, Guid itemId) => new(await ViewerAsync(), kind, itemId);

    /// <summary>The writer on the review, as the record rules see them.</summary>
    private async Task<Core.Access.Viewer> ViewerAsync()
    {
        var user = await services.Db.Users.Where(u => u.Id == userId)
            .Select(u => new { u.AgencyId, u.PartnershipRoles, u.IsDisabled }).SingleAsync();
        var role = await services.Db.ReviewMembers.Where(m => m.ReviewId == reviewId && m.UserId == userId)
            .Select(m => (ReviewRole?)m.Role).FirstOrDefaultAsync();
        var identityRoles = await services.Db.Reviews.Where(r => r.Id == reviewId).Select(r => r.RealIdentityRoles).SingleAsync();
        var person = new Core.Access.Actor(userId, partnershipId, user.AgencyId, user.PartnershipRoles, !user.IsDisabled);
        return Core.Access.Viewer.For(person, reviewId, partnershipId, role, identityRoles);
    }
}
