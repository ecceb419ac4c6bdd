namespace Lantern.Core.SettingUp;

/// <summary>An agency in a list, and whether the terms of reference leave it out of scope.</summary>
public sealed record ScopedAgency(Guid Id, string Name, bool OutsideTerms)
{
    /// <summary>The id and name, for lists that need no more.</summary>
    public void Deconstruct(out Guid id, out string name) => (id, name) = (Id, Name);
}

/// <summary>
/// The one order for every list of agencies in a review's chronology pages: the agencies the terms of reference
/// put in scope first, by name, then the others, by name, marked as outside the terms. Before there are terms
/// of reference every agency is simply by name, none marked.
/// </summary>
public static class AgenciesInScope
{
    public static IReadOnlyList<ScopedAgency> Order(IEnumerable<(Guid Id, string Name)> agencies, IReadOnlyCollection<Guid>? inScope)
    {
        var scope = inScope is { Count: > 0 } ids ? ids.ToHashSet() : null;
        return agencies
            .DistinctBy(a => a.Id)
            .Select(a => new ScopedAgency(a.Id, a.Name, scope is not null && !scope.Contains(a.Id)))
            .OrderBy(a => a.OutsideTerms)
            .ThenBy(a => a.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(a => a.Id)
            .ToList();
    }
}
