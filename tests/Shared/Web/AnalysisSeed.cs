using Lantern.Core.Analysis;

namespace Lantern.Testing.Web;

/// <summary>Ids of the analysis seeded for a review.</summary>
public sealed record AnalysisIds(Guid EpisodeId, Guid FindingId, Guid RecommendationId, Guid ChallengeId, Guid ConversationId)
{
    /// <summary>A narrative section shared with the case group, with two accounts and a discrepancy between them.</summary>
    public Guid SectionId { get; init; }

    public Guid PerspectiveId { get; init; }

    public Guid DiscrepancyId { get; init; }

    /// <summary>A case group meeting (held) to which the case group member and the interviewers are invited.</summary>
    public Guid MeetingId { get; init; }
}

/// <summary>A review's analysis made directly in the database: one episode and one finding built on it, both
/// shared with the case group, a recommendation from the finding, a challenge to the episode, and a conversation
/// whose notes (version 1) are with its participant to check; a shared narrative section with two accounts that
/// differ, and a case group meeting the participant is invited to.</summary>
public static class AnalysisSeed
{
    public static async Task<AnalysisIds> AnalysisAsync(this LanternFactory factory, Guid reviewId, Guid agencyId, Guid userId, Guid participantPersonId,
        Guid participantUserId, IReadOnlyList<Guid> interviewerUserIds)
    {
        await using var db = factory.CreateDbContext();
        var now = DateTime.UtcNow;
        var episode = new KeyPracticeEpisode
        {
            Id = Guid.NewGuid(),
            ReviewId = reviewId,
            Number = 1,
            Title = "Home visit after the missed appointments",
            PeriodFrom = new DateOnly(2024, 6, 3),
            AgencyIds = [agencyId],
            WhatHappened = "The health visitor called at the flat after two missed clinic appointments and saw the baby briefly at the door.",
            KnownThen = "Two missed appointments; no other agency had shared concerns.",
            Appraisal = PracticeAppraisal.Adequate,
            AppraisalReasons = "A visit within a week was what the service expected at the time.",
            Explanation = "Caseloads were high and a doorstep sighting counted as a seen visit in the service's guidance.",
            RaisedBy = EpisodeSource.ReviewTeam,
            CreatedByUserId = userId,
            CreatedAt = now,
            UpdatedByUserId = userId,
            UpdatedAt = now,
        };
        var finding = new Finding
        {
            Id = Guid.NewGuid(),
            ReviewId = reviewId,
            Number = 1,
            Title = "Seeing a baby at the door is counted as seeing the baby, so concerns about care go unnoticed",
            InThisCase = "The doorstep sighting was recorded as a completed visit.",
            NotPeculiar = "The case group said doorstep visits are common across the area.",
            WhyItMatters = "Agencies believe a child has been seen properly when they have not.",
            Statement = "What counts as seeing a child is not agreed across agencies.",
            CreatedByUserId = userId,
            CreatedAt = now,
            UpdatedByUserId = userId,
            UpdatedAt = now,
        };
        episode.Share(true, now);
        finding.Share(true, now);
        db.Episodes.Add(episode);
        db.Findings.Add(finding);

        // Agreed as an older row would be: no snapshot of the wording.
        db.Entry(episode).Property(e => e.Status).CurrentValue = EpisodeStatus.AgreedByReviewTeam;
        db.BoardIssues.Add(new BoardIssue { Id = Guid.NewGuid(), FindingId = finding.Id, ReviewId = reviewId, Position = 1, Text = "How does the Board know what agencies count as seeing a child?" });
        db.AnalysisLinks.Add(new AnalysisLink
        {
            Id = Guid.NewGuid(),
            ReviewId = reviewId,
            FromKind = AnalysisItemKind.Finding,
            FromId = finding.Id,
            ToKind = EvidenceKind.Episode,
            ToId = episode.Id,
            CreatedByUserId = userId,
            CreatedAt = now,
        });
        db.AnalysisCodes.Add(new AnalysisCode
        {
            Id = Guid.NewGuid(),
            ReviewId = reviewId,
            ItemKind = AnalysisItemKind.Episode,
            ItemId = episode.Id,
            SchemeKey = DefaultCodingSchemes.FactorsKey,
            SchemeVersion = DefaultCodingSchemes.ContributoryFactors.Version,
            CodeKey = "practitioner-attention",
        });
        var recommendation = new Recommendation
        {
            Id = Guid.NewGuid(),
            ReviewId = reviewId,
            Number = 1,
            Text = "Agree across agencies what seeing a child means on a home visit.",
            Kind = RecommendationKind.ClearCut,
            Level = RecommendationLevel.Local,
            CreatedByUserId = userId,
            CreatedAt = now,
            UpdatedByUserId = userId,
            UpdatedAt = now,
        };
        db.Recommendations.Add(recommendation);
        db.RecommendationFindings.Add(new RecommendationFinding { RecommendationId = recommendation.Id, FindingId = finding.Id, ReviewId = reviewId });
        var challenge = new Challenge
        {
            Id = Guid.NewGuid(),
            ReviewId = reviewId,
            ItemKind = AnalysisItemKind.Episode,
            ItemId = episode.Id,
            RaisedByUserId = userId,
            RaisedAt = now,
            Text = "Is adequate too generous, given what the guidance said?",
            Outcome = ChallengeOutcome.Open,
        };
        db.Challenges.Add(challenge);
        var conversation = new Conversation
        {
            Id = Guid.NewGuid(),
            ReviewId = reviewId,
            Number = 1,
            ParticipantPersonId = participantPersonId,
            ParticipantUserId = participantUserId,
            InterviewerUserIds = [.. interviewerUserIds],
            ScheduledFor = new DateOnly(2026, 10, 6),
            Purpose = "To understand how the strategy discussion looked to the social worker at the time.",
            Status = ConversationStatus.WithParticipant,
            NotesVersion = 1,
            CreatedByUserId = userId,
            CreatedAt = now,
            UpdatedByUserId = userId,
            UpdatedAt = now,
        };
        db.Conversations.Add(conversation);
        db.ConversationNotes.Add(new ConversationNotes
        {
            Id = Guid.NewGuid(),
            ConversationId = conversation.Id,
            ReviewId = reviewId,
            Number = 1,
            Author = NotesAuthor.Interviewers,
            Sections = new() { ["overview"] = "Allocated the family in March 2024.", ["at-the-time"] = "Thought the aunt was coping; the caseload was 28 families." },
            WrittenByUserId = userId,
            WrittenAt = now,
        });
        var section = new NarrativeSection
        {
            Id = Guid.NewGuid(),
            ReviewId = reviewId,
            Number = 1,
            Title = "After the move to the new flat",
            PeriodFrom = new DateOnly(2024, 3, 1),
            PeriodTo = new DateOnly(2024, 6, 30),
            Summary = "The family moved across the area and two services lost track of which team held the case.",
            CreatedByUserId = userId,
            CreatedAt = now,
            UpdatedByUserId = userId,
            UpdatedAt = now,
        };
        var social = new Perspective
        {
            Id = Guid.NewGuid(),
            ReviewId = reviewId,
            SectionId = section.Id,
            PersonId = participantPersonId,
            AgencyId = agencyId,
            Account = "Believed the health visitor had seen the baby that week and so did not visit again.",
            CreatedByUserId = userId,
            CreatedAt = now,
            UpdatedByUserId = userId,
            UpdatedAt = now,
        };
        var agency = new Perspective
        {
            Id = Guid.NewGuid(),
            ReviewId = reviewId,
            SectionId = section.Id,
            AgencyId = agencyId,
            Account = "The service's records show no visit that week.",
            CreatedByUserId = userId,
            CreatedAt = now.AddSeconds(1),
            UpdatedByUserId = userId,
            UpdatedAt = now,
        };
        var discrepancy = new Discrepancy
        {
            Id = Guid.NewGuid(),
            ReviewId = reviewId,
            SectionId = section.Id,
            Number = 1,
            Description = "Whether anyone saw the baby in the week of 3 June.",
            PerspectiveIds = [social.Id, agency.Id],
            CreatedByUserId = userId,
            CreatedAt = now,
            UpdatedByUserId = userId,
            UpdatedAt = now,
        };
        var meeting = new Meeting
        {
            Id = Guid.NewGuid(),
            ReviewId = reviewId,
            Kind = MeetingKind.CaseGroupIntroduction,
            HeldOn = new DateOnly(2026, 10, 20),
            Place = "Room 2, civic centre",
            Agenda = "Welcome and how the review works\nThe story so far",
            Attendees = [new MeetingAttendee { UserId = participantUserId, Attendance = Attendance.Attended }, .. interviewerUserIds.Select(id => new MeetingAttendee { UserId = id, Attendance = Attendance.Attended })],
            Notes = "The group talked through the first two periods of the narrative.",
            Decisions = ["Share the first narrative section for comment"],
            CreatedByUserId = userId,
            CreatedAt = now,
            UpdatedByUserId = userId,
            UpdatedAt = now,
        };
        section.Share(true, now);
        db.NarrativeSections.Add(section);
        db.Perspectives.AddRange(social, agency);
        db.Discrepancies.Add(discrepancy);
        db.Meetings.Add(meeting);
        await db.SaveChangesAsync();
        return new AnalysisIds(episode.Id, finding.Id, recommendation.Id, challenge.Id, conversation.Id)
        {
            SectionId = section.Id,
            PerspectiveId = social.Id,
            DiscrepancyId = discrepancy.Id,
            MeetingId = meeting.Id,
        };
    }

