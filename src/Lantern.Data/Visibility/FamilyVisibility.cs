using Lantern.Core.Access;
using Lantern.Core.SettingUp;

namespace Lantern.Data.Visibility;

/// <summary>The family's details on one review, for those the rules let see them (<see cref="RecordKind.FamilyDetails"/>).</summary>
public static class FamilyVisibility
{
    public static IQueryable<FamilyMember> VisibleTo(this IQueryable<FamilyMember> members, Viewer viewer) =>
        VisibilityFilter.Apply(members, viewer.Sees(RecordKind.FamilyDetails), m => m.ReviewId == viewer.ReviewId);

    public static IQueryable<FamilyMember> ChangeableBy(this IQueryable<FamilyMember> members, Viewer viewer) =>
        VisibilityFilter.Apply(members, viewer.Changes(RecordKind.FamilyDetails), m => m.ReviewId == viewer.ReviewId);

    public static IQueryable<Correspondence> VisibleTo(this IQueryable<Correspondence> correspondence, Viewer viewer) =>
        VisibilityFilter.Apply(correspondence, viewer.Sees(RecordKind.FamilyDetails), c => c.ReviewId == viewer.ReviewId);
}
