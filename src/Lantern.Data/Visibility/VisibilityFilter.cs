using System.Linq.Expressions;
using Lantern.Core.Access;

namespace Lantern.Data.Visibility;

/// <summary>
/// Turns a <see cref="RecordScope"/> from <see cref="RecordVisibility"/> into a database filter. Every filter
/// keeps to the viewer's review; a scope the kind has no test for (and <see cref="RecordScope.None"/>) gives
/// nothing, so a forgotten case hides records rather than showing them.
/// </summary>
internal static class VisibilityFilter
{
    public static IQueryable<T> Apply<T>(IQueryable<T> query, RecordScope scope, Expression<Func<T, bool>> inReview,
        Expression<Func<T, bool>>? shared = null, Expression<Func<T, bool>>? own = null, Expression<Func<T, bool>>? ownAgency = null)
    {
        var narrower = scope switch
        {
            RecordScope.SharedOnly => shared,
            RecordScope.Own => own,
            RecordScope.OwnAgency => ownAgency,
            _ => null,
        };

        if (scope == RecordScope.None || (scope != RecordScope.All && narrower is null))
        {
            return query.Where(_ => false);
        }

        query = query.Where(inReview);
        return narrower is null ? query : query.Where(narrower);
    }
}
