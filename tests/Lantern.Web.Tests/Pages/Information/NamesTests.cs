using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using Lantern.Core;
using Lantern.Core.Audit;
using Lantern.Core.Information;
using Lantern.Core.Reviews;
using Lantern.Testing.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lantern.Web.Tests.Pages.Information;

/// <summary>Names in every form: pseudonymised downloads, folded search, and the names that match nobody.</summary>
public sealed class NamesTests(World world) : IClassFixture<World>
{
    private LanternFactory Factory => world.Factory;

    // One family written as agencies write it: a man in many spellings, hyphenated and accented capitals,
    // possessives, first names and surnames alone, initials.
    private static readonly (string Description, string? PeopleInvolved)[] MessyEntries =
    [
        ("ZOË seen at home with MOHAMMED AL-RASHID; Mohamed's car was outside.", "Zoë, Mohammed Al-Rashid (father)"),
        ("Kez said Kerry-Ann's sister Beth-Anne would help. Mo phoned twice; Mo said Zoe was fine.", "Mum (Kerry-Ann), Beth-Anne"),
        ("Al-Rashid not present. Alrashid's brother answered. Rashid later called back.", "Mr Alrashid, Uncle Dev"),
        ("K.T. attended with ZOZO. TESTWELL family known to services.", "K.T.; Zozo"),
        ("SØRENSEN visited; Ingrid's notes say Mohammad Al Rashid was arrested. Sorensen informed Testwell.", "SW Ingrid Sørensen, Mohammad Al Rashid"),
        ("Father (Mo) and Zozo at the clinic; zoë ann testwell weighed.", "Father (Mo), Zozo, Dev"),
        ("Home visit: Kerry Testwell and Kerry-Ann both present, Mohammed's phone off.", "Kerry, Dev and Beth-Anne"),
    ];

    // Every registered form (folded), which must not remain anywhere in a download.
    private static readonly string[] Forms =
    [
        "zoe", "ann", "testwell", "zozo", "mohammed", "mohamed", "mohammad", "al-rashid", "alrashid", "rashid", "al rashid", "mo",
        "kerry-ann", "kerry", "kez", "ingrid", "sorensen", "kt", "k.t",
    ];

    private async Task<(Guid ReviewId, Browserless Lead, Dictionary<string, Guid> People)> MessyReviewAsync(string title)
    {
        var reviewId = await Factory.ReviewAsync(world.PartnershipId, world.ReviewTypeId, world.BusinessUnit.Id, title);
        await Factory.GiveRoleAsync(reviewId, world.OnReview[ReviewRole.LeadReviewer], ReviewRole.LeadReviewer, world.BusinessUnit.Id);
        var people = new Dictionary<string, Guid>
        {
            ["Child"] = await Factory.RegisterPersonAsync(reviewId, "ZOË Ann Testwell", title, PersonCategory.Subject, null, ["Zozo"]),
            ["Father"] = await Factory.RegisterPersonAsync(reviewId, "Mohammed Al-Rashid", "Father", relationship: "Father", aliases: ["Mohamed Alrashid", "Mohammad Al Rashid", "Mo"]),
            ["Mother"] = await Factory.RegisterPersonAsync(reviewId, "Kerry-Ann Testwell", "Mother", aliases: ["Kez"]),
            ["Worker"] = await Factory.RegisterPersonAsync(reviewId, "Ingrid Sørensen", "Social worker 1", PersonCategory.Professional, aliases: [],
                agencyId: world.AgencyId, role: "Social worker"),
        };
        var versionId = await Factory.ChronologyVersionAsync(reviewId, world.AgencyId, world.BusinessUnit.Id);
        await using var db = Factory.CreateDbContext();
        var seeded = await db.ChronologyEntries.Where(e => e.SubmissionVersionId == versionId).OrderBy(e => e.RowNumber).ToListAsync();
        for (var i = 0; i < MessyEntries.Length; i++)
        {
            var entry = i < seeded.Count ? seeded[i] : new ChronologyEntry
            {
                Id = Guid.NewGuid(),
                ReviewId = reviewId,
                AgencyId = world.AgencyId,
                SubmissionVersionId = versionId,
                LineageId = Guid.NewGuid(),
                IsCurrent = true,
                RowNumber = i + 1,
                Date = new DateOnly(2024, 3, i + 1),
                EventType = EventTypes.HomeVisit,
                Description = string.Empty,
            };
            (entry.Description, entry.PeopleInvolved) = MessyEntries[i];
            if (i >= seeded.Count)
            {
                db.ChronologyEntries.Add(entry);
            }
        }

        await db.SaveChangesAsync();
        return (reviewId, await Factory.SignInAsync(world.OnReview[ReviewRole.LeadReviewer]), people);
    }

