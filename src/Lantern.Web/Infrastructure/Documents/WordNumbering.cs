using DocumentFormat.OpenXml.Wordprocessing;

namespace Lantern.Web.Infrastructure.Documents;

/// <summary>
/// Real Word numbering rather than typed bullets, so lists stay lists when someone edits the document and a screen
/// reader announces them. Every list gets its own numbering instance; numbered ones restart at 1.
/// </summary>
internal static class WordNumbering
{
    private const int BulletDefinition = 1;
    private const int NumberDefinition = 2;

    /// <param name="lists">One entry for each list in the document, in order: true for a numbered list.
    /// The list at index i is numbering instance i + 1.</param>
    public static Numbering Build(IReadOnlyList<bool> lists)
    {
        var numbering = new Numbering(
            Definition(BulletDefinition, NumberFormatValues.Bullet, "\u2022"),
            Definition(NumberDefinition, NumberFormatValues.Decimal, "%1."));
        for (var i = 0; i < lists.Count; i++)
        {
            var instance = new NumberingInstance(new AbstractNumId { Val = lists[i] ? NumberDefinition : BulletDefinition })
            {
                NumberID = i + 1,
            };
            if (lists[i])
            {
                instance.Append(new LevelOverride(new StartOverrideNumberingValue { Val = 1 }) { LevelIndex = 0 });
            }

            numbering.Append(instance);
        }

        return numbering;
    }

    private static AbstractNum Definition(int id, NumberFormatValues format, string text) => new(
        new MultiLevelType { Val = MultiLevelValues.SingleLevel },
        new Level(
            new StartNumberingValue { Val = 1 },
            new NumberingFormat { Val = format },
            new LevelText { Val = text },
            new LevelJustification { Val = LevelJustificationValues.Left },
            new PreviousParagraphProperties(new Indentation { Left = "720", Hanging = "360" }))
        { LevelIndex = 0 })
    { AbstractNumberId = id };
}
