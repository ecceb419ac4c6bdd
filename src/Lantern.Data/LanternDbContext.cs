using Lantern.Core;
using Lantern.Core.Accounts;
using Lantern.Core.Audit;
using Lantern.Core.Organisation;
using Lantern.Core.Reviews;
using Lantern.Core.SettingUp;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Lantern.Data;

/// <summary>
/// Lantern's database. One subclass per provider carries that provider's migrations. Saving changes also
/// seals any new audit events into the hash chain, in the same transaction as the change they record, and
/// once that transaction commits moves the anchor kept outside the database on to the new head.
/// </summary>
public abstract class LanternDbContext(DbContextOptions options, AuditKey auditKey, AuditAnchorFile? auditAnchorFile) : IdentityUserContext<LanternUser, Guid>(options)
{
    // The head sealed in the current transaction, for the anchor once it commits.
    private (long Sequence, string Hash)? sealedHead;

    /// <summary>The key this context seals audit events with, and checks them against.</summary>
    public AuditKey AuditKey { get; } = auditKey;

    /// <summary>The anchor of the chain's head outside the database; none for contexts that tests make on their own.</summary>
    public AuditAnchorFile? AuditAnchorFile { get; } = auditAnchorFile;

    public abstract DatabaseProvider Provider { get; }

