using System.Globalization;

namespace Lantern.Core.Quality;

/// <summary>A review as a column of the grid: its id, the title the partnership knows it by, and where it sits.</summary>
public sealed record QualityGridReview(Guid ReviewId, string Title, int Order);

/// <summary>
/// One review's answer for one marker. <see cref="Answer"/> is the settled answer (the moderator's where there is
/// one) or null when nobody has assessed it. Every cell has a text <see cref="Label"/> as well as a
/// <see cref="CssModifier"/>, so the grid never relies on colour alone.
/// </summary>
public sealed record QualityGridCell(Guid ReviewId, MarkerAnswer? Answer, bool Moderated, MarkerAnswer? AssessorAnswer)
{
    public bool Assessed => Answer is not null;

    /// <summary>Whether the moderator changed the assessor's answer.</summary>
    public bool Disagrees => Moderated && Answer != AssessorAnswer;

    public string Label => Answer.DisplayName();

    public string CssModifier => Answer.CssModifier();

    /// <summary>Said alongside the label when the moderator changed the answer; null otherwise.</summary>
    public string? ModerationNote => Disagrees ? $"Changed at moderation (assessor's answer: {AssessorAnswer.DisplayName()})" : null;
}

/// <summary>How many reviews gave each answer for one marker.</summary>
public sealed record MarkerCounts(int Met, int PartlyMet, int NotMet, int NotApplicable, int NotAssessed)
{
    /// <summary>Reviews that assessed the marker and found it applies: the base for a shortfall's proportion.</summary>
    public int Judged => Met + PartlyMet + NotMet;

    public int Shortfalls => PartlyMet + NotMet;
}

/// <summary>One marker's row: a cell per review in column order, the counts, and how many moderators disagreed.</summary>
public sealed record QualityGridRow(QualityMarker Marker, IReadOnlyList<QualityGridCell> Cells, MarkerCounts Counts, int Disagreements);

/// <summary>
/// A marker that at least one review fell short of. <see cref="Rank"/> is shared by markers with the same counts
/// ("1, 2, 2, 4"); within a rank they are listed by marker number.
/// </summary>
public sealed record QualityShortfall(int Rank, QualityMarker Marker, int NotMet, int PartlyMet, int Judged)
{
    public int Reviews => NotMet + PartlyMet;

    /// <summary>The share of the reviews that judged the marker (not applicable and not assessed left out).</summary>
    public double Proportion => (double)Reviews / Judged;

    /// <summary>The proportion as a whole percentage, halves rounded up.</summary>
    public int Percent => (int)Math.Round(100.0 * Reviews / Judged, MidpointRounding.AwayFromZero);

    /// <summary>For the page: "3 of 8 reviews (38%)".</summary>
    public string Summary => string.Create(CultureInfo.InvariantCulture, $"{Reviews} of {Judged} {(Judged == 1 ? "review" : "reviews")} ({Percent}%)");
}

/// <summary>
/// The partnership's view of quality across its reviews: a row per marker, a cell per review, and the markers most
/// often fallen short of. Built in one pass over the assessments, so a partnership's whole history (hundreds of
/// reviews) costs no more than reading it.
/// </summary>
public sealed class QualityGrid
{
    private QualityGrid(IReadOnlyList<QualityGridReview> reviews, IReadOnlyList<QualityGridRow> rows, IReadOnlyList<QualityShortfall> shortfalls)
    {
        Reviews = reviews;
        Rows = rows;
        CommonestShortfalls = shortfalls;
    }

    /// <summary>The columns, by <see cref="QualityGridReview.Order"/>, then title, then id.</summary>
    public IReadOnlyList<QualityGridReview> Reviews { get; }

    /// <summary>Markers 1 to 18, in order.</summary>
    public IReadOnlyList<QualityGridRow> Rows { get; }

    /// <summary>
    /// Markers at least one review fell short of, most common first: by the number of reviews that did not meet
    /// it, then the number that partly met it, then marker number. A review not meeting a marker weighs more than any
    /// number partly meeting it. Not applicable and not assessed answers count for nothing.
    /// </summary>
    public IReadOnlyList<QualityShortfall> CommonestShortfalls { get; }

