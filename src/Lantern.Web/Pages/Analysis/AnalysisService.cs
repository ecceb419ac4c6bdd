using static Lantern.Web.Pages.Analysis.AnalysisWrites;

namespace Lantern.Web.Pages.Analysis;

/// <summary>Writes every kind of analysis item shares: evidence links, sharing with the case group, comments and
/// challenges.</summary>
public sealed class AnalysisService(LanternDbContext db, AuditRecorder recorder)
{
    public async Task<WriteResult> LinkEvidenceAsync(LinkEvidenceOptions options, AuditActor audit, CancellationToken cancellationToken = default)
    {
        var item = options.Item;
        if (!await ItemExistsAsync(item, cancellationToken))
        {
            return WriteResult.Missing;
        }

        var exists = options.To switch
        {
            EvidenceKind.ChronologyEntry => await db.ChronologyEntries.VisibleTo(item.Viewer).AnyAsync(e => e.LineageId == options.ToId && e.IsCurrent, cancellationToken),
            EvidenceKind.Document => await db.Documents.AnyAsync(d => d.Id == options.ToId && d.ReviewId == item.ReviewId, cancellationToken),
            EvidenceKind.Conversation => await db.Conversations.VisibleTo(item.Viewer).AnyAsync(c => c.Id == options.ToId, cancellationToken),
            EvidenceKind.Episode => item.Kind == AnalysisItemKind.Finding && await db.Episodes.VisibleTo(item.Viewer).AnyAsync(e => e.Id == options.ToId, cancellationToken),
            _ => false,
        };
        if (item.Kind == AnalysisItemKind.Conversation && options.To != EvidenceKind.ChronologyEntry)
        {
            // A conversation's links are its statements, each tied to the chronology entry it speaks to.
            return WriteResult.Refused("ToId", "Select a chronology entry from the list");
        }

        if (!exists)
        {
            return WriteResult.Refused("ToId", options.To == EvidenceKind.ChronologyEntry ? "Select a chronology entry from the list" : $"Select a {options.To.DisplayName().ToLowerInvariant()} from the list");
        }

        var errors = new List<(string, string)>();
        Text(errors, "Note", options.Note, AnalysisLink.NoteMaxLength, null, "The note");
        if (errors.Count > 0)
        {
            return new WriteResult(false, errors);
        }

        if (await db.AnalysisLinks.AnyAsync(l => l.FromId == item.ItemId && l.ToKind == options.To && l.ToId == options.ToId, cancellationToken))
        {
            return WriteResult.Refused("ToId", "That is already linked");
        }

        var link = new AnalysisLink
        {
            Id = Guid.NewGuid(),
            ReviewId = item.ReviewId,
            FromKind = item.Kind,
            FromId = item.ItemId,
            ToKind = options.To,
            ToId = options.ToId,
            Note = Tidy(options.Note),
            CreatedByUserId = audit.UserId!.Value,
            CreatedAt = recorder.Now,
        };
        db.AnalysisLinks.Add(link);
        recorder.Audit(audit, AuditActions.EvidenceLinked, item.ReviewId, item.PartnershipId, "AnalysisLink", link.Id);
        return await SaveAsync(cancellationToken);
    }

    /// <summary>Links a statement from a conversation to the chronology entry it speaks to.</summary>
    public async Task<WriteResult> LinkStatementAsync(Viewer viewer, Guid conversationId, Guid? entryLineageId, string? statement, AuditActor audit,
        CancellationToken cancellationToken = default)
    {
        var errors = new List<(string, string)>();
        Text(errors, "Note", statement, AnalysisLink.NoteMaxLength, "Enter the statement, in the participant's words or close to them", "The statement");
        if (entryLineageId is null)
        {
            errors.Add(("ToId", "Select the chronology entry the statement speaks to"));
        }

        if (errors.Count > 0)
        {
            return new WriteResult(false, errors);
        }

        var result = await LinkEvidenceAsync(new LinkEvidenceOptions(new ItemRef(viewer, AnalysisItemKind.Conversation, conversationId), EvidenceKind.ChronologyEntry,
            entryLineageId!.Value, statement), audit, cancellationToken);
        return result.Errors.Any(e => e.Field == "ToId" && e.Message == "That is already linked")
            ? WriteResult.Refused("ToId", "A statement from this conversation is already linked to that entry")
            : result;
    }

