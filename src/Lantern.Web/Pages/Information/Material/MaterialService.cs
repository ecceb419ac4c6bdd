namespace Lantern.Web.Pages.Information.Material;

public sealed record AddMaterialOptions(Guid ReviewId, Guid PartnershipId, MaterialKind Kind, string? Title, Guid? OwnerAgencyId, string? OwnerName, DateOnly ItemDate, string? Location, Sensitivity Sensitivity, string? Description);

public sealed record ChangeMaterialOptions(Guid ItemId, Guid Version, AddMaterialOptions Details);

public sealed record RecordDisclosureOptions(Viewer Viewer, Guid PartnershipId, Guid ItemId, string? RequestedBy, DateOnly ReceivedOn, string? WhatIsAsked)
{
    public Guid ReviewId => Viewer.ReviewId;
}

public sealed record DecideDisclosureOptions(Guid ReviewId, Guid PartnershipId, Guid ItemId, Guid RequestId, DisclosureDecision Decision, string? Reason, DateOnly DecidedOn, Guid Version);

/// <summary>Writes to the index of material (quality marker 9): items added by hand, disclosure requests and the
/// decisions on them.</summary>
public sealed class MaterialService(LanternDbContext db, AuditRecorder recorder)
{
    public async Task<(WriteResult Result, Guid? ItemId)> AddItemAsync(AddMaterialOptions options, AuditActor audit, CancellationToken cancellationToken = default)
    {
        var userId = audit.UserId ?? throw new InvalidOperationException("An item is added by a signed-in person.");
        var (errors, ownerName) = await CheckAsync(options, cancellationToken);
        if (errors.Count > 0)
        {
            return (new WriteResult(false, errors), null);
        }

        var item = new MaterialItem { Id = Guid.NewGuid(), ReviewId = options.ReviewId, CreatedByUserId = userId, CreatedAt = recorder.Now };
        Apply(item, options, ownerName);
        db.MaterialItems.Add(item);
        recorder.Audit(audit, AuditActions.MaterialAdded, options.ReviewId, options.PartnershipId, "MaterialItem", item.Id);
        return (await db.SaveOrConflictAsync(cancellationToken), item.Id);
    }

    /// <summary>Changes an item added by hand; items Lantern keeps for documents and chronologies change with them.</summary>
    public async Task<WriteResult> ChangeItemAsync(ChangeMaterialOptions options, AuditActor audit, CancellationToken cancellationToken = default)
    {
        var details = options.Details;
        var item = await db.MaterialItems.SingleOrDefaultAsync(
            i => i.Id == options.ItemId && i.ReviewId == details.ReviewId && i.DocumentId == null && i.SubmissionId == null, cancellationToken);
        if (item is null)
        {
            return WriteResult.Missing;
        }

        var (errors, ownerName) = await CheckAsync(details, cancellationToken);
        if (errors.Count > 0)
        {
            return new WriteResult(false, errors);
        }

        if (item.Version != options.Version)
        {
            return WriteResult.Stale;
        }

        db.Entry(item).Property(i => i.Version).OriginalValue = options.Version;
        Apply(item, details, ownerName);
        recorder.Audit(audit, AuditActions.MaterialChanged, details.ReviewId, details.PartnershipId, "MaterialItem", item.Id);
        return await db.SaveOrConflictAsync(cancellationToken);
    }

    private async Task<(List<(string, string)> Errors, string? OwnerName)> CheckAsync(AddMaterialOptions options, CancellationToken cancellationToken)
    {
        var errors = new List<(string, string)>();
        if (!MaterialNames.AddedByHand.Contains(options.Kind))
        {
            errors.Add(("Kind", "Select the type of item"));
        }

        Text(errors, "Title", options.Title, MaterialItem.TitleMaxLength, "Enter a title for the item", "The title must be 200 characters or fewer");
        var ownerName = options.OwnerName?.Trim();
        if (options.OwnerAgencyId is { } agencyId)
        {
            if (!await db.Agencies.AnyAsync(a => a.Id == agencyId && a.PartnershipId == options.PartnershipId, cancellationToken))
            {
                errors.Add(("Owner", "Select the agency that owns the item"));
            }

            ownerName = null;
        }
        else if (string.IsNullOrEmpty(ownerName))
        {
            errors.Add(("OwnerName", "Enter who owns the item, or select an agency"));
        }
        else if (ownerName.Length > MaterialItem.OwnerNameMaxLength)
        {
            errors.Add(("OwnerName", "The owner must be 200 characters or fewer"));
        }

        if (options.ItemDate > recorder.Today)
        {
            errors.Add(("ItemDate", "The date of the item must be today or in the past"));
        }

        Text(errors, "Location", options.Location, MaterialItem.LocationMaxLength, "Say where the original is held", "Where it is held must be 500 characters or fewer");
        if (options.Description?.Trim().Length > MaterialItem.DescriptionMaxLength)
        {
            errors.Add(("Description", "The description must be 2,000 characters or fewer"));
        }

        return (errors, ownerName);
    }

    private static void Apply(MaterialItem item, AddMaterialOptions options, string? ownerName)
    {
        item.Kind = options.Kind;
        item.Title = options.Title!.Trim();
        item.OwnerAgencyId = options.OwnerAgencyId;
        item.OwnerName = ownerName;
        item.ItemDate = options.ItemDate;
        item.Location = options.Location!.Trim();
        item.Sensitivity = options.Sensitivity;
        item.Description = string.IsNullOrWhiteSpace(options.Description) ? null : options.Description.Trim();
    }

