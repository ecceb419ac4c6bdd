using Lantern.Core.Reports;

namespace Lantern.Web.Pages.Reports;

public sealed partial class ReportDrafting
{
    /// <summary>Everything of the review a report draws on. <see cref="ReportSources.Build"/> leaves out what is
    /// withdrawn or not yet agreed, so the rows are read as they are.</summary>
    private async Task<ReportInputs> InputsAsync(Guid reviewId, Guid partnershipId, CancellationToken ct) => new()
    {
        Decisions = await db.Decisions.AsNoTracking().Where(x => x.ReviewId == reviewId).ToListAsync(ct),
        Purpose = await db.PurposeStatements.AsNoTracking().Where(x => x.ReviewId == reviewId).FirstOrDefaultAsync(ct),
        TermsOfReference = await db.TermsOfReference.AsNoTracking().Where(x => x.ReviewId == reviewId).ToListAsync(ct),
        Governance = await db.GovernancePlans.AsNoTracking().Where(x => x.ReviewId == reviewId).OrderByDescending(g => g.VersionNumber).FirstOrDefaultAsync(ct),
        AgencyNames = await db.Agencies.AsNoTracking().Where(a => a.PartnershipId == partnershipId).ToDictionaryAsync(a => a.Id, a => a.Name, ct),
        Members = await db.ReviewMembers.AsNoTracking().Where(x => x.ReviewId == reviewId).ToListAsync(ct),
        People = await db.People.AsNoTracking().Where(x => x.ReviewId == reviewId).ToListAsync(ct),
        Conversations = await db.Conversations.AsNoTracking().Where(x => x.ReviewId == reviewId).ToListAsync(ct),
        Meetings = await db.Meetings.AsNoTracking().Where(x => x.ReviewId == reviewId).ToListAsync(ct),
        FamilyMembers = await db.FamilyMembers.AsNoTracking().Where(x => x.ReviewId == reviewId).ToListAsync(ct),
        FamilyContacts = await db.Correspondence.AsNoTracking().Where(x => x.ReviewId == reviewId).ToListAsync(ct),
        Hindsight = await db.HindsightRecords.AsNoTracking().Where(x => x.ReviewId == reviewId).FirstOrDefaultAsync(ct),
        NarrativeSections = await db.NarrativeSections.AsNoTracking().Where(x => x.ReviewId == reviewId).ToListAsync(ct),
        Episodes = await db.Episodes.AsNoTracking().Where(x => x.ReviewId == reviewId).ToListAsync(ct),
        Findings = await db.Findings.AsNoTracking().Where(x => x.ReviewId == reviewId).ToListAsync(ct),
        BoardIssues = await db.BoardIssues.AsNoTracking().Where(x => x.ReviewId == reviewId).ToListAsync(ct),
        Recommendations = await db.Recommendations.AsNoTracking().Where(x => x.ReviewId == reviewId).ToListAsync(ct),
        RecommendationFindings = await db.RecommendationFindings.AsNoTracking().Where(x => x.ReviewId == reviewId).ToListAsync(ct),
        ParallelProcesses = await db.ParallelProcesses.AsNoTracking().Where(x => x.ReviewId == reviewId).ToListAsync(ct),
        ProcessConstraints = await db.ProcessConstraints.AsNoTracking().Where(x => x.ReviewId == reviewId).ToListAsync(ct),
        Liaison = await db.LiaisonEntries.AsNoTracking().Where(x => x.ReviewId == reviewId).ToListAsync(ct),
        Structure = await StructureAsync(partnershipId, ct),
    };

    /// <summary>The statements stored with a section, each linked to where its evidence is: a finding to its place in
    /// the traceability view, an episode or narrative period to its page, other records to their page.</summary>
    public IReadOnlyList<SourceLine> Lines(Guid reviewId, string json) =>
        Deserialise(string.Empty, json).Statements.Select(s => new SourceLine(s.Text, Href(reviewId, s.Link), s.Link.Label)).ToList();

    private static string? Href(Guid reviewId, SourceLink link) => link.Kind switch
    {
        SourceItemKind.Finding when !link.IsList => Link.Traceability(reviewId) + "#finding-" + link.Id,
        SourceItemKind.Finding => Link.Findings(reviewId),
        SourceItemKind.Episode when !link.IsList => Link.Episode(reviewId, link.Id),
        SourceItemKind.Episode => Link.Episodes(reviewId),
        SourceItemKind.NarrativeSection when !link.IsList => Link.NarrativeSection(reviewId, link.Id),
        SourceItemKind.NarrativeSection => Link.Narrative(reviewId),
        SourceItemKind.Recommendation => Link.Recommendations(reviewId),
        SourceItemKind.Conversation when !link.IsList => Link.Conversation(reviewId, link.Id),
        SourceItemKind.Conversation => Link.Conversations(reviewId),
        SourceItemKind.Meeting when !link.IsList => Link.Meeting(reviewId, link.Id),
        SourceItemKind.Meeting => Link.Meetings(reviewId),
        SourceItemKind.ParallelProcess when !link.IsList => Link.Process(reviewId, link.Id),
        SourceItemKind.ParallelProcess => Link.Processes(reviewId),
        SourceItemKind.Decision => Link.Decision(reviewId),
        SourceItemKind.Purpose => Link.Purpose(reviewId),
        SourceItemKind.TermsOfReference => Link.Terms(reviewId),
        SourceItemKind.Governance => Link.Governance(reviewId),
        SourceItemKind.FamilyInvolvement => Link.Family(reviewId),
        SourceItemKind.HindsightRecord => Link.Hindsight(reviewId),
        _ => null,
    };
}
