using System.Reflection;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Lantern.Web.Infrastructure.Access;

/// <summary>
/// Applies each page's <see cref="PageAccessAttribute"/> before any handler runs, so no page can forget its
/// check: loads the review from the route, answers 404 outside its partnership and 403 without permission
/// (auditing both), audits views of review content, and refuses changes to a withdrawn review.
/// </summary>
public sealed class AccessPageFilter(
    LanternDbContext db,
    IAuthorizationService authorization,
    AuditRecorder recorder,
    ILogger<AccessPageFilter> logger) : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var http = context.HttpContext;
        var rule = context.ActionDescriptor.HandlerTypeInfo.GetCustomAttribute<PageAccessAttribute>(inherit: true);
        if (rule is null)
        {
            logger.LogCritical("Page {Page} declares no access rule; refusing it", context.ActionDescriptor.ViewEnginePath);
            context.Result = new StatusCodeResult(StatusCodes.Status403Forbidden);
            return;
        }

        var refusal = rule switch
        {
            PublicPageAttribute or SignedInPageAttribute => null,
            PartnershipPageAttribute partnershipRule => await CheckPartnershipAsync(http, partnershipRule),
            ReviewPageAttribute reviewRule => await CheckReviewAsync(context, reviewRule),
            _ => new StatusCodeResult(StatusCodes.Status403Forbidden),
        };

        if (refusal is not null)
        {
            context.Result = refusal;
            return;
        }

        // A page answers only the verbs it has handlers for; anything else must not render it. Checked after access,
        // so that someone refused the page learns nothing of which forms it has.
        if (context.HandlerMethod is null && !HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method))
        {
            context.Result = new StatusCodeResult(StatusCodes.Status405MethodNotAllowed);
            return;
        }

        await next();
    }

    private async Task<IActionResult?> CheckPartnershipAsync(HttpContext http, PartnershipPageAttribute rule)
    {
        var result = await authorization.AuthorizeAsync(http.User, null, new PartnershipOperation(rule.Permission));
        if (result.Succeeded)
        {
            return null;
        }

        await AuditAsync(http, AuditActions.AccessRefused, AuditSubject.None);
        return new StatusCodeResult(StatusCodes.Status403Forbidden);
    }

    private async Task<IActionResult?> CheckReviewAsync(PageHandlerExecutingContext context, ReviewPageAttribute rule)
    {
        var http = context.HttpContext;
        var actor = http.User.ToActor();
        if (actor is null || context.HandlerInstance is not ReviewPageModel page ||
            !Guid.TryParse(context.RouteData.Values["reviewId"]?.ToString(), out var reviewId))
        {
            return new StatusCodeResult(StatusCodes.Status404NotFound);
        }

        var review = await db.Reviews.AsNoTracking()
            .Where(r => r.Id == reviewId)
            .Select(r => new
            {
                r.PartnershipId,
                r.WorkingTitle,
                r.Status,
                r.RealIdentityRoles,
                TypeName = db.ReviewTypes.Where(t => t.Id == r.ReviewTypeId).Select(t => t.Name).FirstOrDefault(),
            })
            .FirstOrDefaultAsync(http.RequestAborted);

        if (review is null || review.PartnershipId != actor.PartnershipId)
        {
            // Outside the partnership a review does not exist, but the attempt is recorded twice: in the
            // person's own partnership without naming the review, and in the review's partnership, whose
            // trail shows the attempt on its review by someone from elsewhere.
            if (review is not null)
            {
                recorder.AuditAccessRefusedElsewhere(http.AuditActor(), actor.PartnershipId, reviewId, review.PartnershipId);
                await db.SaveChangesAsync(http.RequestAborted);
            }

            return new StatusCodeResult(StatusCodes.Status404NotFound);
        }

        var role = await db.ReviewMembers.AsNoTracking()
            .Where(m => m.ReviewId == reviewId && m.UserId == actor.UserId)
            .Select(m => (Core.Reviews.ReviewRole?)m.Role)
            .FirstOrDefaultAsync(http.RequestAborted);

        var subject = AuditSubject.ForReview(reviewId, review.PartnershipId);
        var resource = new ReviewResource(reviewId, review.PartnershipId, role, review.RealIdentityRoles);
        var handlerNeeds = context.HandlerMethod?.MethodInfo.GetCustomAttribute<HandlerNeedsAttribute>();
        var alsoOpenTo = context.ActionDescriptor.HandlerTypeInfo.GetCustomAttribute<AlsoOpenToAttribute>();
        if (!((await authorization.AuthorizeAsync(http.User, resource, new ReviewOperation(rule.Permission))).Succeeded ||
              (alsoOpenTo is not null && (await authorization.AuthorizeAsync(http.User, resource, new ReviewOperation(alsoOpenTo.Permission))).Succeeded)) ||
            (handlerNeeds is not null && !(await authorization.AuthorizeAsync(http.User, resource, new ReviewOperation(handlerNeeds.Permission))).Succeeded))
        {
            await AuditAsync(http, AuditActions.AccessRefused, subject);
            return new StatusCodeResult(StatusCodes.Status403Forbidden);
        }

        // A withdrawn review is a record, not work: nothing on it changes, whoever asks (423, "locked").
        if (review.Status == Core.Reviews.ReviewStatus.Withdrawn &&
            !HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method) &&
            context.ActionDescriptor.HandlerTypeInfo.GetCustomAttribute<OpenWhenWithdrawnAttribute>() is null)
        {
            return new StatusCodeResult(StatusCodes.Status423Locked);
        }

        var viewer = Viewer.For(actor, reviewId, review.PartnershipId, role, review.RealIdentityRoles);
        page.Review = new ReviewContext(reviewId, review.PartnershipId, review.WorkingTitle, review.TypeName ?? string.Empty,
            review.Status, role, viewer.Permissions, viewer);

        if (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method))
        {
            await AuditAsync(http, rule.ViewAction, subject);
        }

        return null;
    }

    private async Task AuditAsync(HttpContext http, string action, AuditSubject subject)
    {
        recorder.Audit(http.AuditActor(), action, subject);
        await db.SaveChangesAsync(http.RequestAborted);
    }
}
