namespace Lantern.Web.Pages.SettingUp;

/// <summary>Where each part of setting up stands, for the review's setting-up page.</summary>
public sealed record PartStatus(string Name, string Path, string Status, bool IsDone);

public sealed record TaskRow(Guid Id, string Title, TaskKind Kind, DateOnly? DueOn, string? AssignedTo, Guid Version);

public sealed class SettingUpQueries(LanternDbContext db)
{
    public async Task<IReadOnlyList<PartStatus>> PartsAsync(Guid reviewId, bool inEngland, CancellationToken cancellationToken = default)
    {
        var hasReferral = await db.Referrals.AnyAsync(r => r.ReviewId == reviewId, cancellationToken);
        var notified = await db.PanelNotifications.Where(n => n.ReviewId == reviewId).Select(n => (DateOnly?)n.SentOn).FirstOrDefaultAsync(cancellationToken);
        var requests = await db.InformationRequests.Where(r => r.ReviewId == reviewId).Select(r => r.Status).ToListAsync(cancellationToken);
        var rapidReviews = await db.ScopingMeetings.Where(m => m.ReviewId == reviewId).Select(m => m.PanelReportSentOn).ToListAsync(cancellationToken);
        var decision = await db.Decisions.Where(d => d.ReviewId == reviewId).OrderByDescending(d => d.VersionNumber).Select(d => (bool?)d.ToReview).FirstOrDefaultAsync(cancellationToken);
        var board = await db.BoardNotifications.CountAsync(b => b.ReviewId == reviewId, cancellationToken);
        var family = await db.FamilyMembers.CountAsync(f => f.ReviewId == reviewId, cancellationToken);
        var purpose = await db.PurposeStatements.Where(p => p.ReviewId == reviewId).Select(p => new { p.SentOn }).FirstOrDefaultAsync(cancellationToken);
        var familyTold = await db.Correspondence.Where(c => c.ReviewId == reviewId && c.Direction == CorrespondenceDirection.ToFamily)
            .OrderBy(c => c.OccurredOn).Select(c => (DateOnly?)c.OccurredOn).FirstOrDefaultAsync(cancellationToken);
        var terms = await db.TermsOfReference.Where(t => t.ReviewId == reviewId).OrderByDescending(t => t.VersionNumber)
            .Select(t => new { t.VersionNumber, t.Status }).FirstOrDefaultAsync(cancellationToken);
        var governance = await db.GovernancePlans.Where(g => g.ReviewId == reviewId).MaxAsync(g => (int?)g.VersionNumber, cancellationToken);
        var milestones = await db.Milestones.Where(m => m.ReviewId == reviewId).Select(m => m.CompletedOn).ToListAsync(cancellationToken);

        var parts = new List<PartStatus>
        {
            new("Referral", Link.Referral(reviewId), hasReferral ? "Received" : "No referral recorded", hasReferral),
        };
        if (inEngland)
        {
            parts.Add(new("Notification to the national panel", Link.Notification(reviewId), notified is { } sent ? $"Sent {sent.LongDate()}" : "Not sent yet", notified is not null));
        }

        var returned = requests.Count(s => s == InformationRequestStatus.Returned);
        parts.Add(new("Information from agencies", Link.InformationRequests(reviewId),
            requests.Count == 0 ? "None requested yet" : $"{returned} of {requests.Count} returned", requests.Count > 0 && returned == requests.Count));
        var reportSent = rapidReviews.Min();
        parts.Add(new("Rapid review", Link.RapidReview(reviewId),
            rapidReviews.Count == 0 ? "Not held yet" : reportSent is { } reported ? $"Report sent {reported.LongDate()}" : "Held, report not sent yet", reportSent is not null));
        parts.Add(new("Decision", Link.Decision(reviewId), decision switch { true => "To review", false => "Not to review", null => "Not made yet" }, decision is not null));
        parts.Add(new("Board informed", Link.Board(reviewId), board == 0 ? "Not yet" : "Informed", board > 0));
        // The family part is done once the family has been told, not merely once the plan has names in it.
        var inPlan = family == 1 ? "1 family member in the plan" : $"{family} family members in the plan";
        parts.Add(new("Family", Link.Family(reviewId),
            familyTold is { } told ? $"Told {told.LongDate()}" : family == 0 ? "No contact plan yet" : $"{inPlan}, not told yet", familyTold is not null));
        parts.Add(new("Purpose of the review", Link.Purpose(reviewId),
            purpose is null ? "Not recorded yet" : purpose.SentOn is { } sentOn ? $"Sent {sentOn.LongDate()}" : "Recorded, not sent yet", purpose?.SentOn is not null));
        parts.Add(new("Terms of reference", Link.Terms(reviewId), terms is null ? "Not drafted yet" : terms.Status == TermsStatus.Agreed ? $"Version {terms.VersionNumber} agreed" : $"Version {terms.VersionNumber} in draft", terms?.Status == TermsStatus.Agreed));
        parts.Add(new("Governance", Link.Governance(reviewId), governance is { } g ? g == 1 ? "Set out" : $"Set out, version {g}" : "Not set out yet", governance is not null));
        var done = milestones.Count(c => c is not null);
        parts.Add(new("Plan, delays and budget", Link.Plan(reviewId), milestones.Count == 0 ? "No plan yet" : $"{done} of {milestones.Count} milestones done", milestones.Count > 0));
        return parts;
    }

    public Task<List<TaskRow>> OpenTasksAsync(Guid reviewId, CancellationToken cancellationToken = default) =>
        (from t in db.ReviewTasks.AsNoTracking()
         where t.ReviewId == reviewId && t.CompletedAt == null
         join u in db.Users on t.AssignedUserId equals (Guid?)u.Id into assigned
         from u in assigned.DefaultIfEmpty()
         orderby t.DueOn, t.CreatedAt
         select new TaskRow(t.Id, t.Title, t.Kind, t.DueOn, u != null ? u.DisplayName : null, t.Version))
        .ToListAsync(cancellationToken);
}