    public DbSet<Partnership> Partnerships => Set<Partnership>();
    public DbSet<Agency> Agencies => Set<Agency>();
    public DbSet<ReviewType> ReviewTypes => Set<ReviewType>();
    public DbSet<Review> Reviews => Set<Review>();
    public DbSet<ReviewMember> ReviewMembers => Set<ReviewMember>();
    public DbSet<OneTimeLink> OneTimeLinks => Set<OneTimeLink>();
    public DbSet<SignInSession> SignInSessions => Set<SignInSession>();
    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();
    public DbSet<AuditChainHead> AuditChainHeads => Set<AuditChainHead>();
    public DbSet<Referral> Referrals => Set<Referral>();
    public DbSet<PanelNotification> PanelNotifications => Set<PanelNotification>();
    public DbSet<InformationRequest> InformationRequests => Set<InformationRequest>();
    public DbSet<ScopingMeeting> ScopingMeetings => Set<ScopingMeeting>();
    public DbSet<Decision> Decisions => Set<Decision>();
    public DbSet<BoardNotification> BoardNotifications => Set<BoardNotification>();
    public DbSet<BoardRecipient> BoardRecipients => Set<BoardRecipient>();
    public DbSet<FamilyMember> FamilyMembers => Set<FamilyMember>();
    public DbSet<Correspondence> Correspondence => Set<Correspondence>();
    public DbSet<LetterTemplate> LetterTemplates => Set<LetterTemplate>();
    public DbSet<PurposeStatement> PurposeStatements => Set<PurposeStatement>();
    public DbSet<TermsOfReference> TermsOfReference => Set<TermsOfReference>();
    public DbSet<GovernancePlan> GovernancePlans => Set<GovernancePlan>();
    public DbSet<Milestone> Milestones => Set<Milestone>();
    public DbSet<DelayEntry> Delays => Set<DelayEntry>();
    public DbSet<Budget> Budgets => Set<Budget>();
    public DbSet<ReviewTask> ReviewTasks => Set<ReviewTask>();
    public DbSet<ReviewHistoryEntry> ReviewHistory => Set<ReviewHistoryEntry>();
    public DbSet<Core.Deadlines.HolidayChange> HolidayChanges => Set<Core.Deadlines.HolidayChange>();
    public DbSet<Core.Deadlines.DeadlineRuleSetting> DeadlineRuleSettings => Set<Core.Deadlines.DeadlineRuleSetting>();
    public DbSet<Core.Information.Person> People => Set<Core.Information.Person>();
    public DbSet<Core.Information.EntryPerson> EntryPeople => Set<Core.Information.EntryPerson>();
    public DbSet<Core.Information.ChronologySubmission> ChronologySubmissions => Set<Core.Information.ChronologySubmission>();
    public DbSet<Core.Information.SubmissionVersion> SubmissionVersions => Set<Core.Information.SubmissionVersion>();
    public DbSet<Core.Information.ChronologyEntry> ChronologyEntries => Set<Core.Information.ChronologyEntry>();
    public DbSet<Core.Information.MergedEvent> MergedEvents => Set<Core.Information.MergedEvent>();
    public DbSet<Core.Information.Merging.MergeRejection> MergeRejections => Set<Core.Information.Merging.MergeRejection>();
    public DbSet<Core.Information.ChronologyImport> ChronologyImports => Set<Core.Information.ChronologyImport>();
    public DbSet<Core.Information.ImportRow> ImportRows => Set<Core.Information.ImportRow>();
    public DbSet<Core.Information.EventTypeMapping> EventTypeMappings => Set<Core.Information.EventTypeMapping>();
    public DbSet<Core.Information.MeetingAttendance> MeetingAttendance => Set<Core.Information.MeetingAttendance>();
    public DbSet<Core.Information.PeopleImport> PeopleImports => Set<Core.Information.PeopleImport>();
    public DbSet<Core.Information.PeopleImportRow> PeopleImportRows => Set<Core.Information.PeopleImportRow>();
    public DbSet<Core.Information.EvidenceDocument> Documents => Set<Core.Information.EvidenceDocument>();
    public DbSet<Core.Information.MaterialItem> MaterialItems => Set<Core.Information.MaterialItem>();
    public DbSet<Core.Information.DisclosureRequest> DisclosureRequests => Set<Core.Information.DisclosureRequest>();
    public DbSet<Core.Information.ParallelProcess> ParallelProcesses => Set<Core.Information.ParallelProcess>();
    public DbSet<Core.Information.ProcessConstraint> ProcessConstraints => Set<Core.Information.ProcessConstraint>();
    public DbSet<Core.Information.LiaisonEntry> LiaisonEntries => Set<Core.Information.LiaisonEntry>();
    public DbSet<Core.Analysis.KeyPracticeEpisode> Episodes => Set<Core.Analysis.KeyPracticeEpisode>();
    public DbSet<Core.Analysis.Finding> Findings => Set<Core.Analysis.Finding>();
    public DbSet<Core.Analysis.BoardIssue> BoardIssues => Set<Core.Analysis.BoardIssue>();
    public DbSet<Core.Analysis.Recommendation> Recommendations => Set<Core.Analysis.Recommendation>();
    public DbSet<Core.Analysis.RecommendationFinding> RecommendationFindings => Set<Core.Analysis.RecommendationFinding>();
    public DbSet<Core.Analysis.RecommendationIssue> RecommendationIssues => Set<Core.Analysis.RecommendationIssue>();
    public DbSet<Core.Analysis.AnalysisCode> AnalysisCodes => Set<Core.Analysis.AnalysisCode>();
    public DbSet<Core.Analysis.AnalysisLink> AnalysisLinks => Set<Core.Analysis.AnalysisLink>();
    public DbSet<Core.Analysis.AnalysisComment> AnalysisComments => Set<Core.Analysis.AnalysisComment>();
    public DbSet<Core.Analysis.Challenge> Challenges => Set<Core.Analysis.Challenge>();
    public DbSet<Core.Analysis.Conversation> Conversations => Set<Core.Analysis.Conversation>();
    public DbSet<Core.Analysis.ConversationNotes> ConversationNotes => Set<Core.Analysis.ConversationNotes>();
    public DbSet<Core.Analysis.ParticipantFeedback> ParticipantFeedback => Set<Core.Analysis.ParticipantFeedback>();
    public DbSet<Core.Analysis.NarrativeSection> NarrativeSections => Set<Core.Analysis.NarrativeSection>();
    public DbSet<Core.Analysis.Perspective> Perspectives => Set<Core.Analysis.Perspective>();
    public DbSet<Core.Analysis.Discrepancy> Discrepancies => Set<Core.Analysis.Discrepancy>();
    public DbSet<Core.Analysis.Meeting> Meetings => Set<Core.Analysis.Meeting>();
    public DbSet<Core.Analysis.HindsightRecord> HindsightRecords => Set<Core.Analysis.HindsightRecord>();
    public DbSet<Core.Analysis.StoredCodingScheme> CodingSchemes => Set<Core.Analysis.StoredCodingScheme>();
    public DbSet<Core.Reports.ReportVersion> ReportVersions => Set<Core.Reports.ReportVersion>();
    public DbSet<Core.Reports.ReportStatusChange> ReportStatusChanges => Set<Core.Reports.ReportStatusChange>();
    public DbSet<Core.Reports.ReportSection> ReportSections => Set<Core.Reports.ReportSection>();
    public DbSet<Core.Reports.ReportComment> ReportComments => Set<Core.Reports.ReportComment>();
    public DbSet<Core.Reports.ReportDraftResponse> ReportDraftResponses => Set<Core.Reports.ReportDraftResponse>();
    public DbSet<Core.Reports.ReportEdition> ReportEditions => Set<Core.Reports.ReportEdition>();
    public DbSet<Core.Reports.ReportHitResolution> ReportHitResolutions => Set<Core.Reports.ReportHitResolution>();
    public DbSet<Core.Reports.ReviewIdentifyingDetail> IdentifyingDetails => Set<Core.Reports.ReviewIdentifyingDetail>();
    public DbSet<Core.Reports.ReportStructureSetting> ReportStructures => Set<Core.Reports.ReportStructureSetting>();
    public DbSet<Core.Board.BoardPresentation> BoardPresentations => Set<Core.Board.BoardPresentation>();
    public DbSet<Core.Board.FindingResponse> FindingResponses => Set<Core.Board.FindingResponse>();
    public DbSet<Core.Board.LearningPriority> LearningPriorities => Set<Core.Board.LearningPriority>();
    public DbSet<Core.Board.PublicationPlan> PublicationPlans => Set<Core.Board.PublicationPlan>();
    public DbSet<Core.Board.ProfessionalsNotice> ProfessionalsNotices => Set<Core.Board.ProfessionalsNotice>();
    public DbSet<Core.Actions.ImprovementAction> ImprovementActions => Set<Core.Actions.ImprovementAction>();
    public DbSet<Core.Actions.ActionProgressNote> ActionProgressNotes => Set<Core.Actions.ActionProgressNote>();
    public DbSet<Core.Actions.ActionEvidence> ActionEvidence => Set<Core.Actions.ActionEvidence>();
    public DbSet<Core.Actions.OutcomeMeasure> OutcomeMeasures => Set<Core.Actions.OutcomeMeasure>();
    public DbSet<Core.Actions.OutcomeReading> OutcomeReadings => Set<Core.Actions.OutcomeReading>();
    public DbSet<Core.Actions.FollowUpCheck> FollowUpChecks => Set<Core.Actions.FollowUpCheck>();
    public DbSet<Core.Quality.MarkerAssessment> MarkerAssessments => Set<Core.Quality.MarkerAssessment>();

