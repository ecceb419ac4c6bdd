using Lantern.Core.Reports;

namespace Lantern.Web.Pages.Reports;

/// <summary>
/// What readers say about a version before it is completed: quality-assurance comments on sections, answered or
/// resolved by the writers (a version cannot be agreed while any is open), and drafts given to the family and the
/// case group with their responses (quality marker 12). One audited write per method.
/// </summary>
public sealed class ReportReadersService(LanternDbContext db, AuditRecorder recorder)
{
    public async Task<WriteResult> CommentAsync(ReportScope scope, int number, string key, string? text, CancellationToken ct = default)
    {
        if (await SectionAsync(scope, number, key, ct) is not { } found)
        {
            return WriteResult.Missing;
        }

        var clean = text?.Trim() ?? string.Empty;
        if (clean.Length == 0)
        {
            return WriteResult.Refused("CommentText", "Enter your comment");
        }

        if (clean.Length > ReportComment.TextMaxLength)
        {
            return WriteResult.Refused("CommentText", "Your comment must be 4,000 characters or fewer");
        }

        if (!found.Version.IsOpenForWriting)
        {
            return WriteResult.Refused("CommentText", $"{found.Version.Label} has been agreed. Comment on the next version instead");
        }

        var comment = new ReportComment
        {
            Id = Guid.NewGuid(),
            ReviewId = scope.ReviewId,
            VersionId = found.Version.Id,
            SectionId = found.Section.Id,
            AuthorUserId = scope.UserId,
            Text = clean,
            CreatedAt = recorder.Now,
        };
        db.ReportComments.Add(comment);
        recorder.Audit(scope.Actor, AuditActions.ReportCommented, scope.ReviewId, scope.PartnershipId, nameof(ReportComment), comment.Id);
        return await db.SaveOrConflictAsync(ct);
    }

    /// <summary>Answers a comment, resolves it, or both. A resolved comment stays on the record.</summary>
    public async Task<WriteResult> AnswerAsync(ReportScope scope, int number, string key, Guid commentId, string? answer, bool resolve, CancellationToken ct = default)
    {
        if (await SectionAsync(scope, number, key, ct) is not { } found)
        {
            return WriteResult.Missing;
        }

        var comment = await db.ReportComments.SingleOrDefaultAsync(c => c.Id == commentId && c.SectionId == found.Section.Id, ct);
        if (comment is null)
        {
            return WriteResult.Missing;
        }

        var clean = answer?.Trim();
        if (string.IsNullOrEmpty(clean) && !resolve)
        {
            return WriteResult.Refused($"Answer-{commentId}", "Enter your answer, or choose to resolve the comment");
        }

        if (clean?.Length > ReportComment.TextMaxLength)
        {
            return WriteResult.Refused($"Answer-{commentId}", "Your answer must be 4,000 characters or fewer");
        }

        if (!comment.IsOpen)
        {
            return WriteResult.Refused($"Answer-{commentId}", "This comment has already been resolved");
        }

        if (!string.IsNullOrEmpty(clean))
        {
            comment.Answer = clean;
            comment.AnsweredAt = recorder.Now;
            comment.AnsweredByUserId = scope.UserId;
            recorder.Audit(scope.Actor, AuditActions.ReportCommentAnswered, scope.ReviewId, scope.PartnershipId, nameof(ReportComment), comment.Id);
        }

        if (resolve)
        {
            comment.ResolvedAt = recorder.Now;
            comment.ResolvedByUserId = scope.UserId;
            recorder.Audit(scope.Actor, AuditActions.ReportCommentResolved, scope.ReviewId, scope.PartnershipId, nameof(ReportComment), comment.Id);
        }

        return await db.SaveOrConflictAsync(ct);
    }

    /// <summary>Records that a draft was given to a family member or to the case group.</summary>
    public async Task<WriteResult> GiveDraftAsync(ReportScope scope, int number, DraftReader reader, Guid? familyMemberId, DateOnly? givenOn, CancellationToken ct = default)
    {
        if (await VersionAsync(scope, number, ct) is not { } version)
        {
            return WriteResult.Missing;
        }

        var errors = new List<(string, string)>();
        if (reader == DraftReader.Family && (familyMemberId is not { } id || !await db.FamilyMembers.AnyAsync(f => f.Id == id && f.ReviewId == scope.ReviewId, ct)))
        {
            errors.Add(("Input.Reader", "Select the family member the draft was given to"));
        }

        if (givenOn is not { } on)
        {
            errors.Add(("Input.GivenOn", "Enter the date the draft was given"));
        }
        else if (on > recorder.Today)
        {
            errors.Add(("Input.GivenOn", "The date the draft was given must be today or in the past"));
        }

        if (version.Status >= ReportStatus.PresentedToBoard)
        {
            errors.Add((string.Empty, $"{version.Label} has been presented to the Board. Drafts are given to readers before the report is completed"));
        }

        if (errors.Count > 0)
        {
            return new WriteResult(false, errors);
        }

        var given = new ReportDraftResponse
        {
            Id = Guid.NewGuid(),
            ReviewId = scope.ReviewId,
            VersionId = version.Id,
            Reader = reader,
            FamilyMemberId = reader == DraftReader.Family ? familyMemberId : null,
            GivenOn = givenOn!.Value,
            RecordedByUserId = scope.UserId,
            CreatedAt = recorder.Now,
        };
        db.ReportDraftResponses.Add(given);
        recorder.Audit(scope.Actor, AuditActions.ReportDraftGiven, scope.ReviewId, scope.PartnershipId, nameof(ReportDraftResponse), given.Id);
        return await db.SaveOrConflictAsync(ct);
    }

