using Lantern.Core.Deadlines;

namespace Lantern.Core.SettingUp;

/// <summary>One question in a statutory checklist, answered for each referral.</summary>
public sealed record Criterion(string Key, string Question);

public enum CriterionAnswer
{
    Yes,
    No,
    NotKnown,
}

/// <summary>
/// The checklist a referral is assessed against: whether the case meets the statutory criteria for a review in
/// the partnership's nation, for a child or an adult. Wording is Lantern's own summary of each test.
/// </summary>
public static class StatutoryCriteria
{
    private static readonly Criterion AbuseOrNeglect = new("abuse-or-neglect", "Is abuse or neglect known or suspected?");

    public static IReadOnlyList<Criterion> For(Jurisdiction jurisdiction, SubjectKind subject) => (jurisdiction, subject) switch
    {
        (_, SubjectKind.Adult) =>
        [
            new("care-and-support-needs", "Did the adult have needs for care and support?"),
            new("adult-died-or-serious-abuse", "Did the adult die, or experience serious abuse or neglect (including self-neglect)?"),
            new("agencies-could-have-worked-better", "Is there reasonable concern about how agencies worked together to safeguard them?"),
        ],
        (Jurisdiction.England, _) =>
        [
            AbuseOrNeglect,
            new("child-died-or-seriously-harmed", "Has the child died or been seriously harmed?"),
            new("area-responsibility", "Did it happen in the partnership's area, or does the child normally live there?"),
        ],
        (Jurisdiction.Wales, _) =>
        [
            AbuseOrNeglect,
            new("death-or-serious-injury", "Has the child died, had a potentially life-threatening injury, or been left with serious and lasting impairment?"),
            new("known-to-services-recently", "Was the child on the child protection register or looked after in the 6 months before? (If yes, an extended review)"),
        ],
        (Jurisdiction.Scotland, _) =>
        [
            new("died-or-significant-harm", "Has the child died or been significantly harmed, or were they at risk of either?"),
            AbuseOrNeglect,
            new("learning-for-services", "Could a review help services learn, including from practice that went well?"),
        ],
        (Jurisdiction.NorthernIreland, _) =>
        [
            new("died-or-significant-harm", "Has the child died or been significantly harmed?"),
            new("abuse-or-known-to-services", "Is abuse or neglect known or suspected, or is the child or a sibling on the child protection register or looked after?"),
            new("concern-about-member-bodies", "Is there concern about how the member bodies worked together?"),
        ],
        _ => throw new ArgumentOutOfRangeException(nameof(jurisdiction), jurisdiction, null),
    };

    public static string DisplayName(this CriterionAnswer answer) => answer switch
    {
        CriterionAnswer.Yes => "Yes",
        CriterionAnswer.No => "No",
        CriterionAnswer.NotKnown => "Not known yet",
        _ => throw new ArgumentOutOfRangeException(nameof(answer), answer, null),
    };
}
