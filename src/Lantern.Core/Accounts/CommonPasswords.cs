using System.Reflection;

namespace Lantern.Core.Accounts;

/// <summary>
/// Refuses passwords that attackers try first. The bundled list is the zxcvbn-ts common-password list
/// (MIT licence, see THIRD-PARTY-NOTICES.md), lower-cased. A password is refused when it is on the list, or
/// is a listed word with only digits or symbols added before or after it ("sunshine2024!"), or is one
/// character repeated.
/// </summary>
public static class CommonPasswords
{
    private static readonly Lazy<HashSet<string>> List = new(Load);

    public static int Count => List.Value.Count;

    public static bool IsCommon(string password)
    {
        var lower = password.Trim().ToLowerInvariant();
        if (lower.Length == 0 || lower.All(c => c == lower[0]))
        {
            return true;
        }

        if (List.Value.Contains(lower) || lower.Contains("lantern", StringComparison.Ordinal) && lower.Length < 16)
        {
            return true;
        }

        var core = lower.Trim(DecorationCharacters());
        return core.Length >= 6 && List.Value.Contains(core);
    }

    private static char[] DecorationCharacters() => "0123456789!\"£$%^&*()-_=+[]{};:'@#~,.<>/?\\| ".ToCharArray();

    private static HashSet<string> Load()
    {
        using var stream = Assembly.GetExecutingAssembly()
            .GetManifestResourceStream("Lantern.Core.Accounts.Resources.common-passwords.txt")
            ?? throw new InvalidOperationException("The common-password list is missing from Lantern.Core.");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                set.Add(line);
            }
        }

        return set;
    }
}
