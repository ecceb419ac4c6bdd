using Lantern.Core.Analysis;
using Lantern.Core.Information;
using Lantern.Core.Reports;
using Lantern.Core.Reviews;
using Lantern.Core.SettingUp;

namespace Lantern.Core.Tests.Reports.Sections;

/// <summary>
/// A fictional review (Child W, in the made-up partnership of Harrowmoor) as its records stand near the end of the
/// analysis: some items agreed, some still proposed, one withdrawn, one agreed and then changed, a draft terms of
/// reference newer than the agreed one, text typed with Windows line endings and stray spaces.
/// </summary>
internal sealed class ReportSourcesFixture
{
    private static readonly DateTime At = new(2026, 9, 14, 10, 0, 0, DateTimeKind.Utc);
    private static readonly Guid User = Guid.Parse("5d0c2f8e-0000-4000-8000-000000000001");

    public Guid Health { get; } = Guid.Parse("a0000000-0000-4000-8000-000000000001");
    public Guid Social { get; } = Guid.Parse("a0000000-0000-4000-8000-000000000002");
    public Guid Police { get; } = Guid.Parse("a0000000-0000-4000-8000-000000000003");

    public KeyPracticeEpisode LateEpisode { get; }
    public KeyPracticeEpisode EarlyEpisode { get; }
    public KeyPracticeEpisode ProposedEpisode { get; }
    public KeyPracticeEpisode ChangedEpisode { get; }
    public Finding Second { get; }
    public Finding First { get; }
    public Finding Unranked { get; }
    public Finding Withdrawn { get; }
    public Finding Proposed { get; }
    public ReportInputs Inputs { get; }

