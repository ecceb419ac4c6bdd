using Lantern.Web.Infrastructure.Documents;

namespace Lantern.Web.Pages.Admin.Letters;

public sealed record ChangeLetterTemplateOptions(Guid PartnershipId, Guid TemplateId, string Name, string? Purpose, string Body, Guid Version);

/// <summary>
/// The wording of the partnership's letters to families. A partnership starts with its own copies of Lantern's
/// default letters, made the first time anyone needs its letters, and changes them as it sees fit.
/// </summary>
public sealed class LetterTemplateService(LanternDbContext db, TimeProvider time, AuditRecorder recorder)
{
    /// <summary>The partnership's letters by name, after making its copies of the defaults if it has none.</summary>
    public async Task<List<LetterTemplate>> ListAsync(Guid partnershipId, AuditActor audit, CancellationToken cancellationToken = default)
    {
        await EnsureDefaultsAsync(partnershipId, audit, cancellationToken);
        return await db.LetterTemplates.AsNoTracking()
            .Where(t => t.PartnershipId == partnershipId)
            .OrderBy(t => t.Name)
            .ToListAsync(cancellationToken);
    }

    public Task<LetterTemplate?> FindAsync(Guid partnershipId, Guid templateId, CancellationToken cancellationToken = default) =>
        db.LetterTemplates.AsNoTracking().SingleOrDefaultAsync(t => t.Id == templateId && t.PartnershipId == partnershipId, cancellationToken);

    /// <summary>
    /// Gives a partnership with no letters its own copies of <see cref="DefaultLetterTemplates.All"/>, each audited as
    /// <see cref="AuditActions.LetterTemplateChanged"/> under the person whose visit made them. Two people arriving
    /// at once cannot make two sets: the second save breaks the unique name and is dropped.
    /// </summary>
    public async Task EnsureDefaultsAsync(Guid partnershipId, AuditActor audit, CancellationToken cancellationToken = default)
    {
        if (await db.LetterTemplates.AnyAsync(t => t.PartnershipId == partnershipId, cancellationToken))
        {
            return;
        }

        var now = time.GetUtcNow().UtcDateTime;
        foreach (var letter in DefaultLetterTemplates.All)
        {
            var template = new LetterTemplate { Id = Guid.NewGuid(), PartnershipId = partnershipId, Name = letter.Name, Purpose = letter.Purpose, Body = letter.Body };
            db.LetterTemplates.Add(template);
            recorder.AuditPartnership(audit, AuditActions.LetterTemplateChanged, partnershipId, "LetterTemplate", template.Id);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Someone else's visit made the copies a moment earlier and theirs stand; anything else is a real failure.
            db.ChangeTracker.Clear();
            if (!await db.LetterTemplates.AnyAsync(t => t.PartnershipId == partnershipId, cancellationToken))
            {
                throw;
            }
        }
    }

    public async Task<WriteResult> ChangeLetterTemplateAsync(ChangeLetterTemplateOptions options, AuditActor audit, CancellationToken cancellationToken = default)
    {
        var template = await db.LetterTemplates.SingleOrDefaultAsync(t => t.Id == options.TemplateId && t.PartnershipId == options.PartnershipId, cancellationToken);
        if (template is null)
        {
            return WriteResult.Missing;
        }

        var errors = new List<(string Field, string Message)>();
        var name = options.Name.Trim();
        var purpose = options.Purpose?.Trim() ?? string.Empty;
        if (name.Length == 0)
        {
            errors.Add(("Name", "Enter the name of the letter"));
        }
        else if (name.Length > LetterTemplate.NameMaxLength)
        {
            errors.Add(("Name", "Name must be 120 characters or fewer"));
        }
        else if (await db.LetterTemplates.AnyAsync(t => t.PartnershipId == options.PartnershipId && t.Id != template.Id && t.Name.ToLower() == name.ToLower(), cancellationToken))
        {
            errors.Add(("Name", "There is already a letter with this name"));
        }

        if (purpose.Length > LetterTemplate.PurposeMaxLength)
        {
            errors.Add(("Purpose", "When to send it must be 480 characters or fewer"));
        }

        errors.AddRange(LetterRendering.Check(options.Body, LetterPlaceholders.All).Problems.Select(p => ("Body", p)));
        if (errors.Count > 0)
        {
            return new WriteResult(false, errors);
        }

        db.Entry(template).Property(t => t.Version).OriginalValue = options.Version;
        template.Name = name;
        template.Purpose = purpose;
        template.Body = options.Body.TrimEnd();
        recorder.AuditPartnership(audit, AuditActions.LetterTemplateChanged, options.PartnershipId, "LetterTemplate", template.Id);
        return await db.SaveOrConflictAsync(cancellationToken);
    }
}
