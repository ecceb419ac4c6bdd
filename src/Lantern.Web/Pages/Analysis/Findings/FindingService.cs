using Lantern.Web.Pages.Analysis.Episodes;
using Lantern.Web.Pages.SettingUp;
using static Lantern.Web.Infrastructure.Saves;
using static Lantern.Web.Pages.Analysis.AnalysisWrites;

namespace Lantern.Web.Pages.Analysis.Findings;

public sealed record FindingDetails(
    Guid ReviewId,
    Guid PartnershipId,
    string? Title,
    string? InThisCase,
    string? NotPeculiar,
    string? HowWidespread,
    string? WhyItMatters,
    string? Statement,
    bool IsGoodPractice,
    IReadOnlyList<string?> Issues,
    IReadOnlyList<string> PatternKeys,
    IReadOnlyList<Guid> EpisodeIds,
    int? PriorityRank,
    StillHappens StillHappens,
    string? StillHappensEvidence,
    DateOnly? StillHappensCheckedOn)
{
    /// <summary>The pattern category chosen as the main one (posted as form keys, like <see cref="PatternKeys"/>);
    /// more than one is refused, and when only one category is chosen it is the main one.</summary>
    public IReadOnlyList<string> MainPatternKeys { get; init; } = [];
}

public sealed record ChangeFindingOptions(Viewer Viewer, Guid FindingId, Guid Version, FindingDetails Details);

public sealed record MoveFindingOptions(Viewer Viewer, Guid PartnershipId, Guid FindingId, EpisodeStatus To, Guid Version)
{
    public Guid ReviewId => Viewer.ReviewId;
}

/// <summary>Writes to findings: the anatomy, issues for the Board, pattern categories and the episodes behind each,
/// saved together so a finding and its parts never disagree; and its status, which can reach "agreed" only when
/// nothing is missing. Changing the wording of an agreed finding returns it to proposed, changed since agreed.</summary>
public sealed class FindingService(LanternDbContext db, AuditRecorder recorder, CodingSchemes schemes)
{
    public async Task<(WriteResult Result, Guid? FindingId)> AddFindingAsync(FindingDetails details, AuditActor audit, CancellationToken cancellationToken = default)
    {
        var userId = audit.UserId ?? throw new InvalidOperationException("A finding is added by a signed-in person.");
        var errors = await CheckAsync(details, cancellationToken);
        if (errors.Count > 0)
        {
            return (new WriteResult(false, errors), null);
        }

        var finding = new Finding
        {
            Id = Guid.NewGuid(),
            ReviewId = details.ReviewId,
            Number = await NextNumberAsync(details.ReviewId, cancellationToken),
            CreatedByUserId = userId,
            CreatedAt = recorder.Now,
        };
        db.Findings.Add(finding);
        finding.Change(Draft(details), [], Check(details), userId, recorder.Now);
        await ApplyAsync(finding, details, userId, cancellationToken);
        recorder.Audit(audit, AuditActions.FindingAdded, details.ReviewId, details.PartnershipId, "Finding", finding.Id);
        var result = await SaveNumberedAsync(db, async () => finding.Number = await NextNumberAsync(details.ReviewId, cancellationToken), cancellationToken);
        return (result, result.Succeeded ? finding.Id : null);
    }

    public async Task<WriteResult> ChangeFindingAsync(ChangeFindingOptions options, AuditActor audit, CancellationToken cancellationToken = default)
    {
        var details = options.Details;
        var finding = await db.Findings.ChangeableBy(options.Viewer).SingleOrDefaultAsync(f => f.Id == options.FindingId, cancellationToken);
        if (finding is null)
        {
            return WriteResult.Missing;
        }

        var errors = await CheckAsync(details, cancellationToken);
        if (finding.RefuseChange(Draft(details)) is { } incomplete)
        {
            errors.AddRange(incomplete.Problems);
        }

        if (errors.Count > 0)
        {
            return new WriteResult(false, errors);
        }

        if (finding.Version != options.Version)
        {
            return WriteResult.Stale;
        }

        db.Entry(finding).Property(f => f.Version).OriginalValue = options.Version;
        finding.Change(Draft(details), await IssuesAsync(finding.Id, cancellationToken), Check(details), audit.UserId!.Value, recorder.Now);
        await ApplyAsync(finding, details, audit.UserId!.Value, cancellationToken);
        recorder.Audit(audit, AuditActions.FindingChanged, details.ReviewId, details.PartnershipId, "Finding", finding.Id);
        return await db.SaveOrConflictAsync(cancellationToken);
    }

