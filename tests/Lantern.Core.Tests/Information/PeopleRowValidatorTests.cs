using System.Text;
using Lantern.Core.Information;
using Lantern.Core.Information.Import;

namespace Lantern.Core.Tests.Information;

public sealed class PeopleRowValidatorTests
{
    private static readonly string[] Headings = ["Full name", "AKA", "Role in case", "Relationship to child", "Organisation", "Job title", "Pseudonym", "D.O.B.", "Home address", "Comments"];
    private static readonly IReadOnlyDictionary<string, int> Mapping = PeopleColumns.AutoMap(Headings);
    private static readonly Guid HealthVisiting = Guid.NewGuid();
    private static readonly Guid Police = Guid.NewGuid();
    private static readonly DateOnly Today = new(2026, 12, 6);

    private static PeopleRowValidator Validator(params RegisteredPerson[] register) =>
        new(Mapping, [(HealthVisiting, "Testshire Health Visiting Service"), (Police, "Testshire Police")], register, Today);

    private static string[] Row(string name = "Ellis Invented", string aliases = "", string category = "Child", string relationship = "", string agency = "",
        string role = "", string pseudonym = "", string born = "", string notes = "", string address = "") =>
        [name, aliases, category, relationship, agency, role, pseudonym, born, address, notes];

    private static string Problem(PersonRowCheck check, string column) => Assert.Single(check.Problems, p => p.Column == column).Message;

    [Fact]
    public void AutoMap_HeadingsInAgenciesOwnWords_FindEveryColumn()
    {
        Assert.Equal(PeopleColumns.All.Select(c => c.Key).ToHashSet(), Mapping.Keys.ToHashSet());
        Assert.Equal(7, Mapping[PeopleColumns.DateOfBirth]);
        Assert.Equal(0, PeopleColumns.AutoMap(["NAME", "date_of_birth", "Known as"])[PeopleColumns.Name]);
        Assert.False(PeopleColumns.IsComplete(PeopleColumns.AutoMap(["Naam", "Wie"])));
    }

    [Theory]
    [InlineData("Child", PersonCategory.Subject, null, null)]
    [InlineData("subject", PersonCategory.Subject, null, null)]
    [InlineData("Young person", PersonCategory.Subject, null, null)]
    [InlineData("FamilyOrHousehold", PersonCategory.FamilyOrHousehold, null, null)]
    [InlineData("Family or household member", PersonCategory.FamilyOrHousehold, null, null)]
    [InlineData("mother", PersonCategory.FamilyOrHousehold, "Mother", null)]
    [InlineData("Mum", PersonCategory.FamilyOrHousehold, "Mum", null)]
    [InlineData("Maternal grandmother", PersonCategory.FamilyOrHousehold, "Maternal grandmother", null)]
    [InlineData("Mother\u2019s partner", PersonCategory.FamilyOrHousehold, "Mother\u2019s partner", null)]
    [InlineData("half-brother", PersonCategory.FamilyOrHousehold, "Half-brother", null)]
    [InlineData("Social worker", PersonCategory.Professional, null, "Social worker")]
    [InlineData("GP", PersonCategory.Professional, null, "GP")]
    [InlineData("Family support worker", PersonCategory.Professional, null, "Family support worker")]
    [InlineData("professional", PersonCategory.Professional, null, null)]
    [InlineData("Neighbour", PersonCategory.Other, "Neighbour", null)]
    [InlineData("someone else", PersonCategory.Other, null, null)]
    public void Read_AgenciesWordsForAPlaceInTheCase_AreUnderstood(string words, PersonCategory category, string? relationship, string? role)
    {
        var reading = PersonCategoryWords.Read(words);

        Assert.Equal(new CategoryReading(category, relationship, role), reading);
    }

    [Theory]
    [InlineData("Unicorn")]
    [InlineData("2")]
    [InlineData("")]
    public void Read_WordsLanternDoesNotKnow_AreLeftForAPerson(string words) => Assert.Null(PersonCategoryWords.Read(words));

