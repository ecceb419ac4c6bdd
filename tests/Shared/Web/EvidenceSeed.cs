using System.Security.Cryptography;
using System.Text;
using Lantern.Core.Information;

namespace Lantern.Testing.Web;

/// <summary>Ids of the evidence seeded for a review.</summary>
public sealed record EvidenceIds(Guid DocumentId, Guid MaterialItemId, Guid DisclosureId, Guid ProcessId, Guid ConstraintId);

/// <summary>A review's evidence made directly in the database (and the documents folder): a small text document
/// with its index item, a hand-added item with a disclosure request, and a parallel process with a constraint.</summary>
public static class EvidenceSeed
{
    public static async Task<EvidenceIds> EvidenceAsync(this LanternFactory factory, Guid reviewId, Guid agencyId, Guid userId)
    {
        await using var db = factory.CreateDbContext();
        var now = DateTime.UtcNow;
        var today = DateOnly.FromDateTime(now);
        var bytes = Encoding.UTF8.GetBytes("Minutes of the strategy discussion (fictional).\n");
        var stored = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(20));
        var folder = Path.Combine(factory.DataDirectory, "documents");
        Directory.CreateDirectory(folder);
        await File.WriteAllBytesAsync(Path.Combine(folder, stored), bytes);

        var document = new EvidenceDocument
        {
            Id = Guid.NewGuid(),
            ReviewId = reviewId,
            Title = "Strategy discussion minutes",
            OwnerAgencyId = agencyId,
            Provenance = "Sent by the police liaison officer",
            Sensitivity = Sensitivity.Sensitive,
            Disclosable = Disclosability.NotDecided,
            Kind = DocumentKind.Text,
            OriginalFileName = "minutes.txt",
            StoredName = stored,
            SizeBytes = bytes.Length,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes)),
            UploadedByUserId = userId,
            UploadedAt = now,
        };
        db.Documents.Add(document);
        db.MaterialItems.Add(new MaterialItem
        {
            Id = Guid.NewGuid(),
            ReviewId = reviewId,
            Kind = MaterialKind.Document,
            Title = document.Title,
            OwnerAgencyId = agencyId,
            ItemDate = today,
            Location = "Lantern (uploaded document)",
            Sensitivity = Sensitivity.Sensitive,
            DocumentId = document.Id,
            CreatedByUserId = userId,
            CreatedAt = now,
        });
        var item = new MaterialItem
        {
            Id = Guid.NewGuid(),
            ReviewId = reviewId,
            Kind = MaterialKind.ConversationNote,
            Title = "Notes of conversation with social worker 1",
            OwnerName = "The review's lead reviewers",
            ItemDate = today,
            Location = "Lead reviewer's locked cabinet",
            Sensitivity = Sensitivity.HighlySensitive,
            CreatedByUserId = userId,
            CreatedAt = now,
        };
        db.MaterialItems.Add(item);
        var request = new DisclosureRequest
        {
            Id = Guid.NewGuid(),
            ReviewId = reviewId,
            MaterialItemId = item.Id,
            RequestedBy = "Crown Prosecution Service",
            ReceivedOn = today,
            WhatIsAsked = "The notes in full",
            RecordedByUserId = userId,
            RecordedAt = now,
        };
        db.DisclosureRequests.Add(request);
        var process = new ParallelProcess
        {
            Id = Guid.NewGuid(),
            ReviewId = reviewId,
            Kind = ProcessKind.CriminalInvestigation,
            LeadBody = "Testshire Police major crime team",
            Status = ProcessStatus.UnderWay,
            CreatedAt = now,
        };
        db.ParallelProcesses.Add(process);

        // Holds nothing, so other tests' pages show no hold warnings unless they add one.
        var constraint = new ProcessConstraint
        {
            Id = Guid.NewGuid(),
            ProcessId = process.Id,
            ReviewId = reviewId,
            Text = "Tell the police before contacting any witness",
            Holds = ReviewHold.None,
            AgreedOn = today,
            AddedByUserId = userId,
            AddedAt = now,
        };
        db.ProcessConstraints.Add(constraint);
        db.LiaisonEntries.Add(new LiaisonEntry
        {
            Id = Guid.NewGuid(),
            ProcessId = process.Id,
            ReviewId = reviewId,
            OccurredOn = today,
            WithWhom = "Senior investigating officer",
            Summary = "Agreed to share the terms of reference.",
            RecordedByUserId = userId,
            RecordedAt = now,
        });
        await db.SaveChangesAsync();
        return new EvidenceIds(document.Id, item.Id, request.Id, process.Id, constraint.Id);
    }
}
