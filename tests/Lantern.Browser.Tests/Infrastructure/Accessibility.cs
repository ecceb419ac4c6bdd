using System.Text;
using Deque.AxeCore.Commons;
using Microsoft.Playwright;
using Newtonsoft.Json.Linq;

namespace Lantern.Browser.Tests.Infrastructure;

/// <summary>
/// Scans the page as it is now with axe-core (the copy bundled in Deque.AxeCore.Commons) for WCAG 2.0, 2.1 and
/// 2.2 level A and AA failures. It runs axe.run in the page itself: Deque's <c>RunAxe</c> wrapper takes 1 to 2
/// seconds a page here (it finishes every run in a second, blank page, for iframes Lantern does not have)
/// where axe itself takes about 50 ms, and a journey visits dozens of pages.
/// </summary>
public static class Accessibility
{
    private static readonly string[] WcagAa = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
    private static readonly Lazy<string> AxeScript = new(() => new BundledAxeScriptProvider().GetScript());

    private const string RunAxe = """
        async tags => JSON.stringify(await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }))
        """;

    public static async Task<AxeResult> RunAxeAsync(this IPage page)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe?.run === 'function'"))
        {
            await page.EvaluateAsync(AxeScript.Value);
        }

        return new AxeResult(JObject.Parse(await page.EvaluateAsync<string>(RunAxe, WcagAa)));
    }

    /// <summary>Fails with every violation found: its rule, impact, what it asks for and where it is.</summary>
    public static async Task AssertAccessibleAsync(this IPage page)
    {
        var result = await page.RunAxeAsync();
        if (result.Violations.Length == 0)
        {
            return;
        }

        var report = new StringBuilder($"{page.Url} has {result.Violations.Length} accessibility violation(s):");
        foreach (var violation in result.Violations)
        {
            report.AppendLine().Append($"- {violation.Id} ({violation.Impact}): {violation.Help} ({violation.HelpUrl})");
            foreach (var node in violation.Nodes)
            {
                report.AppendLine().Append($"    at {node.Target}: {node.Html}");
            }
        }

        Assert.Fail(report.ToString());
    }
}
