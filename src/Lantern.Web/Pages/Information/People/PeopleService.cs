namespace Lantern.Web.Pages.Information.People;

/// <summary>One person's entry in the register, as a form gives it. A blank pseudonym asks Lantern to propose one.</summary>
public sealed record PersonDetails(
    PersonCategory Category,
    string RealName,
    IReadOnlyList<string> Aliases,
    DateOnly? DateOfBirth,
    string? Relationship,
    Guid? AgencyId,
    string? ProfessionalRole,
    string? Pseudonym,
    string? Notes,
    string? Address = null);

public sealed record AddPersonOptions(Guid ReviewId, Guid PartnershipId, PersonDetails Details);

public sealed record ChangePersonOptions(Guid ReviewId, Guid PartnershipId, Guid PersonId, PersonDetails Details, Guid Version);

public sealed record AddAliasOptions(Guid ReviewId, Guid PartnershipId, Guid PersonId, string Alias, Guid Version);

public sealed record SetIdentityRolesOptions(Guid ReviewId, Guid PartnershipId, IReadOnlyList<ReviewRole> Roles, Guid Version);

/// <summary>
/// The people register: everyone who appears in the review's records, with the pseudonym each will have in
/// anything published. Real names, aliases, dates of birth and addresses are restricted; which review roles may see them
/// is the business unit's choice for each review.
/// </summary>
public sealed class PeopleService(LanternDbContext db, AuditRecorder recorder, Submissions.ChronologyLinks links)
{
    public async Task<(WriteResult Result, Person? Person)> AddPersonAsync(AddPersonOptions options, AuditActor audit, CancellationToken cancellationToken = default)
    {
        var others = await db.People.Where(p => p.ReviewId == options.ReviewId).Select(p => p.Pseudonym).ToListAsync(cancellationToken);
        var person = new Person { Id = Guid.NewGuid(), ReviewId = options.ReviewId, CreatedAt = recorder.Now };
        if (await CheckAsync(options.ReviewId, options.PartnershipId, options.Details, others, cancellationToken) is { } refused)
        {
            return (refused, null);
        }

        Apply(person, options.Details);
        if (string.IsNullOrWhiteSpace(options.Details.Pseudonym))
        {
            var title = await db.Reviews.Where(r => r.Id == options.ReviewId).Select(r => r.WorkingTitle).SingleAsync(cancellationToken);
            person.Pseudonym = Pseudonyms.ProposeFor(person.Category, person.Relationship, person.ProfessionalRole, person.RealName, person.Aliases, title, others);
        }

        db.People.Add(person);
        recorder.Audit(audit, AuditActions.PersonAdded, options.ReviewId, options.PartnershipId, "Person", person.Id);
        var result = await SaveAndRelinkAsync(options.ReviewId, cancellationToken);
        return (result, result.Succeeded ? person : null);
    }

    public async Task<WriteResult> ChangePersonAsync(ChangePersonOptions options, AuditActor audit, CancellationToken cancellationToken = default)
    {
        var person = await db.People.SingleOrDefaultAsync(p => p.Id == options.PersonId && p.ReviewId == options.ReviewId, cancellationToken);
        if (person is null)
        {
            return WriteResult.Missing;
        }

        if (string.IsNullOrWhiteSpace(options.Details.Pseudonym))
        {
            return WriteResult.Refused("Pseudonym", "Enter a pseudonym");
        }

        var others = await db.People.Where(p => p.ReviewId == options.ReviewId && p.Id != options.PersonId).Select(p => p.Pseudonym).ToListAsync(cancellationToken);
        if (await CheckAsync(options.ReviewId, options.PartnershipId, options.Details, others, cancellationToken) is { } refused)
        {
            return refused;
        }

        db.Entry(person).Property(p => p.Version).OriginalValue = options.Version;
        string[] NamesOf(Person p) => [p.RealName, p.Pseudonym, .. p.Aliases];
        var namesBefore = NamesOf(person);
        Apply(person, options.Details);
        recorder.Audit(audit, AuditActions.PersonChanged, options.ReviewId, options.PartnershipId, "Person", person.Id);

        // Matching the whole chronology again is only needed when the names it is matched by have changed.
        return namesBefore.SequenceEqual(NamesOf(person), StringComparer.Ordinal)
            ? await db.SaveOrConflictAsync(cancellationToken)
            : await SaveAndRelinkAsync(options.ReviewId, cancellationToken);
    }

