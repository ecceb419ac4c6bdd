using System.Globalization;

namespace Lantern.Core.Information.Merging;

/// <summary>A tick on the time axis: where it is and what it says.</summary>
public sealed record AxisTick(double X, string Label, bool IsYear);

/// <summary>
/// The geometry of the swimlane picture, in the SVG's own units (the picture scales to the page with its
/// viewBox): a label column wide enough for the longest lane label (within limits; longer labels are cut short
/// with an ellipsis, the page giving the full name), then the period from <see cref="From"/> to <see cref="To"/>
/// across the plot, one lane per agency. The plot starts a mark's half-width after the label column, so no
/// mark, even on the first day, reaches into the labels.
/// </summary>
public sealed class SwimlaneLayout
{
    public const double Width = 960;
    public const double RightMargin = 20;
    public const double TopMargin = 10;
    public const double LaneHeight = 48;
    public const double AxisHeight = 40;

    public const int LabelFontSize = 14;

    /// <summary>Where a label starts, from the left edge.</summary>
    public const double LabelLeft = 8;

    /// <summary>A generous width for one character of a label (0.62 of the font size, wider than the average
    /// letter of the sans-serif fonts used), so an estimate errs on the side of room to spare.</summary>
    public const double LabelCharWidth = LabelFontSize * 0.62;

    /// <summary>Space between the end of the longest label and the plot.</summary>
    public const double LabelGap = 8;

    public const double MinLabelWidth = 120;
    public const double MaxLabelWidth = 260;

    /// <summary>Half the width of the widest mark drawn (the meeting diamond).</summary>
    public const double MarkRadius = 9;

    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public SwimlaneLayout(DateOnly from, DateOnly to, int laneCount, IEnumerable<string>? labels = null)
    {
        if (to < from)
        {
            (from, to) = (to, from);
        }

        From = from;
        To = to;
        LaneCount = laneCount;
        var longest = labels?.Select(l => l.Length).DefaultIfEmpty(0).Max() ?? 0;
        LabelWidth = Math.Clamp(Math.Ceiling(LabelLeft + (longest * LabelCharWidth) + LabelGap), MinLabelWidth, MaxLabelWidth);
    }

    public DateOnly From { get; }
    public DateOnly To { get; }
    public int LaneCount { get; }

    /// <summary>The width of the label column: the longest label's, at least <see cref="MinLabelWidth"/> and at most <see cref="MaxLabelWidth"/>.</summary>
    public double LabelWidth { get; }

    /// <summary>The most characters of a label that fit in the label column.</summary>
    public int MaxLabelChars => (int)Math.Floor((LabelWidth - LabelLeft - LabelGap) / LabelCharWidth);

    public double PlotLeft => LabelWidth + MarkRadius;
    public double PlotRight => Width - RightMargin;
    public double Height => TopMargin + (LaneCount * LaneHeight) + AxisHeight;
    public double AxisY => TopMargin + (LaneCount * LaneHeight);

    /// <summary>Days in the period, counting both ends.</summary>
    public int Days => To.DayNumber - From.DayNumber + 1;

    /// <summary>Where a date falls: the middle of its day's slice of the plot.</summary>
    public double X(DateOnly date)
    {
        var slice = (PlotRight - PlotLeft) / Days;
        return Math.Round(PlotLeft + ((date.DayNumber - From.DayNumber + 0.5) * slice), 2);
    }

    /// <summary>A lane's label as drawn: the whole name on one line when it fits, otherwise wrapped at words onto
    /// two lines, and cut short with an ellipsis only when two lines are not enough (the page gives the full name).</summary>
    public IReadOnlyList<string> LabelLines(string name)
    {
        var max = Math.Max(1, MaxLabelChars);
        var lines = new List<string>();
        var line = string.Empty;
        foreach (var word in name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (candidate.Length <= max)
            {
                line = candidate;
                continue;
            }

            if (line.Length > 0)
            {
                lines.Add(line);
            }

            line = word;
        }

        if (line.Length > 0)
        {
            lines.Add(line);
        }

        if (lines.Count == 0)
        {
            return [string.Empty];
        }

        return lines.Count == 1 ? [Fit(lines[0], max)] : [Fit(lines[0], max), Fit(string.Join(' ', lines.Skip(1)), max)];
    }

    /// <summary>A line cut to <paramref name="max"/> characters, ending in an ellipsis when anything was cut.</summary>
    private static string Fit(string line, int max)
    {
        if (line.Length <= max)
        {
            return line;
        }

        var cut = line[..Math.Min(line.Length, Math.Max(1, max - 1))];
        var space = cut.LastIndexOf(' ');
        return (space > max / 2 ? cut[..space] : cut).TrimEnd() + "\u2026";
    }

    /// <summary>How wide a label is estimated to be when drawn.</summary>
    public static double LabelExtent(string label) => label.Length * LabelCharWidth;

    public double LaneTop(int lane) => TopMargin + (lane * LaneHeight);

    public double LaneMiddle(int lane) => LaneTop(lane) + (LaneHeight / 2);

    public bool Contains(DateOnly date) => date >= From && date <= To;

    /// <summary>Month ticks (labelled with the year at January) for up to two years, year ticks beyond that;
    /// for periods of a month or two, a tick each week.</summary>
    public IReadOnlyList<AxisTick> Ticks()
    {
        var ticks = new List<AxisTick>();
        if (Days <= 62)
        {
            for (var d = From; d <= To; d = d.AddDays(7))
            {
                ticks.Add(new AxisTick(X(d), d.ToString("d MMM", English), false));
            }

            return ticks;
        }

        var months = ((To.Year - From.Year) * 12) + To.Month - From.Month;
        var step = months <= 24 ? 1 : months <= 48 ? 3 : 12;
        var first = new DateOnly(From.Year, From.Month, 1);
        if (first < From)
        {
            first = first.AddMonths(1);
        }

        if (step == 12 && first.Month != 1)
        {
            first = new DateOnly(first.Year + 1, 1, 1);
        }

        for (var d = first; d <= To; d = d.AddMonths(step))
        {
            var isYear = d.Month == 1;
            var label = step == 12 ? d.ToString("yyyy", English) : isYear ? d.ToString("MMM yyyy", English) : d.ToString("MMM", English);
            ticks.Add(new AxisTick(X(d), label, isYear));
        }

        return ticks;
    }

    /// <summary>Half the period, about its middle (at least a week).</summary>
    public (DateOnly From, DateOnly To) ZoomIn()
    {
        var quarter = Math.Max(3, Days / 4);
        var middle = From.AddDays(Days / 2);
        return (middle.AddDays(-quarter), middle.AddDays(quarter));
    }

    /// <summary>Twice the period, about its middle.</summary>
    public (DateOnly From, DateOnly To) ZoomOut()
    {
        var half = Days / 2;
        return (From.AddDays(-half), To.AddDays(half));
    }

    /// <summary>The period to show when none is chosen: the whole chronology, from the start of its first month
    /// to the end of its last.</summary>
    public static (DateOnly From, DateOnly To) Whole(DateOnly earliest, DateOnly latest)
    {
        var from = new DateOnly(earliest.Year, earliest.Month, 1);
        var to = new DateOnly(latest.Year, latest.Month, 1).AddMonths(1).AddDays(-1);
        return (from, to);
    }
}