    [Fact]
    public void Check_ValidRows_GiveThePersonAsTheFormWould()
    {
        var validator = Validator();

        var child = validator.Check(1, Row("  Zoë   O'Connor ", "Zo; Zoe OC | Zozo", born: "14/3/19"));
        var mother = validator.Check(2, Row("Siobhán Invented", category: "Mum", relationship: "Mother", agency: "Testshire Police"));
        var worker = validator.Check(3, Row("Pat Imaginary", category: "Health visitor", agency: "testshire  HEALTH visiting service"));
        var inferred = validator.Check(4, Row("Lee Invented", category: "", role: "Police officer", agency: "Testshire Police"));

        Assert.Equal((PersonCategory.Subject, "Zoë O'Connor", (DateOnly?)new DateOnly(2019, 3, 14), (string?)null), (child.Row!.Category, child.Row.RealName, child.Row.DateOfBirth, child.Row.Pseudonym));
        Assert.Equal(["Zo", "Zoe OC", "Zozo"], child.Row.Aliases);
        Assert.Equal((PersonCategory.FamilyOrHousehold, "Mother", (Guid?)null), (mother.Row!.Category, mother.Row.Relationship, mother.Row.AgencyId));
        Assert.Equal((PersonCategory.Professional, "Health visitor", (Guid?)HealthVisiting), (worker.Row!.Category, worker.Row.ProfessionalRole, worker.Row.AgencyId));
        Assert.Equal((PersonCategory.Professional, (Guid?)Police), (inferred.Row!.Category, inferred.Row.AgencyId));
    }

    [Fact]
    public void Check_BadCells_AreProblemsInTheFormsOwnWords()
    {
        var validator = Validator();

        var noName = validator.Check(1, Row(""));
        var repeated = validator.Check(2, Row("Zoë Marchetti-Blake", "Zo; ZOE M-B | zoe m-b"));
        var fullNameAgain = validator.Check(3, Row("Zoë Marchetti-Blake", "Zo; zoë  marchetti-blake"));
        var family = validator.Check(4, Row(category: "Family"));
        var professional = validator.Check(5, Row(category: "Professional"));
        var unknownAgency = validator.Check(6, Row(category: "Social worker", agency: "Northshire Children's Services"));
        var badDate = validator.Check(7, Row(born: "31/02/2012"));
        var monthOnly = validator.Check(8, Row(born: "03/2019"));
        var unborn = validator.Check(9, Row(born: "07/12/2026"));
        var unknownCategory = validator.Check(10, Row(category: "Unicorn"));
        var noCategory = validator.Check(11, Row(category: ""));
        var revealing = validator.Check(12, Row("Ellis Invented", pseudonym: "Ellis's sister"));

        Assert.Equal(PersonRules.NameMissing, Problem(noName, PeopleColumns.Name));
        Assert.Equal("Other names lists 'ZOE M-B' and 'zoe m-b' more than once (capitals, accents and notes in brackets do not matter when names are matched): keep one", Problem(repeated, PeopleColumns.Aliases));
        Assert.Equal("Other names repeats their full name 'zoë marchetti-blake': list only the other names they are known by", Problem(fullNameAgain, PeopleColumns.Aliases));
        Assert.Equal(PersonRules.RelationshipMissing, Problem(family, PeopleColumns.Relationship));
        Assert.Equal(PersonRules.RoleMissing, Problem(professional, PeopleColumns.Role));
        Assert.Equal("Enter the professional's agency, as the partnership names it", Problem(professional, PeopleColumns.Agency));
        Assert.StartsWith("\u201CNorthshire Children's Services\u201D is not one of the partnership's agencies", Problem(unknownAgency, PeopleColumns.Agency), StringComparison.Ordinal);
        Assert.Equal("31/02/2012 is not a real date", Problem(badDate, PeopleColumns.DateOfBirth));
        Assert.StartsWith("03/2019 has no day", Problem(monthOnly, PeopleColumns.DateOfBirth), StringComparison.Ordinal);
        Assert.Equal(PersonRules.BornInTheFuture, Problem(unborn, PeopleColumns.DateOfBirth));
        Assert.StartsWith("\u201CUnicorn\u201D is not a place in the case Lantern knows", Problem(unknownCategory, PeopleColumns.Category), StringComparison.Ordinal);
        Assert.StartsWith("Say who this person is in the case", Problem(noCategory, PeopleColumns.Category), StringComparison.Ordinal);
        Assert.Equal("The pseudonym must not include any part of the person's real name or aliases", Problem(revealing, PeopleColumns.Pseudonym));
        Assert.All(new[] { noName, repeated, family, unknownAgency, badDate, unborn }, c => Assert.Null(c.Row));
    }

    [Fact]
    public void Check_SomeoneAlreadyInTheRegister_ByNameAndBirthOrByPseudonym_IsAProblem()
    {
        var validator = Validator(new RegisteredPerson("Robin Fictional", new DateOnly(1994, 5, 17), "Mother"), new RegisteredPerson("Not known", null, "Father"));

        var sameNameAndBirth = validator.Check(1, Row("ROBIN  FICTIONAL", category: "Mother", born: "17 May 1994"));
        var sameNameOtherBirth = validator.Check(2, Row("Robin Fictional", category: "Aunt", born: "17/05/1964"));
        var samePseudonym = validator.Check(3, Row("Sam Invented", category: "Mother", pseudonym: "MOTHER"));
        var unknownName = validator.Check(4, Row("not known", category: "Father"));

        Assert.StartsWith("Already in the register as Mother", Problem(sameNameAndBirth, PeopleColumns.Name), StringComparison.Ordinal);
        Assert.True(sameNameOtherBirth.IsValid);
        Assert.StartsWith("Already in the register: someone is called Mother", Problem(samePseudonym, PeopleColumns.Pseudonym), StringComparison.Ordinal);
        Assert.True(unknownName.IsValid);
    }