    public ReportSourcesFixture()
    {
        LateEpisode = Episode(4, "The discharge meeting went ahead without the school nurse", new(2025, 11, 3), new(2025, 11, 3),
            "The ward arranged the discharge meeting for a Friday afternoon.\r\nThe school nurse was on leave and nobody covered.  ", PracticeAppraisal.Problematic);
        EarlyEpisode = Episode(7, "The health visitor noticed the missed immunisations", new(2025, 2, 10), new(2025, 4, 1),
            "At the 8 month check Ms Yarrow saw that two sets of immunisations had been missed and chased them.", PracticeAppraisal.Good);
        ProposedEpisode = Episode(2, "A referral that was not passed on", new(2025, 6, 1), null, "Still being discussed.", PracticeAppraisal.Mixed, agree: false);
        ChangedEpisode = Episode(5, "The strategy discussion by phone", new(2025, 8, 1), null, "Three agencies joined by phone.", PracticeAppraisal.Adequate);
        ChangedEpisode.Change(new EpisodeContent(ChangedEpisode.Title, ChangedEpisode.PeriodFrom, null, [], "Three agencies joined by phone; police were late.",
            null, PracticeAppraisal.Adequate, null, null, EpisodeSource.ReviewTeam), User, At);

        Second = AgreedFinding(3, 2, "Discharge planning depends on who happens to be on shift", isGoodPractice: false);
        First = AgreedFinding(1, 1, "Professionals treat a missed health appointment as a health matter only", isGoodPractice: false);
        Unranked = AgreedFinding(6, null, "Health visitors follow up missed immunisations persistently", isGoodPractice: true);
        Withdrawn = AgreedFinding(2, 3, "A finding made in error", isGoodPractice: false);
        Withdrawn.Withdraw("Duplicate of finding 1", User, At);
        Proposed = new Finding { Id = Id(90), Number = 9, Title = "Not yet agreed", Statement = "Draft only." };

        var recommendation = new Recommendation
        {
            Id = Id(70),
            Number = 1,
            Text = "Agree a rule for who attends discharge meetings when the named nurse is away.",
            Kind = RecommendationKind.ClearCut,
            Level = RecommendationLevel.Local,
            SuggestedOwner = "  Designated nurse ",
        };
        var national = new Recommendation
        {
            Id = Id(71),
            Number = 2,
            Text = "Ask the national panel to look at how missed appointments are shared between agencies.",
            Kind = RecommendationKind.NeedsWiderAction,
            Level = RecommendationLevel.National,
        };
        var withdrawnRecommendation = new Recommendation { Id = Id(72), Number = 3, Text = "Withdrawn one", Kind = RecommendationKind.ClearCut };
        withdrawnRecommendation.Withdraw("Not wanted", User, At);

        var process = new ParallelProcess { Id = Id(80), Kind = ProcessKind.Inquest, LeadBody = "HM Coroner for Harrowmoor", Status = ProcessStatus.UnderWay, Contact = "coroner.officer@example.org", CreatedAt = At };

        Inputs = new ReportInputs
        {
            Decisions =
            [
                new Decision { Id = Id(1), VersionNumber = 1, ToReview = false, Rationale = "Not enough information yet.", CriteriaAssessment = "Unclear." },
                new Decision
                {
                    Id = Id(2), VersionNumber = 2, ToReview = true, Method = ReviewMethod.LearningTogether, Scale = ReviewScale.MidRange,
                    MethodJustification = "Several agencies were involved and practitioners are willing to talk.",
                    Rationale = "The child was seriously harmed and agencies may have worked better together.\r\n",
                    CriteriaAssessment = "The criteria for a local review are met.",
                },
            ],
            Purpose = new PurposeStatement { Id = Id(3), Statement = "To learn how agencies share concerns about a baby's health." },
            TermsOfReference =
            [
                new TermsOfReference
                {
                    Id = Id(4), VersionNumber = 1, Status = TermsStatus.Agreed, PeriodFrom = new(2025, 1, 6), PeriodTo = new(2026, 1, 20),
                    LinesOfEnquiry = ["How did agencies share information about missed appointments?", " ", "How was the family's voice heard?"],
                    AgencyIdsInScope = [Social, Health, Guid.NewGuid()], LeadReviewers = "Morwenna Pike and Tobias Lund",
                },
                new TermsOfReference { Id = Id(5), VersionNumber = 2, Status = TermsStatus.Draft, LinesOfEnquiry = ["A draft line"] },
            ],
            AgencyNames = new Dictionary<Guid, string> { [Health] = "Harrowmoor Community Health", [Social] = "Harrowmoor Children's Services", [Police] = "Harrowmoor Police" },
            Members =
            [
                new ReviewMember(Id(10), Guid.Empty, Id(11), ReviewRole.LeadReviewer, At, User),
                new ReviewMember(Id(12), Guid.Empty, Id(13), ReviewRole.LeadReviewer, At, User),
                new ReviewMember(Id(14), Guid.Empty, Id(15), ReviewRole.ReviewTeamMember, At, User),
                new ReviewMember(Id(16), Guid.Empty, Id(17), ReviewRole.CaseGroupMember, At, User),
                new ReviewMember(Id(18), Guid.Empty, Id(19), ReviewRole.Observer, At, User),
            ],
            People =
            [
                new Person { Id = Id(20), Category = PersonCategory.Professional, RealName = "Saoirse Yarrow", AgencyId = Health, Pseudonym = "Health visitor" },
                new Person { Id = Id(21), Category = PersonCategory.Professional, RealName = "Bram Ketteridge", AgencyId = Police, Pseudonym = "Detective constable" },
                new Person { Id = Id(22), Category = PersonCategory.FamilyOrHousehold, RealName = "Lorna Wexcombe", Pseudonym = "Mother" },
                new Person { Id = Id(23), Category = PersonCategory.Professional, RealName = "Ifeoma Drayce", AgencyId = Health, Pseudonym = "Ward sister" },
            ],
            Conversations =
            [
                Conversation(30, 20, ConversationStatus.Confirmed),
                Conversation(31, 21, ConversationStatus.NotesWritten),
                Conversation(32, 22, ConversationStatus.WithParticipant),
                Conversation(33, 20, ConversationStatus.Confirmed),
                Conversation(34, 23, ConversationStatus.Scheduled),
                WithdrawnConversation(35, 23),
            ],
            Meetings =
            [
                new Meeting { Id = Id(40), Kind = MeetingKind.ReviewTeam },
                new Meeting { Id = Id(41), Kind = MeetingKind.CaseGroupIntroduction },
                new Meeting { Id = Id(42), Kind = MeetingKind.CaseGroupFollowOn },
                new Meeting { Id = Id(43), Kind = MeetingKind.ReviewTeam, WithdrawnAt = At },
            ],
            FamilyMembers = [new FamilyMember { Id = Id(50), Name = "Lorna Wexcombe", Relationship = "Mother" }, new FamilyMember { Id = Id(51), Name = "Alfie Wexcombe", Relationship = "maternal grandfather " }],
            FamilyContacts =
            [
                new Correspondence { Id = Id(52), Direction = CorrespondenceDirection.ToFamily },
                new Correspondence { Id = Id(53), Direction = CorrespondenceDirection.FromFamily },
                new Correspondence { Id = Id(54), Direction = CorrespondenceDirection.ToFamily },
            ],
            Hindsight = new HindsightRecord
            {
                Id = Id(60),
                Entries =
                [
                    new TechniqueEntry { Key = "good-practice", Use = TechniqueUse.Used, Note = "Two episodes of good practice were looked at as closely as the others." },
                    new TechniqueEntry { Key = "known-then-apart", Use = TechniqueUse.Used },
                    new TechniqueEntry { Key = "outcome-blind", Use = TechniqueUse.Planned, Note = "Not done in the end." },
                ],
                Other = "A peer reviewer from another partnership read the appraisals.",
            },
            NarrativeSections = [Narrative(62, 2, "After the move", new(2025, 9, 1)), Narrative(61, 1, "The first months", new(2025, 1, 6)), Narrative(63, 3, "Unagreed", new(2025, 10, 1), agree: false)],
            Episodes = [LateEpisode, EarlyEpisode, ProposedEpisode, ChangedEpisode],
            Findings = [Second, First, Unranked, Withdrawn, Proposed],
            BoardIssues =
            [
                new BoardIssue { Id = Id(101), FindingId = First.Id, Position = 2, Text = "What would it cost to share missed appointments routinely." },
                new BoardIssue { Id = Id(100), FindingId = First.Id, Position = 1, Text = "  Is the Board content that this is left to each agency??" },
                new BoardIssue { Id = Id(102), FindingId = Second.Id, Position = 1, Text = "How would the Board know when a discharge goes ahead without cover?" },
                new BoardIssue { Id = Id(103), FindingId = Withdrawn.Id, Position = 1, Text = "Withdrawn issue?" },
            ],
            Recommendations = [national, withdrawnRecommendation, recommendation],
            RecommendationFindings = [new() { RecommendationId = recommendation.Id, FindingId = Second.Id }, new() { RecommendationId = national.Id, FindingId = First.Id }, new() { RecommendationId = national.Id, FindingId = Second.Id }],
            ParallelProcesses = [process],
            ProcessConstraints =
            [
                new ProcessConstraint { Id = Id(81), ProcessId = process.Id, Text = "No publication before the inquest concludes.", Holds = ReviewHold.Publication, AgreedOn = new(2025, 12, 2) },
                new ProcessConstraint { Id = Id(82), ProcessId = process.Id, Text = "Tell the coroner's officer before meeting the family.", Holds = ReviewHold.FamilyInvolvement, AgreedOn = new(2025, 11, 20), LiftedOn = new(2026, 2, 1) },
            ],
            Liaison = [new LiaisonEntry { Id = Id(83), ProcessId = process.Id }, new LiaisonEntry { Id = Id(84), ProcessId = process.Id }],
            Glossary = [new("Case group", "Our own wording of the case group."), new("SCP", "Safeguarding children partnership."), new(" ", "blank term is ignored")],
        };
    }

