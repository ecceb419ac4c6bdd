namespace Lantern.Web.Pages.SettingUp.RapidReview;

public sealed record RecordNotificationOptions(Guid ReviewId, Guid PartnershipId, DateOnly SentOn, string Reference, string? Notes, Guid? Version);

/// <param name="RequestedOn">The day the request was made: today, or earlier for a review begun on paper.</param>
public sealed record RequestInformationOptions(Guid ReviewId, Guid PartnershipId, Guid AgencyId, DateOnly DueOn, string WhatIsNeeded, DateOnly RequestedOn);

public sealed record RecordReportSentOptions(Guid ReviewId, Guid PartnershipId, Guid MeetingId, DateOnly SentOn, Guid Version);

public sealed record ReturnInformationOptions(Viewer Viewer, Guid PartnershipId, Guid RequestId, string Summary, DateOnly? From, DateOnly? To, string? KeyContacts, Guid Version);

/// <summary>The first weeks: notifying the national panel, asking agencies for what they know, and the
/// rapid review that recommends a decision to the chair and reports to the national panel.</summary>
public sealed class RapidReviewService(LanternDbContext db, AuditRecorder recorder)
{
    public async Task<WriteResult> RecordNotificationAsync(RecordNotificationOptions options, AuditActor audit, CancellationToken cancellationToken = default)
    {
        var aware = await db.Referrals.Where(r => r.ReviewId == options.ReviewId).Select(r => (DateOnly?)r.AwareDate).SingleOrDefaultAsync(cancellationToken);
        if (options.SentOn > recorder.Today)
        {
            return WriteResult.Refused("SentOn", "The date the notification was sent must be today or in the past");
        }

        if (aware is { } awareOn && options.SentOn < awareOn)
        {
            return WriteResult.Refused("SentOn", "The date the notification was sent must be on or after the date the partnership became aware");
        }

        var notification = await db.PanelNotifications.SingleOrDefaultAsync(n => n.ReviewId == options.ReviewId, cancellationToken);
        if (notification is null)
        {
            notification = new PanelNotification { Id = Guid.NewGuid(), ReviewId = options.ReviewId };
            db.PanelNotifications.Add(notification);
            recorder.History(options.ReviewId, HistoryKind.PanelNotified, $"National panel notified (reference {options.Reference.Trim()})", audit.UserId);
            foreach (var task in await db.ReviewTasks.Where(t => t.ReviewId == options.ReviewId && t.Kind == TaskKind.NotifyPanel && t.CompletedAt == null).ToListAsync(cancellationToken))
            {
                task.CompletedAt = recorder.Now;
                task.CompletedByUserId = audit.UserId;
            }
        }
        else if (options.Version is { } version)
        {
            db.Entry(notification).Property(n => n.Version).OriginalValue = version;
        }
        else
        {
            // The form was opened before anyone had recorded it: saving now would overwrite theirs unseen.
            return WriteResult.Stale;
        }

        notification.SentOn = options.SentOn;
        notification.Reference = options.Reference.Trim();
        notification.Notes = string.IsNullOrWhiteSpace(options.Notes) ? null : options.Notes.Trim();
        notification.RecordedByUserId = audit.UserId!.Value;
        notification.RecordedAt = recorder.Now;
        recorder.Audit(audit, AuditActions.PanelNotified, options.ReviewId, options.PartnershipId, "PanelNotification", notification.Id);
        return await db.SaveOrConflictAsync(cancellationToken);
    }

