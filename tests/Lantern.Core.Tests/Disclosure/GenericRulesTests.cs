using Lantern.Core.Disclosure;
using static Lantern.Core.Tests.Disclosure.TestRegister;

namespace Lantern.Core.Tests.Disclosure;

public sealed class GenericRulesTests
{
    [Theory]
    [InlineData("The flat in LS12 4QT was damp.", "LS12 4QT", DisclosureRule.Postcode)]
    [InlineData("The flat in m1 1ae was damp.", "m1 1ae", DisclosureRule.Postcode)]
    [InlineData("Her NHS number is 485 777 3457.", "485 777 3457", DisclosureRule.NhsNumber)]
    [InlineData("Her NHS number is 4010234873.", "4010234873", DisclosureRule.NhsNumber)]
    [InlineData("His NI number is AB 12 34 56 C.", "AB 12 34 56 C", DisclosureRule.NationalInsuranceNumber)]
    [InlineData("His NI number is JT123456A.", "JT123456A", DisclosureRule.NationalInsuranceNumber)]
    [InlineData("Ring 0113 496 0123 after six.", "0113 496 0123", DisclosureRule.PhoneNumber)]
    [InlineData("Ring 07700 900123 after six.", "07700 900123", DisclosureRule.PhoneNumber)]
    [InlineData("Ring +44 7700 900123 after six.", "+44 7700 900123", DisclosureRule.PhoneNumber)]
    [InlineData("Ring (01632) 960001 after six.", "(01632) 960001", DisclosureRule.PhoneNumber)]
    [InlineData("Write to k.m1995@example.com today.", "k.m1995@example.com", DisclosureRule.EmailAddress)]
    [InlineData("They moved to 22 Larch Close in the spring.", "22 Larch Close", DisclosureRule.StreetAddress)]
    [InlineData("They moved to Flat 3, 9 Mill Street in the spring.", "Flat 3, 9 Mill Street", DisclosureRule.StreetAddress)]
    public void Scan_GenericIdentifier_IsFound(string text, string expected, DisclosureRule rule) =>
        Expect(text, expected, rule);

    [Theory]
    [InlineData("4857773457", true)]
    [InlineData("485 777 3457", true)]
    [InlineData("485-777-3457", true)]
    [InlineData("6123456784", true)]
    [InlineData("7300912346", true)]
    [InlineData("4857773458", false)]
    [InlineData("4641129070", false)] // the check digit would be 10: never a valid NHS number
    [InlineData("485777345", false)]
    public void IsValid_ChecksTheModulus11CheckDigit(string written, bool valid) =>
        Assert.Equal(valid, NhsNumber.IsValid(written));

    [Fact]
    public void Scan_TenDigitsWithAWrongCheckDigit_AreNotAnNhsNumber() =>
        Assert.Empty(Scan("The reference was 485 777 3458."));

    [Theory]
    [InlineData("The meeting was on 12 March 2024.", "12 March 2024", "March 2024")]
    [InlineData("The meeting was on Tuesday 12 March 2024.", "Tuesday 12 March 2024", "March 2024")]
    [InlineData("The meeting was on 12/03/2024.", "12/03/2024", "March 2024")]
    [InlineData("The meeting was on 1.11.23.", "1.11.23", "November 2023")]
    [InlineData("The meeting was on 3rd June 2024.", "3rd June 2024", "June 2024")]
    [InlineData("The meeting was on 03-Jun-24.", "03-Jun-24", "June 2024")]
    public void Scan_ExactDate_SuggestsTheMonthAndYear(string text, string expected, string suggestion) =>
        Expect(text, expected, DisclosureRule.ExactDate, suggestion);

    [Theory]
    [InlineData("The meeting was in March 2024.")]
    [InlineData("The meeting was on 12 March.")]
    [InlineData("The meeting was in 2024.")]
    [InlineData("The meeting was on 31/02/2024.")]
    [InlineData("4.12.15 The social worker visited again.")]
    public void Scan_NotAnExactDate_IsNotAHit(string text) => Assert.Empty(Scan(text));

    [Theory]
    [InlineData("Date – Service\n19.06.23 – Health visiting – not seen", "19.06.23")]
    [InlineData("Date | Service\n19.06.2023 | Health visiting", "19.06.2023")]
    [InlineData("Contacts:\n02.05.23, clinic review", "02.05.23")]
    public void Scan_DottedDateStartingARowOfAPastedTable_IsADate(string text, string expected) =>
        Assert.Equal(expected, Single(text).Text);

    [Theory]
    [InlineData("She was seen, aged 3, on 12 March 2024 by the nurse.", "aged 3, on 12 March 2024", "aged 3, in March 2024")]
    [InlineData("On 12/03/2024 the 14-month-old was admitted.", "12/03/2024 the 14-month-old", "March 2024 the 14-month-old")]
    [InlineData("He was 6 weeks old on 2 May 2023.", "6 weeks old on 2 May 2023", "6 weeks old in May 2023")]
    public void Scan_AgeWithAnExactDate_IsOneHit(string text, string expected, string suggestion)
    {
        var hit = Single(text);

        Assert.Equal(expected, hit.Text);
        Assert.Equal(DisclosureRule.AgeWithDate, hit.Rule);
        Assert.Equal(DisclosureSeverity.High, hit.Severity);
        Assert.Equal(suggestion, hit.Suggestion);
    }

    [Theory]
    [InlineData("She was aged 3 in March 2024.")]
    [InlineData("The 3-year-old was at nursery most days.")]
    [InlineData("By then he was 14 months old and walking.")]
    [InlineData("Aged 15, she was excluded for the second time.")]
    public void Scan_AgeWithoutAnExactDate_IsNotAHit(string text) => Assert.Empty(Scan(text));

    [Fact]
    public void Scan_AgeAndExactDateInDifferentSentences_FlagsOnlyTheDate()
    {
        var hit = Single("The 3-year-old was seen by the nurse. The next visit was on 12 March 2024.");

        Assert.Equal("12 March 2024", hit.Text);
        Assert.Equal(DisclosureRule.ExactDate, hit.Rule);
    }
}