    /// <summary>Adds a name found in the chronologies as another name of a person, then links the entries that
    /// use it. Refused when it is a word for someone's place in the case ("Mum"), already one of their names (in
    /// any capitals or accents), or would make their pseudonym share a word with their names.</summary>
    public async Task<WriteResult> AddAliasAsync(AddAliasOptions options, AuditActor audit, CancellationToken cancellationToken = default)
    {
        var person = await db.People.SingleOrDefaultAsync(p => p.Id == options.PersonId && p.ReviewId == options.ReviewId, cancellationToken);
        if (person is null)
        {
            return WriteResult.Missing;
        }

        var alias = Pseudonyms.Normalise(options.Alias ?? string.Empty);
        if (person.Version != options.Version)
        {
            return WriteResult.Stale;
        }

        if (AliasProblem(alias) is { } problem)
        {
            return WriteResult.Refused("Alias", problem);
        }

        if (person.Aliases.Prepend(person.RealName).FirstOrDefault(n => Folding.Same(n, alias)) is { } same)
        {
            return WriteResult.Refused("Alias", $"{person.Pseudonym} is already known as '{same}' (capitals and accents do not matter when names are matched)");
        }

        if (person.Aliases.Count >= Person.MaxAliases)
        {
            return WriteResult.Refused("Alias", $"{person.Pseudonym} already has {Person.MaxAliases} other names, the most a person can have");
        }

        if (Pseudonyms.Check(person.Pseudonym, person.RealName, [.. person.Aliases, alias], []) is not null)
        {
            return WriteResult.Refused("Alias", $"'{alias}' shares a word with the pseudonym {person.Pseudonym}: change the pseudonym first");
        }

        db.Entry(person).Property(p => p.Version).OriginalValue = options.Version;
        person.Aliases = [.. person.Aliases, alias];
        recorder.Audit(audit, AuditActions.PersonAliasAdded, options.ReviewId, options.PartnershipId, "Person", person.Id);
        return await SaveAndRelinkAsync(options.ReviewId, cancellationToken);
    }

    /// <summary>Why a name cannot be another name of anyone, or null when it can.</summary>
    public static string? AliasProblem(string alias)
    {
        if (alias.Length == 0)
        {
            return "Enter the other name";
        }

        if (alias.Length > Person.AliasMaxLength)
        {
            return $"Each other name must be {Person.AliasMaxLength} characters or fewer";
        }

        return PersonRules.CommonWordProblem(alias);
    }

    /// <summary>The names of <paramref name="names"/> that someone else in the review also has, each with that
    /// person's pseudonym: entries that use them will be linked to both, so the reviewer is told.</summary>
    public async Task<List<(string Name, string OtherPseudonym)>> SharedNamesAsync(Guid reviewId, Guid? personId, IEnumerable<string> names, CancellationToken cancellationToken)
    {
        var others = await db.People.AsNoTracking().Where(p => p.ReviewId == reviewId && p.Id != personId)
            .Select(p => new { p.Pseudonym, p.RealName, p.Aliases }).ToListAsync(cancellationToken);
        var shared = new List<(string, string)>();
        foreach (var name in names.Where(n => !string.IsNullOrWhiteSpace(n)).DistinctBy(n => Folding.Fold(NameText.WithoutNotes(n))))
        {
            var key = Folding.Fold(NameText.WithoutNotes(name));
            shared.AddRange(others.Where(o => o.Aliases.Prepend(o.RealName).Any(n => Folding.Fold(NameText.WithoutNotes(n)) == key)).Select(o => (name, o.Pseudonym)));
        }

        return shared;
    }

