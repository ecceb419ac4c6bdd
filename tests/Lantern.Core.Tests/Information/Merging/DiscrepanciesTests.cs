using Lantern.Core.Information.Merging;

namespace Lantern.Core.Tests.Information.Merging;

public sealed class DiscrepanciesTests
{
    private static readonly PersonLabel Mother = new(Guid.NewGuid(), "Mother");
    private static readonly PersonLabel SocialWorker = new(Guid.NewGuid(), "Social worker 1");

    private static AgencyAccount Account(string agency, DateOnly date, string text, TimeOnly? time = null, params PersonLabel[] people) =>
        new(Guid.NewGuid(), agency, date, time, text, people);

    [Fact]
    public void Find_DifferentDates_SaysWhichAgencyRecordedWhich()
    {
        var found = Discrepancies.Find([
            Account("Police", new(2024, 3, 3), "Strategy discussion held about the bruise"),
            Account("Health", new(2024, 3, 5), "Strategy discussion held about the bruise"),
        ]);

        var date = Assert.Single(found);
        Assert.Equal(DiscrepancyKind.Date, date.Kind);
        Assert.Equal("Police recorded 3 March 2024, Health recorded 5 March 2024", date.Message);
    }

    [Fact]
    public void Find_SameAccount_FindsNothing()
    {
        var text = "Home visit, mother and child seen together";

        Assert.Empty(Discrepancies.Find([
            Account("Police", new(2024, 3, 3), text, new(10, 0), Mother),
            Account("Health", new(2024, 3, 3), text, new(10, 0), Mother),
        ]));
    }

    [Fact]
    public void Find_DifferentTimes_Flagged()
    {
        var found = Discrepancies.Find([
            Account("Police", new(2024, 3, 3), "Visit to the home", new(10, 0)),
            Account("Health", new(2024, 3, 3), "Visit to the home", new(14, 30)),
            Account("School", new(2024, 3, 3), "Visit to the home"),
        ]);

        Assert.Equal("Police recorded 10:00, Health recorded 14:30", Assert.Single(found).Message);
    }

    [Fact]
    public void Find_PersonRecordedByOneAgencyOnly_SaysWhoAndWhere()
    {
        var found = Discrepancies.Find([
            Account("Police", new(2024, 3, 3), "Core group meeting held", null, Mother, SocialWorker),
            Account("Health", new(2024, 3, 3), "Core group meeting held", null, Mother),
        ]);

        var people = Assert.Single(found);
        Assert.Equal(DiscrepancyKind.People, people.Kind);
        Assert.Equal("Social worker 1 is recorded by Police but not by Health", people.Message);
    }

    [Fact]
    public void Find_VeryDifferentWording_Flagged()
    {
        var found = Discrepancies.Find([
            Account("Police", new(2024, 3, 3), "Officers attended after a neighbour reported shouting; no injuries seen"),
            Account("Health", new(2024, 3, 3), "Health visitor completed a routine development check; baby thriving"),
        ]);

        Assert.Equal(DiscrepancyKind.Wording, Assert.Single(found).Kind);
    }

    [Fact]
    public void Find_OneAccount_FindsNothing()
    {
        Assert.Empty(Discrepancies.Find([Account("Police", new(2024, 3, 3), "Anything")]));
    }

    [Theory]
    [InlineData(new string[0], "")]
    [InlineData(new[] { "Police" }, "Police")]
    [InlineData(new[] { "Police", "Health" }, "Police and Health")]
    [InlineData(new[] { "Police", "Health", "School" }, "Police, Health and School")]
    public void JoinAnd_Lists_InPlainEnglish(string[] items, string expected)
    {
        Assert.Equal(expected, Discrepancies.JoinAnd(items));
    }
}
