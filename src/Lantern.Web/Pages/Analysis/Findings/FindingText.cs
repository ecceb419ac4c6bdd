namespace Lantern.Web.Pages.Analysis.Findings;

/// <summary>A finding's anatomy with its issues and patterns, for the finding page and the shared view.</summary>
public sealed record FindingText(Finding Finding, IReadOnlyList<string> Issues, IReadOnlyList<CodeRow> Patterns);
