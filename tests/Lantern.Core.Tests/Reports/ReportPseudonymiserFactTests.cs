using Lantern.Core.Disclosure;
using Lantern.Core.Information;
using Lantern.Core.Reports;
using static Lantern.Core.Tests.Reports.TestPeople;

namespace Lantern.Core.Tests.Reports;

public sealed class ReportPseudonymiserFactTests
{
    private static readonly IdentifyingDetail Nursery = new(IdentifyingDetailKind.Nursery, "Larkspur Lane Nursery", "a local nursery");
    private static readonly IdentifyingDetail Condition = new(IdentifyingDetailKind.Condition, "Ehlers-Danlos syndrome", "a rare condition");

    private static string Apply(string text, DatePolicy policy = DatePolicy.MonthAndYear) =>
        new ReportPseudonymiser(All, [Nursery, Condition], policy).Apply(text).Text;

    [Theory]
    [InlineData("Kayleigh (DOB 09/06/2021) was seen.", "Child Q ([date of birth removed]) was seen.")]
    [InlineData("Mother, born 11th February 1999, attended.", "Mother, born [date of birth removed], attended.")]
    [InlineData("Her date of birth is 9.6.21 on the form.", "Her [date of birth removed] on the form.")]
    public void Apply_DatesOfBirth_Removed_WhateverThePolicy(string text, string expected)
    {
        Assert.Equal(expected, Apply(text));
        Assert.Equal(expected, Apply(text, DatePolicy.Keep));
    }

    [Theory]
    [InlineData("They lived at 27 Wrenfield Road, Halverton.", "They lived at [address removed].")]
    [InlineData("Post went to flat 3, 27 Wrenfield Rd.", "Post went to [address removed].")]
    [InlineData("The postcode hv47qx was wrong.", "The postcode [address removed] was wrong.")]
    [InlineData("The neighbour at 29 Wrenfield Road heard.", "The neighbour at 29 Wrenfield Road heard.")]
    public void Apply_Addresses_Removed_NeighboursKept(string text, string expected) => Assert.Equal(expected, Apply(text));

    [Fact]
    public void Apply_DatesOfBirthAndAddresses_AttributedToTheirOwn_AmongMany()
    {
        // Forty neighbours with their own birthdays and addresses, a lodger at the mother's address, and the mother:
        // every register is read in one pass, so each stretch must still be credited to the right person.
        var crowd = Enumerable.Range(1, 40).Select(i => Make(PersonCategory.Other, $"Neighbour Number{i}", $"Neighbour {i}", [],
            born: new DateOnly(1970, 1, 1).AddDays(i * 97), address: $"{i} Quillon Crescent, Halverton, HV9 {i % 9}ZZ")).ToList();
        var lodger = Make(PersonCategory.Other, "Arlo Penhallow", "Lodger", [], born: new(1988, 8, 30), address: "27 Wrenfield Road, Halverton");
        var register = crowd.Append(Mother).Append(lodger).ToList();

        var result = new ReportPseudonymiser(register).Apply(
            "Neighbour 12 (DOB 10/03/1973) lived at 31 Quillon Crescent; mother, born 11.2.99, and the lodger, born 30 August 1988, at 27 Wrenfield Road.");

        Assert.Equal("Neighbour 12 ([date of birth removed]) lived at [address removed]; mother, born [date of birth removed], and the lodger, born [date of birth removed], at [address removed].", result.Text);
        Assert.Equal([crowd[11].Id, crowd[30].Id, Mother.Id, lodger.Id, Mother.Id], result.Replacements.Select(r => r.PersonId));
    }

    [Fact]
    public void Apply_IdentifyingDetails_TheirReplacement_AndWhichDetail()
    {
        var result = new ReportPseudonymiser(All, [Nursery, Condition]).Apply("Larkspur Lane nursery staff knew of her Ehlers Danlos syndrome.");

        Assert.Equal("A local nursery staff knew of her a rare condition.", result.Text);
        Assert.Equal([Nursery, Condition], result.Replacements.Select(r => r.Detail));
        Assert.All(result.Replacements, r => Assert.Equal(ReplacementRule.IdentifyingDetail, r.Rule));
    }

