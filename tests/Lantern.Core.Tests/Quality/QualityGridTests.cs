using Lantern.Core.Quality;

namespace Lantern.Core.Tests.Quality;

public sealed class QualityGridTests
{
    private static readonly DateTime Monday = new(2027, 3, 1, 9, 30, 0, DateTimeKind.Utc);

    private static QualityGridReview Review(string title, int order) => new(Guid.NewGuid(), title, order);

    private static MarkerAssessment Answer(QualityGridReview review, int marker, MarkerAnswer? answer, MarkerAnswer? moderated = null, int day = 0) => new()
    {
        Id = Guid.NewGuid(),
        ReviewId = review.ReviewId,
        Marker = marker,
        Answer = answer,
        Comment = answer is MarkerAnswer.Met or null ? null : "See the working papers.",
        AssessedByUserId = Guid.NewGuid(),
        AssessedAt = answer is null ? null : Monday.AddDays(day),
        ModeratedAnswer = moderated,
        ModeratedByUserId = moderated is null ? null : Guid.NewGuid(),
        ModeratedAt = moderated is null ? null : Monday.AddDays(day + 1),
    };

    private static QualityGridRow Row(QualityGrid grid, int marker) => grid.Rows[marker - 1];

    [Fact]
    public void Build_ReviewsWithNoAnswers_EveryCellNotAssessed_NoShortfalls()
    {
        var reviews = new[] { Review("Child T", 1), Review("Baby R", 2) };

        var grid = QualityGrid.Build(reviews, []);

        Assert.Equal(Enumerable.Range(1, 18), grid.Rows.Select(r => r.Marker.Number));
        Assert.All(grid.Rows, row =>
        {
            Assert.Equal(new MarkerCounts(0, 0, 0, 0, 2), row.Counts);
            Assert.All(row.Cells, c => Assert.Equal((false, "Not assessed", "not-assessed", false), (c.Assessed, c.Label, c.CssModifier, c.Disagrees)));
        });
        Assert.Empty(grid.CommonestShortfalls);
    }

    [Fact]
    public void Build_NoReviews_EighteenEmptyRows()
    {
        var grid = QualityGrid.Build([], [Answer(Review("Elsewhere", 1), 3, MarkerAnswer.NotMet)]);

        Assert.Equal(18, grid.Rows.Count);
        Assert.All(grid.Rows, r => Assert.Empty(r.Cells));
        Assert.Empty(grid.CommonestShortfalls);
    }

    [Fact]
    public void Build_Columns_ByOrderThenTitle_ReviewListedTwiceOnce()
    {
        var c = Review("Child C", 2);
        var a = Review("Adult A", 2);
        var first = Review("Zed", 1);

        var grid = QualityGrid.Build([c, a, first, c with { Title = "Child C again" }], [Answer(c, 1, MarkerAnswer.Met)]);

        Assert.Equal(["Zed", "Adult A", "Child C"], grid.Reviews.Select(r => r.Title));
        Assert.Equal([first.ReviewId, a.ReviewId, c.ReviewId], Row(grid, 1).Cells.Select(x => x.ReviewId));
        Assert.Equal(["Not assessed", "Not assessed", "Met"], Row(grid, 1).Cells.Select(x => x.Label));
    }

    [Fact]
    public void Build_MessyMix_CountsEachAnswer()
    {
        var reviews = Enumerable.Range(1, 6).Select(i => Review($"Review {i}", i)).ToArray();
        var stranger = Review("Another partnership's review", 1);
        MarkerAssessment[] assessments =
        [
            Answer(reviews[0], 9, MarkerAnswer.Met),
            Answer(reviews[1], 9, MarkerAnswer.PartlyMet),
            Answer(reviews[2], 9, MarkerAnswer.NotMet),
            Answer(reviews[3], 9, MarkerAnswer.NotApplicable),
            Answer(reviews[4], 9, null), // opened but never answered
            Answer(stranger, 9, MarkerAnswer.NotMet),
            Answer(reviews[5], 0, MarkerAnswer.NotMet),
            Answer(reviews[5], 19, MarkerAnswer.NotMet),
            Answer(reviews[0], 14, MarkerAnswer.Met),
        ];

        var grid = QualityGrid.Build(reviews, assessments);

        Assert.Equal(new MarkerCounts(1, 1, 1, 1, 2), Row(grid, 9).Counts);
        Assert.Equal(["met", "partly-met", "not-met", "not-applicable", "not-assessed", "not-assessed"], Row(grid, 9).Cells.Select(c => c.CssModifier));
        Assert.Equal(["Met", "Partly met", "Not met", "Not applicable", "Not assessed", "Not assessed"], Row(grid, 9).Cells.Select(c => c.Label));
        Assert.Equal(new MarkerCounts(1, 0, 0, 0, 5), Row(grid, 14).Counts);
        Assert.Equal(16, grid.Rows.Count(r => r.Counts.NotAssessed == 6));
        var only = Assert.Single(grid.CommonestShortfalls);
        Assert.Equal((1, 9, 1, 1, 3, "2 of 3 reviews (67%)"), (only.Rank, only.Marker.Number, only.NotMet, only.PartlyMet, only.Judged, only.Summary));
    }

