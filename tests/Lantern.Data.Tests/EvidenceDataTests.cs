using Lantern.Core.Information;
using Lantern.Core.Organisation;
using Lantern.Testing;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Data.Tests;

public sealed class SqliteEvidenceDataTests() : EvidenceDataTests(DatabaseProvider.Sqlite);

public sealed class PostgresEvidenceDataTests() : EvidenceDataTests(DatabaseProvider.Postgres);

/// <summary>Documents, the index of material and parallel processes keep every field on both databases,
/// including several holds on one constraint.</summary>
public abstract class EvidenceDataTests(DatabaseProvider provider)
{
    [Fact]
    public async Task EvidenceRecords_RoundTrip()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var documentId = Guid.NewGuid();
        var itemId = Guid.NewGuid();
        var processId = Guid.NewGuid();
        var uploaded = new DateTime(2026, 4, 2, 9, 30, 0, DateTimeKind.Utc);
        Guid reviewId, agencyId;
        await using (var db = database.CreateContext())
        {
            var (partnership, agency, type) = Seed.Partnership(db, "Evidence Partnership");
            var user = Seed.User(db, partnership, agency, PartnershipRoles.BusinessUnit, "Eve Evidence");
            var review = Seed.Review(db, partnership, type, user, "Child E");
            reviewId = review.Id;
            agencyId = agency.Id;
            db.Documents.Add(new EvidenceDocument
            {
                Id = documentId,
                ReviewId = reviewId,
                Title = "Minutes",
                Description = "Fictional",
                OwnerAgencyId = agencyId,
                Provenance = "Sent by email",
                Sensitivity = Sensitivity.HighlySensitive,
                Disclosable = Disclosability.No,
                Kind = DocumentKind.Excel,
                OriginalFileName = "minutes.xlsx",
                StoredName = new string('a', 40),
                SizeBytes = 5_000_000_000,
                Sha256 = new string('f', 64),
                UploadedByUserId = user.Id,
                UploadedAt = uploaded,
            });
            db.MaterialItems.Add(new MaterialItem
            {
                Id = itemId,
                ReviewId = reviewId,
                Kind = MaterialKind.Recording,
                Title = "Recording of the learning event",
                OwnerName = "The review",
                ItemDate = new DateOnly(2026, 4, 1),
                Location = "Encrypted drive",
                Sensitivity = Sensitivity.Sensitive,
                DocumentId = documentId,
                CreatedByUserId = user.Id,
                CreatedAt = uploaded,
            });
            db.DisclosureRequests.Add(new DisclosureRequest
            {
                Id = Guid.NewGuid(),
                ReviewId = reviewId,
                MaterialItemId = itemId,
                RequestedBy = "Coroner",
                ReceivedOn = new DateOnly(2026, 4, 3),
                WhatIsAsked = "All of it",
                RecordedByUserId = user.Id,
                RecordedAt = uploaded,
                Decision = DisclosureDecision.DiscloseInPart,
                DecisionReason = "Names removed",
                DecidedOn = new DateOnly(2026, 4, 4),
                DecidedByUserId = user.Id,
            });
            db.ParallelProcesses.Add(new ParallelProcess
            {
                Id = processId,
                ReviewId = reviewId,
                Kind = ProcessKind.AnotherReview,
                LeadBody = "Community safety partnership",
                Contact = "Chair of the review",
                Status = ProcessStatus.Paused,
                ExpectedEnd = new DateOnly(2027, 1, 31),
                Notes = "Domestic homicide review",
                CreatedAt = uploaded,
            });
            db.ProcessConstraints.Add(new ProcessConstraint
            {
                Id = Guid.NewGuid(),
                ProcessId = processId,
                ReviewId = reviewId,
                Text = "Wait for the trial",
                Holds = ReviewHold.FamilyInvolvement | ReviewHold.Publication,
                AgreedOn = new DateOnly(2026, 4, 5),
                AddedByUserId = user.Id,
                AddedAt = uploaded,
                LiftedOn = new DateOnly(2026, 5, 1),
                LiftReason = "Trial ended",
                LiftedByUserId = user.Id,
            });
            db.LiaisonEntries.Add(new LiaisonEntry
            {
                Id = Guid.NewGuid(),
                ProcessId = processId,
                ReviewId = reviewId,
                OccurredOn = new DateOnly(2026, 4, 6),
                WithWhom = "Chair",
                Summary = "Agreed to share findings",
                RecordedByUserId = user.Id,
                RecordedAt = uploaded,
            });
            await db.SaveChangesAsync();
        }

        await using (var db = database.CreateContext())
        {
            var document = await db.Documents.SingleAsync(d => d.Id == documentId);
            Assert.Equal((Sensitivity.HighlySensitive, Disclosability.No, DocumentKind.Excel, 5_000_000_000L, uploaded), (document.Sensitivity, document.Disclosable, document.Kind, document.SizeBytes, document.UploadedAt));
            var item = await db.MaterialItems.SingleAsync(m => m.Id == itemId);
            Assert.Equal((MaterialKind.Recording, "The review", documentId, new DateOnly(2026, 4, 1)), (item.Kind, item.OwnerName, item.DocumentId, item.ItemDate));
            var request = await db.DisclosureRequests.SingleAsync(r => r.MaterialItemId == itemId);
            Assert.Equal((DisclosureDecision.DiscloseInPart, new DateOnly(2026, 4, 4)), (request.Decision, request.DecidedOn));
            var process = await db.ParallelProcesses.SingleAsync(p => p.Id == processId);
            Assert.Equal((ProcessKind.AnotherReview, ProcessStatus.Paused, new DateOnly(2027, 1, 31)), (process.Kind, process.Status, process.ExpectedEnd));
            var constraint = await db.ProcessConstraints.SingleAsync(c => c.ProcessId == processId);
            Assert.Equal(ReviewHold.FamilyInvolvement | ReviewHold.Publication, constraint.Holds);
            Assert.Equal(new DateOnly(2026, 5, 1), constraint.LiftedOn);
            Assert.Equal("Agreed to share findings", (await db.LiaisonEntries.SingleAsync(l => l.ProcessId == processId)).Summary);
        }
    }
}
