namespace Lantern.Web.Pages.Analysis.Withdrawn;

public sealed record WithdrawItemOptions(Viewer Viewer, Guid PartnershipId, WithdrawableKind Kind, Guid ItemId, Guid Version, string? Reason)
{
    public Guid ReviewId => Viewer.ReviewId;
}

/// <summary>
/// Withdraws an analysis item made in error. The item is kept, with who withdrew it, when and why, and is shown as
/// withdrawn to those who may see the review; the data layer leaves it out of lists, counts, numbering and the
/// working papers from then on. A narrative section takes its accounts and discrepancies with it, since they have
/// no place without it.
/// </summary>
public sealed class WithdrawalService(LanternDbContext db, AuditRecorder recorder)
{
    public async Task<WriteResult> WithdrawAsync(WithdrawItemOptions options, AuditActor audit, CancellationToken cancellationToken = default)
    {
        var userId = audit.UserId ?? throw new InvalidOperationException("An item is withdrawn by a signed-in person.");
        var item = await FindAsync(options.Kind, options.Viewer, options.ItemId, cancellationToken);
        if (item is null)
        {
            return WriteResult.Missing;
        }

        if (Withdrawal.Check(item, options.Reason) is { } error)
        {
            return WriteResult.Refused("Reason", error);
        }

        if (((IVersioned)item).Version != options.Version)
        {
            return WriteResult.Stale;
        }

        db.Entry(item).Property(nameof(IVersioned.Version)).OriginalValue = options.Version;
        var now = recorder.Now;
        item.Withdraw(options.Reason!, userId, now);
        recorder.Audit(audit, AuditActions.AnalysisItemWithdrawn, options.ReviewId, options.PartnershipId, options.Kind.EntityType(), options.ItemId);
        if (options.Kind == WithdrawableKind.NarrativeSection)
        {
            var reason = $"Withdrawn with its narrative section: {options.Reason!.Trim()}";
            foreach (var account in await db.Perspectives.ChangeableBy(options.Viewer).Where(p => p.SectionId == options.ItemId).ToListAsync(cancellationToken))
            {
                account.Withdraw(Shorten(reason), userId, now);
                recorder.Audit(audit, AuditActions.AnalysisItemWithdrawn, options.ReviewId, options.PartnershipId, nameof(Perspective), account.Id);
            }

            foreach (var discrepancy in await db.Discrepancies.ChangeableBy(options.Viewer).Where(d => d.SectionId == options.ItemId).ToListAsync(cancellationToken))
            {
                discrepancy.Withdraw(Shorten(reason), userId, now);
                recorder.Audit(audit, AuditActions.AnalysisItemWithdrawn, options.ReviewId, options.PartnershipId, nameof(Discrepancy), discrepancy.Id);
            }
        }

        return await db.SaveOrConflictAsync(cancellationToken);
    }

    private static string Shorten(string reason) => reason.Length <= IWithdrawable.ReasonMaxLength ? reason : reason[..IWithdrawable.ReasonMaxLength];

    /// <summary>The item, withdrawn or not, so that withdrawing it twice is refused in words rather than as missing;
    /// null when the viewer may not change it.</summary>
    private async Task<IWithdrawable?> FindAsync(WithdrawableKind kind, Viewer viewer, Guid itemId, CancellationToken ct) => kind switch
    {
        WithdrawableKind.Episode => await db.Episodes.IgnoreQueryFilters().ChangeableBy(viewer).SingleOrDefaultAsync(e => e.Id == itemId, ct),
        WithdrawableKind.Finding => await db.Findings.IgnoreQueryFilters().ChangeableBy(viewer).SingleOrDefaultAsync(e => e.Id == itemId, ct),
        WithdrawableKind.Recommendation => await db.Recommendations.IgnoreQueryFilters().ChangeableBy(viewer).SingleOrDefaultAsync(e => e.Id == itemId, ct),
        WithdrawableKind.NarrativeSection => await db.NarrativeSections.IgnoreQueryFilters().ChangeableBy(viewer).SingleOrDefaultAsync(e => e.Id == itemId, ct),
        WithdrawableKind.Perspective => await db.Perspectives.IgnoreQueryFilters().ChangeableBy(viewer).SingleOrDefaultAsync(e => e.Id == itemId, ct),
        WithdrawableKind.Discrepancy => await db.Discrepancies.IgnoreQueryFilters().ChangeableBy(viewer).SingleOrDefaultAsync(e => e.Id == itemId, ct),
        WithdrawableKind.Meeting => await db.Meetings.IgnoreQueryFilters().ChangeableBy(viewer).SingleOrDefaultAsync(e => e.Id == itemId, ct),
        WithdrawableKind.Conversation => await db.Conversations.IgnoreQueryFilters().ChangeableBy(viewer).SingleOrDefaultAsync(e => e.Id == itemId, ct),
        _ => null,
    };
}
