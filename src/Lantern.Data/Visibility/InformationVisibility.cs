using Lantern.Core.Access;
using Lantern.Core.Information;
using Lantern.Core.SettingUp;

namespace Lantern.Data.Visibility;

/// <summary>What the agencies gave one review, as far as a viewer may see it: every agency's for those who read the
/// review's information, only their own agency's for an agency contact (<see cref="RecordVisibility"/>).</summary>
public static class InformationVisibility
{
    public static IQueryable<InformationRequest> VisibleTo(this IQueryable<InformationRequest> requests, Viewer viewer) =>
        VisibilityFilter.Apply(requests, viewer.Sees(RecordKind.InformationRequest), r => r.ReviewId == viewer.ReviewId,
            ownAgency: r => r.AgencyId == viewer.AgencyId);

    public static IQueryable<InformationRequest> ChangeableBy(this IQueryable<InformationRequest> requests, Viewer viewer) =>
        VisibilityFilter.Apply(requests, viewer.Changes(RecordKind.InformationRequest), r => r.ReviewId == viewer.ReviewId,
            ownAgency: r => r.AgencyId == viewer.AgencyId);

    public static IQueryable<ChronologySubmission> VisibleTo(this IQueryable<ChronologySubmission> submissions, Viewer viewer) =>
        VisibilityFilter.Apply(submissions, viewer.Sees(RecordKind.ChronologySubmission), s => s.ReviewId == viewer.ReviewId,
            ownAgency: s => s.AgencyId == viewer.AgencyId);

    public static IQueryable<SubmissionVersion> VisibleTo(this IQueryable<SubmissionVersion> versions, Viewer viewer, LanternDbContext db) =>
        VisibilityFilter.Apply(versions, viewer.Sees(RecordKind.ChronologySubmission), v => v.ReviewId == viewer.ReviewId,
            ownAgency: v => db.ChronologySubmissions.Any(s => s.Id == v.SubmissionId && s.AgencyId == viewer.AgencyId));

    public static IQueryable<ChronologyEntry> VisibleTo(this IQueryable<ChronologyEntry> entries, Viewer viewer) =>
        VisibilityFilter.Apply(entries, viewer.Sees(RecordKind.ChronologySubmission), e => e.ReviewId == viewer.ReviewId,
            ownAgency: e => e.AgencyId == viewer.AgencyId);

    /// <summary>Held imports the viewer may see (waiting on the chronology pages): as the agency's chronology.</summary>
    public static IQueryable<ChronologyImport> VisibleTo(this IQueryable<ChronologyImport> imports, Viewer viewer) =>
        VisibilityFilter.Apply(imports, viewer.Sees(RecordKind.ChronologySubmission), i => i.ReviewId == viewer.ReviewId,
            ownAgency: i => i.AgencyId == viewer.AgencyId);

    /// <summary>Held imports the viewer may work on: they are the sender's work in progress, so the scope is who may submit.</summary>
    public static IQueryable<ChronologyImport> ChangeableBy(this IQueryable<ChronologyImport> imports, Viewer viewer) =>
        VisibilityFilter.Apply(imports, viewer.Changes(RecordKind.ChronologySubmission), i => i.ReviewId == viewer.ReviewId,
            ownAgency: i => i.AgencyId == viewer.AgencyId);

    /// <summary>The agencies (of the review's partnership) whose chronology the viewer may see.</summary>
    public static IQueryable<Core.Organisation.Agency> ChronologiesVisibleTo(this IQueryable<Core.Organisation.Agency> agencies, Viewer viewer) =>
        VisibilityFilter.Apply(agencies, viewer.Sees(RecordKind.ChronologySubmission), a => a.PartnershipId == viewer.PartnershipId,
            ownAgency: a => a.Id == viewer.AgencyId);

    /// <summary>The agencies (of the review's partnership) the viewer may send a chronology for.</summary>
    public static IQueryable<Core.Organisation.Agency> ChronologiesChangeableBy(this IQueryable<Core.Organisation.Agency> agencies, Viewer viewer) =>
        VisibilityFilter.Apply(agencies, viewer.Changes(RecordKind.ChronologySubmission), a => a.PartnershipId == viewer.PartnershipId,
            ownAgency: a => a.Id == viewer.AgencyId);
}
