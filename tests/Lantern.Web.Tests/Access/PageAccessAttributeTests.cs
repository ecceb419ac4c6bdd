using System.Reflection;
using Lantern.Web.Infrastructure.Access;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lantern.Web.Tests.Access;

public sealed class PageAccessAttributeTests
{
    private static IEnumerable<Type> PageModels() =>
        typeof(Program).Assembly.GetTypes().Where(t => typeof(PageModel).IsAssignableFrom(t) && !t.IsAbstract);

    [Fact]
    public void EveryPageModel_DeclaresExactlyOneAccessRule()
    {
        var offenders = PageModels()
            .Where(t => t.GetCustomAttributes<PageAccessAttribute>(inherit: true).Count() != 1)
            .Select(t => t.FullName)
            .ToList();

        Assert.True(offenders.Count == 0, "Page models without exactly one access attribute: " + string.Join(", ", offenders));
    }

    [Fact]
    public void EveryReviewPage_DerivesFromReviewPageModel()
    {
        var offenders = PageModels()
            .Where(t => t.GetCustomAttribute<ReviewPageAttribute>() is not null && !typeof(ReviewPageModel).IsAssignableFrom(t))
            .Select(t => t.FullName)
            .ToList();

        Assert.Empty(offenders);
    }

    [Fact]
    public void PageModels_AreFound() => Assert.True(PageModels().Count() > 30);
}
