using Lantern.Core.Analysis;
using Lantern.Core.Information;
using Lantern.Core.Reviews;
using Lantern.Core.SettingUp;

namespace Lantern.Core.Reports;

public static partial class ReportSources
{
    /// <summary>The latest decision to review, if any: decisions are versions, and a report follows a decision to review.</summary>
    private static Decision? LatestDecision(ReportInputs inputs) =>
        inputs.Decisions.Where(d => d.ToReview).OrderByDescending(d => d.VersionNumber).FirstOrDefault();

    /// <summary>The latest agreed terms of reference: a draft has not been agreed, so the report does not rest on it.</summary>
    private static TermsOfReference? AgreedTerms(ReportInputs inputs) =>
        inputs.TermsOfReference.Where(t => t.Status == TermsStatus.Agreed).OrderByDescending(t => t.VersionNumber).FirstOrDefault();

    private static void AddScope(ReportInputs inputs, List<SourceStatement> statements)
    {
        if (LatestDecision(inputs) is { } decision)
        {
            var link = new SourceLink(SourceItemKind.Decision, decision.Id, $"Decision, version {decision.VersionNumber}");
            Add(statements, "decision", decision.Id, "criteria", decision.CriteriaAssessment, link);
            Add(statements, "decision", decision.Id, "rationale", decision.Rationale, link);
        }

        if (inputs.Purpose is { } purpose)
        {
            var link = new SourceLink(SourceItemKind.Purpose, purpose.Id, "Statement of purpose");
            Add(statements, "purpose", purpose.Id, "statement", purpose.Statement, link);
            Add(statements, "purpose", purpose.Id, "complicating-factors", purpose.ComplicatingFactors, link);
        }

        if (AgreedTerms(inputs) is not { } terms)
        {
            return;
        }

        var termsLink = new SourceLink(SourceItemKind.TermsOfReference, terms.Id, $"Terms of reference, version {terms.VersionNumber}");
        Add(statements, "terms", terms.Id, "period",
            $"The review looked at the period from {terms.PeriodFrom.ToString(MonthYear, UkTime.Culture)} to {terms.PeriodTo.ToString(MonthYear, UkTime.Culture)}.", termsLink);
        var agencies = terms.AgencyIdsInScope.Select(id => inputs.AgencyNames.GetValueOrDefault(id)).OfType<string>().Order(StringComparer.CurrentCulture).ToList();
        if (agencies.Count > 0)
        {
            Add(statements, "terms", terms.Id, "agencies", $"Agencies in scope: {Join(agencies)}.", termsLink);
        }

        var n = 0;
        foreach (var line in terms.LinesOfEnquiry.Where(l => !string.IsNullOrWhiteSpace(l)))
        {
            Add(statements, "terms", terms.Id, $"line-{++n}", line, termsLink);
        }
    }

    private static void AddMethod(ReportInputs inputs, List<SourceStatement> statements)
    {
        var decision = LatestDecision(inputs);
        var terms = AgreedTerms(inputs);
        if (decision?.Method is { } method)
        {
            var link = new SourceLink(SourceItemKind.Decision, decision.Id, $"Decision, version {decision.VersionNumber}");
            var scale = decision.Scale == ReviewScale.NotApplicable ? string.Empty : $", at the {decision.Scale.DisplayName().ToLowerInvariant()} scale";
            Add(statements, "decision", decision.Id, "method", $"Method: {method.DisplayName()}{scale}.", link);
            Add(statements, "decision", decision.Id, "method-why", decision.MethodJustification, link);
        }

        if (terms is not null && !string.IsNullOrWhiteSpace(terms.LeadReviewers))
        {
            Add(statements, "terms", terms.Id, "lead-reviewers", $"Lead reviewers: {terms.LeadReviewers.Trim()}.",
                new SourceLink(SourceItemKind.TermsOfReference, terms.Id, $"Terms of reference, version {terms.VersionNumber}"));
        }

        if (inputs.Governance is { } governance)
        {
            Add(statements, "governance", governance.Id, "quality-assurance", governance.WhoQualityAssures,
                new SourceLink(SourceItemKind.Governance, governance.Id, "Governance plan"));
        }

        AddWhoTookPart(inputs, statements);
        AddFamilyInvolvement(inputs, statements);
        AddHindsight(inputs, statements);
    }