    [Fact]
    public void CheckAll_TheSamePersonOrPseudonymTwiceInTheFile_IsAProblemOnTheLaterRowUnlessOneIsLeftOut()
    {
        var validator = Validator();
        PeopleFileRow[] rows =
        [
            new(1, Row("Jo Fictitious", category: "Neighbour", pseudonym: "Neighbour A")),
            new(2, Row("Sam Fictitious", category: "Neighbour", pseudonym: "neighbour  a")),
            new(3, Row("Zoë Invented", born: "14/03/2019")),
            new(5, Row("ZOE INVENTED", born: "2019-03-14")),
        ];

        var checks = validator.CheckAll(rows);
        var withRowOneOut = validator.CheckAll([rows[0] with { Included = false }, .. rows[1..]]);

        Assert.True(checks[0].IsValid);
        Assert.Equal("Row 1 has the pseudonym neighbour a too. Each person needs their own", Problem(checks[1], PeopleColumns.Pseudonym));
        Assert.True(checks[2].IsValid);
        Assert.StartsWith("The same person as row 3", Problem(checks[3], PeopleColumns.Name), StringComparison.Ordinal);
        Assert.True(withRowOneOut[1].IsValid);
    }

    [Fact]
    public void Read_PeopleFile_SpeaksOfPeopleAndKnowsItsHeadings()
    {
        var limits = new ImportLimits();

        var empty = ChronologyFileReader.Read([], "people.csv", limits, TableFileKind.People);
        var headingsOnly = ChronologyFileReader.Read(Encoding.UTF8.GetBytes("Name,DOB\r\n"), "people.csv", limits, TableFileKind.People);
        var bom = ChronologyFileReader.Read([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes("Full name;AKA\r\nZoë O'Connor;Zo|Zozo\r\n")], "people.csv", limits, TableFileKind.People);

        Assert.Equal("The file is empty. Upload the list of people again.", empty.Error);
        Assert.Equal("The file has headings but no rows. Add the people, one on each row, under the headings.", headingsOnly.Error);
        Assert.Equal(["Full name", "AKA"], bom.Table!.Headings);
        Assert.Equal(["Zoë O'Connor", "Zo|Zozo"], bom.Table.Rows[0]);
    }

    [Fact]
    public void DocsExample_IsReadAndEveryRowIsValid_AndTheDocsListEveryHeading()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Lantern.slnx")))
        {
            root = root.Parent;
        }

        var docs = Path.Combine(root!.FullName, "docs");
        var read = ChronologyFileReader.Read(File.ReadAllBytes(Path.Combine(docs, "examples", "people-example.csv")), "people-example.csv", new ImportLimits(), TableFileKind.People);
        var validator = new PeopleRowValidator(PeopleColumns.AutoMap(read.Table!.Headings),
            [(Guid.NewGuid(), "Testshire Health Visiting Service"), (Guid.NewGuid(), "Testshire Children's Services")], [], Today);
        var checks = validator.CheckAll([.. read.Table.Rows.Select((cells, i) => new PeopleFileRow(i + 1, cells))]);
        var document = File.ReadAllText(Path.Combine(docs, "import-formats.md"));

        Assert.All(checks, c => Assert.True(c.IsValid, $"Row {c.RowNumber}: {string.Join("; ", c.Problems)}"));
        Assert.Equal(6, checks.Count);
        Assert.All(PeopleColumns.All.SelectMany(c => c.Synonyms.Prepend(c.Heading)), h => Assert.Contains(h, document, StringComparison.Ordinal));
    }

    [Fact]
    public void Check_Address_IsKeptAsWritten_AndRefusedWhenTooLong()
    {
        var validator = Validator();

        var kept = validator.Check(1, Row(born: "14/3/19", address: "  Flat 2, 14 Larch Close,\nArmley LS12 4QT "));
        var tooLong = validator.Check(2, Row("Morgan Example", address: new string('x', Person.AddressMaxLength + 1)));

        Assert.Equal("Flat 2, 14 Larch Close,\nArmley LS12 4QT", kept.Row!.Address);
        Assert.Equal(PersonRules.AddressTooLong, Problem(tooLong, PeopleColumns.Address));
        Assert.Equal(8, Mapping[PeopleColumns.Address]);
    }
}
