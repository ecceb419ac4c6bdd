using Lantern.Core.Disclosure;
using Lantern.Core.Reports;
using Xunit.Abstractions;

namespace Lantern.Core.Tests.Reports;

/// <summary>The pseudonymiser measured on a messy fictional draft with an answer key (<see cref="DraftReportFixture"/>).</summary>
public sealed class PublishedEditionQualityTests(ITestOutputHelper output)
{
    private static readonly IdentifyingDetail[] Details =
    [
        new(IdentifyingDetailKind.Nursery, "Larkspur Lane Nursery", "a local nursery"),
        new(IdentifyingDetailKind.Condition, "Ehlers-Danlos syndrome", "a rare inherited condition"),
    ];

    private static readonly HashSet<string> Removed = ["dob", "address", "detail"];

    [Fact]
    public void Apply_DraftFixture_NoRegisteredNameSurvives_FewInnocentWordsReplaced()
    {
        var pseudonymiser = new ReportPseudonymiser(TestPeople.All, Details);
        int marked = 0, survived = 0, wrongPerson = 0, replaced = 0, innocent = 0;
        var notes = new List<string>();
        foreach (var paragraph in DraftReportFixture.Paragraphs)
        {
            var (text, marks) = DraftReportFixture.Read(paragraph);
            var result = pseudonymiser.Apply(text);
            var identifying = result.Replacements.Where(r => r.Rule is not (ReplacementRule.ExactDate or ReplacementRule.DayAndMonth)).ToList();
            foreach (var mark in marks)
            {
                marked++;
                var covering = identifying.Where(r => r.Start < mark.End && mark.Start < r.Start + r.Length).ToList();
                var uncovered = Enumerable.Range(mark.Start, mark.End - mark.Start)
                    .Where(i => char.IsLetterOrDigit(text[i]) && !covering.Any(r => r.Start <= i && i < r.Start + r.Length));
                if (uncovered.Any())
                {
                    survived++;
                    notes.Add($"survived: {mark.Original}");
                }
                else if (!Removed.Contains(mark.Replacement) && !covering.Any(r => string.Equals(r.Text, mark.Replacement, StringComparison.OrdinalIgnoreCase)))
                {
                    wrongPerson++;
                    notes.Add($"wrong: {mark.Original} -> {string.Join(" + ", covering.Select(r => r.Text))}, expected {mark.Replacement}");
                }
            }

            foreach (var replacement in identifying)
            {
                replaced++;
                if (!marks.Any(m => replacement.Start < m.End && m.Start < replacement.Start + replacement.Length))
                {
                    innocent++;
                    notes.Add($"innocent word replaced: {replacement.Original} -> {replacement.Text}");
                }
            }
        }

        var precision = (double)(replaced - innocent) / replaced;
        output.WriteLine($"marked {marked}, survived {survived}, wrong person {wrongPerson}, replacements {replaced}, innocent {innocent}, precision {precision:0.000}");
        notes.ForEach(output.WriteLine);

        Assert.True(marked >= 50, $"The fixture should mark at least 50 identifying stretches; it marks {marked}.");
        Assert.Equal(0, survived);
        Assert.Equal(0, wrongPerson);
        Assert.InRange(innocent, 0, 2);
        Assert.True(precision >= 0.95, $"Precision {precision:0.000}");
    }

    [Fact]
    public void Apply_DraftFixture_EveryExactDateSoftened_UnderEachPolicy()
    {
        foreach (var policy in new[] { DatePolicy.MonthAndYear, DatePolicy.ChildAge })
        {
            var pseudonymiser = new ReportPseudonymiser(TestPeople.All, Details, policy);
            var published = string.Join("\n", DraftReportFixture.Paragraphs.Select(p => pseudonymiser.Apply(DraftReportFixture.Read(p).Text).Text));
            output.WriteLine(published);

            Assert.DoesNotContain("14 March", published, StringComparison.Ordinal);
            Assert.DoesNotContain("15/06/2023", published, StringComparison.Ordinal);
            Assert.DoesNotContain("21st", published, StringComparison.Ordinal);
            Assert.DoesNotContain("2nd May", published, StringComparison.Ordinal);
            Assert.DoesNotContain("09/06/2021", published, StringComparison.Ordinal);
        }
    }
}
