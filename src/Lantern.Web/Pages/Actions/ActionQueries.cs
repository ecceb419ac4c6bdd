using Lantern.Core.Actions;

namespace Lantern.Web.Pages.Actions;

/// <summary>One action in a review's list.</summary>
public sealed record ActionRow(Guid Id, string Title, ActionSource Source, string AgencyName, string OwnerName, DateOnly DueOn, ActionStatus Status)
{
    public bool IsOverdue(DateOnly today) => !Status.IsClosed() && today > DueOn;
}

/// <summary>Something an action can answer: a finding, an issue for the Board, the Board's response or a
/// recommendation, with the words that name it on the form and on the action's page.</summary>
public sealed record ActionSourceOption(ActionSource Kind, Guid Id, string Text)
{
    public string Value => $"{Kind}:{Id}";

    /// <summary>Reads a value written by <see cref="Value"/>.</summary>
    public static (ActionSource Kind, Guid Id)? Parse(string? value)
    {
        var parts = value?.Split(':', 2);
        return parts is [var kind, var id] && Enum.TryParse<ActionSource>(kind, out var source) && Enum.IsDefined(source) && Guid.TryParse(id, out var guid)
            ? (source, guid)
            : null;
    }
}

public sealed record ProgressNoteRow(DateTime WrittenOn, string By, string Text);

public sealed record EvidenceRow(Guid DocumentId, string FileName, string Description, DateTime AddedAt, string By);

public sealed record MeasureRow(OutcomeMeasure Measure, IReadOnlyList<OutcomeReading> Readings)
{
    public OutcomeProgress Progress => OutcomeProgress.Of(Measure, Readings);
}

/// <summary>Everything the action's page shows.</summary>
public sealed record ActionDetail(
    ImprovementAction Action,
    string AgencyName,
    string? OwnerAccountName,
    string SourceText,
    IReadOnlyList<ProgressNoteRow> Notes,
    IReadOnlyList<EvidenceRow> Evidence,
    IReadOnlyList<MeasureRow> Measures,
    IReadOnlyList<FollowUpCheck> Checks);

/// <summary>
/// Reads for a review's improvement actions. Every read goes through <see cref="Visible"/>, so an agency contact
/// never sees another agency's action: for them it does not exist (404).
/// </summary>
public sealed class ActionQueries(LanternDbContext db)
{
    public IQueryable<ImprovementAction> Visible(ActionScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var actions = db.ImprovementActions.AsNoTracking().Where(a => a.ReviewId == scope.ReviewId && a.PartnershipId == scope.PartnershipId);
        return scope.OnlyAgencyId is { } agency ? actions.Where(a => a.OwningAgencyId == agency) : actions;
    }

    public async Task<IReadOnlyList<ActionRow>> ListAsync(ActionScope scope, CancellationToken ct) =>
        await (from a in Visible(scope)
               join g in db.Agencies.AsNoTracking() on a.OwningAgencyId equals g.Id
               orderby a.DueOn, a.Title
               select new ActionRow(a.Id, a.Title, a.Source, g.Name, a.OwnerName, a.DueOn, a.Status)).ToListAsync(ct);

    public Task<ImprovementAction?> ActionAsync(ActionScope scope, Guid actionId, CancellationToken ct) =>
        Visible(scope).SingleOrDefaultAsync(a => a.Id == actionId, ct);

    public async Task<ActionDetail?> DetailAsync(ActionScope scope, Guid actionId, CancellationToken ct)
    {
        if (await ActionAsync(scope, actionId, ct) is not { } action)
        {
            return null;
        }

        var agency = await db.Agencies.AsNoTracking().Where(a => a.Id == action.OwningAgencyId).Select(a => a.Name).SingleAsync(ct);
        var account = action.OwnerUserId is { } ownerId ? await db.Users.AsNoTracking().Where(u => u.Id == ownerId).Select(u => u.DisplayName).SingleOrDefaultAsync(ct) : null;
        var notes = await (from n in db.ActionProgressNotes.AsNoTracking()
                           join u in db.Users.AsNoTracking() on n.ByUserId equals u.Id
                           where n.ActionId == actionId
                           orderby n.WrittenOn descending
                           select new ProgressNoteRow(n.WrittenOn, u.DisplayName, n.Text)).ToListAsync(ct);
        var evidence = await (from e in db.ActionEvidence.AsNoTracking()
                              join d in db.Documents.AsNoTracking() on e.DocumentId equals d.Id
                              join u in db.Users.AsNoTracking() on e.AddedByUserId equals u.Id
                              where e.ActionId == actionId
                              orderby e.AddedAt
                              select new EvidenceRow(d.Id, d.OriginalFileName, e.Description, e.AddedAt, u.DisplayName)).ToListAsync(ct);
        var measures = await db.OutcomeMeasures.AsNoTracking().Where(m => m.ActionId == actionId).OrderBy(m => m.Measure).ToListAsync(ct);
        var ids = measures.ConvertAll(m => m.Id);
        var readings = (await db.OutcomeReadings.AsNoTracking().Where(r => ids.Contains(r.MeasureId)).ToListAsync(ct)).ToLookup(r => r.MeasureId);
        var checks = await db.FollowUpChecks.AsNoTracking().Where(c => c.ActionId == actionId).OrderBy(c => c.DueOn).ToListAsync(ct);
        var source = (await SourcesAsync(scope.ReviewId, ct)).FirstOrDefault(s => s.Kind == action.Source && s.Id == action.SourceId)?.Text ?? action.Source.DisplayName();
        return new ActionDetail(action, agency, account, source, notes, evidence,
            [.. measures.Select(m => new MeasureRow(m, OutcomeProgress.InDateOrder(readings[m.Id])))], checks);
    }

