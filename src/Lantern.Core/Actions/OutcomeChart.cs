using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace Lantern.Core.Actions;

/// <summary>
/// A small line chart of a measure's readings over time, as inline SVG with no script and no style attributes
/// (the pages' Content-Security-Policy allows neither): the readings oldest first, the baseline and target as
/// labelled dashed lines, the first and last dates and the scale on the axes. It is a picture for sighted
/// readers: it is one image (role "img") named by its title, which says in words what it shows, and the page
/// gives the same figures in a table. Built with System.Xml.Linq, so every text is escaped and the result is
/// well-formed XML.
/// </summary>
public static partial class OutcomeChart
{
    public const int Width = 480;
    public const int Height = 200;

    private const double Left = 56;
    private const double Right = 384;
    private const double Top = 16;
    private const double Bottom = 156;
    private const double Inset = 10;
    private const double LabelGap = 26;
    private const string Ink = "#0b0c0c";
    private const string Grey = "#505a5f";
    private const string Grid = "#b1b4b6";
    private const string Blue = "#1d70b8";
    private const string Green = "#00703c";

    private static readonly XNamespace SvgNamespace = "http://www.w3.org/2000/svg";

    /// <summary>The chart for <paramref name="measure"/> and its <paramref name="readings"/> (in any order), its
    /// title element given the id <paramref name="titleId"/>, which must be unique on the page.</summary>
    /// <exception cref="ArgumentException"><paramref name="titleId"/> is not a usable id.</exception>
    public static string Svg(OutcomeMeasure measure, IReadOnlyList<OutcomeReading> readings, string titleId)
    {
        ArgumentNullException.ThrowIfNull(measure);
        ArgumentNullException.ThrowIfNull(readings);
        if (string.IsNullOrEmpty(titleId) || !IdShape().IsMatch(titleId))
        {
            throw new ArgumentException("The title's id must start with a letter and have only letters, digits, '-', '_' and '.'.", nameof(titleId));
        }

        var ordered = OutcomeProgress.InDateOrder(readings);
        var values = ordered.Select(r => (double)r.Value).Append((double)measure.Baseline).Append((double)measure.Target).ToList();
        var scale = ValueScale.Around(values.Min(), values.Max());
        var dates = ordered.Select(r => r.TakenOn).ToList();
        if (measure.BaselineOn is { } baselineOn)
        {
            dates.Add(baselineOn);
        }

        var first = dates.Count == 0 ? default : dates.Min();
        var last = dates.Count == 0 ? default : dates.Max();
        double X(DateOnly day) => last == first
            ? (Left + Right) / 2
            : Left + Inset + ((day.DayNumber - first.DayNumber) * (Right - Left - (2 * Inset)) / (last.DayNumber - first.DayNumber));

        var chart = new XElement(SvgNamespace + "svg",
            new XAttribute("viewBox", $"0 0 {Width} {Height}"),
            new XAttribute("role", "img"),
            new XAttribute("aria-labelledby", titleId),
            new XAttribute("class", "app-outcome-chart"),
            new XAttribute("font-size", "11"),
            new XAttribute("fill", Ink),
            new XElement(SvgNamespace + "title", new XAttribute("id", titleId), Clean(Description(measure, ordered))));

        chart.Add(Axes(scale, measure.Unit));
        chart.Add(Levels(measure, scale));
        if (ordered.Count > 1)
        {
            chart.Add(new XElement(SvgNamespace + "polyline",
                new XAttribute("class", "app-outcome-chart__line"),
                new XAttribute("points", string.Join(' ', ordered.Select(r => $"{N(X(r.TakenOn))},{N(scale.Y((double)r.Value))}"))),
                new XAttribute("fill", "none"),
                new XAttribute("stroke", Blue),
                new XAttribute("stroke-width", "2")));
        }

        chart.Add(ordered.Select(r => new XElement(SvgNamespace + "circle",
            new XAttribute("cx", N(X(r.TakenOn))),
            new XAttribute("cy", N(scale.Y((double)r.Value))),
            new XAttribute("r", "3.5"),
            new XAttribute("fill", Blue),
            new XElement(SvgNamespace + "title", Clean($"{r.TakenOn.LongDate()}: {OutcomeNumbers.Format(r.Value, measure.Unit)}")))));

        if (ordered.Count == 0)
        {
            chart.Add(Text((Left + Right) / 2, (Top + Bottom) / 2, "No readings yet", "middle"));
        }

        if (dates.Count > 0)
        {
            chart.Add(first == last
                ? Text(X(first), Bottom + 16, ShortDate(first), "middle")
                : new[] { Text(Left, Bottom + 16, ShortDate(first), "start"), Text(Right, Bottom + 16, ShortDate(last), "end") });
        }

        chart.Add(Text((Left + Right) / 2, Height - 6, "Date of reading", "middle"));
        return chart.ToString(SaveOptions.DisableFormatting);
    }

