using Lantern.Core.Board;
using Lantern.Core.Reports;
using Lantern.Web.Pages.Reports;

namespace Lantern.Web.Pages.BoardResponse;

/// <summary>What was entered about the Board meeting the report was presented at.</summary>
public sealed record PresentationInput(DateOnly PresentedOn, BoardMeetingKind? Kind, string? Attendees, string? Minutes, Guid? Version);

/// <summary>
/// Records the Board's response (quality markers 15 and 16): the meeting the report was presented at, which moves an
/// agreed version on to "presented to the Board", and the Board's answer to each finding and each of its issues for
/// the Board. One audited write per method; a response saved from a stale copy is refused so nobody's words are lost.
/// </summary>
public sealed class BoardResponseService(LanternDbContext db, AuditRecorder recorder, BoardResponseQueries queries)
{
    public async Task<WriteResult> RecordPresentationAsync(ReportScope scope, PresentationInput input, DateOnly today, CancellationToken ct = default)
    {
        if (!await db.Reviews.AnyAsync(r => r.Id == scope.ReviewId && r.PartnershipId == scope.PartnershipId, ct))
        {
            return WriteResult.Missing;
        }

        var presentation = await db.BoardPresentations.SingleOrDefaultAsync(p => p.ReviewId == scope.ReviewId, ct);
        if ((presentation is null) != (input.Version is null) || (presentation is not null && presentation.Version != input.Version))
        {
            return WriteResult.Stale;
        }

        var version = presentation is not null
            ? await db.ReportVersions.SingleAsync(v => v.Id == presentation.ReportVersionId, ct)
            : await db.ReportVersions.Where(v => v.ReviewId == scope.ReviewId && v.Status >= ReportStatus.AgreedByChair)
                .OrderByDescending(v => v.Number).FirstOrDefaultAsync(ct);
        var errors = new List<(string, string)>();
        if (version is null)
        {
            errors.Add((string.Empty, "The chair must agree a version of the report before it can be presented to the Board"));
        }

        if (input.PresentedOn > today)
        {
            errors.Add(("Input.PresentedOn", "The date of the meeting must be today or in the past"));
        }
        else if (version is not null && input.PresentedOn < DateOnly.FromDateTime(version.CreatedAt))
        {
            errors.Add(("Input.PresentedOn", $"The date of the meeting must be on or after {DateOnly.FromDateTime(version.CreatedAt).LongDate()}, when {version.Label.ToLowerInvariant()} was started"));
        }

        if (input.Kind is null)
        {
            errors.Add(("Input.Kind", "Select whether it was a scheduled or an extraordinary meeting"));
        }

        var attendees = (input.Attendees ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.CurrentCultureIgnoreCase).ToList();
        if (attendees.Count == 0)
        {
            errors.Add(("Input.Attendees", "Enter who attended, by role, one on each line"));
        }
        else if (attendees.Count > BoardPresentation.MaxAttendees)
        {
            errors.Add(("Input.Attendees", $"Enter up to {BoardPresentation.MaxAttendees} attendees"));
        }
        else if (attendees.Find(a => a.Length > BoardPresentation.AttendeeMaxLength) is { } tooLong)
        {
            errors.Add(("Input.Attendees", $"Each attendee's role must be {BoardPresentation.AttendeeMaxLength} characters or fewer (\"{tooLong[..20]}…\" is longer)"));
        }

        var minutes = string.IsNullOrWhiteSpace(input.Minutes) ? null : input.Minutes.Trim();
        if (minutes?.Length > BoardPresentation.MinutesMaxLength)
        {
            errors.Add(("Input.Minutes", $"The minutes must be {BoardPresentation.MinutesMaxLength:N0} characters or fewer"));
        }

        if (errors.Count > 0)
        {
            return new WriteResult(false, errors);
        }

        if (presentation is null)
        {
            presentation = new BoardPresentation { Id = Guid.NewGuid(), ReviewId = scope.ReviewId, ReportVersionId = version!.Id };
            db.BoardPresentations.Add(presentation);
        }
        else
        {
            db.Entry(presentation).Property(p => p.Version).OriginalValue = input.Version!.Value;
        }

        (presentation.PresentedOn, presentation.Kind, presentation.Attendees, presentation.Minutes) = (input.PresentedOn, input.Kind!.Value, attendees, minutes);
        (presentation.RecordedAt, presentation.RecordedByUserId) = (recorder.Now, scope.UserId);
        if (version!.Status == ReportStatus.AgreedByChair)
        {
            if (version.MoveTo(ReportStatus.PresentedToBoard, 0, false, scope.UserId, recorder.Now) is { } refusal)
            {
                return WriteResult.Refused(string.Empty, refusal);
            }

            db.ReportStatusChanges.Add(new ReportStatusChange
            {
                Id = Guid.NewGuid(),
                VersionId = version.Id,
                From = ReportStatus.AgreedByChair,
                To = ReportStatus.PresentedToBoard,
                ByUserId = scope.UserId,
                At = recorder.Now,
            });
            recorder.Audit(scope.Actor, AuditActions.ReportStatusChanged, scope.ReviewId, scope.PartnershipId, nameof(ReportVersion), version.Id);
        }

        db.WithdrawResponseReadiness(scope.ReviewId);
        recorder.Audit(scope.Actor, AuditActions.BoardPresentationRecorded, scope.ReviewId, scope.PartnershipId, nameof(BoardPresentation), presentation.Id);
        return await db.SaveOrConflictAsync(ct);
    }

