using Lantern.Core.Analysis;
using Lantern.Core.Board;
using Lantern.Core.Quality;
using Lantern.Core.Reports;
using Lantern.Core.SettingUp;

namespace Lantern.Web.Pages.Quality;

/// <summary>One thing the review's own records show about a marker, with the page it comes from.</summary>
public sealed record EvidenceLine(string Text, string? Href = null, bool Gap = false);

/// <summary>
/// Gathers, for each of the 18 quality markers, what the review's records already show: the referral and its delay
/// reason (1), the decision, its rationale and challenge (2), the Board told (3), the family's contact (4, 12), the
/// purpose sent (5), the terms of reference (6), governance (7), milestones on time and delays told to the Board (8),
/// parallel processes and the material index (9), chronologies and documents (10), conversations and feedback (11),
/// analysis and challenge (13), the report and its check (14), the Board's response (15, 16), the publication plan
/// against its deadlines (17) and the actions with their measures and follow-up (18). A gap is said as a gap.
/// Reads counts and dates only: never the text of notes, and nothing that names the family.
/// </summary>
public sealed class QualityEvidence(LanternDbContext db, TimeProvider time)
{
    public async Task<IReadOnlyDictionary<int, IReadOnlyList<EvidenceLine>>> ForReviewAsync(Guid reviewId, CancellationToken ct = default)
    {
        var today = UkTime.Today(time);
        var lines = QualityMarkers.All.ToDictionary(m => m.Number, _ => new List<EvidenceLine>());

        var referral = await db.Referrals.AsNoTracking().Where(r => r.ReviewId == reviewId)
            .Select(r => new { r.IncidentDate, r.AwareDate, r.ReferredOn, r.CriteriaRoute, r.DelayExplanation, HasRationale = r.Rationale != "" }).SingleOrDefaultAsync(ct);
        if (referral is null)
        {
            lines[1].Add(new("No referral is recorded in Lantern for this review", Gap: true));
        }
        else
        {
            lines[1].Add(new($"Referred on {referral.ReferredOn.LongDate()}, {(referral.ReferredOn.DayNumber - referral.AwareDate.DayNumber)} days after the partnership became aware", Link.Referral(reviewId)));
            lines[1].Add(new(referral.HasRationale ? "The reason for the referral is recorded" : "No reason for the referral is recorded", Gap: !referral.HasRationale));
            lines[1].Add(new(referral.DelayExplanation is null ? "No delay explanation was needed or given" : "A delay explanation is recorded"));
        }

        var decision = await db.Decisions.AsNoTracking().Where(d => d.ReviewId == reviewId).OrderByDescending(d => d.VersionNumber)
            .Select(d => new { d.DecidedOn, d.ToReview, d.VersionNumber, HasRationale = d.Rationale != "", d.ChallengeConsulted, d.DecisionNotifiedOn }).FirstOrDefaultAsync(ct);
        if (decision is null)
        {
            lines[2].Add(new("No decision is recorded yet", Gap: true));
        }
        else
        {
            lines[2].Add(new($"Decided on {decision.DecidedOn.LongDate()}: {(decision.ToReview ? "to hold a review" : "not to hold a review")}{(decision.VersionNumber > 1 ? $" (revisited, version {decision.VersionNumber})" : string.Empty)}", Link.Decision(reviewId)));
            lines[2].Add(new(decision.HasRationale ? "The rationale is recorded" : "No rationale is recorded", Gap: !decision.HasRationale));
            lines[2].Add(new(decision.ChallengeConsulted is null ? "No independent challenge is recorded" : "Independent challenge was sought and its response recorded", Gap: decision.ChallengeConsulted is null));
        }

        var notification = await db.BoardNotifications.AsNoTracking().Where(b => b.ReviewId == reviewId).OrderBy(b => b.InformedOn).Select(b => new { b.Id, b.InformedOn }).FirstOrDefaultAsync(ct);
        var boardTold = notification?.InformedOn;
        var recipients = notification is null ? 0 : await db.BoardRecipients.AsNoTracking().CountAsync(r => r.BoardNotificationId == notification.Id, ct);
        lines[3].Add(boardTold is { } told
            ? new($"The Board was told of the decision on {told.LongDate()}, with {recipients} {(recipients == 1 ? "recipient" : "recipients")} recorded", Link.Board(reviewId))
            : new("Telling the Board of the decision is not recorded", Link.Board(reviewId), Gap: true));

        var familyMembers = await db.FamilyMembers.AsNoTracking().CountAsync(f => f.ReviewId == reviewId, ct);
        var contacts = await db.Correspondence.AsNoTracking().Where(c => c.ReviewId == reviewId).Select(c => c.OccurredOn).ToListAsync(ct);
        var family = contacts.Count == 0
            ? new EvidenceLine($"{familyMembers} family {(familyMembers == 1 ? "member" : "members")} recorded; no contact with them recorded", Link.Family(reviewId), Gap: true)
            : new EvidenceLine($"{familyMembers} family {(familyMembers == 1 ? "member" : "members")} recorded; {contacts.Count} {(contacts.Count == 1 ? "contact" : "contacts")}, the first on {contacts.Min().LongDate()}", Link.Family(reviewId));
        lines[4].Add(family);
        lines[12].Add(family);

        var purpose = await db.PurposeStatements.AsNoTracking().Where(p => p.ReviewId == reviewId).Select(p => new { p.SentOn, p.ComplicatingFactors }).SingleOrDefaultAsync(ct);
        lines[5].Add(purpose is null ? new("No purpose statement is recorded", Link.Purpose(reviewId), Gap: true)
            : new(purpose.SentOn is { } sent ? $"The purpose statement was sent on {sent.LongDate()}" : "A purpose statement is recorded but not yet sent", Link.Purpose(reviewId), Gap: purpose.SentOn is null));
        if (purpose is not null)
        {
            lines[5].Add(new(purpose.ComplicatingFactors is null ? "No complicating circumstances are acknowledged" : "Complicating circumstances are acknowledged"));
        }

        var terms = await db.TermsOfReference.AsNoTracking().Where(t => t.ReviewId == reviewId).Select(t => new { t.VersionNumber, t.Status, t.AgencyIdsInScope }).ToListAsync(ct);
        var inForce = terms.Where(t => t.Status == TermsStatus.Agreed).MaxBy(t => t.VersionNumber);
        lines[6].Add(inForce is null
            ? new(terms.Count == 0 ? "No terms of reference yet" : "Terms of reference drafted, not yet agreed", Link.Terms(reviewId), Gap: true)
            : new($"Terms of reference agreed (version {inForce.VersionNumber}), {inForce.AgencyIdsInScope.Count} agencies in scope", Link.Terms(reviewId)));

        var governance = await db.GovernancePlans.AsNoTracking().Where(g => g.ReviewId == reviewId).OrderByDescending(g => g.VersionNumber).Select(g => (int?)g.VersionNumber).FirstOrDefaultAsync(ct);
        lines[7].Add(governance is null ? new("No governance plan is recorded", Link.Governance(reviewId), Gap: true)
            : new($"Governance recorded (version {governance}): who conducts, quality assures and signs off, and the routes for challenge and impasse", Link.Governance(reviewId)));

        var milestones = await db.Milestones.AsNoTracking().Where(m => m.ReviewId == reviewId).Select(m => new { m.DueOn, m.CompletedOn }).ToListAsync(ct);
        var late = milestones.Count(m => (m.CompletedOn ?? today) > m.DueOn && (m.CompletedOn is not null || today > m.DueOn));
        lines[8].Add(new($"{milestones.Count} milestones: {milestones.Count(m => m.CompletedOn is not null)} done, {late} late or overdue", Link.Plan(reviewId), Gap: late > 0));
        var delays = await db.Delays.AsNoTracking().Where(d => d.ReviewId == reviewId).Select(d => d.BoardTold).ToListAsync(ct);
        if (delays.Count > 0)
        {
            lines[8].Add(new($"{delays.Count} {(delays.Count == 1 ? "delay" : "delays")} recorded; the Board was told of {delays.Count(t => t)}", Link.Plan(reviewId), Gap: delays.Any(t => !t)));
        }

        var processes = await db.ParallelProcesses.AsNoTracking().CountAsync(p => p.ReviewId == reviewId, ct);
        var liaison = await db.LiaisonEntries.AsNoTracking().CountAsync(l => l.ReviewId == reviewId, ct);
        var material = await db.MaterialItems.AsNoTracking().CountAsync(m => m.ReviewId == reviewId, ct);
        lines[9].Add(new($"{processes} parallel {(processes == 1 ? "process" : "processes")} recorded, with {liaison} liaison {(liaison == 1 ? "entry" : "entries")}", Link.Processes(reviewId)));
        lines[9].Add(new($"{material} {(material == 1 ? "item" : "items")} in the index of material", Gap: material == 0));

        var submissions = await db.ChronologySubmissions.AsNoTracking().CountAsync(s => s.ReviewId == reviewId, ct);
        var documents = await db.Documents.AsNoTracking().CountAsync(d => d.ReviewId == reviewId, ct);
        lines[10].Add(new($"{submissions} agency {(submissions == 1 ? "chronology" : "chronologies")} submitted; {documents} {(documents == 1 ? "document" : "documents")} held", Link.Information(reviewId), Gap: submissions == 0));

        var conversations = await db.Conversations.AsNoTracking().Where(c => c.ReviewId == reviewId && c.WithdrawnAt == null)
            .Select(c => new { c.Status, c.BriefingSentOn }).ToListAsync(ct);
        var feedback = await db.ParticipantFeedback.AsNoTracking().Where(f => f.ReviewId == reviewId).Select(f => f.Month).ToListAsync(ct);
        lines[11].Add(new($"{conversations.Count} {(conversations.Count == 1 ? "conversation" : "conversations")} with practitioners, {conversations.Count(c => c.Status != ConversationStatus.Scheduled)} held; {conversations.Count(c => c.BriefingSentOn is not null)} participants sent a written briefing", Link.Conversations(reviewId), Gap: conversations.Count == 0));
        lines[11].Add(new(feedback.Count == 0 ? "No anonymous feedback from participants yet" : $"Anonymous feedback gathered in {feedback.Count} {(feedback.Count == 1 ? "month" : "months")}", Gap: feedback.Count == 0));

        var episodes = await db.Episodes.AsNoTracking().CountAsync(e => e.ReviewId == reviewId, ct);
        var findings = await db.Findings.AsNoTracking().CountAsync(f => f.ReviewId == reviewId, ct);
        var challenges = await db.Challenges.AsNoTracking().CountAsync(c => c.ReviewId == reviewId, ct);
        var hindsight = await db.HindsightRecords.AsNoTracking().AnyAsync(h => h.ReviewId == reviewId, ct);
        lines[13].Add(new($"{episodes} key practice {(episodes == 1 ? "episode" : "episodes")} and {findings} {(findings == 1 ? "finding" : "findings")}; {challenges} {(challenges == 1 ? "challenge" : "challenges")} to the analysis recorded", Link.Findings(reviewId)));
        lines[13].Add(new(hindsight ? "The safeguards against hindsight and outcome bias are recorded" : "No record of the safeguards against hindsight bias", Gap: !hindsight));

        var versions = await db.ReportVersions.AsNoTracking().Where(v => v.ReviewId == reviewId).Select(v => new { v.Id, v.Number, v.Status }).ToListAsync(ct);
        var latest = versions.MaxBy(v => v.Number);
        if (latest is null)
        {
            lines[14].Add(new("No report has been started", Link.Report(reviewId), Gap: true));
        }
        else
        {
            var ready = await db.ReportEditions.AsNoTracking().AnyAsync(e => e.VersionId == latest.Id && e.Kind == EditionKind.Published && e.ReadyAt != null, ct);
            lines[14].Add(new($"{versions.Count} {(versions.Count == 1 ? "version" : "versions")} of the report; the latest is {ReportStatuses.Name(latest.Status).ToLowerInvariant()}", Link.Report(reviewId)));
            lines[14].Add(new(ready ? "Its edition for publication has passed the disclosure-risk check" : "Its edition for publication has not passed the disclosure-risk check", Gap: !ready));
        }

        var presentation = await db.BoardPresentations.AsNoTracking().Where(p => p.ReviewId == reviewId).Select(p => new { p.PresentedOn, p.Kind }).SingleOrDefaultAsync(ct);
        var agreed = await db.Findings.AsNoTracking().CountAsync(f => f.ReviewId == reviewId && f.WithdrawnAt == null && !f.IsGoodPractice && f.Status != EpisodeStatus.Proposed, ct);
        var answered = await db.FindingResponses.AsNoTracking().Where(r => r.ReviewId == reviewId).Select(r => new { r.PriorityId, r.Monitoring }).ToListAsync(ct);
        lines[15].Add(presentation is null ? new("The report has not been presented to the Board", Link.BoardResponse(reviewId), Gap: true)
            : new($"Presented to {(presentation.Kind == BoardMeetingKind.Extraordinary ? "an extraordinary" : "a scheduled")} Board meeting on {presentation.PresentedOn.LongDate()}", Link.BoardResponse(reviewId)));
        lines[15].Add(new($"{answered.Count(a => a.PriorityId is not null)} of {answered.Count} answers linked to a learning and improvement priority"));
        lines[16].Add(new($"The Board answered {answered.Count} of {agreed} agreed {(agreed == 1 ? "finding" : "findings")}", Link.BoardResponse(reviewId), Gap: answered.Count < agreed));
        lines[16].Add(new($"{answered.Count(a => a.Monitoring is not null)} answers say how the effect will be monitored"));

        var plan = await db.PublicationPlans.AsNoTracking().SingleOrDefaultAsync(p => p.ReviewId == reviewId, ct);
        var target = milestones.Count == 0 ? null : await db.Milestones.AsNoTracking().Where(m => m.ReviewId == reviewId && m.Role == MilestoneRole.Publication).Select(m => (DateOnly?)m.DueOn).FirstOrDefaultAsync(ct);
        var notices = await db.ProfessionalsNotices.AsNoTracking().CountAsync(n => n.ReviewId == reviewId, ct);
        lines[17].Add(new(plan?.PublishedOn is { } on
            ? $"Published on {on.LongDate()}{(target is { } t ? (on > t ? $", after the target of {t.LongDate()}" : $", on or before the target of {t.LongDate()}") : string.Empty)}{(plan.LateReason is null ? string.Empty : "; the reason for lateness was given to the Board")}"
            : target is { } planned ? $"Not published; the target is {planned.LongDate()}" : "Not published and no target date set", Link.Publication(reviewId), Gap: plan?.PublishedOn is null));
        lines[17].Add(new(plan?.PanelSentOn is { } panel ? $"Final report sent to the national panel on {panel.LongDate()}" : "Sending the final report to the national panel is not recorded", Gap: plan?.PanelSentOn is null));
        lines[17].Add(new(plan?.FamilyToldOn is { } familyTold ? $"The family were told on {familyTold.LongDate()}" : "Telling the family before publication is not recorded", Gap: plan?.FamilyToldOn is null));
        lines[17].Add(new($"{notices} {(notices == 1 ? "agency has" : "agencies have")} confirmed their staff were told; {(plan?.PressLead is null ? "no media plan" : "a media plan is recorded")}", Gap: plan?.PressLead is null));

        var actions = await db.ImprovementActions.AsNoTracking().Where(a => a.ReviewId == reviewId).Select(a => new { a.Id, a.Status, a.DueOn }).ToListAsync(ct);
        var actionIds = actions.Select(a => a.Id).ToList();
        var measures = actionIds.Count == 0 ? 0 : await db.OutcomeMeasures.AsNoTracking().CountAsync(m => actionIds.Contains(m.ActionId), ct);
        var made = actionIds.Count == 0 ? [] : await db.FollowUpChecks.AsNoTracking().Where(c => actionIds.Contains(c.ActionId)).Select(c => new { c.CheckedOn, c.StillHappens }).ToListAsync(ct);
        var checks = made.ConvertAll(c => c.CheckedOn);
        lines[18].Add(new($"{actions.Count} improvement {(actions.Count == 1 ? "action" : "actions")}: {actions.Count(a => a.Status == Core.Actions.ActionStatus.Completed)} completed, {actions.Count(a => a.Status is Core.Actions.ActionStatus.NotStarted or Core.Actions.ActionStatus.InProgress && a.DueOn < today)} overdue", Link.ReviewActions(reviewId), Gap: actions.Count == 0));
        lines[18].Add(new($"{measures} outcome {(measures == 1 ? "measure" : "measures")} of children's experience; {checks.Count(c => c is not null)} of {checks.Count} follow-up checks done", Gap: measures == 0));
        if (made.Count(c => c.CheckedOn is not null) is > 0 and var done)
        {
            var still = made.Count(c => c.StillHappens == true);
            lines[18].Add(new(still == 0
                ? $"No follow-up check found the problem still happening ({done} made)"
                : $"The problem the finding described still happens, {still} of {done} follow-up checks found", Gap: still > 0));
        }

        foreach (var (marker, found) in lines.Where(l => l.Value.Count == 0))
        {
            found.Add(new("Lantern holds no record for this marker: say in the comment what shows it", Gap: true));
        }

        return lines.ToDictionary(l => l.Key, l => (IReadOnlyList<EvidenceLine>)l.Value);
    }
}
