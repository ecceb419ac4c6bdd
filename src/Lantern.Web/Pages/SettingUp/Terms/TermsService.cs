using Lantern.Web.Infrastructure.Documents;

namespace Lantern.Web.Pages.SettingUp.Terms;

/// <param name="LatestVersion">The version the writer started from (0 for none); a newer one saved meanwhile is a conflict.</param>
public sealed record SaveTermsOptions(Guid ReviewId, Guid PartnershipId, TermsOfReference Terms, int LatestVersion);

public sealed record AgreeTermsOptions(Guid ReviewId, Guid PartnershipId, int VersionNumber, DateOnly AgreedOn);

/// <summary>The terms of reference (quality marker 6): every save a new version; the latest can be agreed, and
/// any version downloaded as a Word document.</summary>
public sealed class TermsService(LanternDbContext db, AuditRecorder recorder)
{
    public Task<List<TermsOfReference>> VersionsAsync(Guid reviewId, CancellationToken cancellationToken = default) =>
        db.TermsOfReference.AsNoTracking().Where(t => t.ReviewId == reviewId).OrderByDescending(t => t.VersionNumber).ToListAsync(cancellationToken);

    public async Task<WriteResult> SaveTermsAsync(SaveTermsOptions options, AuditActor audit, CancellationToken cancellationToken = default)
    {
        var userId = audit.UserId ?? throw new InvalidOperationException("Saved by a signed-in person.");
        var latest = await db.TermsOfReference.Where(t => t.ReviewId == options.ReviewId).MaxAsync(t => (int?)t.VersionNumber, cancellationToken) ?? 0;
        if (latest != options.LatestVersion)
        {
            return WriteResult.Stale;
        }

        var terms = options.Terms;
        terms.LinesOfEnquiry = terms.LinesOfEnquiry.Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        terms.FactorNotes = terms.FactorNotes.Where(n => TermsOfReference.Factors.Any(f => f.Key == n.Key) && !string.IsNullOrWhiteSpace(n.Note))
            .Select(n => new FactorNote { Key = n.Key, Note = n.Note.Trim() }).ToList();
        var problems = TermsOfReference.Check(terms).Select(p => (p.Field, p.Message)).ToList();
        var agencies = await db.Agencies.Where(a => a.PartnershipId == options.PartnershipId).Select(a => a.Id).ToListAsync(cancellationToken);
        if (terms.AgencyIdsInScope.Any(id => !agencies.Contains(id)))
        {
            problems.Add((nameof(TermsOfReference.AgencyIdsInScope), "Select agencies from the list"));
        }

        if (terms.PeriodFrom > recorder.Today)
        {
            problems.Add((nameof(TermsOfReference.PeriodFrom), "The start of the period under review must be today or in the past"));
        }

        if (problems.Count > 0)
        {
            return new WriteResult(false, problems);
        }

        terms.Id = Guid.NewGuid();
        terms.ReviewId = options.ReviewId;
        terms.VersionNumber = latest + 1;
        terms.Status = TermsStatus.Draft;
        terms.AgreedOn = null;
        terms.LeadReviewers = terms.LeadReviewers.Trim();
        terms.SkillsRequired = terms.SkillsRequired.Trim();
        terms.AgencyIdsInScope = terms.AgencyIdsInScope.Distinct().ToList();
        terms.CreatedByUserId = userId;
        terms.CreatedAt = recorder.Now;
        db.TermsOfReference.Add(terms);
        recorder.History(options.ReviewId, HistoryKind.TermsDrafted, $"Terms of reference version {terms.VersionNumber} saved", userId);
        recorder.Audit(audit, AuditActions.TermsVersioned, options.ReviewId, options.PartnershipId, "TermsOfReference", terms.Id);
        await db.SaveChangesAsync(cancellationToken);
        return WriteResult.Done;
    }