    /// <summary>A sentence telling the reviewer which names are shared, or null when none are.</summary>
    public static string? SharedNamesWarning(IReadOnlyList<(string Name, string OtherPseudonym)> shared) =>
        shared.Count == 0
            ? null
            : "Check: " + string.Join("; ", shared.Select(s => $"'{s.Name}' is also a name of {s.OtherPseudonym}")) +
              ". Entries that use it are linked to both people until you unlink the wrong one, and downloads show it as " + Core.Information.Merging.PseudonymText.SharedMarker + ".";

    public async Task<WriteResult> SetIdentityRolesAsync(SetIdentityRolesOptions options, AuditActor audit, CancellationToken cancellationToken = default)
    {
        var review = await db.Reviews.SingleOrDefaultAsync(r => r.Id == options.ReviewId && r.PartnershipId == options.PartnershipId, cancellationToken);
        if (review is null)
        {
            return WriteResult.Missing;
        }

        db.Entry(review).Property(r => r.Version).OriginalValue = options.Version;
        review.SetIdentityRoles(IdentityRoles.Of(options.Roles));
        recorder.Audit(audit, AuditActions.IdentityAccessChanged, options.ReviewId, options.PartnershipId, "Review", review.Id);
        return await db.SaveOrConflictAsync(cancellationToken);
    }

    private async Task<WriteResult?> CheckAsync(Guid reviewId, Guid partnershipId, PersonDetails details, IReadOnlyList<string> otherPseudonyms,
        CancellationToken cancellationToken)
    {
        if (PersonRules.DateOfBirthProblem(details.DateOfBirth, recorder.Today) is { } unborn)
        {
            return WriteResult.Refused("DateOfBirth", unborn);
        }

        if (details.Address?.Trim().Length > Person.AddressMaxLength)
        {
            return WriteResult.Refused("Address", PersonRules.AddressTooLong);
        }

        if (details.Category == PersonCategory.Professional && details.AgencyId is { } agencyId &&
            !await db.Agencies.AnyAsync(a => a.Id == agencyId && a.PartnershipId == partnershipId, cancellationToken))
        {
            return WriteResult.Refused("AgencyId", "Select the professional's agency from the list");
        }

        if (!string.IsNullOrWhiteSpace(details.Pseudonym) &&
            Pseudonyms.Check(details.Pseudonym, details.RealName, details.Aliases, otherPseudonyms) is { } problem)
        {
            return WriteResult.Refused("Pseudonym", problem);
        }

        return null;
    }

    /// <summary>Saves the person, then links the chronology's entries to the register as it now stands, all or nothing.</summary>
    private async Task<WriteResult> SaveAndRelinkAsync(Guid reviewId, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var result = await db.SaveOrConflictAsync(cancellationToken);
        if (!result.Succeeded)
        {
            return result;
        }

        await links.RelinkAsync(reviewId, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    private static void Apply(Person person, PersonDetails details)
    {
        person.Category = details.Category;
        person.RealName = Pseudonyms.Normalise(details.RealName);
        person.Aliases = [.. details.Aliases];
        person.DateOfBirth = details.DateOfBirth;
        person.Address = Blank(details.Address);
        person.Relationship = details.Category is PersonCategory.FamilyOrHousehold or PersonCategory.Other ? Blank(details.Relationship) : null;
        person.AgencyId = details.Category == PersonCategory.Professional ? details.AgencyId : null;
        person.ProfessionalRole = details.Category == PersonCategory.Professional ? Blank(details.ProfessionalRole) : null;
        person.Notes = Blank(details.Notes);
        if (!string.IsNullOrWhiteSpace(details.Pseudonym))
        {
            person.Pseudonym = Pseudonyms.Normalise(details.Pseudonym);
        }
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
