namespace Lantern.Web.Components;

/// <summary>One choice offered by <c>&lt;govuk-radios&gt;</c> or <c>&lt;govuk-checkboxes&gt;</c>.</summary>
public sealed record GovUkOption(string Value, string Text, string? Hint = null, bool Disabled = false);