    /// <summary>Records (or changes) the Board's answer to one finding. Refused until the report has been presented,
    /// with every problem named (<see cref="BoardResponseRules.Check"/>).</summary>
    public async Task<WriteResult> RecordFindingResponseAsync(ReportScope scope, Guid findingId, FindingResponseInput input, Guid? versionToken, DateOnly today, CancellationToken ct = default)
    {
        if (!await db.Reviews.AnyAsync(r => r.Id == scope.ReviewId && r.PartnershipId == scope.PartnershipId, ct))
        {
            return WriteResult.Missing;
        }

        var finding = (await queries.FindingsAsync(scope.ReviewId, ct)).FirstOrDefault(f => f.Finding.Id == findingId);
        if (finding is null)
        {
            return WriteResult.Missing;
        }

        if (!await queries.PresentedAsync(scope.ReviewId, ct))
        {
            return WriteResult.Refused(string.Empty, "Record the Board meeting the report was presented at before recording the Board's response");
        }

        var response = await db.FindingResponses.SingleOrDefaultAsync(r => r.FindingId == findingId, ct);
        if ((response is null) != (versionToken is null) || (response is not null && response.Version != versionToken))
        {
            return WriteResult.Stale;
        }

        var context = new FindingResponseContext(
            [.. finding.Issues.Select(i => i.Id)],
            [.. (await queries.PrioritiesAsync(scope.PartnershipId, today, ct)).Select(p => p.Id)],
            [.. (await queries.AgenciesAsync(scope.PartnershipId, ct)).Select(a => a.Id)],
            [.. (await queries.NationalRecommendationsAsync(scope.ReviewId, ct)).Select(r => r.Id)]);
        var errors = BoardResponseRules.Check(input, context);
        if (errors.Count > 0)
        {
            return new WriteResult(false, [.. errors.Select(e => (e.Field.Length == 0 ? string.Empty : "Input." + e.Field, e.Message))]);
        }

        if (response is null)
        {
            response = new FindingResponse { Id = Guid.NewGuid(), ReviewId = scope.ReviewId, FindingId = findingId };
            db.FindingResponses.Add(response);
        }
        else
        {
            db.Entry(response).Property(r => r.Version).OriginalValue = versionToken!.Value;
        }

        response.Decision = input.Decision!.Value;
        response.Reasons = Clean(input.Reasons);
        response.PriorityId = input.PriorityId;
        response.BoardWillDo = Clean(input.BoardWillDo);
        response.AgenciesWillDo = Clean(input.AgenciesWillDo);
        response.AgencyIds = [.. input.AgencyIds.Distinct()];
        response.Monitoring = Clean(input.Monitoring);
        response.NationalActionNeeded = input.NationalActionNeeded!.Value;
        response.NationalRecommendationId = input.NationalActionNeeded == true ? input.NationalRecommendationId : null;
        response.IssueAnswers = [.. finding.Issues.Select(i => new IssueAnswer { BoardIssueId = i.Id, Answer = input.IssueAnswers[i.Id]!.Trim() })];
        (response.RecordedAt, response.RecordedByUserId) = (recorder.Now, scope.UserId);
        db.WithdrawResponseReadiness(scope.ReviewId);
        recorder.Audit(scope.Actor, AuditActions.BoardFindingResponseRecorded, scope.ReviewId, scope.PartnershipId, nameof(FindingResponse), response.Id);
        return await db.SaveOrConflictAsync(ct);
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