    private static string Description(OutcomeMeasure measure, IReadOnlyList<OutcomeReading> ordered)
    {
        var text = new StringBuilder($"Chart of {measure.Measure.Trim()}. ");
        if (ordered.Count == 1)
        {
            text.Append(CultureInfo.InvariantCulture, $"1 reading, on {ordered[0].TakenOn.LongDate()}. ");
        }
        else if (ordered.Count > 1)
        {
            text.Append(CultureInfo.InvariantCulture, $"{ordered.Count} readings, from {ordered[0].TakenOn.LongDate()} to {ordered[^1].TakenOn.LongDate()}. ");
        }

        text.Append(OutcomeProgress.Of(measure, ordered).Describe(measure));
        text.Append(measure.HigherIsBetter ? " A higher figure is better." : " A lower figure is better.");
        return text.ToString();
    }

    private static IEnumerable<XElement> Axes(ValueScale scale, string? unit)
    {
        foreach (var tick in scale.Ticks())
        {
            var y = N(scale.Y(tick));
            yield return Line(Left, scale.Y(tick), Right, scale.Y(tick), Grid, null);
            yield return new XElement(SvgNamespace + "text", new XAttribute("x", N(Left - 6)), new XAttribute("y", y), new XAttribute("dy", "4"),
                new XAttribute("text-anchor", "end"), Compact(tick));
        }

        yield return Line(Left, Top, Left, Bottom, Ink, null);
        yield return Line(Left, Bottom, Right, Bottom, Ink, null);
        var label = string.IsNullOrWhiteSpace(unit) ? "Value" : $"Value ({unit.Trim()})";
        yield return new XElement(SvgNamespace + "text", new XAttribute("x", "12"), new XAttribute("y", N((Top + Bottom) / 2)),
            new XAttribute("transform", $"rotate(-90 12 {N((Top + Bottom) / 2)})"), new XAttribute("text-anchor", "middle"), Clean(label));
    }

    // The baseline and target lines, labelled to the right of the plot; labels that would overlap are pushed apart.
    private static IEnumerable<XElement> Levels(OutcomeMeasure measure, ValueScale scale)
    {
        var baseline = (Name: "Baseline", Value: LevelFigure(measure.Baseline, measure.Unit), Y: scale.Y((double)measure.Baseline), Colour: Grey, Dash: "6 4");
        var target = (Name: "Target", Value: LevelFigure(measure.Target, measure.Unit), Y: scale.Y((double)measure.Target), Colour: Green, Dash: "2 3");
        var baselineLabel = baseline.Y;
        var targetLabel = target.Y;
        if (Math.Abs(baselineLabel - targetLabel) < LabelGap)
        {
            // The better figure's label goes on the side the better figures are drawn (higher is further up).
            var middle = (baselineLabel + targetLabel) / 2;
            var targetAbove = target.Y < baseline.Y || (target.Y == baseline.Y && measure.HigherIsBetter);
            targetLabel = middle + (targetAbove ? -LabelGap / 2 : LabelGap / 2);
            baselineLabel = middle + (targetAbove ? LabelGap / 2 : -LabelGap / 2);
        }

        foreach (var (level, labelY) in new[] { (baseline, baselineLabel), (target, targetLabel) })
        {
            yield return Line(Left, level.Y, Right, level.Y, level.Colour, level.Dash);
            var top = Math.Clamp(labelY, 10, Height - 40);
            yield return new XElement(SvgNamespace + "text", new XAttribute("x", N(Right + 6)), new XAttribute("y", N(top)), new XAttribute("fill", level.Colour),
                new XElement(SvgNamespace + "tspan", new XAttribute("x", N(Right + 6)), level.Name),
                new XElement(SvgNamespace + "tspan", new XAttribute("x", N(Right + 6)), new XAttribute("dy", "12"), level.Value));
        }
    }