    /// <summary>A large analysis for benchmarks: <paramref name="episodes"/> episodes, each with three factors and
    /// three chronology entries as evidence; <paramref name="findings"/> findings on three episodes each, with two issues
    /// and two pattern categories; <paramref name="conversations"/> conversations with a version of notes each;
    /// <paramref name="sections"/> narrative sections of four accounts each, and <paramref name="meetings"/> meetings.
    /// Uses the review's current chronology entries and registers 20 practitioners as participants.</summary>
    public static async Task ManyAnalysisAsync(this LanternFactory factory, Guid reviewId, Guid agencyId, Guid userId, IReadOnlyList<Guid> interviewers,
        int episodes = 60, int findings = 20, int conversations = 200, int sections = 12, int meetings = 24)
    {
        await using var db = factory.CreateDbContext();
        var now = DateTime.UtcNow;
        var lineages = db.ChronologyEntries.Where(e => e.ReviewId == reviewId && e.IsCurrent).OrderBy(e => e.Date).Select(e => e.LineageId).Take(episodes * 3).ToList();
        var factorKeys = DefaultCodingSchemes.ContributoryFactors.All.Select(c => c.Key).ToList();
        var patternKeys = DefaultCodingSchemes.UnderlyingPatterns.All.Select(c => c.Key).ToList();
        var episodeIds = new List<Guid>();
        for (var i = 0; i < episodes; i++)
        {
            var episode = new KeyPracticeEpisode
            {
                Id = Guid.NewGuid(),
                ReviewId = reviewId,
                Number = i + 1,
                Title = $"Episode of practice number {i + 1}",
                AgencyIds = [agencyId],
                WhatHappened = string.Concat(Enumerable.Repeat("A practitioner visited and recorded what they saw. ", 20)),
                KnownThen = "What the records showed then.",
                Appraisal = (PracticeAppraisal)(i % 4),
                AppraisalReasons = "Judged against what was expected at the time.",
                Explanation = "It made sense because of the pressures then.",
                RaisedBy = EpisodeSource.ReviewTeam,
                CreatedByUserId = userId,
                CreatedAt = now,
                UpdatedByUserId = userId,
                UpdatedAt = now,
            };
            episode.Share(i % 2 == 0, now);
            db.Episodes.Add(episode);
            db.Entry(episode).Property(e => e.Status).CurrentValue = (EpisodeStatus)(i % 3);
            episodeIds.Add(episode.Id);
            for (var f = 0; f < 3; f++)
            {
                db.AnalysisCodes.Add(new AnalysisCode
                {
                    Id = Guid.NewGuid(),
                    ReviewId = reviewId,
                    ItemKind = AnalysisItemKind.Episode,
                    ItemId = episode.Id,
                    SchemeKey = DefaultCodingSchemes.FactorsKey,
                    SchemeVersion = 1,
                    CodeKey = factorKeys[(i * 3 + f) % factorKeys.Count],
                });
                if (lineages.Count > 0)
                {
                    db.AnalysisLinks.Add(new AnalysisLink
                    {
                        Id = Guid.NewGuid(),
                        ReviewId = reviewId,
                        FromKind = AnalysisItemKind.Episode,
                        FromId = episode.Id,
                        ToKind = EvidenceKind.ChronologyEntry,
                        ToId = lineages[(i * 3 + f) % lineages.Count],
                        CreatedByUserId = userId,
                        CreatedAt = now,
                    });
                }
            }

            db.AnalysisComments.Add(new AnalysisComment { Id = Guid.NewGuid(), ReviewId = reviewId, ItemKind = AnalysisItemKind.Episode, ItemId = episode.Id, AuthorUserId = userId, Text = "A comment.", CreatedAt = now });
        }

        for (var i = 0; i < findings; i++)
        {
            var finding = new Finding
            {
                Id = Guid.NewGuid(),
                ReviewId = reviewId,
                Number = i + 1,
                Title = $"A pattern in how the agencies work, number {i + 1}",
                InThisCase = "How it showed.",
                NotPeculiar = "Why it is routine.",
                WhyItMatters = "Why it matters.",
                Statement = "The summary.",
                PriorityRank = i + 1,
                CreatedByUserId = userId,
                CreatedAt = now,
                UpdatedByUserId = userId,
                UpdatedAt = now,
            };
            db.Findings.Add(finding);
            for (var k = 0; k < 2; k++)
            {
                db.BoardIssues.Add(new BoardIssue { Id = Guid.NewGuid(), FindingId = finding.Id, ReviewId = reviewId, Position = k + 1, Text = $"Open question {k + 1} for the Board?" });
                db.AnalysisCodes.Add(new AnalysisCode
                {
                    Id = Guid.NewGuid(),
                    ReviewId = reviewId,
                    ItemKind = AnalysisItemKind.Finding,
                    ItemId = finding.Id,
                    SchemeKey = DefaultCodingSchemes.PatternsKey,
                    SchemeVersion = 1,
                    CodeKey = patternKeys[(i + k) % patternKeys.Count],
                });
            }

            for (var e = 0; e < 3; e++)
            {
                db.AnalysisLinks.Add(new AnalysisLink
                {
                    Id = Guid.NewGuid(),
                    ReviewId = reviewId,
                    FromKind = AnalysisItemKind.Finding,
                    FromId = finding.Id,
                    ToKind = EvidenceKind.Episode,
                    ToId = episodeIds[(i * 3 + e) % episodeIds.Count],
                    CreatedByUserId = userId,
                    CreatedAt = now,
                });
            }
        }

        var people = Enumerable.Range(1, 20).Select(n => new Lantern.Core.Information.Person
        {
            Id = Guid.NewGuid(),
            ReviewId = reviewId,
            Category = Lantern.Core.Information.PersonCategory.Professional,
            RealName = $"Practitioner {n} Fictional",
            Pseudonym = $"Practitioner {n}",
            AgencyId = agencyId,
            ProfessionalRole = "Social worker",
        }).ToList();
        db.People.AddRange(people);
        for (var i = 0; i < conversations; i++)
        {
            var conversation = new Conversation
            {
                Id = Guid.NewGuid(),
                ReviewId = reviewId,
                Number = i + 1,
                ParticipantPersonId = people[i % people.Count].Id,
                InterviewerUserIds = [.. interviewers],
                ScheduledFor = new DateOnly(2026, 10, 1).AddDays(i % 50),
                Purpose = "To understand how it looked at the time.",
                Status = (ConversationStatus)(i % 4),
                NotesVersion = 1,
                CreatedByUserId = userId,
                CreatedAt = now,
                UpdatedByUserId = userId,
                UpdatedAt = now,
            };
            db.Conversations.Add(conversation);
            db.ConversationNotes.Add(new ConversationNotes
            {
                Id = Guid.NewGuid(),
                ConversationId = conversation.Id,
                ReviewId = reviewId,
                Number = 1,
                Author = NotesAuthor.Interviewers,
                Sections = ConversationStructure.Sections.ToDictionary(s => s.Key, s => string.Concat(Enumerable.Repeat("What the participant said. ", 30))),
                WrittenByUserId = userId,
                WrittenAt = now,
            });
        }

        // The narrative: a section a month, each with four accounts (two sources each) and a discrepancy; and a
        // meeting a fortnight with the interviewers invited.
        for (var i = 0; i < sections; i++)
        {
            var section = new NarrativeSection
            {
                Id = Guid.NewGuid(),
                ReviewId = reviewId,
                Number = i + 1,
                Title = $"Period {i + 1}",
                PeriodFrom = new DateOnly(2024, 1, 1).AddMonths(i),
                PeriodTo = new DateOnly(2024, 1, 1).AddMonths(i + 1).AddDays(-1),
                Summary = string.Concat(Enumerable.Repeat("What the review team understands happened. ", 10)),
                CreatedByUserId = userId,
                CreatedAt = now,
                UpdatedByUserId = userId,
                UpdatedAt = now,
            };
            section.Share(i % 2 == 0, now);
            db.NarrativeSections.Add(section);
            var accounts = Enumerable.Range(0, 4).Select(a => new Perspective
            {
                Id = Guid.NewGuid(),
                ReviewId = reviewId,
                SectionId = section.Id,
                PersonId = people[(i + a) % people.Count].Id,
                AgencyId = agencyId,
                Account = string.Concat(Enumerable.Repeat("How the period looked from where they stood. ", 15)),
                CreatedByUserId = userId,
                CreatedAt = now.AddSeconds(a),
                UpdatedByUserId = userId,
                UpdatedAt = now,
            }).ToList();
            db.Perspectives.AddRange(accounts);
            foreach (var (account, a) in accounts.Select((x, a) => (x, a)))
            {
                for (var e = 0; e < 2 && lineages.Count > 0; e++)
                {
                    db.AnalysisLinks.Add(new AnalysisLink
                    {
                        Id = Guid.NewGuid(),
                        ReviewId = reviewId,
                        FromKind = AnalysisItemKind.Perspective,
                        FromId = account.Id,
                        ToKind = EvidenceKind.ChronologyEntry,
                        ToId = lineages[(i * 8 + a * 2 + e) % lineages.Count],
                        CreatedByUserId = userId,
                        CreatedAt = now,
                    });
                }
            }

            var discrepancy = new Discrepancy
            {
                Id = Guid.NewGuid(),
                ReviewId = reviewId,
                SectionId = section.Id,
                Number = i + 1,
                Description = "Whether the visit happened that week.",
                PerspectiveIds = [accounts[0].Id, accounts[1].Id],
                CreatedByUserId = userId,
                CreatedAt = now,
            };
            discrepancy.Explore((DiscrepancyStatus)(i % 4), i % 4 >= 2 ? "What exploring it found." : null, userId, now);
            db.Discrepancies.Add(discrepancy);
        }

        for (var i = 0; i < meetings; i++)
        {
            db.Meetings.Add(new Meeting
            {
                Id = Guid.NewGuid(),
                ReviewId = reviewId,
                Kind = (MeetingKind)(i % 3),
                HeldOn = new DateOnly(2026, 1, 5).AddDays(14 * i),
                Place = "Room 2, civic centre",
                Agenda = "Welcome\nThe story so far\nNext steps",
                Attendees = [.. interviewers.Select(id => new MeetingAttendee { UserId = id, Attendance = Attendance.Attended })],
                Notes = string.Concat(Enumerable.Repeat("What was discussed. ", 40)),
                Decisions = ["Share the next section", "Ask for the records"],
                CreatedByUserId = userId,
                CreatedAt = now,
                UpdatedByUserId = userId,
                UpdatedAt = now,
            });
        }

        await db.SaveChangesAsync();
    }
}
