namespace Lantern.Web.Pages.SettingUp.Governance;

/// <param name="LatestVersion">The version the person was looking at (0 for none): a newer one saved
/// meanwhile is a conflict, so nobody replaces a version they have not read.</param>
public sealed record RecordGovernanceOptions(
    Guid ReviewId,
    Guid PartnershipId,
    string WhoConducts,
    string WhoQualityAssures,
    string SignOffRoute,
    string ChallengeRoute,
    string ImpasseRoute,
    int LatestVersion);

/// <summary>One version of the governance plan, with who saved it and what changed from the one before.</summary>
public sealed record GovernanceVersion(GovernancePlan Plan, string ChangedBy, IReadOnlyList<string> ChangedParts)
{
    /// <summary>The changed parts as a sentence: "Who quality-assures it, the sign-off route".</summary>
    public string Changes
    {
        get
        {
            var list = string.Join(", ", ChangedParts);
            return list.Length == 0 ? "Nothing" : char.ToUpperInvariant(list[0]) + list[1..];
        }
    }
}

/// <summary>
/// Who does what in the review and how disagreement is settled (quality marker 7). Every save is a new
/// version, never an edit, so each change stays on the record with who made it.
/// </summary>
public sealed class GovernanceService(LanternDbContext db, AuditRecorder recorder)
{
    /// <summary>Every version, the current one first.</summary>
    public async Task<IReadOnlyList<GovernanceVersion>> VersionsAsync(Guid reviewId, CancellationToken cancellationToken = default)
    {
        var plans = await db.GovernancePlans.AsNoTracking().Where(g => g.ReviewId == reviewId).OrderByDescending(g => g.VersionNumber).ToListAsync(cancellationToken);
        var ids = plans.Select(p => p.ChangedByUserId).Distinct().ToList();
        var people = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        return plans.Select((plan, i) => new GovernanceVersion(
                plan,
                people.TryGetValue(plan.ChangedByUserId, out var name) ? name : "Unknown",
                GovernanceRules.ChangedParts(plan, i + 1 < plans.Count ? plans[i + 1] : null)))
            .ToList();
    }

    public async Task<WriteResult> RecordGovernanceAsync(RecordGovernanceOptions options, AuditActor audit, CancellationToken cancellationToken = default)
    {
        var userId = audit.UserId ?? throw new InvalidOperationException("Governance is recorded by a signed-in person.");
        if (!await db.Reviews.AnyAsync(r => r.Id == options.ReviewId && r.PartnershipId == options.PartnershipId, cancellationToken))
        {
            return WriteResult.Missing;
        }

        var current = await db.GovernancePlans.AsNoTracking().Where(g => g.ReviewId == options.ReviewId)
            .OrderByDescending(g => g.VersionNumber).FirstOrDefaultAsync(cancellationToken);
        var latest = current?.VersionNumber ?? 0;
        if (latest != options.LatestVersion)
        {
            return WriteResult.Stale;
        }

        var plan = new GovernancePlan
        {
            Id = Guid.NewGuid(),
            ReviewId = options.ReviewId,
            VersionNumber = latest + 1,
            WhoConducts = options.WhoConducts.Trim(),
            WhoQualityAssures = options.WhoQualityAssures.Trim(),
            SignOffRoute = options.SignOffRoute.Trim(),
            ChallengeRoute = options.ChallengeRoute.Trim(),
            ImpasseRoute = options.ImpasseRoute.Trim(),
            ChangedByUserId = userId,
            ChangedAt = recorder.Now,
        };
        var problems = GovernanceRules.Check(plan);
        if (problems.Count > 0)
        {
            return new WriteResult(false, problems.Select(p => (p.Field, p.Message)).ToList());
        }

        var changed = GovernanceRules.ChangedParts(plan, current);
        if (changed.Count == 0)
        {
            return WriteResult.Refused(string.Empty, $"Nothing has changed since version {latest}. Change at least one answer to save a new version");
        }

        db.GovernancePlans.Add(plan);
        recorder.History(options.ReviewId, HistoryKind.GovernanceChanged,
            latest == 0 ? "Governance of the review set out" : $"Governance changed (version {plan.VersionNumber}): {string.Join(", ", changed)}", userId);
        recorder.Audit(audit, AuditActions.GovernanceVersioned, options.ReviewId, options.PartnershipId, "GovernancePlan", plan.Id);
        return await db.SaveUniqueOrConflictAsync(cancellationToken);
    }
}
