using System.Globalization;

namespace Lantern.Core.Information;

/// <summary>
/// The name an uploaded document is shown and offered under. Browsers send a name of their own choosing, and some
/// send the whole path on the person's computer, in either slash direction; only the last part is kept, without a
/// drive letter or any control or invisible formatting character (which can make a name read as something else).
/// The file itself is never stored under this name.
/// </summary>
public static class DocumentFileNames
{
    /// <summary>The name used when nothing sensible is left, with the original's ending if it had one.</summary>
    public const string Fallback = "document";

    /// <summary>The name to keep; empty only when none was given at all.</summary>
    public static string Clean(string? uploadedName)
    {
        if (string.IsNullOrEmpty(uploadedName))
        {
            return string.Empty;
        }

        var visible = string.Concat(uploadedName.Where(c => !char.IsControl(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.Format));
        var name = visible[(visible.LastIndexOfAny(['/', '\\']) + 1)..];
        if (name.Length >= 2 && char.IsAsciiLetter(name[0]) && name[1] == ':')
        {
            name = name[2..];
        }

        // Windows drops trailing dots and spaces from a name, and "." or ".." are not names at all.
        name = name.Trim().TrimEnd('.', ' ');
        var extension = Path.GetExtension(name);
        var stem = name[..^extension.Length];
        return stem.Trim('.', ' ').Length == 0 ? Fallback + extension : name;
    }
}