    [Fact]
    public void Build_ModeratorDisagrees_ModeratedAnswerCounts_AndIsSaidInWords()
    {
        var a = Review("Child A", 1);
        var b = Review("Child B", 2);
        var c = Review("Child C", 3);

        var grid = QualityGrid.Build([a, b, c],
        [
            Answer(a, 13, MarkerAnswer.Met, moderated: MarkerAnswer.NotMet),
            Answer(b, 13, MarkerAnswer.NotMet, moderated: MarkerAnswer.Met),
            Answer(c, 13, MarkerAnswer.PartlyMet, moderated: MarkerAnswer.PartlyMet),
        ]);

        var row = Row(grid, 13);
        Assert.Equal(new MarkerCounts(1, 1, 1, 0, 0), row.Counts);
        Assert.Equal(2, row.Disagreements);
        Assert.Equal([true, true, false], row.Cells.Select(x => x.Disagrees));
        Assert.Equal([true, true, true], row.Cells.Select(x => x.Moderated));
        Assert.Equal("Not met", row.Cells[0].Label);
        Assert.Equal("Changed at moderation (assessor's answer: Met)", row.Cells[0].ModerationNote);
        Assert.Null(row.Cells[2].ModerationNote);
        var shortfall = Assert.Single(grid.CommonestShortfalls);
        Assert.Equal((1, 1), (shortfall.NotMet, shortfall.PartlyMet));
    }

    [Fact]
    public void CommonestShortfalls_NotMetFirst_ThenPartlyMet_TiesShareARankInMarkerOrder()
    {
        var reviews = Enumerable.Range(1, 8).Select(i => Review($"R{i}", i)).ToArray();
        var assessments = new List<MarkerAssessment>();
        void Give(int marker, params MarkerAnswer?[] answers) =>
            assessments.AddRange(answers.Select((answer, i) => Answer(reviews[i], marker, answer)));

        Give(7, MarkerAnswer.NotMet, MarkerAnswer.NotMet, MarkerAnswer.Met, MarkerAnswer.Met);
        Give(3, MarkerAnswer.NotMet, MarkerAnswer.NotMet, MarkerAnswer.NotApplicable, null, MarkerAnswer.Met);
        Give(1, MarkerAnswer.NotMet, MarkerAnswer.PartlyMet, MarkerAnswer.PartlyMet, MarkerAnswer.PartlyMet, MarkerAnswer.PartlyMet, MarkerAnswer.PartlyMet);
        Give(18, MarkerAnswer.PartlyMet, MarkerAnswer.PartlyMet, MarkerAnswer.PartlyMet, MarkerAnswer.NotApplicable);
        Give(12, MarkerAnswer.Met, MarkerAnswer.PartlyMet, MarkerAnswer.PartlyMet, MarkerAnswer.PartlyMet, MarkerAnswer.Met, MarkerAnswer.Met, MarkerAnswer.Met, MarkerAnswer.Met);
        Give(16, MarkerAnswer.PartlyMet);
        Give(5, MarkerAnswer.NotApplicable, MarkerAnswer.NotApplicable, MarkerAnswer.NotApplicable); // never a shortfall
        Give(2, MarkerAnswer.Met, MarkerAnswer.Met);

        var ranked = QualityGrid.Build(reviews, assessments).CommonestShortfalls;

        Assert.Equal(
            [(1, 3, 2, 0, 3), (1, 7, 2, 0, 4), (3, 1, 1, 5, 6), (4, 12, 0, 3, 8), (4, 18, 0, 3, 3), (6, 16, 0, 1, 1)],
            ranked.Select(s => (s.Rank, s.Marker.Number, s.NotMet, s.PartlyMet, s.Judged)));
        Assert.Equal(["2 of 3 reviews (67%)", "2 of 4 reviews (50%)", "6 of 6 reviews (100%)", "3 of 8 reviews (38%)", "3 of 3 reviews (100%)", "1 of 1 review (100%)"],
            ranked.Select(s => s.Summary));
        Assert.Equal(0.375, ranked[3].Proportion);
    }