    public async Task<WriteResult> RecordDisclosureAsync(RecordDisclosureOptions options, AuditActor audit, CancellationToken cancellationToken = default)
    {
        var userId = audit.UserId ?? throw new InvalidOperationException("A request is recorded by a signed-in person.");
        var itemExists = await db.MaterialItems.AnyAsync(m => m.Id == options.ItemId && m.ReviewId == options.ReviewId, cancellationToken);
        var submission = itemExists ? null : await db.ChronologySubmissions.AsNoTracking().VisibleTo(options.Viewer)
            .SingleOrDefaultAsync(s => s.Id == options.ItemId && s.CurrentVersion > 0, cancellationToken);
        if (!itemExists && submission is null)
        {
            return WriteResult.Missing;
        }

        var errors = new List<(string, string)>();
        Text(errors, "RequestedBy", options.RequestedBy, DisclosureRequest.RequestedByMaxLength, "Enter who asked for it", "Who asked must be 200 characters or fewer");
        if (options.ReceivedOn > recorder.Today)
        {
            errors.Add(("ReceivedOn", "The date the request arrived must be today or in the past"));
        }

        Text(errors, "WhatIsAsked", options.WhatIsAsked, DisclosureRequest.TextMaxLength, "Say what they asked for", "What they asked for must be 2,000 characters or fewer");
        if (errors.Count > 0)
        {
            return new WriteResult(false, errors);
        }

        if (submission is not null)
        {
            // An agency chronology gets its row in the index, under the submission's own id, with its first request.
            var agency = await db.Agencies.Where(a => a.Id == submission.AgencyId).Select(a => a.Name).SingleAsync(cancellationToken);
            var applied = await db.SubmissionVersions.Where(v => v.SubmissionId == submission.Id && v.Number == submission.CurrentVersion).Select(v => v.AppliedAt).SingleAsync(cancellationToken);
            db.MaterialItems.Add(new MaterialItem
            {
                Id = submission.Id,
                ReviewId = options.ReviewId,
                Kind = MaterialKind.Chronology,
                Title = MaterialQueries.ChronologyTitle(agency, submission.CurrentVersion),
                OwnerAgencyId = submission.AgencyId,
                ItemDate = DateOnly.FromDateTime(applied),
                Location = MaterialQueries.ChronologyLocation,
                Sensitivity = Sensitivity.Sensitive,
                SubmissionId = submission.Id,
                CreatedByUserId = userId,
                CreatedAt = recorder.Now,
            });
        }

        var request = new DisclosureRequest
        {
            Id = Guid.NewGuid(),
            ReviewId = options.ReviewId,
            MaterialItemId = options.ItemId,
            RequestedBy = options.RequestedBy!.Trim(),
            ReceivedOn = options.ReceivedOn,
            WhatIsAsked = options.WhatIsAsked!.Trim(),
            RecordedByUserId = userId,
            RecordedAt = recorder.Now,
        };
        db.DisclosureRequests.Add(request);
        recorder.Audit(audit, AuditActions.DisclosureRecorded, options.ReviewId, options.PartnershipId, "DisclosureRequest", request.Id);
        return await db.SaveOrConflictAsync(cancellationToken);
    }

    public async Task<WriteResult> DecideDisclosureAsync(DecideDisclosureOptions options, AuditActor audit, CancellationToken cancellationToken = default)
    {
        var request = await db.DisclosureRequests.SingleOrDefaultAsync(
            r => r.Id == options.RequestId && r.MaterialItemId == options.ItemId && r.ReviewId == options.ReviewId, cancellationToken);
        if (request is null)
        {
            return WriteResult.Missing;
        }

        var owner = await db.MaterialItems.Where(m => m.Id == options.ItemId).Select(m => m.OwnerAgencyId).SingleAsync(cancellationToken);
        var errors = new List<(string, string)>();
        if (options.Decision == DisclosureDecision.ReferToOwner && owner is null)
        {
            errors.Add(("Decision", "No agency owns this item, so the review decides: select disclose, disclose in part or withhold"));
        }

        Text(errors, "Reason", options.Reason, DisclosureRequest.TextMaxLength, "Give the reason for the decision", "The reason must be 2,000 characters or fewer");
        if (options.DecidedOn > recorder.Today)
        {
            errors.Add(("DecidedOn", "The date of the decision must be today or in the past"));
        }
        else if (options.DecidedOn < request.ReceivedOn)
        {
            errors.Add(("DecidedOn", "The date of the decision must be on or after the date the request arrived"));
        }

        if (errors.Count > 0)
        {
            return new WriteResult(false, errors);
        }

        db.Entry(request).Property(r => r.Version).OriginalValue = options.Version;
        request.Decision = options.Decision;
        request.DecisionReason = options.Reason!.Trim();
        request.DecidedOn = options.DecidedOn;
        request.DecidedByUserId = audit.UserId;
        recorder.Audit(audit, AuditActions.DisclosureDecided, options.ReviewId, options.PartnershipId, "DisclosureRequest", request.Id);
        return await db.SaveOrConflictAsync(cancellationToken);
    }

    /// <summary>Records that the index was downloaded (as CSV or Word).</summary>
    public async Task RecordExportAsync(Guid reviewId, Guid partnershipId, AuditActor audit, CancellationToken cancellationToken)
    {
        recorder.Audit(audit, AuditActions.MaterialExported, reviewId, partnershipId, "Review", reviewId);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static void Text(List<(string, string)> errors, string field, string? value, int max, string missing, string tooLong)
    {
        var text = value?.Trim() ?? string.Empty;
        if (text.Length == 0)
        {
            errors.Add((field, missing));
        }
        else if (text.Length > max)
        {
            errors.Add((field, tooLong));
        }
    }
}
