using System.Text;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Lantern.Browser.Tests.Infrastructure;

/// <summary>Steps on an improvement action's page that the action journeys share, done as a person would. Each starts
/// and ends on the action's page.</summary>
public static class ActionSteps
{
    /// <summary>Adds an outcome measure counted in per cent, where a higher figure is better, with its baseline and
    /// target typed as they come from a report (such as 45%).</summary>
    public static async Task AddPercentageMeasureAsync(this LanternPage page, string measure, string source, int baseline, int target)
    {
        await page.ClickAsync(page.Button("Add an outcome measure"), "measure-form");
        await page.Field("What will be counted").FillAsync(measure);
        await page.Field("Where the figures come from").FillAsync(source);
        await page.Field("Unit (optional)").FillAsync("%");
        await page.Field("Baseline").FillAsync($"{baseline}%");
        await page.Field("Target").FillAsync($"{target}%");
        await page.Page.GetByLabel("A higher figure is better", new() { Exact = true }).CheckAsync();
        await page.ClickAsync(page.Button("Add the measure"), "measure-added");
    }

    /// <summary>Uploads a small text document as evidence, with what it shows; the action's page then lists it.</summary>
    public static async Task AddEvidenceAsync(this LanternPage page, string fileName, string text, string shows)
    {
        await page.ClickAsync(page.Button("Add evidence"), "evidence-form");
        await page.Field("File").SetInputFilesAsync(new FilePayload { Name = fileName, MimeType = "text/plain", Buffer = Encoding.UTF8.GetBytes(text) });
        await page.Field("What the document shows").FillAsync(shows);
        await page.ClickAsync(page.Button("Add evidence"), "evidence-added");
        await Expect(page.Page.Locator("main")).ToContainTextAsync(fileName);
    }

    /// <summary>Marks the action completed on <paramref name="on"/>, saying what was done, with a progress note when given.</summary>
    public static async Task CompleteActionAsync(this LanternPage page, DateOnly on, string whatWasDone, string? note = null)
    {
        await page.ClickAsync(page.Button("Update the action"), "update-form");
        await page.Page.GetByLabel("Completed", new() { Exact = true }).CheckAsync();
        await page.FillDateAsync("Date completed (if completed)", on);
        await page.Field("What was done (if completed)").FillAsync(whatWasDone);
        if (note is not null)
        {
            await page.Field("Progress note (optional)").FillAsync(note);
        }

        await page.ClickAsync(page.Button("Save"), "completed");
    }
}