    [Fact]
    public void Build_TwoAssessmentsOfOneMarker_LatestChangeCounts_UnansweredNeverHidesAnAnswer()
    {
        var review = Review("Child K", 1);

        var grid = QualityGrid.Build([review],
        [
            Answer(review, 4, MarkerAnswer.Met, day: 2),
            Answer(review, 4, MarkerAnswer.NotMet, day: 10),
            Answer(review, 6, MarkerAnswer.NotMet, day: 1),
            Answer(review, 6, MarkerAnswer.Met, moderated: MarkerAnswer.PartlyMet, day: 1), // moderated on day 2
            new MarkerAssessment { ReviewId = review.ReviewId, Marker = 8, AssessedAt = Monday.AddDays(30) }, // opened later, never answered
            Answer(review, 8, MarkerAnswer.PartlyMet, day: 0),
            Answer(review, 10, MarkerAnswer.NotApplicable, day: 9),
            Answer(review, 10, MarkerAnswer.Met, day: 5),
        ]);

        Assert.Equal([MarkerAnswer.NotMet, MarkerAnswer.PartlyMet, MarkerAnswer.PartlyMet, MarkerAnswer.NotApplicable],
            new[] { 4, 6, 8, 10 }.Select(m => Row(grid, m).Cells[0].Answer));
    }

    [Fact]
    public void Build_TwoHundredReviews_MatchesCountingEachCellByHand()
    {
        var random = new Random(18);
        var reviews = Enumerable.Range(0, 200).Select(i => Review($"Review {i:000}", random.Next(50))).ToList();
        var assessments = new List<MarkerAssessment>();
        foreach (var review in reviews)
        {
            foreach (var marker in Enumerable.Range(1, 18))
            {
                var roll = random.Next(12);
                if (roll == 0)
                {
                    continue; // never opened
                }

                MarkerAnswer? answer = roll == 1 ? null : (MarkerAnswer)(roll % 4);
                MarkerAnswer? moderated = random.Next(5) == 0 ? (MarkerAnswer)random.Next(4) : null;
                assessments.Add(Answer(review, marker, answer, moderated));
            }
        }

        var grid = QualityGrid.Build(reviews, assessments.OrderBy(_ => random.Next()));

        var settled = assessments.ToDictionary(a => (a.ReviewId, a.Marker), a => a.Settled);
        Assert.Equal(200, grid.Reviews.Count);
        foreach (var row in grid.Rows)
        {
            var expected = grid.Reviews.Select(r => settled.GetValueOrDefault((r.ReviewId, row.Marker.Number))).ToList();
            Assert.Equal(expected, row.Cells.Select(c => c.Answer));
            Assert.Equal(
                new MarkerCounts(expected.Count(a => a == MarkerAnswer.Met), expected.Count(a => a == MarkerAnswer.PartlyMet),
                    expected.Count(a => a == MarkerAnswer.NotMet), expected.Count(a => a == MarkerAnswer.NotApplicable), expected.Count(a => a is null)),
                row.Counts);
            Assert.Equal(200, row.Counts.Judged + row.Counts.NotApplicable + row.Counts.NotAssessed);
        }

        Assert.Equal(
            grid.Rows.Where(r => r.Counts.Shortfalls > 0)
                .OrderBy(r => (-r.Counts.NotMet, -r.Counts.PartlyMet, r.Marker.Number)).Select(r => r.Marker.Number),
            grid.CommonestShortfalls.Select(s => s.Marker.Number));
        Assert.Equal(grid.Reviews.OrderBy(r => (r.Order, r.Title)), grid.Reviews);
    }

    [Fact]
    public void Build_ManyReviews_EveryCellFilled_CountsAddUp()
    {
        // Speed is measured by the benchmark under bench/, not here; this checks the large case is complete.
        var reviews = Enumerable.Range(0, 5_000).Select(i => Review($"Review {i}", i)).ToList();
        var assessments = reviews.SelectMany(r => Enumerable.Range(1, 18).Select(m => Answer(r, m, (MarkerAnswer)(m % 4)))).ToList();

        var grid = QualityGrid.Build(reviews, assessments);

        Assert.All(grid.Rows, row => Assert.Equal(5_000, row.Cells.Count));
        Assert.All(grid.Rows, row => Assert.Equal(5_000, row.Counts.Judged + row.Counts.NotApplicable));
    }
}