    // The figure beside a line: exact where it fits the space to the right of the plot (a unit other than % would
    // not), compact where it does not; the page's table has the exact figures.
    private static string LevelFigure(decimal value, string? unit)
    {
        var exact = OutcomeNumbers.Format(value, OutcomeNumbers.IsPercent(unit) ? "%" : null);
        return exact.Length > 13 ? Compact((double)value) : exact;
    }

    private static XElement Line(double x1, double y1, double x2, double y2, string colour, string? dash)
    {
        var line = new XElement(SvgNamespace + "line", new XAttribute("x1", N(x1)), new XAttribute("y1", N(y1)), new XAttribute("x2", N(x2)), new XAttribute("y2", N(y2)),
            new XAttribute("stroke", colour), new XAttribute("stroke-width", dash is null ? "1" : "2"));
        if (dash is not null)
        {
            line.Add(new XAttribute("stroke-dasharray", dash));
        }

        return line;
    }

    private static XElement Text(double x, double y, string text, string anchor) =>
        new(SvgNamespace + "text", new XAttribute("x", N(x)), new XAttribute("y", N(y)), new XAttribute("text-anchor", anchor), text);

    private static string ShortDate(DateOnly day) => day.ToString("d MMM yyyy", UkTime.Culture);

    private static string N(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>A scale figure short enough for the axis: 1,250, 12.5k, 3m, 1bn.</summary>
    private static string Compact(double value)
    {
        var size = Math.Abs(value);
        if (size < 1e4)
        {
            var plain = Math.Round(value, 4);
            return (plain == 0 ? 0 : plain).ToString("#,##0.####", CultureInfo.InvariantCulture);
        }

        // Rounding can carry a figure into the next size up: 999,999,999.9 is 1bn, not 1,000m.
        var (divisor, suffix) = Math.Round(size / 1e6, 1) >= 1000 ? (1e9, "bn") : Math.Round(size / 1e3, 1) >= 1000 ? (1e6, "m") : (1e3, "k");
        return Math.Round(value / divisor, 1).ToString("#,##0.#", CultureInfo.InvariantCulture) + suffix;
    }

    // Text cannot hold characters XML forbids (control characters pasted from other systems): drop them.
    private static string Clean(string text)
    {
        var kept = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i]))
            {
                kept.Append(text[i]);
            }
            else if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                kept.Append(text, i, 2);
                i++;
            }
        }

        return kept.ToString();
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_.-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex IdShape();

    /// <summary>The vertical scale: round figures from below the lowest value to above the highest.</summary>
    private readonly record struct ValueScale(double Min, double Max, double Step)
    {
        // Steps finer than a reading's last decimal place would label two ticks the same.
        private const double FinestStep = 0.0001;

        public static ValueScale Around(double lowest, double highest)
        {
            if (highest - lowest < FinestStep)
            {
                // One figure, or all the same: give it room either side so it is not drawn on the axis.
                var room = Math.Max(1, Math.Abs(highest) / 10);
                (lowest, highest) = (lowest - room, highest + room);
            }
            else
            {
                // A little room so the highest and lowest lines are not drawn on top of the axis or the plot's edge.
                var room = (highest - lowest) / 20;
                (lowest, highest) = (lowest - room, highest + room);
            }

            var rough = (highest - lowest) / 4;
            var magnitude = Math.Pow(10, Math.Floor(Math.Log10(rough)));
            var step = (rough / magnitude) switch
            {
                <= 1 => 1,
                <= 2 => 2,
                <= 5 => 5,
                _ => 10,
            } * magnitude;
            step = Math.Max(step, FinestStep);
            return new ValueScale(Math.Floor(lowest / step) * step, Math.Ceiling(highest / step) * step, step);
        }

        public IEnumerable<double> Ticks()
        {
            var (min, step) = (Min, Step);
            var count = (int)Math.Round((Max - Min) / Step);
            return Enumerable.Range(0, count + 1).Select(i => Math.Round(min + (i * step), 6));
        }

        public double Y(double value) => Bottom - ((value - Min) * (Bottom - Top) / (Max - Min));
    }
}