    public async Task<WriteResult> UnlinkEvidenceAsync(ItemRef item, Guid linkId, AuditActor audit, CancellationToken cancellationToken = default)
    {
        if (!await ItemExistsAsync(item, cancellationToken))
        {
            return WriteResult.Missing;
        }

        var link = await db.AnalysisLinks.SingleOrDefaultAsync(l => l.Id == linkId && l.FromId == item.ItemId && l.ReviewId == item.ReviewId, cancellationToken);
        if (link is null)
        {
            return WriteResult.Missing;
        }

        db.AnalysisLinks.Remove(link);
        recorder.Audit(audit, AuditActions.EvidenceUnlinked, item.ReviewId, item.PartnershipId, "AnalysisLink", link.Id);
        return await SaveAsync(cancellationToken);
    }

    /// <summary>Shares an episode, finding or narrative section with the case group for comment, or stops sharing it.</summary>
    public async Task<WriteResult> ShareAsync(ItemRef item, bool share, AuditActor audit, CancellationToken cancellationToken = default)
    {
        var now = share ? recorder.Now : (DateTime?)null;
        int changed;
        switch (item.Kind)
        {
            case AnalysisItemKind.Episode:
                var episode = await db.Episodes.ChangeableBy(item.Viewer).SingleOrDefaultAsync(e => e.Id == item.ItemId, cancellationToken);
                if (episode is null)
                {
                    return WriteResult.Missing;
                }

                changed = (episode.SharedAt is null) == share ? 1 : 0;
                if (episode.Share(share, recorder.Now) is { } episodeRefusal)
                {
                    return Refused(episodeRefusal);
                }

                break;
            case AnalysisItemKind.Finding:
                var finding = await db.Findings.ChangeableBy(item.Viewer).SingleOrDefaultAsync(f => f.Id == item.ItemId, cancellationToken);
                if (finding is null)
                {
                    return WriteResult.Missing;
                }

                changed = (finding.SharedAt is null) == share ? 1 : 0;
                if (finding.Share(share, recorder.Now) is { } findingRefusal)
                {
                    return Refused(findingRefusal);
                }

                break;
            case AnalysisItemKind.NarrativeSection:
                var section = await db.NarrativeSections.ChangeableBy(item.Viewer).SingleOrDefaultAsync(s => s.Id == item.ItemId, cancellationToken);
                if (section is null)
                {
                    return WriteResult.Missing;
                }

                changed = (section.SharedAt is null) == share ? 1 : 0;
                section.Share(share, recorder.Now);
                break;
            default:
                return WriteResult.Missing;
        }

        if (changed == 0)
        {
            return WriteResult.Done;
        }

        recorder.Audit(audit, share ? AuditActions.AnalysisShared : AuditActions.AnalysisUnshared, item.ReviewId, item.PartnershipId, item.Kind.ToString(), item.ItemId);
        return await SaveAsync(cancellationToken);
    }

    /// <summary>Adds a comment to an item's thread. Someone who sees only what is shared with the case group can
    /// comment only on a shared item.</summary>
    public async Task<WriteResult> CommentAsync(CommentOptions options, AuditActor audit, CancellationToken cancellationToken = default)
    {
        var item = options.Item;
        if (!await ItemExistsAsync(item, cancellationToken) || item.Viewer.Changes(RecordKind.Comment) == RecordScope.None)
        {
            return WriteResult.Missing;
        }

        var errors = new List<(string, string)>();
        Text(errors, "Text", options.Text, AnalysisComment.TextMaxLength, "Enter your comment", "Your comment");
        if (errors.Count > 0)
        {
            return new WriteResult(false, errors);
        }

        var comment = new AnalysisComment
        {
            Id = Guid.NewGuid(),
            ReviewId = item.ReviewId,
            ItemKind = item.Kind,
            ItemId = item.ItemId,
            AuthorUserId = audit.UserId!.Value,
            Text = options.Text!.Trim(),
            CreatedAt = recorder.Now,
        };
        db.AnalysisComments.Add(comment);
        recorder.Audit(audit, AuditActions.AnalysisCommented, item.ReviewId, item.PartnershipId, "AnalysisComment", comment.Id);
        return await SaveAsync(cancellationToken);
    }