    /// <summary>
    /// The grid for <paramref name="reviews"/> from their <paramref name="assessments"/>. Assessments for other
    /// reviews or for numbers that are not markers are left out. Should a review have two assessments of one marker,
    /// the one changed last counts, and an unanswered one never hides an answer. A review listed twice appears once.
    /// </summary>
    public static QualityGrid Build(IEnumerable<QualityGridReview> reviews, IEnumerable<MarkerAssessment> assessments)
    {
        ArgumentNullException.ThrowIfNull(reviews);
        ArgumentNullException.ThrowIfNull(assessments);

        List<QualityGridReview> columns = [.. reviews
            .DistinctBy(r => r.ReviewId)
            .OrderBy(r => r.Order)
            .ThenBy(r => r.Title, StringComparer.Ordinal)
            .ThenBy(r => r.ReviewId)];
        var columnOf = new Dictionary<Guid, int>(columns.Count);
        for (var c = 0; c < columns.Count; c++)
        {
            columnOf[columns[c].ReviewId] = c;
        }

        var chosen = new MarkerAssessment?[QualityMarkers.Count][];
        for (var m = 0; m < chosen.Length; m++)
        {
            chosen[m] = new MarkerAssessment?[columns.Count];
        }

        foreach (var assessment in assessments)
        {
            if (assessment is null || !QualityMarkers.IsMarker(assessment.Marker) || !columnOf.TryGetValue(assessment.ReviewId, out var column))
            {
                continue;
            }

            ref var slot = ref chosen[assessment.Marker - QualityMarkers.First][column];
            if (slot is null || Replaces(assessment, slot))
            {
                slot = assessment;
            }
        }

        var rows = new List<QualityGridRow>(QualityMarkers.Count);
        foreach (var marker in QualityMarkers.All)
        {
            var found = chosen[marker.Number - QualityMarkers.First];
            var cells = new QualityGridCell[columns.Count];
            int met = 0, partly = 0, notMet = 0, notApplicable = 0, notAssessed = 0, disagreements = 0;
            for (var c = 0; c < columns.Count; c++)
            {
                var assessment = found[c];
                var cell = new QualityGridCell(columns[c].ReviewId, assessment?.Settled, assessment?.Moderated ?? false, assessment?.Answer);
                cells[c] = cell;
                switch (cell.Answer)
                {
                    case MarkerAnswer.Met: met++; break;
                    case MarkerAnswer.PartlyMet: partly++; break;
                    case MarkerAnswer.NotMet: notMet++; break;
                    case MarkerAnswer.NotApplicable: notApplicable++; break;
                    default: notAssessed++; break;
                }

                if (cell.Disagrees)
                {
                    disagreements++;
                }
            }

            rows.Add(new QualityGridRow(marker, cells, new MarkerCounts(met, partly, notMet, notApplicable, notAssessed), disagreements));
        }

        return new QualityGrid(columns, rows, Shortfalls(rows));
    }

    private static List<QualityShortfall> Shortfalls(List<QualityGridRow> rows)
    {
        var ranked = rows
            .Where(r => r.Counts.Shortfalls > 0)
            .OrderByDescending(r => r.Counts.NotMet)
            .ThenByDescending(r => r.Counts.PartlyMet)
            .ThenBy(r => r.Marker.Number)
            .ToList();
        var shortfalls = new List<QualityShortfall>(ranked.Count);
        for (var i = 0; i < ranked.Count; i++)
        {
            var counts = ranked[i].Counts;
            var tied = i > 0 && shortfalls[i - 1].NotMet == counts.NotMet && shortfalls[i - 1].PartlyMet == counts.PartlyMet;
            shortfalls.Add(new QualityShortfall(tied ? shortfalls[i - 1].Rank : i + 1, ranked[i].Marker, counts.NotMet, counts.PartlyMet, counts.Judged));
        }

        return shortfalls;
    }

    // The later change wins; an assessment nobody has answered never replaces one somebody has.
    private static bool Replaces(MarkerAssessment candidate, MarkerAssessment current)
    {
        if (candidate.Settled is null != current.Settled is null)
        {
            return candidate.Settled is not null;
        }

        return LastChanged(candidate) >= LastChanged(current);
    }

    private static DateTime LastChanged(MarkerAssessment assessment)
    {
        var assessed = assessment.AssessedAt ?? DateTime.MinValue;
        var moderated = assessment.ModeratedAt ?? DateTime.MinValue;
        return assessed > moderated ? assessed : moderated;
    }
}