    [Theory]
    [InlineData("On 14 March 2023 the nurse called.", "In March 2023 the nurse called.")]
    [InlineData("The letter of 14/03/2023 was lost.", "The letter of March 2023 was lost.")]
    [InlineData("Seen on Tuesday 14 March 2023 and on 2nd May.", "Seen in March 2023 and in May 2023.")]
    [InlineData("Seen on the 14th of March.", "Seen in March.")]
    [InlineData("A visit was planned for 14th March.", "A visit was planned for March.")]
    [InlineData("A visit was planned for the 14th of March.", "A visit was planned for March.")]
    [InlineData("Aged 14 may be too young.", "Aged 14 may be too young.")]
    public void Apply_MonthAndYear_DayRemoved(string text, string expected) => Assert.Equal(expected, Apply(text));

    [Theory]
    [InlineData("On 14 March 2023 the nurse called.", "When Child Q was 21 months old the nurse called.")]
    [InlineData("Seen 10/01/2022 at clinic.", "Seen when Child Q was 7 months old at clinic.")]
    [InlineData("Home visit on 30 June 2021.", "Home visit when Child Q was 3 weeks old.")]
    [InlineData("Booked on 12 June 2021.", "Booked when Child Q was 3 days old.")]
    [InlineData("Seen on 3 September 2024.", "Seen when Child Q was 3 years old.")]
    [InlineData("Scan on 02/02/2021.", "Scan before Child Q was born.")]
    public void Apply_ChildAge_SubjectsAgeAtTheDate(string text, string expected) => Assert.Equal(expected, Apply(text, DatePolicy.ChildAge));

    [Fact]
    public void Apply_ChildAge_NoDateOfBirth_FallsBackToMonthAndYear()
    {
        var child = TestPeople.Make(PersonCategory.Subject, "Ellis Trant", "Child R", []);

        Assert.Equal("In March 2023 Child R moved.", new ReportPseudonymiser([child], datePolicy: DatePolicy.ChildAge).Apply("On 14 March 2023 Ellis moved.").Text);
    }

    [Fact]
    public void Apply_Keep_DatesStay_AndAMonthIsNeverReadAsAName()
    {
        var may = TestPeople.Make(PersonCategory.Other, "May Brennan", "Friend 1", []);

        var result = new ReportPseudonymiser([may], datePolicy: DatePolicy.Keep).Apply("On 14 May 2023 May Brennan visited; May stayed.");

        Assert.Equal("On 14 May 2023 Friend 1 visited; Friend 1 stayed.", result.Text);
    }

    [Fact]
    public void Apply_NameThatIsAMonth_KeptWhereItReadsAsTheMonth()
    {
        var may = TestPeople.Make(PersonCategory.Other, "May Brennan", "Friend 1", []);

        var result = new ReportPseudonymiser([may]).Apply("In May she moved. May rang in early May and again in May 2024; May said so.");

        Assert.Equal("In May she moved. Friend 1 rang in early May and again in May 2024; Friend 1 said so.", result.Text);
    }

    [Fact]
    public void Blockers_PeopleWithoutAPseudonym_NamedByCategoryAndRealName()
    {
        var unnamed = TestPeople.Make(PersonCategory.FamilyOrHousehold, "Lorna Petch", " ", [], "Aunt");
        var professional = TestPeople.Make(PersonCategory.Professional, "Glyn Hartree", "", [], role: "Teacher");

        var blockers = ReportPseudonymiser.Blockers([Child, unnamed, professional]);

        Assert.Equal([unnamed.Id, professional.Id], blockers.Select(b => b.PersonId));
        Assert.Equal("Family or household: Lorna Petch has no pseudonym. Give them one on the people page before the published edition is made.", blockers[0].Message);
        Assert.StartsWith("Professional: Glyn Hartree", blockers[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_PersonWithoutAPseudonym_StillReplaced_WithTheMarker()
    {
        var unnamed = TestPeople.Make(PersonCategory.FamilyOrHousehold, "Lorna Petch", "", [], "Aunt");

        Assert.Equal("[name] came.", new ReportPseudonymiser([unnamed]).Apply("Lorna came.").Text);
    }
}