    public async Task<WriteResult> RaiseChallengeAsync(ChallengeOptions options, AuditActor audit, CancellationToken cancellationToken = default)
    {
        var item = options.Item;
        if (!await ItemExistsAsync(item, cancellationToken))
        {
            return WriteResult.Missing;
        }

        var errors = new List<(string, string)>();
        Text(errors, "Text", options.Text, Challenge.TextMaxLength, "Say what you are challenging and why", "The challenge");
        if (errors.Count > 0)
        {
            return new WriteResult(false, errors);
        }

        var challenge = new Challenge
        {
            Id = Guid.NewGuid(),
            ReviewId = item.ReviewId,
            ItemKind = item.Kind,
            ItemId = item.ItemId,
            RaisedByUserId = audit.UserId!.Value,
            RaisedAt = recorder.Now,
            Text = options.Text!.Trim(),
            Outcome = ChallengeOutcome.Open,
        };
        db.Challenges.Add(challenge);
        recorder.Audit(audit, AuditActions.ChallengeRaised, item.ReviewId, item.PartnershipId, "Challenge", challenge.Id);
        return await SaveAsync(cancellationToken);
    }

    public async Task<WriteResult> AnswerChallengeAsync(AnswerChallengeOptions options, AuditActor audit, CancellationToken cancellationToken = default)
    {
        var challenge = await db.Challenges.VisibleTo(options.Viewer).SingleOrDefaultAsync(c => c.Id == options.ChallengeId, cancellationToken);
        if (challenge is null || !await ItemExistsAsync(new ItemRef(options.Viewer, challenge.ItemKind, challenge.ItemId), cancellationToken))
        {
            return WriteResult.Missing;
        }

        var errors = new List<(string, string)>();
        Text(errors, "Response", options.Response, Challenge.TextMaxLength, "Enter the response to the challenge", "The response");
        if (options.Outcome == ChallengeOutcome.Open || !Enum.IsDefined(options.Outcome))
        {
            errors.Add(("Outcome", "Select the outcome of the challenge"));
        }

        if (errors.Count > 0)
        {
            return new WriteResult(false, errors);
        }

        if (challenge.Version != options.Version)
        {
            return WriteResult.Stale;
        }

        db.Entry(challenge).Property(c => c.Version).OriginalValue = options.Version;
        challenge.Response = options.Response!.Trim();
        challenge.Outcome = options.Outcome;
        challenge.RespondedAt = recorder.Now;
        challenge.RespondedByUserId = audit.UserId;
        recorder.Audit(audit, AuditActions.ChallengeAnswered, options.ReviewId, options.PartnershipId, "Challenge", challenge.Id);
        return await SaveAsync(cancellationToken);
    }

    private Task<WriteResult> SaveAsync(CancellationToken cancellationToken) => db.SaveOrConflictAsync(cancellationToken);

    // The item, if its viewer may see it: another review's, or one the record rules keep from them, is "not found".
    private async Task<bool> ItemExistsAsync(ItemRef item, CancellationToken cancellationToken) => item.Kind switch
    {
        AnalysisItemKind.Episode => await db.Episodes.VisibleTo(item.Viewer).AnyAsync(e => e.Id == item.ItemId, cancellationToken),
        AnalysisItemKind.Finding => await db.Findings.VisibleTo(item.Viewer).AnyAsync(f => f.Id == item.ItemId, cancellationToken),
        AnalysisItemKind.Recommendation => await db.Recommendations.VisibleTo(item.Viewer).AnyAsync(r => r.Id == item.ItemId, cancellationToken),
        AnalysisItemKind.NarrativeSection => await db.NarrativeSections.VisibleTo(item.Viewer).AnyAsync(s => s.Id == item.ItemId, cancellationToken),
        AnalysisItemKind.Perspective => await db.Perspectives.VisibleTo(item.Viewer).AnyAsync(p => p.Id == item.ItemId, cancellationToken),
        AnalysisItemKind.Discrepancy => await db.Discrepancies.VisibleTo(item.Viewer).AnyAsync(d => d.Id == item.ItemId, cancellationToken),
        AnalysisItemKind.Conversation => await db.Conversations.VisibleTo(item.Viewer).AnyAsync(c => c.Id == item.ItemId, cancellationToken),
        _ => false,
    };
}
