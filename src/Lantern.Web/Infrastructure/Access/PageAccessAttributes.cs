using Microsoft.AspNetCore.Authorization;

namespace Lantern.Web.Infrastructure.Access;

/// <summary>
/// Every page model carries exactly one of these, saying who may use it. A page without one fails the
/// access-matrix test and a unit test, and the access filter refuses it at run time.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true, AllowMultiple = false)]
public abstract class PageAccessAttribute : Attribute
{
    public abstract string Describe();
}

/// <summary>Open to anyone, signed in or not: sign-in, setup, invitation and error pages.</summary>
public sealed class PublicPageAttribute : PageAccessAttribute, IAllowAnonymous
{
    public override string Describe() => "public";
}

/// <summary>Anyone fully signed in (password and second factor) with an enabled account.</summary>
public sealed class SignedInPageAttribute : PageAccessAttribute
{
    public override string Describe() => "signed in";
}

/// <summary>Someone whose partnership roles grant <see cref="Permission"/>.</summary>
public sealed class PartnershipPageAttribute(PartnershipPermission permission) : PageAccessAttribute
{
    public PartnershipPermission Permission { get; } = permission;

    public override string Describe() => $"partnership: {Permission}";
}

/// <summary>
/// A page about one review, whose route has <c>{reviewId:guid}</c>. Someone outside the review's partnership
/// gets "page not found"; someone inside it without <see cref="Permission"/> gets "no access"; both are
/// audited. Every GET is audited as <see cref="ViewAction"/>: any page about a review shows something of it,
/// so the audit action is required.
/// </summary>
public sealed class ReviewPageAttribute(ReviewPermission permission, string viewAction) : PageAccessAttribute
{
    public ReviewPermission Permission { get; } = permission;

    public string ViewAction { get; } = viewAction;

    public override string Describe() => $"review: {Permission}";
}

/// <summary>
/// On a handler of a <see cref="ReviewPageAttribute"/> page (usually its POST), a further permission that
/// handler needs: a page everyone on the review may read can still keep its form for those who may change it.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class HandlerNeedsAttribute(ReviewPermission permission) : Attribute
{
    public ReviewPermission Permission { get; } = permission;
}

/// <summary>
/// On a <see cref="ReviewPageAttribute"/> page, lets its form be sent when the review has been withdrawn. Every
/// other review page refuses changes to a withdrawn review (see <see cref="AccessPageFilter"/>): the review is
/// kept as a record, read-only.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class OpenWhenWithdrawnAttribute : Attribute;

/// <summary>
/// On a <see cref="ReviewPageAttribute"/> page, another permission that also opens it: for example agency
/// contacts, who may submit their own agency's chronology but not read the whole review's information. The page
/// itself must then narrow what it shows to what that permission covers.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class AlsoOpenToAttribute(ReviewPermission permission) : Attribute
{
    public ReviewPermission Permission { get; } = permission;
}
