namespace Lantern.Web.Components;

// Options with a fixed set of values are enums, not strings. A tag helper attribute of a non-string type is a
// C# expression, and _ViewImports imports these members statically, so `variant="Warnin"` fails the build instead
// of answering 500 on the one page that uses it.

/// <summary>The look of a <c>&lt;govuk-button&gt;</c>; leave the attribute out for the primary (green) button.</summary>
public enum ButtonVariant
{
    Secondary,
    Warning,
    Inverse,
}

/// <summary>The colours GOV.UK Frontend 6 gives a <c>&lt;govuk-tag&gt;</c>; <see cref="Blue"/> is the plain tag.</summary>
public enum TagColour
{
    Blue,
    Grey,
    Green,
    Teal,
    Purple,
    Magenta,
    Red,
    Orange,
    Yellow,
}