    public async Task<(ImprovementAction Action, MeasureRow Measure)?> MeasureAsync(ActionScope scope, Guid actionId, Guid measureId, CancellationToken ct)
    {
        if (await ActionAsync(scope, actionId, ct) is not { } action ||
            await db.OutcomeMeasures.AsNoTracking().SingleOrDefaultAsync(m => m.Id == measureId && m.ActionId == actionId, ct) is not { } measure)
        {
            return null;
        }

        var readings = await db.OutcomeReadings.AsNoTracking().Where(r => r.MeasureId == measureId).ToListAsync(ct);
        return (action, new MeasureRow(measure, OutcomeProgress.InDateOrder(readings)));
    }

    public async Task<(ImprovementAction Action, FollowUpCheck Check)?> CheckAsync(ActionScope scope, Guid actionId, Guid checkId, CancellationToken ct)
    {
        if (await ActionAsync(scope, actionId, ct) is not { } action ||
            await db.FollowUpChecks.AsNoTracking().SingleOrDefaultAsync(c => c.Id == checkId && c.ActionId == actionId, ct) is not { } check)
        {
            return null;
        }

        return (action, check);
    }

    /// <summary>What an action on the review can answer: its agreed findings (not withdrawn, not good practice), their
    /// issues for the Board, the Board's responses to them, and its recommendations, in that order.</summary>
    public async Task<IReadOnlyList<ActionSourceOption>> SourcesAsync(Guid reviewId, CancellationToken ct)
    {
        var findings = await db.Findings.AsNoTracking()
            .Where(f => f.ReviewId == reviewId && f.WithdrawnAt == null && !f.IsGoodPractice && f.Status != EpisodeStatus.Proposed)
            .InPriorityOrder().Select(f => new { f.Id, f.Number, f.Title }).ToListAsync(ct);
        var numbers = findings.ToDictionary(f => f.Id, f => f.Number);
        var issues = await db.BoardIssues.AsNoTracking().Where(i => i.ReviewId == reviewId).OrderBy(i => i.Position).ToListAsync(ct);
        var responses = await db.FindingResponses.AsNoTracking().Where(r => r.ReviewId == reviewId).Select(r => new { r.Id, r.FindingId }).ToListAsync(ct);
        var recommendations = await db.Recommendations.AsNoTracking().Where(r => r.ReviewId == reviewId && r.WithdrawnAt == null)
            .OrderBy(r => r.Number).Select(r => new { r.Id, r.Number, r.Text }).ToListAsync(ct);
        return
        [
            .. findings.Select(f => new ActionSourceOption(ActionSource.Finding, f.Id, $"Finding {f.Number}: {f.Title}")),
            .. issues.Where(i => numbers.ContainsKey(i.FindingId))
                .Select(i => new ActionSourceOption(ActionSource.BoardIssue, i.Id, $"Issue for the Board under finding {numbers[i.FindingId]}: {Short(i.Text)}")),
            .. responses.Where(r => numbers.ContainsKey(r.FindingId))
                .Select(r => new ActionSourceOption(ActionSource.BoardResponse, r.Id, $"The Board's response to finding {numbers[r.FindingId]}")),
            .. recommendations.Select(r => new ActionSourceOption(ActionSource.Recommendation, r.Id, $"Recommendation {r.Number}: {Short(r.Text)}")),
        ];
    }

    /// <summary>The partnership's active agencies, by name.</summary>
    public Task<List<(Guid Id, string Name)>> AgenciesAsync(Guid partnershipId, CancellationToken ct) =>
        db.Agencies.AsNoTracking().Where(a => a.PartnershipId == partnershipId && a.IsActive).OrderBy(a => a.Name)
            .Select(a => new ValueTuple<Guid, string>(a.Id, a.Name)).ToListAsync(ct);

    /// <summary>The partnership's enabled accounts, for an action's owner when they have one.</summary>
    public Task<List<(Guid Id, string Name)>> AccountsAsync(Guid partnershipId, CancellationToken ct) =>
        db.Users.AsNoTracking().Where(u => u.PartnershipId == partnershipId && !u.IsDisabled).OrderBy(u => u.DisplayName)
            .Select(u => new ValueTuple<Guid, string>(u.Id, u.DisplayName)).ToListAsync(ct);

    private static string Short(string text) => text.Length <= 90 ? text : text[..87].TrimEnd() + "...";
}