    public async Task<WriteResult> MoveStatusAsync(MoveFindingOptions options, AuditActor audit, CancellationToken cancellationToken = default)
    {
        var finding = await db.Findings.ChangeableBy(options.Viewer).SingleOrDefaultAsync(f => f.Id == options.FindingId, cancellationToken);
        if (finding is null)
        {
            return WriteResult.Missing;
        }

        if (finding.Version != options.Version)
        {
            return WriteResult.Stale;
        }

        if (finding.MoveTo(options.To, await IssuesAsync(finding.Id, cancellationToken), audit.UserId!.Value, recorder.Now) is { } refusal)
        {
            return Refused(refusal);
        }

        db.Entry(finding).Property(f => f.Version).OriginalValue = options.Version;
        recorder.Audit(audit, AuditActions.FindingStatusChanged, options.ReviewId, options.PartnershipId, "Finding", finding.Id);
        return await db.SaveOrConflictAsync(cancellationToken);
    }

    private static FindingCheck Check(FindingDetails d) => new(d.PriorityRank, d.StillHappens, d.StillHappensEvidence, d.StillHappensCheckedOn);

    public static FindingDraft Draft(FindingDetails d) =>
        new(d.Title, d.InThisCase, d.NotPeculiar, d.HowWidespread, d.WhyItMatters, d.Statement, FindingAnatomy.TidyIssues(d.Issues), d.IsGoodPractice);

    private async Task<List<string>> IssuesAsync(Guid findingId, CancellationToken cancellationToken) =>
        await db.BoardIssues.Where(i => i.FindingId == findingId).OrderBy(i => i.Position).Select(i => i.Text).ToListAsync(cancellationToken);

    private async Task<int> NextNumberAsync(Guid reviewId, CancellationToken cancellationToken) =>
        (await db.Findings.Where(f => f.ReviewId == reviewId).MaxAsync(f => (int?)f.Number, cancellationToken) ?? 0) + 1;

    private async Task<List<(string, string)>> CheckAsync(FindingDetails d, CancellationToken cancellationToken)
    {
        var errors = new List<(string, string)>();
        Text(errors, "Title", d.Title, FindingAnatomy.TitleMaxLength, "Write the finding as one sentence about how the system works", "The finding");
        Text(errors, "InThisCase", d.InThisCase, Finding.TextMaxLength, null, "How it showed in this case");
        Text(errors, "NotPeculiar", d.NotPeculiar, Finding.TextMaxLength, null, "Why it is not peculiar to this case");
        Text(errors, "HowWidespread", d.HowWidespread, Finding.TextMaxLength, null, "How widespread it is");
        Text(errors, "WhyItMatters", d.WhyItMatters, Finding.TextMaxLength, null, "Why it matters");
        Text(errors, "Statement", d.Statement, Finding.TextMaxLength, null, "The summary");
        var issues = FindingAnatomy.TidyIssues(d.Issues);
        if (issues.Count > FindingAnatomy.MaxIssues)
        {
            errors.Add(("Issues", $"A finding can put at most {FindingAnatomy.MaxIssues} issues to the Board"));
        }
        else if (issues.FirstOrDefault(i => i.Length > FindingAnatomy.IssueMaxLength) is { } longIssue)
        {
            errors.Add(("Issues", $"Each issue must be {FindingAnatomy.IssueMaxLength} characters or fewer; the issue beginning \"{longIssue[..40]}\" is longer"));
        }

        var patternSchemes = await schemes.AvailableAsync(d.PartnershipId, CodingSchemePurpose.Patterns, cancellationToken);
        if (d.PatternKeys.Any(k => PatternKeys.Resolve(patternSchemes, k) is null))
        {
            errors.Add(("PatternKeys", "Select pattern categories from the list"));
        }
        else if (MainPattern(d).Error is { } mainError)
        {
            errors.Add(("MainPatternKeys", mainError));
        }

        var episodes = d.EpisodeIds.Distinct().ToList();
        if (episodes.Count > 0 && await db.Episodes.CountAsync(e => episodes.Contains(e.Id) && e.ReviewId == d.ReviewId, cancellationToken) != episodes.Count)
        {
            errors.Add(("EpisodeIds", "Select episodes from the list"));
        }

        if (!FindingPriority.IsAllowed(d.PriorityRank))
        {
            errors.Add(("PriorityRank", FindingPriority.OutOfRange));
        }

        if (!Enum.IsDefined(d.StillHappens))
        {
            errors.Add(("StillHappens", "Select whether it still happens"));
        }

        Text(errors, "StillHappensEvidence", d.StillHappensEvidence, Finding.EvidenceMaxLength,
            d.StillHappens == StillHappens.Unknown ? null : "Say how you know whether it still happens", "The evidence");
        if (d.StillHappens != StillHappens.Unknown && d.StillHappensCheckedOn is null)
        {
            errors.Add(("StillHappensCheckedOn", "Enter the date it was checked"));
        }
        else if (d.StillHappensCheckedOn > recorder.Today)
        {
            errors.Add(("StillHappensCheckedOn", "The date it was checked must be today or in the past"));
        }

        return errors;
    }