    private static void AddWhoTookPart(ReportInputs inputs, List<SourceStatement> statements)
    {
        var roles = new[] { ReviewRole.LeadReviewer, ReviewRole.ReviewTeamMember, ReviewRole.CaseGroupMember }
            .Select(r => (Role: r, Count: inputs.Members.Count(m => m.Role == r)))
            .Where(r => r.Count > 0)
            .Select(r => Count(r.Count, r.Role.DisplayName().ToLowerInvariant(), r.Role.DisplayName().ToLowerInvariant() + "s"))
            .ToList();
        if (roles.Count > 0)
        {
            Add(statements, "review", Guid.Empty, "members", $"Taking part: {Join(roles)}.", new SourceLink(SourceItemKind.Review, Guid.Empty, "Members of the review"));
        }

        var people = inputs.People.ToDictionary(p => p.Id);
        var held = inputs.Conversations.Where(c => Live(c) && c.Status != ConversationStatus.Scheduled).ToList();
        if (held.Count > 0)
        {
            var participants = held.Select(c => c.ParticipantPersonId).Distinct().Select(id => people.GetValueOrDefault(id)).ToList();
            var professionals = participants.Count(p => p?.Category == PersonCategory.Professional);
            var family = participants.Count(p => p?.Category is PersonCategory.FamilyOrHousehold or PersonCategory.Subject);
            var agencies = participants.Select(p => p?.AgencyId).OfType<Guid>().Distinct().Count();
            var parts = new List<string>();
            if (professionals > 0)
            {
                parts.Add($"{Count(professionals, "practitioner or manager", "practitioners and managers")}" + (agencies > 0 ? $" from {Count(agencies, "agency", "agencies")}" : string.Empty));
            }

            if (family > 0)
            {
                parts.Add(Count(family, "member of the family", "members of the family"));
            }

            var with = parts.Count > 0 ? $" with {Join(parts)}" : string.Empty;
            Add(statements, "conversations", Guid.Empty, "held", $"{Count(held.Count, "conversation was", "conversations were")} held{with}.",
                new SourceLink(SourceItemKind.Conversation, Guid.Empty, "Conversations"));
        }

        var meetings = inputs.Meetings.Where(Live).ToList();
        var caseGroup = meetings.Count(m => m.Kind.IsCaseGroup());
        var team = meetings.Count(m => m.Kind == MeetingKind.ReviewTeam);
        if (caseGroup + team > 0)
        {
            var said = new List<string>();
            if (team > 0)
            {
                said.Add(Count(team, "review team meeting", "review team meetings"));
            }

            if (caseGroup > 0)
            {
                said.Add(Count(caseGroup, "case group meeting", "case group meetings"));
            }

            Add(statements, "meetings", Guid.Empty, "held", $"The review held {Join(said)}.", new SourceLink(SourceItemKind.Meeting, Guid.Empty, "Meetings"));
        }
    }

    private static void AddFamilyInvolvement(ReportInputs inputs, List<SourceStatement> statements)
    {
        var link = new SourceLink(SourceItemKind.FamilyInvolvement, Guid.Empty, "Family involvement");
        var relationships = inputs.FamilyMembers
            .Select(f => f.Relationship.Trim())
            .Where(r => r.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        if (inputs.FamilyMembers.Count > 0)
        {
            var who = relationships.Count > 0 ? $" ({Join(relationships)})" : string.Empty;
            Add(statements, "family", Guid.Empty, "invited",
                $"{Count(inputs.FamilyMembers.Count, "member of the family was", "members of the family were")} invited to take part{who}.", link);
        }

        var fromFamily = inputs.FamilyContacts.Count(c => c.Direction == CorrespondenceDirection.FromFamily);
        var toFamily = inputs.FamilyContacts.Count(c => c.Direction == CorrespondenceDirection.ToFamily);
        if (fromFamily + toFamily > 0)
        {
            Add(statements, "family", Guid.Empty, "contacts",
                $"The review was in touch with the family {Count(toFamily + fromFamily, "time", "times")}, {fromFamily} of them at the family's own initiative.", link);
        }
    }

    private static void AddHindsight(ReportInputs inputs, List<SourceStatement> statements)
    {
        if (inputs.Hindsight is not { } record)
        {
            return;
        }

        var link = new SourceLink(SourceItemKind.HindsightRecord, record.Id, "Record against hindsight");

        // In Lantern's order of techniques, not the order they were saved in.
        foreach (var technique in BiasTechniques.All)
        {
            if (record.Entries.FirstOrDefault(e => e.Key == technique.Key) is { Use: TechniqueUse.Used } entry)
            {
                var how = string.IsNullOrWhiteSpace(entry.Note) ? "." : $": {entry.Note.Trim()}";
                Add(statements, "hindsight", record.Id, technique.Key, technique.Name + how, link);
            }
        }

        Add(statements, "hindsight", record.Id, "other", record.Other, link);
    }
}
