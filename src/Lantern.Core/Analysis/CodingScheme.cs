using System.Text.RegularExpressions;

namespace Lantern.Core.Analysis;

/// <summary>One code of a coding scheme: a stable key, the name people see, an optional prompt and any codes under it.</summary>
public sealed record Code(string Key, string Name, string? Prompt = null, IReadOnlyList<Code>? Children = null)
{
    public IReadOnlyList<Code> Children { get; init; } = Children ?? [];
}

/// <summary>
/// A versioned list of codes for tagging analysis items: contributory factors (a hierarchy by level), or the
/// categories of underlying patterns. Items keep the scheme key, version and code key they were coded with, so a
/// new version never changes what earlier coding meant. Administrators can add schemes (SEIPS, for example).
/// </summary>
public sealed partial record CodingScheme(string Key, string Name, int Version, IReadOnlyList<Code> Codes)
{
    public const int MaxDepth = 3;
    public const int NameMaxLength = 120;

    /// <summary>Every code, parents before their children, in the scheme's order.</summary>
    public IEnumerable<Code> All => Walk(Codes);

    public Code? Find(string key) => All.FirstOrDefault(c => string.Equals(c.Key, key, StringComparison.Ordinal));

    /// <summary>The names from the top level down to the code, e.g. ["Team", "Supervision and support"]; empty when unknown.</summary>
    public IReadOnlyList<string> PathTo(string key)
    {
        var path = new List<string>();
        return Search(Codes, key, path) ? path : [];
    }

    /// <summary>What is wrong with the scheme, in words an administrator can act on; empty when it can be used.</summary>
    public IReadOnlyList<string> Check()
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(Name))
        {
            problems.Add("Enter a name for the coding scheme");
        }

        if (Codes.Count == 0)
        {
            problems.Add("Add at least one code");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        void Visit(IReadOnlyList<Code> codes, int depth)
        {
            foreach (var code in codes)
            {
                if (!KeyPattern().IsMatch(code.Key))
                {
                    problems.Add($"The key \"{code.Key}\" must use only lower-case letters, digits and hyphens, starting with a letter or digit");
                }
                else if (!seen.Add(code.Key))
                {
                    problems.Add($"The key \"{code.Key}\" is used more than once");
                }

                if (string.IsNullOrWhiteSpace(code.Name))
                {
                    problems.Add($"The code \"{code.Key}\" needs a name");
                }
                else if (code.Name.Length > NameMaxLength)
                {
                    problems.Add($"The name of \"{code.Key}\" must be {NameMaxLength} characters or fewer");
                }

                if (code.Children.Count > 0 && depth == MaxDepth)
                {
                    problems.Add($"\"{code.Name}\" is {MaxDepth} levels down: codes can go no deeper");
                }
                else
                {
                    Visit(code.Children, depth + 1);
                }
            }
        }

        Visit(Codes, 1);
        return problems;
    }

    private static IEnumerable<Code> Walk(IReadOnlyList<Code> codes)
    {
        foreach (var code in codes)
        {
            yield return code;
            foreach (var child in Walk(code.Children))
            {
                yield return child;
            }
        }
    }

    private static bool Search(IReadOnlyList<Code> codes, string key, List<string> path)
    {
        foreach (var code in codes)
        {
            path.Add(code.Name);
            if (string.Equals(code.Key, key, StringComparison.Ordinal) || Search(code.Children, key, path))
            {
                return true;
            }

            path.RemoveAt(path.Count - 1);
        }

        return false;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,59}$")]
    private static partial Regex KeyPattern();
}
