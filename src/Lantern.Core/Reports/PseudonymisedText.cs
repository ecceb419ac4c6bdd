using Lantern.Core.Disclosure;
using Lantern.Core.Information;

namespace Lantern.Core.Reports;

/// <summary>How exact dates ("14 March 2023", "14/03/2023", "14th March") are written in the published edition.</summary>
public enum DatePolicy
{
    /// <summary>"March 2023": the day goes, the month and year stay.</summary>
    MonthAndYear,

    /// <summary>"when Child Q was 2 years old": the subject's age at the date, from their date of birth; month and
    /// year where the subject has no date of birth on the register.</summary>
    ChildAge,

    /// <summary>Dates are left as written.</summary>
    Keep,
}

/// <summary>Which rule made a replacement.</summary>
public enum ReplacementRule
{
    FullName,
    FirstName,
    MiddleName,
    Surname,
    Alias,
    Initials,
    DateOfBirth,
    Address,
    IdentifyingDetail,

    /// <summary>An exact date with a year, written as the date policy says.</summary>
    ExactDate,

    /// <summary>A day and month without a year ("14th March").</summary>
    DayAndMonth,
}

/// <summary>One replacement: where it was in the original text, what was there, what replaced it, whose it was
/// (a person, a detail, or neither for dates and a shared name nobody could be chosen for), the rule, and a note for
/// the writer where a choice was made.</summary>
public sealed record Replacement(
    int Start,
    int Length,
    string Original,
    string Text,
    ReplacementRule Rule,
    Guid? PersonId = null,
    IdentifyingDetail? Detail = null,
    string? Note = null);

/// <summary>A text with pseudonyms in place, and every replacement made, in order.</summary>
public sealed record PseudonymisedText(string Text, IReadOnlyList<Replacement> Replacements);

/// <summary>Someone who stops the published edition being made: they have no pseudonym. Shows the real name, so only
/// for those who may see real names.</summary>
public sealed record PseudonymBlocker(Guid PersonId, PersonCategory Category, string RealName, string Message);
