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

public sealed class PageBindingTests
{
    /// <summary>Without an explicit name, an empty form binds a complex property with no prefix, so its
    /// errors would not reach the fields (or the error summary's links) that show them.</summary>
    [Fact]
    public void EveryBoundFormModel_NamesItsPrefix()
    {
        var offenders = typeof(Program).Assembly.GetTypes()
            .Where(t => typeof(Microsoft.AspNetCore.Mvc.RazorPages.PageModel).IsAssignableFrom(t))
            .SelectMany(t => t.GetProperties())
            .Where(p => p.GetCustomAttributes(typeof(Microsoft.AspNetCore.Mvc.BindPropertyAttribute), true).Length > 0)
            .Where(p => p.PropertyType.IsClass && p.PropertyType != typeof(string))
            .Where(p => ((Microsoft.AspNetCore.Mvc.BindPropertyAttribute)p.GetCustomAttributes(typeof(Microsoft.AspNetCore.Mvc.BindPropertyAttribute), true)[0]).Name is null)
            .Select(p => $"{p.DeclaringType!.Name}.{p.Name}")
            .ToList();

        Assert.True(offenders.Count == 0, "Bound form models without [BindProperty(Name = ...)]: " + string.Join(", ", offenders));
    }
}
