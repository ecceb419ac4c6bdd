using Lantern.Core.Disclosure;

namespace Lantern.Core.Tests.Disclosure;

public sealed class DisclosureFilesTests
{
    private static readonly DateOnly Today = new(2026, 12, 7);

    [Fact]
    public void ReadPeople_PeopleImportFormat_ReadsEveryoneAndProposesMissingPseudonyms()
    {
        const string csv = """
            Real name,Other names,Who they are in the case,Agency,Professional role,Pseudonym,Date of birth,Address
            Ellis Invented,Elli; El,Child,,,Child A,14/03/2019,"3 Example Street, Testtown, TT1 1AA"
            Morgan Example,Mo,Mother,,,,02/11/1990,
            Jordan Madeup,,Professional,Testshire Health,Health visitor,,,
            """;

        var file = DisclosureFiles.ReadPeople(csv, Today);

        Assert.Empty(file.Problems);
        Assert.Equal(["Child A", "Mother", "Health visitor 1"], file.Items.Select(p => p.Pseudonym));
        Assert.Equal(["Elli", "El"], file.Items[0].Aliases);
        Assert.Equal(new DateOnly(2019, 3, 14), file.Items[0].DateOfBirth);
        Assert.Equal("Health visitor", file.Items[2].ProfessionalRole);
    }

    [Fact]
    public void ReadPeople_RowWithoutAName_IsAProblemNamingTheRow()
    {
        var file = DisclosureFiles.ReadPeople("Real name,Category,Pseudonym\n,Child,Child A\nSam Sample,Mother,Mother\n", Today);

        Assert.Equal("Sam Sample", Assert.Single(file.Items).RealName);
        Assert.StartsWith("Row 1:", Assert.Single(file.Problems));
    }

    [Fact]
    public void ReadDetails_ReadsKindsInTheirUsualWords()
    {
        const string csv = "Kind,Detail,Replacement\nGP practice,Hollins Lane Surgery,the GP practice\nrare condition,Menkes syndrome,a rare condition\n";

        var file = DisclosureFiles.ReadDetails(csv);

        Assert.Empty(file.Problems);
        Assert.Equal([IdentifyingDetailKind.GpPractice, IdentifyingDetailKind.Condition], file.Items.Select(d => d.Kind));
    }

    [Fact]
    public void ReadDetails_UnknownKind_IsAProblem()
    {
        var file = DisclosureFiles.ReadDetails("Kind,Detail,Replacement\nshop,Corner Stores,a shop\n");

        Assert.Empty(file.Items);
        Assert.Contains("is not a kind of detail", Assert.Single(file.Problems));
    }
}