    public static Guid Id(int n) => Guid.Parse($"00000000-0000-4000-8000-{n:D12}");

    private static KeyPracticeEpisode Episode(int number, string title, DateOnly from, DateOnly? to, string whatHappened, PracticeAppraisal appraisal, bool agree = true)
    {
        var episode = new KeyPracticeEpisode
        {
            Id = Id(200 + number),
            Number = number,
            Title = title,
            PeriodFrom = from,
            PeriodTo = to,
            WhatHappened = whatHappened,
            KnownThen = "The ward did not know the family had a social worker.",
            Appraisal = appraisal,
            AppraisalReasons = "Judged against the discharge policy of the time.",
            Explanation = "Fridays were short-staffed.",
        };
        if (agree)
        {
            Assert.Null(episode.MoveTo(EpisodeStatus.AgreedByReviewTeam, User, At));
        }

        return episode;
    }

    private static Finding AgreedFinding(int number, int? rank, string title, bool isGoodPractice)
    {
        var finding = new Finding
        {
            Id = Id(300 + number),
            Number = number,
            Title = title,
            PriorityRank = rank,
            IsGoodPractice = isGoodPractice,
            InThisCase = $"In this case: {title.ToLowerInvariant()}.",
            NotPeculiar = "The case group said it happens across the county.",
            HowWidespread = number == 3 ? null : "Audit data show it in about a third of cases.",
            WhyItMatters = "Risks are seen by one agency alone.",
            Statement = $"{title}. This leaves risks unseen. Other agencies rarely hear of it.",
        };
        Assert.Null(finding.MoveTo(EpisodeStatus.AgreedByReviewTeam, isGoodPractice ? [] : ["An issue?"], User, At));
        return finding;
    }

    private static NarrativeSection Narrative(int id, int number, string title, DateOnly from, bool agree = true)
    {
        var section = new NarrativeSection { Id = Id(id), Number = number, Title = title, PeriodFrom = from, PeriodTo = from.AddMonths(2), Summary = $"What happened: {title}." };
        if (agree)
        {
            Assert.Null(section.MoveTo(EpisodeStatus.AgreedByReviewTeam, User, At));
        }

        return section;
    }

    private static Conversation Conversation(int id, int person, ConversationStatus status) =>
        new() { Id = Id(id), Number = id - 29, ParticipantPersonId = Id(person), Status = status };

    private static Conversation WithdrawnConversation(int id, int person)
    {
        var conversation = Conversation(id, person, ConversationStatus.Confirmed);
        conversation.Withdraw("Held with the wrong person", User, At);
        return conversation;
    }
}
