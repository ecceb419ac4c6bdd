using Lantern.Core.Disclosure;
using Lantern.Core.Information;

namespace Lantern.Core.Tests.Disclosure;

/// <summary>A small fictional register for the rule tests: every name and place is made up.</summary>
public static class TestRegister
{
    public static readonly IReadOnlyList<DisclosurePerson> People =
    [
        new("Kayleigh Morris", ["Kayls"], "Mother", PersonCategory.FamilyOrHousehold, new DateOnly(1995, 6, 14), "14 Acacia Road, Brackenford, BK4 7QT"),
        new("Mary-Jane Morris", [], "Child Q", PersonCategory.Subject, new DateOnly(2019, 3, 12), "14 Acacia Road, Brackenford, BK4 7QT"),
        new("William Baker", ["Will Baker", "Will"], "Mother's partner", PersonCategory.FamilyOrHousehold),
        new("Hope Morris", [], "Sibling 1", PersonCategory.FamilyOrHousehold, new DateOnly(2016, 9, 2)),
        new("Renée Dubois", [], "Maternal grandmother", PersonCategory.FamilyOrHousehold),
        new("Priya Natarajan", [], "Social worker 1", PersonCategory.Professional, ProfessionalRole: "Social worker"),
        new("May Rose", [], "Family friend", PersonCategory.Other),
        new("Dr Tomasz Wilczek", [], "GP 1", PersonCategory.Professional, ProfessionalRole: "GP"),
        new("Gary Lomax", [], "Uncle", PersonCategory.FamilyOrHousehold),
        new("Faye Summers", [], "School nurse 1", PersonCategory.Professional, ProfessionalRole: "School nurse"),
    ];

    public static readonly IReadOnlyList<IdentifyingDetail> Details =
    [
        new(IdentifyingDetailKind.School, "Oakfield Primary School", "a local primary school"),
        new(IdentifyingDetailKind.School, "St Aidan's CE Primary School", "another primary school"),
        new(IdentifyingDetailKind.Condition, "Menkes syndrome", "a rare genetic condition"),
        new(IdentifyingDetailKind.GpPractice, "Hollins Lane Surgery", "the family's GP practice"),
        new(IdentifyingDetailKind.Hospital, "Brackenford Royal Infirmary", "the local hospital"),
        new(IdentifyingDetailKind.Place, "Sunnybank estate", "a housing estate"),
    ];

    public static readonly DisclosureCheck Check = new(People, Details);

    public static IReadOnlyList<DisclosureHit> Scan(string text) => Check.Scan(text);

    /// <summary>The one hit in <paramref name="text"/>; fails when there is none or more than one.</summary>
    public static DisclosureHit Single(string text) => Assert.Single(Check.Scan(text));

    /// <summary>Asserts that <paramref name="text"/> has one hit, on <paramref name="expected"/>, and (when given) by
    /// <paramref name="rule"/> with <paramref name="suggestion"/>.</summary>
    public static DisclosureHit Expect(string text, string expected, DisclosureRule? rule = null, string? suggestion = null)
    {
        var hit = Single(text);
        Assert.Equal(expected, hit.Text);
        if (rule is { } r)
        {
            Assert.Equal(r, hit.Rule);
        }

        if (suggestion is not null)
        {
            Assert.Equal(suggestion, hit.Suggestion);
        }

        return hit;
    }
}
