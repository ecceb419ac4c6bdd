using Lantern.Core.Information;

namespace Lantern.Core.Tests.Reports;

/// <summary>A fictional family and the professionals around them, for the pseudonymiser's tests.</summary>
internal static class TestPeople
{
    public static readonly Person Child = Make(PersonCategory.Subject, "Kayleigh Marsh", "Child Q", ["Kayley", "Kayleigh-Rose", "Bean"], born: new(2021, 6, 9));

    public static readonly Person Mother = Make(PersonCategory.FamilyOrHousehold, "Danielle Marsh", "Mother", ["Dani", "Danni"], "Mother",
        born: new(1999, 2, 11), address: "Flat 3, 27 Wrenfield Road, Halverton, HV4 7QX");

    public static readonly Person Grandfather = Make(PersonCategory.FamilyOrHousehold, "Ronald Marsh", "Maternal grandfather", ["Ron"], "Maternal grandfather");
    public static readonly Person Father = Make(PersonCategory.FamilyOrHousehold, "James Okonjo-Reid", "Father", ["Jimmy"], "Father");
    public static readonly Person Partner = Make(PersonCategory.FamilyOrHousehold, "Tomasz Wiśniewski", "Mother's partner", ["Tom", "Tomek"], "Mother's partner");
    public static readonly Person HealthVisitor = Make(PersonCategory.Professional, "Siobhán Kearney", "Health visitor 1", ["Shevaun Kearney"], role: "Health visitor");
    public static readonly Person SocialWorker = Make(PersonCategory.Professional, "Priya Sandhu", "Social worker 1", [], role: "Social worker");
    public static readonly Person Gp = Make(PersonCategory.Professional, "Dr Oluwaseun Adeyemi", "GP 1", ["Seun Adeyemi"], role: "GP");
    public static readonly Person Officer = Make(PersonCategory.Professional, "Marcus Fenwick", "Police officer 1", [], role: "Police officer");
    public static readonly Person Neighbour = Make(PersonCategory.Other, "Bethany Hale", "Neighbour", ["Beth"], "Neighbour");

    public static readonly IReadOnlyList<Person> All = [Child, Mother, Grandfather, Father, Partner, HealthVisitor, SocialWorker, Gp, Officer, Neighbour];

    public static Person Make(PersonCategory category, string realName, string pseudonym, List<string> aliases, string? relationship = null,
        DateOnly? born = null, string? address = null, string? role = null) => new()
        {
            Id = Guid.NewGuid(),
            Category = category,
            RealName = realName,
            Pseudonym = pseudonym,
            Aliases = aliases,
            Relationship = relationship,
            DateOfBirth = born,
            Address = address,
            ProfessionalRole = role,
        };
}
