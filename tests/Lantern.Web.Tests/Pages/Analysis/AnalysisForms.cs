using Lantern.Testing.Web;

namespace Lantern.Web.Tests.Pages.Analysis;

/// <summary>Form fields for the analysis tests.</summary>
internal static class AnalysisForms
{
    public static KeyValuePair<string, string>[] Episode(string title, Guid agencyId, string whatHappened = "The health visitor called and saw the baby at the door.",
        string? appraisal = null, string reasons = "", Guid? version = null) =>
    [
        .. Form.Of(("Input.Title", title), ("Input.AgencyIds", agencyId.ToString()), ("Input.WhatHappened", whatHappened),
            ("Input.KnownThen", "Two missed appointments."), ("Input.Appraisal", appraisal ?? string.Empty), ("Input.AppraisalReasons", reasons),
            ("Input.Explanation", string.Empty), ("Input.RaisedBy", "ReviewTeam"),
            ("Input.PeriodFrom.Day", "3"), ("Input.PeriodFrom.Month", "6"), ("Input.PeriodFrom.Year", "2024"),
            ("Input.PeriodTo.Day", string.Empty), ("Input.PeriodTo.Month", string.Empty), ("Input.PeriodTo.Year", string.Empty)),
        .. version is { } v ? Form.Of(("Input.Version", v.ToString())) : [],
    ];

    public static KeyValuePair<string, string>[] Finding(string title, IEnumerable<Guid> episodes, string issues, bool complete = true, Guid? version = null) =>
    [
        .. Form.Of(("Input.Title", title), ("Input.InThisCase", complete ? "The sighting at the door was recorded as a visit." : string.Empty),
            ("Input.NotPeculiar", complete ? "An audit of 40 recent visits found the same." : string.Empty), ("Input.HowWidespread", string.Empty),
            ("Input.WhyItMatters", complete ? "Agencies think a child has been seen when they have not." : string.Empty),
            ("Input.Statement", complete ? "What counts as seeing a child is not agreed." : string.Empty), ("Input.Issues", issues),
            ("Input.PatternKeys", "human-tool"), ("Input.PriorityRank", "1"), ("Input.StillHappens", "Unknown"), ("Input.StillHappensEvidence", string.Empty),
            ("Input.StillHappensCheckedOn.Day", string.Empty), ("Input.StillHappensCheckedOn.Month", string.Empty), ("Input.StillHappensCheckedOn.Year", string.Empty)),
        .. episodes.Select(e => new KeyValuePair<string, string>("Input.EpisodeIds", e.ToString())),
        .. version is { } v ? Form.Of(("Input.Version", v.ToString())) : [],
    ];
}
