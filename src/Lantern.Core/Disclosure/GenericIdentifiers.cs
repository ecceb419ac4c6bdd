using System.Text.RegularExpressions;

namespace Lantern.Core.Disclosure;

/// <summary>
/// Identifiers that need no register, found with a few compiled patterns: UK postcodes, NHS numbers (only with a
/// valid Modulus 11 check digit), National Insurance numbers, UK phone numbers, email addresses, house numbers with a
/// street ("14 Acacia Road"), exact dates and ages given with an exact date. Registered dates of birth and postcodes
/// are told apart here, so their hits say whose they are.
/// </summary>
internal static partial class GenericIdentifiers
{
    // The postcode's letters are read by a look-behind so the engine skips ahead to digits (see WrittenDates).
    [GeneratedRegex(@"(?<=\b(?<area>[A-PR-UWYZ][A-HK-Y]?))\d[A-Z\d]?\s?\d[ABD-HJLNP-UW-Z]{2}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Postcodes();

    [GeneratedRegex(@"(?<![\d\-/.])[1-9]\d{2}(?<s>[ \-]?)\d{3}\k<s>\d{4}(?![\d\-/]|\.\d)", RegexOptions.CultureInvariant)]
    private static partial Regex TenDigits();

    [GeneratedRegex(@"\b(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b", RegexOptions.CultureInvariant)]
    private static partial Regex NationalInsurance();

    [GeneratedRegex(@"(?<![\w+])(?:\+44\s?(?:\(0\)\s?)?|\(?0)\d{2,4}\)?[\s\-]?\d{3,4}[\s\-]?\d{3,4}(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Phones();

    [GeneratedRegex(@"(?<=(?<local>[A-Za-z0-9._%+\-]+))@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+", RegexOptions.CultureInvariant)]
    private static partial Regex Emails();

    [GeneratedRegex(
        @"\b(?:(?:Flat|Apartment|Apt|Unit)\s+\d{1,3}[A-Za-z]?,?\s+)?\d{1,3}[A-Za-z]?,?\s+(?:[A-Z][\p{L}'’\-]*\s+){1,3}" +
        @"(?:Road|Rd|Street|St|Avenue|Ave|Close|Cl|Lane|Ln|Drive|Dr|Way|Crescent|Cres|Grove|Gardens|Gdns|Court|Ct|Place|Pl|Terrace|Tce|Walk|View|Rise|Hill|Square|Sq|Mews|Row|Parade|Green|Vale|Fold|Croft|Mount|Heights|Wharf|Yard|Chase|Meadows?|Park|Approach|Gate)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex StreetAddresses();

    public const string AddressRemoved = "[address removed]";

    /// <summary>Between paragraphs when a whole document is read at once: not a space, a letter or a digit, so no
    /// pattern reads across it.</summary>
    public const char ParagraphBreak = '\0';

    /// <summary>The postcodes written in a text, as written.</summary>
    public static IEnumerable<string> PostcodesIn(string text) =>
        Postcodes().Matches(text).Select(m => text[m.Groups["area"].Index..(m.Index + m.Length)]);

    /// <summary>Adds every generic identifier in <paramref name="text"/> to <paramref name="found"/>.</summary>
    public static void Find(string text, RegisteredFacts facts, List<WrittenDate> dates, List<Candidate> found)
    {
        if (text.Contains('@'))
        {
            foreach (Match match in Emails().Matches(text))
            {
                var start = match.Groups["local"].Index;
                found.Add(new Candidate(start, match.Index + match.Length, DisclosureRule.EmailAddress, "[email address removed]",
                    "It is an email address.", Registered: false));
            }
        }

        if (!text.AsSpan().ContainsAnyInRange('0', '9'))
        {
            return;
        }

        foreach (Match match in Postcodes().Matches(text))
        {
            var start = match.Groups["area"].Index;
            var owners = facts.PostcodeOwners(text.AsSpan(start, match.Index + match.Length - start));
            found.Add(new Candidate(start, match.Index + match.Length, DisclosureRule.Postcode, "[postcode removed]",
                owners is null ? "It is a UK postcode." : $"It is the postcode of {owners}'s address.", Registered: owners is not null));
        }

        foreach (var match in TenDigits().EnumerateMatches(text))
        {
            if (NhsNumber.IsValid(text.AsSpan(match.Index, match.Length)))
            {
                found.Add(Generic(match, DisclosureRule.NhsNumber, "[NHS number removed]", "It is a valid NHS number (its check digit is right)."));
            }
        }

        foreach (var match in NationalInsurance().EnumerateMatches(text))
        {
            found.Add(Generic(match, DisclosureRule.NationalInsuranceNumber, "[National Insurance number removed]", "It is a National Insurance number."));
        }

        foreach (var match in Phones().EnumerateMatches(text))
        {
            if (IsPhoneNumber(text.AsSpan(match.Index, match.Length)))
            {
                found.Add(Generic(match, DisclosureRule.PhoneNumber, "[phone number removed]", "It is a UK phone number."));
            }
        }

        foreach (var match in StreetAddresses().EnumerateMatches(text))
        {
            found.Add(Generic(match, DisclosureRule.StreetAddress, AddressRemoved, "It is a house number and a street."));
        }

        dates.Clear();
        WrittenDates.Find(text, dates);
        foreach (var date in dates)
        {
            found.Add(facts.BornOn(date) is { } whose
                ? new Candidate(date.Start, date.End, DisclosureRule.DateOfBirth, "[date of birth removed]", $"It is the date of birth of {whose}.")
                : new Candidate(date.Start, date.End, DisclosureRule.ExactDate, WrittenDates.MonthAndYear(date.Date),
                    "It is an exact date.", Registered: false));
        }

        AgesWithDates(text, dates, found);
    }

    /// <summary>A UK number has 10 or 11 digits with its leading 0 (+44 standing for the 0).</summary>
    private static bool IsPhoneNumber(ReadOnlySpan<char> written)
    {
        var international = written.StartsWith("+44");
        var body = international ? written[3..] : written;
        if (international && body.TrimStart().StartsWith("(0)"))
        {
            body = body.TrimStart()[3..];
        }

        var digits = international ? 1 : 0;
        foreach (var c in body)
        {
            digits += char.IsAsciiDigit(c) ? 1 : 0;
        }

        return digits is 10 or 11;
    }

    /// <summary>An age and an exact date in the same sentence, at most 40 characters apart: one hit over both, whose
    /// suggestion keeps the age and gives the month and year ("aged 3 on 12 March 2024" becomes "aged 3 in March 2024").</summary>
    private static void AgesWithDates(string text, List<WrittenDate> dates, List<Candidate> found)
    {
        if (dates.Count == 0)
        {
            return;
        }

        foreach (var (start, end) in WrittenDates.Ages(text))
        {
            // Dates are in order of place: only those that could be within 40 characters of the age are looked at.
            for (var d = FirstStartingFrom(dates, start - 40 - LongestWrittenDate); d < dates.Count && dates[d].Start <= end + 40; d++)
            {
                var date = dates[d];
                var (from, to) = date.Start >= end ? (end, date.Start) : date.End <= start ? (date.End, start) : (0, -1);
                if (to < from || to - from > 40 || SentenceBreak(text.AsSpan(from, to - from)))
                {
                    continue;
                }

                var spanStart = Math.Min(start, date.Start);
                var spanEnd = Math.Max(end, date.End);
                var before = text[spanStart..date.Start];
                if (before.EndsWith(" on ", StringComparison.OrdinalIgnoreCase))
                {
                    before = before[..^4] + " in ";
                }

                var suggestion = before + WrittenDates.MonthAndYear(date.Date) + text[date.End..spanEnd];
                found.Add(new Candidate(spanStart, spanEnd, DisclosureRule.AgeWithDate, suggestion,
                    "An age with an exact date tells the reader the date of birth.", Registered: false));
                break;
            }
        }
    }

    /// <summary>Longer than any exact date as written, day of the week included ("Wednesday, the 12th of September, 2024").</summary>
    private const int LongestWrittenDate = 64;

    /// <summary>The index of the first date starting at or after <paramref name="place"/> (dates in order of start).</summary>
    private static int FirstStartingFrom(List<WrittenDate> dates, int place)
    {
        var (low, high) = (0, dates.Count);
        while (low < high)
        {
            var middle = (low + high) / 2;
            (low, high) = dates[middle].Start < place ? (middle + 1, high) : (low, middle);
        }

        return low;
    }

    private static bool SentenceBreak(ReadOnlySpan<char> gap) =>
        gap.IndexOfAny("!?\n\0") >= 0 || gap.IndexOf(". ", StringComparison.Ordinal) >= 0 || gap.IndexOf(";", StringComparison.Ordinal) >= 0;

    private static Candidate Generic(ValueMatch match, DisclosureRule rule, string suggestion, string why) =>
        new(match.Index, match.Index + match.Length, rule, suggestion, why, Registered: false);
}