    public async Task<WriteResult> RequestInformationAsync(RequestInformationOptions options, AuditActor audit, CancellationToken cancellationToken = default)
    {
        if (!await db.Agencies.AnyAsync(a => a.Id == options.AgencyId && a.PartnershipId == options.PartnershipId && a.IsActive, cancellationToken))
        {
            return WriteResult.Refused("AgencyId", "Select an agency from the list");
        }

        if (options.RequestedOn > recorder.Today)
        {
            return WriteResult.Refused("RequestedOn", "The date the information was requested must be today or in the past");
        }

        var aware = await db.Referrals.Where(r => r.ReviewId == options.ReviewId).Select(r => (DateOnly?)r.AwareDate).SingleOrDefaultAsync(cancellationToken);
        if (aware is { } awareOn && options.RequestedOn < awareOn)
        {
            return WriteResult.Refused("RequestedOn", "The date the information was requested must be on or after the date the partnership became aware");
        }

        // A due date may be in the past: a review begun on paper is brought in with the requests it already made.
        if (options.DueOn < options.RequestedOn)
        {
            return WriteResult.Refused("DueOn", "The date the information is due must be the same as or after the date it was requested");
        }

        var request = new InformationRequest
        {
            Id = Guid.NewGuid(),
            ReviewId = options.ReviewId,
            AgencyId = options.AgencyId,
            RequestedOn = options.RequestedOn,
            DueOn = options.DueOn,
            WhatIsNeeded = options.WhatIsNeeded.Trim(),
            Status = InformationRequestStatus.Sent,
            RequestedByUserId = audit.UserId!.Value,
        };
        db.InformationRequests.Add(request);
        var agency = await db.Agencies.Where(a => a.Id == options.AgencyId).Select(a => a.Name).SingleAsync(cancellationToken);
        recorder.History(options.ReviewId, HistoryKind.InformationRequested, $"Information requested from {agency}", audit.UserId);
        recorder.Audit(audit, AuditActions.InformationRequested, options.ReviewId, options.PartnershipId, "InformationRequest", request.Id);
        await db.SaveChangesAsync(cancellationToken);
        return WriteResult.Done;
    }

    /// <summary>An agency contact answers a request made to their own agency, and only to it (the record rules give
    /// them only their agency's requests to change).</summary>
    public async Task<WriteResult> ReturnInformationAsync(ReturnInformationOptions options, AuditActor audit, CancellationToken cancellationToken = default)
    {
        var request = await db.InformationRequests.ChangeableBy(options.Viewer).SingleOrDefaultAsync(r => r.Id == options.RequestId, cancellationToken);
        if (request is null)
        {
            return WriteResult.Missing;
        }

        if (options.From is { } from && options.To is { } to && to < from)
        {
            return WriteResult.Refused("InvolvementTo", "The end of your agency's involvement must be the same as or after its start");
        }

        if (options.From > recorder.Today || options.To > recorder.Today)
        {
            return WriteResult.Refused(options.From > recorder.Today ? "InvolvementFrom" : "InvolvementTo", "Dates of involvement must be today or in the past");
        }

        if (request.Version != options.Version)
        {
            return WriteResult.Stale;
        }

        if (request.Status == InformationRequestStatus.Returned)
        {
            return WriteResult.Refused("Summary", "Your agency has already returned this information. Contact the business unit to change it");
        }

        db.Entry(request).Property(r => r.Version).OriginalValue = options.Version;
        request.Return(options.Summary, options.From, options.To, options.KeyContacts, recorder.Today, audit.UserId!.Value);
        var agency = await db.Agencies.Where(a => a.Id == request.AgencyId).Select(a => a.Name).SingleAsync(cancellationToken);
        recorder.History(request.ReviewId, HistoryKind.InformationReturned, $"Information returned by {agency}", audit.UserId);
        recorder.Audit(audit, AuditActions.InformationReturned, request.ReviewId, options.PartnershipId, "InformationRequest", request.Id);
        return await db.SaveOrConflictAsync(cancellationToken);
    }