    /// <summary>The registered forms still written in <paramref name="text"/>, compared folded and as whole words.</summary>
    private static List<string> FormsLeftIn(string text)
    {
        var folded = Folding.Fold(text);
        return Forms.Where(f => Regex.IsMatch(folded, $@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(f)}(?![\p{{L}}\p{{N}}])")).ToList();
    }

    [Fact]
    public async Task ExportCsvAndWord_MessyChronology_LeaveNoRegisteredNameForm()
    {
        var (reviewId, lead, _) = await MessyReviewAsync("Child N1");

        var csv = Encoding.UTF8.GetString(await lead.Client.GetByteArrayAsync($"/reviews/{reviewId}/information/chronology/export.csv"));
        var word = await lead.Client.GetByteArrayAsync($"/reviews/{reviewId}/information/chronology/export.docx");
        using var stream = new MemoryStream(word);
        using var document = WordprocessingDocument.Open(stream, false);
        var wordText = document.MainDocumentPart!.Document.Body!.InnerText;

        // The fixture really is messy: the raw text holds every form.
        Assert.Equal(Forms.Except(["kt"]), FormsLeftIn(string.Join("\n", MessyEntries.Select(e => e.Description))));
        Assert.Empty(FormsLeftIn(csv));
        Assert.Empty(FormsLeftIn(wordText));
        Assert.Contains("Father's car was outside", csv, StringComparison.Ordinal);
        Assert.Contains("Mother said Mother's sister Beth-Anne would help", csv, StringComparison.Ordinal);
        Assert.Contains("Child N1 seen at home with Father", wordText, StringComparison.Ordinal);
        Assert.Contains("Social worker 1 informed [name]", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvidenceExcerptsAndSearch_ReplaceEveryFormAndFoldAccents()
    {
        var (reviewId, _, _) = await MessyReviewAsync("Child N7");
        using var scope = Factory.Services.CreateScope();
        var queries = scope.ServiceProvider.GetRequiredService<Lantern.Web.Pages.Analysis.AnalysisQueries>();

        // Someone who reads the review's information (the chronology).
        var reader = new Lantern.Core.Access.Viewer(Guid.NewGuid(), reviewId, world.PartnershipId, null,
            new HashSet<Lantern.Core.Access.ReviewPermission> { Lantern.Core.Access.ReviewPermission.View, Lantern.Core.Access.ReviewPermission.ViewInformation });

        var (matching, results) = await queries.SearchEntriesAsync(reader, "ZOË", 20, CancellationToken.None);
        var (_, all) = await queries.SearchEntriesAsync(reader, null, 20, CancellationToken.None);

        Assert.Equal(3, matching);
        Assert.Equal(3, results.Count);
        Assert.Equal(MessyEntries.Length, all.Count);
        Assert.All(all, r => Assert.Empty(FormsLeftIn(r.Label + " " + r.Text)));
    }

    [Fact]
    public async Task ChronologySearch_FoldsCaseAndAccents()
    {
        var (reviewId, lead, _) = await MessyReviewAsync("Child N2");

        var plain = await lead.GetAsync($"/reviews/{reviewId}/information/chronology?text=sorensen");
        var accented = await lead.GetAsync($"/reviews/{reviewId}/information/chronology?text=S%C3%B8rensen");
        var lower = await lead.GetAsync($"/reviews/{reviewId}/information/chronology?text=zoe");
        var upperAccented = await lead.GetAsync($"/reviews/{reviewId}/information/chronology?text=ZO%C3%8B");

        Assert.Contains("Showing 1 to 1 of 1 row", plain.Html, StringComparison.Ordinal);
        Assert.Contains("Showing 1 to 1 of 1 row", accented.Html, StringComparison.Ordinal);
        // "ZOË", "Zoe" and "zoë" are written in three entries.
        Assert.Contains("Showing 1 to 3 of 3 rows", lower.Html, StringComparison.Ordinal);
        Assert.Contains("Showing 1 to 3 of 3 rows", upperAccented.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnmatchedNames_ListsNamesMatchingNobodyWithCounts_AndAddAsAliasLinksTheirEntries()
    {
        var (reviewId, lead, people) = await MessyReviewAsync("Child N3");
        var url = $"/reviews/{reviewId}/information/people/unmatched-names";

        var page = await lead.GetAsync(url);
        var rows = page.Document.QuerySelectorAll("tbody tr").Select(r => r.QuerySelectorAll("td").Take(2).Select(c => c.TextContent.Trim()).ToArray()).ToList();

        Assert.Equal(HttpStatusCode.OK, page.Status);
        // Roles in brackets, "Mum", "Uncle", titles and initials are left out; first names and surnames written
        // alone that are not registered as other names are listed.
        Assert.Equal([["Dev", "3"], ["Beth-Anne", "2"], ["Alrashid", "1"], ["Kerry", "1"], ["Kerry-Ann", "1"], ["Zoë", "1"]], rows);
        var version = await VersionAsync(people["Father"]);
        var added = await lead.PostAsync(url, Form.Of(("Name", "Dev"), ("Person", $"{people["Father"]}:{version}")));

        Assert.Equal(url, added.Location);
        var after = await lead.GetAsync(url);
        Assert.Contains("'Dev' added as another name of Father, now linked to", after.Document.QuerySelector(".govuk-notification-banner")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(">Dev<", after.Html, StringComparison.Ordinal);
        await using var db = Factory.CreateDbContext();
        var father = await db.People.SingleAsync(p => p.Id == people["Father"]);
        Assert.Contains("Dev", father.Aliases);
        var devEntries = await db.ChronologyEntries.Where(e => e.ReviewId == reviewId && e.PeopleInvolved!.Contains("Dev")).Select(e => e.Id).ToListAsync();
        Assert.All(devEntries, id => Assert.True(db.EntryPeople.Any(l => l.EntryId == id && l.PersonId == father.Id)));
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == AuditActions.PersonAliasAdded && e.EntityId == father.Id));
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == AuditActions.UnmatchedNamesViewed && e.ReviewId == reviewId));
    }

    [Fact]
    public async Task UnmatchedNames_AddAsAlias_BadInput_ChangesNothing()
    {
        var (reviewId, lead, people) = await MessyReviewAsync("Child N4");
        var url = $"/reviews/{reviewId}/information/people/unmatched-names";
        var version = await VersionAsync(people["Mother"]);

        var common = await lead.PostAsync(url, Form.Of(("Name", "Mum"), ("Person", $"{people["Mother"]}:{version}")));
        var duplicate = await lead.PostAsync(url, Form.Of(("Name", "KEZ"), ("Person", $"{people["Mother"]}:{version}")));
        var nobody = await lead.PostAsync(url, Form.Of(("Name", "Kerry"), ("Person", string.Empty)));
        await using (var db = Factory.CreateDbContext())
        {
            var mother = await db.People.SingleAsync(p => p.Id == people["Mother"]);
            mother.Notes = "Changed by someone else";
            mother.Version = Guid.NewGuid();
            await db.SaveChangesAsync();
        }

        var stale = await lead.PostAsync(url, Form.Of(("Name", "Kerry"), ("Person", $"{people["Mother"]}:{version}")));

        Assert.Equal(HttpStatusCode.OK, common.Status);
        Assert.Contains("'Mum' is a word for someone's place in the family or case, not their name", Assert.Single(common.Errors), StringComparison.Ordinal);
        Assert.Equal(["Mother is already known as 'Kez' (capitals and accents do not matter when names are matched)"], duplicate.Errors);
        Assert.Equal(["Select the person this is another name of"], nobody.Errors);
        Assert.Equal(HttpStatusCode.Conflict, stale.Status);
        Assert.Single(stale.Errors);
        Assert.NotNull(stale.Document.QuerySelector("#Person.govuk-select--error"));
        await using var check = Factory.CreateDbContext();
        Assert.Equal(["Kez"], (await check.People.SingleAsync(p => p.Id == people["Mother"])).Aliases);
        Assert.False(await check.AuditEvents.AnyAsync(e => e.Action == AuditActions.PersonAliasAdded && e.ReviewId == reviewId));
    }

    [Fact]
    public async Task UnmatchedNames_OnlyForThoseWhoMaySeeRealIdentities_AndOnlyEditorsAdd()
    {
        var (reviewId, lead, people) = await MessyReviewAsync("Child N5");
        await Factory.GiveRoleAsync(reviewId, world.OnReview[ReviewRole.ReviewTeamMember], ReviewRole.ReviewTeamMember, world.BusinessUnit.Id);
        await Factory.GiveRoleAsync(reviewId, world.OnReview[ReviewRole.Observer], ReviewRole.Observer, world.BusinessUnit.Id);
        var url = $"/reviews/{reviewId}/information/people/unmatched-names";
        var team = await Factory.SignInAsync(world.OnReview[ReviewRole.ReviewTeamMember]);
        var observer = await Factory.SignInAsync(world.OnReview[ReviewRole.Observer]);
        var chair = await Factory.SignInAsync(world.Chair);

        var teamPage = await team.GetAsync(url);
        var observerPage = await observer.GetAsync(url);
        var chairPage = await chair.GetAsync(url);
        var fields = Form.Of(("Name", "Dev"), ("Person", $"{people["Father"]}:{await VersionAsync(people["Father"])}"));
        var chairPost = await chair.PostAsync($"/reviews/{reviewId}/information/people", fields, url);
        var teamPost = await team.PostAsync($"/reviews/{reviewId}/information/people", fields, url);
        var peoplePage = await team.GetAsync($"/reviews/{reviewId}/information/people");

        Assert.Equal(HttpStatusCode.Forbidden, teamPage.Status);
        Assert.Equal(HttpStatusCode.Forbidden, observerPage.Status);
        Assert.DoesNotContain("Beth-Anne", teamPage.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, chairPage.Status);
        Assert.Empty(chairPage.Document.QuerySelectorAll("select[name=Person]"));
        Assert.Equal(HttpStatusCode.Forbidden, chairPost.Status);
        Assert.Equal(HttpStatusCode.Forbidden, teamPost.Status);
        Assert.DoesNotContain("unmatched-names", peoplePage.Html, StringComparison.Ordinal);
        await using var db = Factory.CreateDbContext();
        Assert.DoesNotContain("Dev", (await db.People.SingleAsync(p => p.Id == people["Father"])).Aliases);
    }

    [Fact]
    public async Task AddOrChangeAPerson_CommonWordAccentVariantOrSomeoneElsesName_RefusedOrWarned()
    {
        var (reviewId, _, people) = await MessyReviewAsync("Child N6");
        var businessUnit = await Factory.SignInAsync(world.BusinessUnit);
        var url = $"/reviews/{reviewId}/information/people/add";
        KeyValuePair<string, string>[] PersonForm(string aliases) =>
        [
            .. Form.Of(("Input.Category", "FamilyOrHousehold"), ("Input.RealName", "Dev Invented"), ("Input.Aliases", aliases),
                ("Input.Relationship", "Uncle"), ("Input.Pseudonym", string.Empty)),
        ];

        var common = await businessUnit.PostAsync(url, PersonForm("Uncle Dev\nthe child"));
        var accents = await businessUnit.PostAsync(url, PersonForm("Zoë\nZOE"));
        var shared = await businessUnit.PostAsync(url, PersonForm("Devvy\nMo"));
        var notice = await businessUnit.GetAsync(shared.Location!);

        Assert.Contains("'the child' is a word for someone's place in the family or case", Assert.Single(common.Errors), StringComparison.Ordinal);
        Assert.Equal(["Other names lists 'Zoë' and 'ZOE' more than once (capitals, accents and notes in brackets do not matter when names are matched): keep one"], accents.Errors);
        Assert.Contains("'Mo' is also a name of Father", notice.Document.QuerySelector(".govuk-notification-banner")!.TextContent, StringComparison.Ordinal);
        await using var db = Factory.CreateDbContext();
        Assert.Equal(1, await db.People.CountAsync(p => p.ReviewId == reviewId && p.RealName == "Dev Invented"));
        Assert.Equal(2, await db.EntryPeople.CountAsync(l => l.ReviewId == reviewId && l.PersonId != people["Father"] && db.People.Any(p => p.Id == l.PersonId && p.RealName == "Dev Invented")));
    }

    private async Task<Guid> VersionAsync(Guid personId)
    {
        await using var db = Factory.CreateDbContext();
        return await db.People.Where(p => p.Id == personId).Select(p => p.Version).SingleAsync();
    }
}
