using Lantern.Core.Disclosure;

namespace Lantern.Web.Pages.Information.Chronology;

/// <summary>What a chronology download gives: the file, or the high-risk findings of the disclosure-risk check that
/// stop it leaving Lantern.</summary>
public sealed record ChronologyDownload(byte[]? Bytes, IReadOnlyList<DisclosureHit> Blocking)
{
    public bool Refused => Bytes is null;
}

/// <summary>
/// The disclosure-risk check over a pseudonymised download (docs/export-formats.md, "Checked before it leaves"):
/// built once per download from the review's people register and identifying details, then run over exactly the
/// cells and paragraphs that would be written. High-risk findings refuse the download; others do not.
/// </summary>
public static class ExportDisclosure
{
    /// <summary>The high-risk findings in <paramref name="texts"/> (each a cell or paragraph going out).</summary>
    public static async Task<IReadOnlyList<DisclosureHit>> BlockingAsync(LanternDbContext db, Guid reviewId, IEnumerable<string?> texts, CancellationToken ct)
    {
        var people = await db.People.AsNoTracking().Where(p => p.ReviewId == reviewId).ToListAsync(ct);
        var details = (await db.IdentifyingDetails.AsNoTracking().Where(d => d.ReviewId == reviewId).ToListAsync(ct)).ConvertAll(d => d.ToDetail());
        var check = new DisclosureCheck(people.ConvertAll(DisclosurePerson.From), details);
        return check.Scan(DisclosureDocument.FromParagraphs(texts.Select(t => t ?? string.Empty)))
            .Where(h => h.Severity == DisclosureSeverity.High)
            .ToList();
    }

    /// <summary>The message shown when a download is refused: how many, of what kinds, and what to do.</summary>
    public static string Refusal(IReadOnlyList<DisclosureHit> blocking)
    {
        var kinds = blocking.GroupBy(h => h.Rule).OrderByDescending(g => g.Count()).ThenBy(g => g.Key)
            .Select(g => $"{g.Count()} {KindName(g.Key, g.Count() == 1)}");
        var found = blocking.Count == 1 ? "1 thing that could identify the family was" : $"{blocking.Count} things that could identify the family were";
        return $"The download was stopped because {found} still in it after pseudonyms were put in ({string.Join(", ", kinds)}). "
            + "Someone who may see real names should add the missing names or spellings to the people register, or correct the entry, then download it again";
    }

    /// <summary>A kind of finding in plain words, one or several.</summary>
    public static string KindName(DisclosureRule rule, bool one) => rule switch
    {
        DisclosureRule.Name => one ? "registered name" : "registered names",
        DisclosureRule.Alias => one ? "nickname or other name" : "nicknames or other names",
        DisclosureRule.Misspelling => one ? "misspelt name" : "misspelt names",
        DisclosureRule.Initials => one ? "set of initials" : "sets of initials",
        DisclosureRule.DateOfBirth => one ? "date of birth" : "dates of birth",
        DisclosureRule.Address => one ? "registered address" : "registered addresses",
        DisclosureRule.IdentifyingDetail => one ? "identifying detail" : "identifying details",
        DisclosureRule.Postcode => one ? "postcode" : "postcodes",
        DisclosureRule.NhsNumber => one ? "NHS number" : "NHS numbers",
        DisclosureRule.NationalInsuranceNumber => one ? "National Insurance number" : "National Insurance numbers",
        DisclosureRule.PhoneNumber => one ? "phone number" : "phone numbers",
        DisclosureRule.EmailAddress => one ? "email address" : "email addresses",
        DisclosureRule.ExactDate => one ? "exact date" : "exact dates",
        DisclosureRule.StreetAddress => one ? "street address" : "street addresses",
        DisclosureRule.AgeWithDate => one ? "age with a date" : "ages with a date",
        _ => one ? "identifier" : "identifiers",
    };
}
