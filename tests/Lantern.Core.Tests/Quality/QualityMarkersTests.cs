using Lantern.Core.Quality;

namespace Lantern.Core.Tests.Quality;

public sealed class QualityMarkersTests
{
    // The number of points each published marker has, 1 to 18 (domain.md section 1.2).
    private static readonly int[] PublishedPointCounts = [3, 9, 2, 4, 3, 4, 5, 7, 8, 7, 8, 9, 11, 7, 5, 7, 4, 4];

    [Fact]
    public void All_EighteenMarkers_NumberedOneToEighteenInOrder()
    {
        Assert.Equal(18, QualityMarkers.Count);
        Assert.Equal(Enumerable.Range(1, 18), QualityMarkers.All.Select(m => m.Number));
    }

    [Fact]
    public void Points_EachMarker_HasAsManyAsPublished()
    {
        Assert.Equal(PublishedPointCounts, QualityMarkers.All.Select(m => m.Points.Count));
        Assert.Equal(107, QualityMarkers.All.Sum(m => m.Points.Count));
    }

    [Fact]
    public void Points_EachMarker_NumberedFromOneWithoutGaps()
    {
        foreach (var marker in QualityMarkers.All)
        {
            Assert.Equal(Enumerable.Range(1, marker.Points.Count), marker.Points.Select(p => p.Number));
        }
    }

    [Fact]
    public void Prompts_AreShortPlainQuestions()
    {
        foreach (var point in QualityMarkers.All.SelectMany(m => m.Points.Select(p => (m.Code, p))))
        {
            var prompt = point.p.Prompt;
            Assert.False(string.IsNullOrWhiteSpace(prompt), $"{point.Code} point {point.p.Number} is empty");
            Assert.True(prompt.EndsWith('?'), $"{point.Code} point {point.p.Number} is not a question: {prompt}");
            Assert.Equal(prompt.Trim(), prompt);
            Assert.True(char.IsUpper(prompt[0]), $"{point.Code} point {point.p.Number} does not start with a capital");
            Assert.DoesNotContain("  ", prompt, StringComparison.Ordinal);
            Assert.Equal(1, prompt.Count(c => c == '?'));
            Assert.True(prompt.Split(' ').Length <= 35, $"{point.Code} point {point.p.Number} is too long to scan: {prompt}");
        }
    }

    [Fact]
    public void Prompts_NoneRepeated()
    {
        var prompts = QualityMarkers.All.SelectMany(m => m.Points).Select(p => p.Prompt).ToList();

        Assert.Equal(prompts.Count, prompts.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void Titles_ShortDistinctAndNotEmpty()
    {
        foreach (var marker in QualityMarkers.All)
        {
            Assert.False(string.IsNullOrWhiteSpace(marker.Title), $"{marker.Code} has no title");
            Assert.Equal(marker.Title.Trim(), marker.Title);
            Assert.True(marker.Title.Length <= 40, $"{marker.Code}'s title is too long for a grid row: {marker.Title}");
            Assert.False(marker.Title.EndsWith('.'), marker.Title);
        }

        Assert.Equal(18, QualityMarkers.All.Select(m => m.Title).Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Theory]
    [InlineData(1, QualityMarkerCluster.SettingUp)]
    [InlineData(5, QualityMarkerCluster.SettingUp)]
    [InlineData(6, QualityMarkerCluster.Running)]
    [InlineData(13, QualityMarkerCluster.Running)]
    [InlineData(14, QualityMarkerCluster.OutputsAndOutcomes)]
    [InlineData(18, QualityMarkerCluster.OutputsAndOutcomes)]
    public void Get_MarkerAtAClusterEdge_InItsCluster(int number, QualityMarkerCluster cluster)
    {
        var marker = QualityMarkers.Get(number);

        Assert.Equal((number, cluster, $"QM{number}"), (marker.Number, marker.Cluster, marker.Code));
    }

    [Fact]
    public void InCluster_FiveEightFive_InNumberOrder()
    {
        Assert.Equal([1, 2, 3, 4, 5], QualityMarkers.InCluster(QualityMarkerCluster.SettingUp).Select(m => m.Number));
        Assert.Equal([6, 7, 8, 9, 10, 11, 12, 13], QualityMarkers.InCluster(QualityMarkerCluster.Running).Select(m => m.Number));
        Assert.Equal([14, 15, 16, 17, 18], QualityMarkers.InCluster(QualityMarkerCluster.OutputsAndOutcomes).Select(m => m.Number));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(19)]
    [InlineData(-3)]
    [InlineData(int.MaxValue)]
    public void Get_NotAMarker_Throws(int number)
    {
        Assert.False(QualityMarkers.IsMarker(number));
        Assert.Throws<ArgumentOutOfRangeException>(() => QualityMarkers.Get(number));
    }

    [Fact]
    public void DisplayName_Clusters_InPlainWords()
    {
        Assert.Equal(["Setting up", "Running", "Outputs and outcomes"], Enum.GetValues<QualityMarkerCluster>().Select(c => c.DisplayName()));
    }
}