    public async Task<WriteResult> AgreeTermsAsync(AgreeTermsOptions options, AuditActor audit, CancellationToken cancellationToken = default)
    {
        var latest = await db.TermsOfReference.Where(t => t.ReviewId == options.ReviewId).OrderByDescending(t => t.VersionNumber).FirstOrDefaultAsync(cancellationToken);
        if (latest is null)
        {
            return WriteResult.Missing;
        }

        if (latest.VersionNumber != options.VersionNumber)
        {
            return WriteResult.Stale;
        }

        if (latest.Status == TermsStatus.Agreed)
        {
            return WriteResult.Done;
        }

        if (options.AgreedOn > recorder.Today)
        {
            return WriteResult.Refused("AgreedOn", "The date the terms were agreed must be today or in the past");
        }

        var aware = await db.Referrals.Where(r => r.ReviewId == options.ReviewId).Select(r => (DateOnly?)r.AwareDate).SingleOrDefaultAsync(cancellationToken);
        if (aware is { } awareOn && options.AgreedOn < awareOn)
        {
            return WriteResult.Refused("AgreedOn",
                $"The date the terms were agreed must be on or after {awareOn.LongDate()}, when the partnership became aware");
        }

        latest.Status = TermsStatus.Agreed;
        latest.AgreedOn = options.AgreedOn;
        recorder.History(options.ReviewId, HistoryKind.TermsAgreed, $"Terms of reference version {latest.VersionNumber} agreed", audit.UserId);
        recorder.Audit(audit, AuditActions.TermsAgreed, options.ReviewId, options.PartnershipId, "TermsOfReference", latest.Id);
        await db.SaveChangesAsync(cancellationToken);
        return WriteResult.Done;
    }

    /// <summary>One version as a Word document, with the download audited.</summary>
    public async Task<byte[]?> ExportAsync(Guid reviewId, Guid partnershipId, string workingTitle, int versionNumber, AuditActor audit, CancellationToken cancellationToken = default)
    {
        var terms = await db.TermsOfReference.AsNoTracking().SingleOrDefaultAsync(t => t.ReviewId == reviewId && t.VersionNumber == versionNumber, cancellationToken);
        if (terms is null)
        {
            return null;
        }

        var agencies = await db.Agencies.AsNoTracking().Where(a => terms.AgencyIdsInScope.Contains(a.Id)).OrderBy(a => a.Name).Select(a => a.Name).ToListAsync(cancellationToken);
        var partnership = await db.Partnerships.AsNoTracking().Where(p => p.Id == partnershipId).Select(p => p.Name).SingleAsync(cancellationToken);
        var document = new WordDocument($"Terms of reference: {workingTitle}")
            .TitleParagraph($"Terms of reference: {workingTitle}")
            .Paragraph($"{partnership}. Version {terms.VersionNumber}, {(terms.Status == TermsStatus.Agreed ? $"agreed on {Format(terms.AgreedOn!.Value)}" : "draft")}.")
            .Heading(1, "Period under review")
            .Paragraph($"From {Format(terms.PeriodFrom)} to {Format(terms.PeriodTo)}.")
            .Heading(1, "Key lines of enquiry")
            .Numbered(terms.LinesOfEnquiry)
            .Heading(1, "Agencies in scope")
            .Bullets(agencies)
            .Heading(1, "Method and scale")
            .KeyValues([("Method", terms.Method.DisplayName()), ("Scale", terms.Scale.DisplayName())])
            .Heading(1, "Lead reviewers")
            .Paragraph(terms.LeadReviewers)
            .Heading(2, "Skills the review needs")
            .Paragraph(terms.SkillsRequired.Length == 0 ? "None recorded." : terms.SkillsRequired)
            .Heading(1, "Proportionality")
            .Table(
                ["Factor", "Kind", "How it shaped the review"],
                TermsOfReference.Factors.Select(f => (IReadOnlyList<string>)[f.Description, f.IsCaseFactor ? "Case" : "Context", terms.FactorNotes.FirstOrDefault(n => n.Key == f.Key)?.Note ?? "Not noted"]));
        recorder.Audit(audit, AuditActions.TermsExported, reviewId, partnershipId, "TermsOfReference", terms.Id);
        await db.SaveChangesAsync(cancellationToken);
        return document.ToBytes();
    }

    private static string Format(DateOnly date) => date.LongDate();
}
