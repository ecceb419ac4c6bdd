using System.Globalization;
using System.Xml.Linq;
using Lantern.Core.Actions;

namespace Lantern.Core.Tests.Actions;

public sealed class OutcomeChartTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private static readonly DateTime Recorded = new(2027, 7, 1, 9, 0, 0, DateTimeKind.Utc);

    private static OutcomeMeasure Measure(string name = "Pre-birth referrals made before 20 weeks", decimal baseline = 45, decimal target = 80, bool higherIsBetter = true, string? unit = "%") =>
        new() { Measure = name, Source = "Midwifery audit", Unit = unit, Baseline = baseline, BaselineOn = new(2027, 1, 31), Target = target, HigherIsBetter = higherIsBetter };

    private static OutcomeReading Reading(int month, int day, decimal value) =>
        new() { Id = Guid.NewGuid(), TakenOn = new(2027, month, day), Value = value, RecordedAt = Recorded };

    private static XElement Chart(OutcomeMeasure measure, params OutcomeReading[] readings) =>
        XDocument.Parse(OutcomeChart.Svg(measure, readings, "chart-1-title")).Root!;

    private static List<(double X, double Y)> Points(XElement chart) =>
        [.. chart.Elements(Svg + "circle").Select(c => (double.Parse(c.Attribute("cx")!.Value, CultureInfo.InvariantCulture), double.Parse(c.Attribute("cy")!.Value, CultureInfo.InvariantCulture)))];

    private static List<string> Texts(XElement chart) => [.. chart.Descendants(Svg + "text").Select(t => string.Concat(t.Descendants().Append(t).SelectMany(e => e.Nodes().OfType<XText>()).Select(x => x.Value)))];

    [Fact]
    public void Svg_IsAnAccessibleImage_NamedByItsTitle()
    {
        var chart = Chart(Measure(), Reading(3, 31, 50), Reading(6, 30, 62));

        Assert.Equal(("svg", "img", "chart-1-title", $"0 0 {OutcomeChart.Width} {OutcomeChart.Height}"),
            (chart.Name.LocalName, chart.Attribute("role")?.Value, chart.Attribute("aria-labelledby")?.Value, chart.Attribute("viewBox")?.Value));
        var title = chart.Elements(Svg + "title").First();
        Assert.Equal("chart-1-title", title.Attribute("id")?.Value);
        Assert.Equal(
            "Chart of Pre-birth referrals made before 20 weeks. 2 readings, from 31 March 2027 to 30 June 2027. 62% on 30 June 2027, up 17 percentage points from the baseline of 45%. The target of 80% is not met yet. A higher figure is better.",
            title.Value);
    }

    [Fact]
    public void Svg_NoScriptNoStyleNoHandlers()
    {
        var svg = OutcomeChart.Svg(Measure(), [Reading(3, 31, 50)], "t");

        Assert.DoesNotContain("<script", svg, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("style", svg, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(XDocument.Parse(svg).Descendants().SelectMany(e => e.Attributes()), a => a.Name.LocalName.StartsWith("on", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Svg_MeasureAndUnitWithMarkup_Escaped()
    {
        var measure = Measure(name: "<script>alert('x')</script> & \"quotes\"\u0001", unit: "</text><script>");

        var svg = OutcomeChart.Svg(measure, [Reading(3, 31, 50)], "t");

        Assert.DoesNotContain("<script", svg, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert('x')&lt;/script&gt; &amp;", svg, StringComparison.Ordinal);
        var chart = XDocument.Parse(svg).Root!;
        Assert.DoesNotContain(chart.Descendants(), e => e.Name.LocalName == "script");
        Assert.StartsWith("Chart of <script>alert('x')</script> & \"quotes\". ", chart.Element(Svg + "title")!.Value, StringComparison.Ordinal);
        Assert.Contains("Value (</text><script>)", Texts(chart));
    }

    [Fact]
    public void Svg_ReadingsOutOfOrder_DrawnInDateOrder()
    {
        var chart = Chart(Measure(), Reading(6, 30, 62), Reading(2, 28, 48), Reading(4, 30, 55), Reading(3, 31, 50));

        var points = Points(chart);
        Assert.Equal(points.OrderBy(p => p.X), points);
        Assert.Equal(points.OrderByDescending(p => p.Y), points); // rising values are drawn higher up: smaller y
        Assert.Equal(["28 February 2027: 48%", "31 March 2027: 50%", "30 April 2027: 55%", "30 June 2027: 62%"],
            chart.Elements(Svg + "circle").Select(c => c.Element(Svg + "title")!.Value));
        var line = chart.Element(Svg + "polyline")!.Attribute("points")!.Value;
        Assert.Equal(string.Join(' ', points.Select(p => $"{p.X.ToString(CultureInfo.InvariantCulture)},{p.Y.ToString(CultureInfo.InvariantCulture)}")), line);
    }

    [Fact]
    public void Svg_TimeIsToScale_FromTheBaselineDate()
    {
        // Baseline 31 January; readings 59 and 150 days later: the gaps are drawn in that proportion.
        var points = Points(Chart(Measure(), Reading(3, 31, 50), Reading(6, 30, 62)));
        var left = 56 + 10.0;

        Assert.Equal(59.0 / 150, (points[0].X - left) / (points[1].X - left), 2);
    }

    [Fact]
    public void Svg_NoReadings_SaysSo_StillDrawsBaselineAndTarget()
    {
        var chart = Chart(Measure());

        Assert.Empty(Points(chart));
        Assert.Null(chart.Element(Svg + "polyline"));
        Assert.Contains("No readings yet", Texts(chart));
        Assert.Contains("Baseline45%", Texts(chart));
        Assert.Contains("Target80%", Texts(chart));
        Assert.Contains("No readings yet. The baseline is 45% and the target 80%.", chart.Element(Svg + "title")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Svg_OneReading_OnePoint_NoLine()
    {
        var measure = Measure();
        measure.BaselineOn = null;

        var chart = Chart(measure, Reading(3, 31, 50));

        var point = Assert.Single(Points(chart));
        Assert.Null(chart.Element(Svg + "polyline"));
        Assert.Equal((56 + 384) / 2.0, point.X);
        Assert.Contains("31 Mar 2027", Texts(chart));
        Assert.Contains("1 reading, on 31 March 2027.", chart.Element(Svg + "title")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Svg_AllValuesEqual_DrawnInsideThePlot()
    {
        var chart = Chart(Measure(baseline: 100, target: 100), Reading(3, 31, 100), Reading(6, 30, 100));

        var points = Points(chart);
        Assert.All(points, p => Assert.InRange(p.Y, 16.1, 155.9));
        Assert.Single(points.Select(p => p.Y).Distinct());
        Assert.All(chart.Descendants().SelectMany(e => e.Attributes()).Select(a => a.Value), v => Assert.DoesNotContain("NaN", v, StringComparison.Ordinal));
        Assert.All(chart.Descendants().SelectMany(e => e.Attributes()).Select(a => a.Value), v => Assert.DoesNotContain("Infinity", v, StringComparison.Ordinal));
    }

    [Fact]
    public void Svg_EqualBaselineAndTarget_LabelsDoNotOverlap()
    {
        var chart = Chart(Measure(baseline: 100, target: 100));

        var labels = chart.Descendants(Svg + "text").Where(t => t.Elements(Svg + "tspan").Any()).Select(t => double.Parse(t.Attribute("y")!.Value, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(2, labels.Count);
        Assert.True(Math.Abs(labels[0] - labels[1]) >= 24, $"labels at {labels[0]} and {labels[1]}");
    }

    [Fact]
    public void Svg_NegativeFigures_BelowZeroDrawnLower()
    {
        var chart = Chart(Measure(baseline: -4, target: -1, unit: null), Reading(3, 31, -3.5m), Reading(6, 30, 2));

        var points = Points(chart);
        Assert.True(points[0].Y > points[1].Y);
        Assert.All(points, p => Assert.InRange(p.Y, 16, 156));
        Assert.Contains("Baseline-4", Texts(chart));
        Assert.Contains("0", Texts(chart));
    }

    [Fact]
    public void Svg_AxisLabels_ScaleFirstAndLastDates()
    {
        var texts = Texts(Chart(Measure(), Reading(3, 31, 50), Reading(6, 30, 62)));

        Assert.Contains("Date of reading", texts);
        Assert.Contains("Value (%)", texts);
        Assert.Contains("31 Jan 2027", texts);
        Assert.Contains("30 Jun 2027", texts);
        Assert.Contains("40", texts);
        Assert.Contains("80", texts);
    }

    [Fact]
    public void Svg_HugeFigures_CompactOnTheScale()
    {
        var texts = Texts(Chart(Measure(baseline: 250_000_000, target: 999_999_999.9999m, unit: null), Reading(3, 31, 500_000_000)));

        Assert.Contains("1bn", texts);
        Assert.Contains("Target1bn", texts);
        Assert.Contains("500m", texts);
        Assert.DoesNotContain(texts, t => t.Length > 19);
    }

    [Theory]
    [InlineData("")]
    [InlineData("two words")]
    [InlineData("9lives")]
    [InlineData("a\"b")]
    public void Svg_UnusableTitleId_Throws(string titleId)
    {
        Assert.Throws<ArgumentException>(() => OutcomeChart.Svg(Measure(), [], titleId));
    }
}