    public DbSet<Core.Library.LibraryEntry> LibraryEntries => Set<Core.Library.LibraryEntry>();

    public DbSet<Core.Library.LibraryFacetValue> LibraryFacetValues => Set<Core.Library.LibraryFacetValue>();
    public DbSet<Core.Reminders.Reminder> Reminders => Set<Core.Reminders.Reminder>();

    /// <summary>
    /// Forgets changes an operation left unsaved after failing (for example an Identity update that lost a
    /// race), so the next save, typically its audit event, does not try them again. Audit events stay.
    /// </summary>
    public async Task DiscardUnsavedChangesAsync(CancellationToken cancellationToken = default)
    {
        foreach (var entry in ChangeTracker.Entries()
                     .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && e.Entity is not AuditEvent)
                     .ToList())
        {
            if (entry.State == EntityState.Added)
            {
                entry.State = EntityState.Detached;
            }
            else
            {
                await entry.ReloadAsync(cancellationToken);
            }
        }
    }

    /// <summary>Adds an audit event; it is sealed into the chain by the next save.</summary>
    public void Audit(AuditEvent auditEvent) => AuditEvents.Add(auditEvent);

    /// <summary>Serialises appends to the audit chain across every process using the database, until the
    /// current transaction ends.</summary>
    protected abstract Task LockAuditChainAsync(CancellationToken cancellationToken);

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
    {
        base.OnConfiguring(optionsBuilder);
        optionsBuilder.AddInterceptors(AuditAnchorPublisher.Instance);
    }

    /// <summary>The transaction that sealed events has committed: the anchor may move on to its head.</summary>
    internal void AnchorSealedHead()
    {
        if (sealedHead is { } head)
        {
            sealedHead = null;
            AuditAnchorFile?.Record(head.Sequence, head.Hash);
        }
    }

    /// <summary>The transaction ended without committing, or a new one began: nothing it sealed is kept.</summary>
    internal void ForgetSealedHead() => sealedHead = null;

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);

        // Instants are UTC everywhere; SQLite hands them back without a kind, so say so on the way out.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();

        // Enums are stored by name, so reordering them never changes the meaning of stored rows.
        configurationBuilder.Properties<AgencyType>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<ReviewStatus>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<ReviewRole>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<OneTimeLinkPurpose>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<Core.Deadlines.Jurisdiction>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<SubjectKind>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<HarmKind>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<LegalStatus>().HaveConversion<string>().HaveMaxLength(30);
        configurationBuilder.Properties<CriteriaRoute>().HaveConversion<string>().HaveMaxLength(30);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(LanternDbContext).Assembly);

        foreach (var entityType in builder.Model.GetEntityTypes().Where(t => typeof(IVersioned).IsAssignableFrom(t.ClrType)))
        {
            builder.Entity(entityType.ClrType).Property(nameof(IVersioned.Version)).IsConcurrencyToken();
        }
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        StampVersions();
        var unsealed = ChangeTracker.Entries<AuditEvent>()
            .Where(e => e.State == EntityState.Added)
            .Select(e => e.Entity)
            .ToList();
        if (unsealed.Count == 0)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        try
        {
            if (Database.CurrentTransaction is not null)
            {
                await SealAsync(unsealed, cancellationToken);
                return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            }

            await using var transaction = await Database.BeginTransactionAsync(cancellationToken);
            await SealAsync(unsealed, cancellationToken);
            var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return saved;
        }
        catch
        {
            // The database rolled back; forget the in-memory head so a later save reads the real one.
            ForgetSealedHead();
            foreach (var head in ChangeTracker.Entries<AuditChainHead>().ToList())
            {
                head.State = EntityState.Detached;
            }

            throw;
        }
    }

    private void StampVersions()
    {
        foreach (var entry in ChangeTracker.Entries<IVersioned>().Where(e => e.State == EntityState.Modified))
        {
            entry.Entity.Version = Guid.NewGuid();
        }
    }

    private async Task SealAsync(List<AuditEvent> unsealed, CancellationToken cancellationToken)
    {
        await LockAuditChainAsync(cancellationToken);

        // The head may still be tracked from an earlier save in this context, and other writers may have
        // moved it since: EF would hand back the tracked copy, so forget it and read the real one under the lock.
        foreach (var tracked in ChangeTracker.Entries<AuditChainHead>().ToList())
        {
            tracked.State = EntityState.Detached;
        }

        var head = await AuditChainHeads.SingleOrDefaultAsync(h => h.Id == AuditChainHead.SingletonId, cancellationToken);
        if (head is null)
        {
            head = new AuditChainHead { KeyId = AuditKey.Id };
            AuditChainHeads.Add(head);
        }

        var continuesAnchor = AuditAnchorFile is null || await ContinuesAnchorAsync(head, AuditAnchorFile.Known, cancellationToken);
        foreach (var auditEvent in unsealed.OrderBy(e => e.OccurredAt))
        {
            auditEvent.Chain(head.LastSequence, head.LastHash, AuditKey);
            head.Advance(auditEvent, AuditKey);
        }

        if (continuesAnchor)
        {
            sealedHead = (head.LastSequence, head.LastHash);
        }
        else
        {
            // Someone has emptied or rewritten the trail. Moving the anchor on would let the new chain hide that,
            // so it stays as evidence for `audit verify`; the user's change still goes through.
            sealedHead = null;
            AuditAnchorFile?.ReportDiverged();
        }
    }

    /// <summary>Whether the chain in the database still passes through the anchored event. Usually the head is
    /// the anchored event itself; when other instances or a crash left the anchor behind, one indexed lookup.</summary>
    private async Task<bool> ContinuesAnchorAsync(AuditChainHead head, AuditAnchor? anchored, CancellationToken cancellationToken)
    {
        if (anchored is null)
        {
            return true;
        }

        if (head.LastSequence < anchored.Sequence)
        {
            return false;
        }

        var hashThere = head.LastSequence == anchored.Sequence
            ? head.LastHash
            : await AuditEvents.Where(e => e.Sequence == anchored.Sequence).Select(e => e.Hash).SingleOrDefaultAsync(cancellationToken);
        return string.Equals(hashThere, anchored.Hash, StringComparison.Ordinal);
    }

    private sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : DateTime.SpecifyKind(v.ToUniversalTime(), DateTimeKind.Utc),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
}
