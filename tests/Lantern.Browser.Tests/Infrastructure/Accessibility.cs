using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Lantern.Browser.Tests.Infrastructure;

/// <summary>Scans the page as it is now with axe-core for WCAG 2.0, 2.1 and 2.2 level A and AA failures.</summary>
public static class Accessibility
{
    private static readonly AxeRunOptions WcagAa = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
    };

    /// <summary>Fails with every violation found: its rule, impact, what it asks for and where it is.</summary>
    public static async Task AssertAccessibleAsync(this IPage page)
    {
        var result = await page.RunAxe(WcagAa);
        if (result.Violations.Length == 0)
        {
            return;
        }

        var report = new StringBuilder($"{page.Url} has {result.Violations.Length} accessibility violation(s):");
        foreach (var violation in result.Violations)
        {
            report.AppendLine().Append($"- {violation.Id} ({violation.Impact}): {violation.Help}");
            foreach (var node in violation.Nodes)
            {
                report.AppendLine().Append($"    at {string.Join(" ", node.Target?.ToString() ?? "?")}: {node.Html}");
            }
        }

        Assert.Fail(report.ToString());
    }
}