    /// <summary>The main pattern category's form key, or why the choice cannot stand. With one category chosen it is the
    /// main one; with several, one of them must be chosen as the main one.</summary>
    private static (string? Main, string? Error) MainPattern(FindingDetails d)
    {
        var chosen = d.PatternKeys.Distinct(StringComparer.Ordinal).ToList();
        var mains = d.MainPatternKeys.Where(k => !string.IsNullOrWhiteSpace(k)).Distinct(StringComparer.Ordinal).ToList();
        if (mains.Count > 1)
        {
            return (null, "Choose only one main pattern category");
        }

        if (mains.Count == 1 && !chosen.Contains(mains[0]))
        {
            return (null, "The main pattern category must be one of the categories you selected");
        }

        return chosen.Count switch
        {
            0 => (null, null),
            1 => (chosen[0], null),
            _ when mains.Count == 0 => (null, "Select which of the pattern categories is the main one"),
            _ => (mains[0], null),
        };
    }

    /// <summary>Saves the finding's parts that are rows of their own: its issues, pattern categories and episodes.</summary>
    private async Task ApplyAsync(Finding finding, FindingDetails d, Guid userId, CancellationToken cancellationToken)
    {
        // Issues keep their rows, so the recommendations that answer them stay linked: the text is updated in place
        // by position, new issues are added at the end and issues no longer there are removed from the end.
        var existing = await db.BoardIssues.Where(i => i.FindingId == finding.Id).OrderBy(i => i.Position).ToListAsync(cancellationToken);
        var tidy = FindingAnatomy.TidyIssues(d.Issues);
        for (var i = 0; i < tidy.Count; i++)
        {
            if (i < existing.Count)
            {
                existing[i].Text = tidy[i];
            }
            else
            {
                db.BoardIssues.Add(new BoardIssue { Id = Guid.NewGuid(), FindingId = finding.Id, ReviewId = finding.ReviewId, Position = (existing.Count > 0 ? existing[^1].Position : 0) + i - existing.Count + 1, Text = tidy[i] });
            }
        }

        db.BoardIssues.RemoveRange(existing.Skip(tidy.Count));

        // Each offered scheme's codes are replaced; codes from a retired scheme are not offered, so they stay.
        var patternSchemes = await schemes.AvailableAsync(d.PartnershipId, CodingSchemePurpose.Patterns, cancellationToken);
        await db.AnalysisCodes.Where(c => c.ItemId == finding.Id).LoadAsync(cancellationToken);
        var patterns = d.PatternKeys.Select(k => PatternKeys.Resolve(patternSchemes, k)).OfType<(CodingScheme Scheme, Code Code)>().ToList();
        foreach (var scheme in patternSchemes)
        {
            await AnalysisCodes.ReplaceAsync(db, finding.ReviewId, AnalysisItemKind.Finding, finding.Id, scheme,
                patterns.Where(p => p.Scheme == scheme).Select(p => p.Code.Key), cancellationToken);
        }

        // One main category; the rest are secondary. Codes were just replaced, so they are read from the context.
        var main = MainPattern(d).Main is { } mainKey ? PatternKeys.Resolve(patternSchemes, mainKey) : null;
        foreach (var code in db.ChangeTracker.Entries<AnalysisCode>().Where(e => e.State != EntityState.Deleted && e.Entity.ItemId == finding.Id).Select(e => e.Entity))
        {
            code.IsMain = main is { } m && code.SchemeKey == m.Scheme.Key && code.CodeKey == m.Code.Key;
        }

        var wanted = d.EpisodeIds.ToHashSet();
        var links = await db.AnalysisLinks.Where(l => l.FromId == finding.Id && l.ToKind == EvidenceKind.Episode).ToListAsync(cancellationToken);
        db.AnalysisLinks.RemoveRange(links.Where(l => !wanted.Contains(l.ToId)));
        foreach (var episodeId in wanted.Where(id => links.All(l => l.ToId != id)))
        {
            db.AnalysisLinks.Add(new AnalysisLink
            {
                Id = Guid.NewGuid(),
                ReviewId = finding.ReviewId,
                FromKind = AnalysisItemKind.Finding,
                FromId = finding.Id,
                ToKind = EvidenceKind.Episode,
                ToId = episodeId,
                CreatedByUserId = userId,
                CreatedAt = recorder.Now,
            });
        }
    }
}