    /// <summary>Records a rapid review: when it was held, who took part, what it found, its recommendation to
    /// the chair and, when already sent, the date its report went to the national panel.</summary>
    public async Task<WriteResult> RecordRapidReviewAsync(Guid reviewId, Guid partnershipId, ScopingMeeting meeting, AuditActor audit, CancellationToken cancellationToken = default)
    {
        if (meeting.HeldOn > recorder.Today)
        {
            return WriteResult.Refused("HeldOn", "The date of the rapid review must be today or in the past");
        }

        var aware = await db.Referrals.Where(r => r.ReviewId == reviewId).Select(r => (DateOnly?)r.AwareDate).SingleOrDefaultAsync(cancellationToken);
        if (aware is { } awareOn && meeting.HeldOn < awareOn)
        {
            return WriteResult.Refused("HeldOn", "The date of the rapid review must be on or after the date the partnership became aware");
        }

        meeting.ParticipantAgencyIds = meeting.ParticipantAgencyIds.Distinct().ToList();
        var known = await db.Agencies.Where(a => a.PartnershipId == partnershipId && meeting.ParticipantAgencyIds.Contains(a.Id)).CountAsync(cancellationToken);
        if (known != meeting.ParticipantAgencyIds.Count)
        {
            return WriteResult.Refused("ParticipantAgencyIds", "Select the agencies that took part from the list");
        }

        if (meeting.PanelReportSentOn is { } sent && ReportSentProblem(sent, meeting.HeldOn) is { } problem)
        {
            return WriteResult.Refused("PanelReportSentOn", problem);
        }

        meeting.Id = Guid.NewGuid();
        meeting.ReviewId = reviewId;
        meeting.RecordedByUserId = audit.UserId!.Value;
        meeting.RecordedAt = recorder.Now;
        db.ScopingMeetings.Add(meeting);
        recorder.History(reviewId, HistoryKind.ScopingMeetingHeld, $"Rapid review recommended: {meeting.Recommendation.DisplayName().ToLowerInvariant()}", audit.UserId);
        recorder.Audit(audit, AuditActions.ScopingMeetingRecorded, reviewId, partnershipId, "ScopingMeeting", meeting.Id);
        if (meeting.PanelReportSentOn is { } sentOn)
        {
            ReportSent(reviewId, partnershipId, meeting.Id, sentOn, audit);
        }

        await db.SaveChangesAsync(cancellationToken);
        return WriteResult.Done;
    }

    /// <summary>Records the day a rapid review's report was sent to the national panel, which meets the rapid review deadline.</summary>
    public async Task<WriteResult> RecordRapidReviewReportSentAsync(RecordReportSentOptions options, AuditActor audit, CancellationToken cancellationToken = default)
    {
        var meeting = await db.ScopingMeetings.SingleOrDefaultAsync(m => m.Id == options.MeetingId && m.ReviewId == options.ReviewId, cancellationToken);
        if (meeting is null || !await db.Reviews.AnyAsync(r => r.Id == options.ReviewId && r.PartnershipId == options.PartnershipId, cancellationToken))
        {
            return WriteResult.Missing;
        }

        if (ReportSentProblem(options.SentOn, meeting.HeldOn) is { } problem)
        {
            return WriteResult.Refused("SentOn", problem);
        }

        if (meeting.Version != options.Version || meeting.PanelReportSentOn is not null)
        {
            // Someone recorded or changed it since this form was opened.
            return WriteResult.Stale;
        }

        db.Entry(meeting).Property(m => m.Version).OriginalValue = options.Version;
        meeting.PanelReportSentOn = options.SentOn;
        ReportSent(options.ReviewId, options.PartnershipId, meeting.Id, options.SentOn, audit);
        return await db.SaveOrConflictAsync(cancellationToken);
    }

    private string? ReportSentProblem(DateOnly sentOn, DateOnly heldOn) =>
        sentOn > recorder.Today ? "The date the report was sent must be today or in the past"
        : sentOn < heldOn ? "The date the report was sent must be on or after the date of the rapid review"
        : null;

    private void ReportSent(Guid reviewId, Guid partnershipId, Guid meetingId, DateOnly sentOn, AuditActor audit)
    {
        recorder.History(reviewId, HistoryKind.ScopingMeetingHeld,
            $"Rapid review report sent to the national panel on {sentOn.LongDate()}", audit.UserId);
        recorder.Audit(audit, AuditActions.RapidReviewReportSent, reviewId, partnershipId, "ScopingMeeting", meetingId);
    }
}