    /// <summary>Records a reader's response to a draft given to them (the writers record the family's, a case group
    /// member records their own through <see cref="RespondAsCaseGroupAsync"/>).</summary>
    public async Task<WriteResult> RecordResponseAsync(ReportScope scope, int number, Guid draftId, Guid token, string? response, DateOnly? respondedOn, CancellationToken ct = default)
    {
        if (await VersionAsync(scope, number, ct) is not { } version)
        {
            return WriteResult.Missing;
        }

        var draft = await db.ReportDraftResponses.SingleOrDefaultAsync(d => d.Id == draftId && d.VersionId == version.Id, ct);
        if (draft is null)
        {
            return WriteResult.Missing;
        }

        var errors = ResponseProblems(response, respondedOn, draft.GivenOn);
        return await Saves.ChangeVersionedAsync(db, draft, token, errors, d =>
        {
            d.Response = response!.Trim();
            d.RespondedOn = respondedOn;
        }, () => recorder.Audit(scope.Actor, AuditActions.ReportDraftResponseRecorded, scope.ReviewId, scope.PartnershipId, nameof(ReportDraftResponse), draft.Id), ct);
    }

    /// <summary>A case group member's own response to a draft shared with the case group.</summary>
    public async Task<WriteResult> RespondAsCaseGroupAsync(ReportScope scope, int number, string? response, CancellationToken ct = default)
    {
        if (await VersionAsync(scope, number, ct) is not { SharedWithCaseGroup: true } version)
        {
            return WriteResult.Missing;
        }

        var errors = ResponseProblems(response, recorder.Today, recorder.Today);
        if (errors.Count > 0)
        {
            return new WriteResult(false, errors);
        }

        var given = new ReportDraftResponse
        {
            Id = Guid.NewGuid(),
            ReviewId = scope.ReviewId,
            VersionId = version.Id,
            Reader = DraftReader.CaseGroup,
            RespondentUserId = scope.UserId,
            GivenOn = DateOnly.FromDateTime(version.StatusChangedAt.ToUk()),
            Response = response!.Trim(),
            RespondedOn = recorder.Today,
            RecordedByUserId = scope.UserId,
            CreatedAt = recorder.Now,
        };
        db.ReportDraftResponses.Add(given);
        recorder.Audit(scope.Actor, AuditActions.ReportDraftResponseRecorded, scope.ReviewId, scope.PartnershipId, nameof(ReportDraftResponse), given.Id);
        return await db.SaveOrConflictAsync(ct);
    }

    private List<(string, string)> ResponseProblems(string? response, DateOnly? respondedOn, DateOnly givenOn)
    {
        var errors = new List<(string, string)>();
        var clean = response?.Trim() ?? string.Empty;
        if (clean.Length == 0)
        {
            errors.Add(("Response", "Enter the response"));
        }
        else if (clean.Length > ReportDraftResponse.TextMaxLength)
        {
            errors.Add(("Response", "The response must be 8,000 characters or fewer"));
        }

        if (respondedOn is not { } on)
        {
            errors.Add(("RespondedOn", "Enter the date of the response"));
        }
        else if (on > recorder.Today || on < givenOn)
        {
            errors.Add(("RespondedOn", "The date of the response must be between the day the draft was given and today"));
        }

        return errors;
    }

    private Task<ReportVersion?> VersionAsync(ReportScope scope, int number, CancellationToken ct) =>
        db.ReportVersions.Where(v => v.ReviewId == scope.ReviewId && v.Number == number)
            .Join(db.Reviews.Where(r => r.PartnershipId == scope.PartnershipId), v => v.ReviewId, r => r.Id, (v, r) => v)
            .SingleOrDefaultAsync(ct);

    private async Task<(ReportVersion Version, ReportSection Section)?> SectionAsync(ReportScope scope, int number, string key, CancellationToken ct)
    {
        if (await VersionAsync(scope, number, ct) is not { } version)
        {
            return null;
        }

        var section = await db.ReportSections.AsNoTracking().SingleOrDefaultAsync(s => s.VersionId == version.Id && s.Key == key, ct);
        return section is null ? null : (version, section);
    }
}
