using System.Net;
using System.Text;
using Lantern.Core.Audit;
using Lantern.Core.Information;
using Lantern.Testing.Web;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Tests.Pages.Information;

/// <summary>Checking an upload's rows, fixing or leaving them out, then adding the people or throwing the upload
/// away.</summary>
public sealed partial class PeopleImportTests
{
    [Fact]
    public async Task Quarantine_FixExcludeThenConfirm_AddsEveryoneOnceWithTheirDetailsAndAudits()
    {
        var (reviewId, bu) = await NewReviewAsync("Child PI2");
        await Factory.RegisterPersonAsync(reviewId, "Robin Fictional", "Mother's partner", relationship: "Mother's partner");
        var upload = await UploadAsync(bu, reviewId, "people.csv", Fixture("people-register-messy.csv"));
        var importUrl = upload.Location!;
        var quarantine = await bu.GetAsync(importUrl);
        var (row3, row4, row8, row9) = (FixLink(quarantine, 3), FixLink(quarantine, 4), FixLink(quarantine, 8), FixLink(quarantine, 9));

        var rowPage = await bu.GetAsync(row3);
        Assert.Equal("Dáithí O'Connor", rowPage.Document.QuerySelector("input[name='Input.Name']")!.GetAttribute("value"));
        Assert.Contains("31/02/2012 is not a real date", rowPage.Errors);
        var stillWrong = await bu.PostAsync(row3, Form.Of(("Input.Name", "Dáithí O'Connor"), ("Input.Category", "Brother"), ("Input.DateOfBirth", "30/02/2012")));
        Assert.Equal(HttpStatusCode.OK, stillWrong.Status);
        Assert.Contains("30/02/2012 is not a real date", stillWrong.Errors);
        var fixedDate = await bu.PostAsync(row3, Form.Of(("Input.Name", "Dáithí O'Connor"), ("Input.Category", "Brother"), ("Input.DateOfBirth", "28/02/2012"),
            ("Input.Notes", "Older brother, 12")));
        Assert.Equal(importUrl, fixedDate.Location);
        var fixedAgency = await bu.PostAsync(row4, Form.Of(("Input.Name", "Pat Imaginary"), ("Input.Category", "Social worker"), ("Input.Agency", "Testshire Youth Justice Service")));
        Assert.Equal(importUrl, fixedAgency.Location);
        var noReason = await bu.PostAsync(row9, Form.Of(("Reason", "  ")), row9 + "?handler=Exclude");
        Assert.Contains("Say why this row is being left out", noReason.Errors);
        Assert.Equal(importUrl, (await bu.PostAsync(row9, Form.Of(("Reason", "Already in the register as Mother's partner")), row9 + "?handler=Exclude")).Location);
        Assert.Equal(importUrl, (await bu.PostAsync(row8, Form.Of(("Input.Name", "Sam Fictitious"), ("Input.Category", "Other"), ("Input.Relationship", "Family friend"),
            ("Input.Pseudonym", "Family friend")))).Location);

        var check = await bu.GetAsync(importUrl);
        Assert.Contains("8 people will be added", check.Html, StringComparison.Ordinal);
        Assert.Contains("Row 9 (ROBIN FICTIONAL): Already in the register as Mother's partner", check.Document.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Child PI2 (proposed)", check.Html, StringComparison.Ordinal);
        Assert.Contains("Great-aunt 1 (proposed)", check.Html, StringComparison.Ordinal);
        await using (var before = Factory.CreateDbContext())
        {
            Assert.Equal(1, await before.People.CountAsync(p => p.ReviewId == reviewId));
        }

        var applied = await bu.PostAsync(importUrl, Form.Of(("Version", VersionOn(check))));

        Assert.Equal(Root(reviewId), applied.Location);
        Assert.Contains("8 people added to the register from people.csv", (await bu.GetAsync(applied.Location!)).Html, StringComparison.Ordinal);
        await using var db = Factory.CreateDbContext();
        var people = await db.People.Where(p => p.ReviewId == reviewId).ToListAsync();
        Assert.Equal(9, people.Count);
        var zoe = people.Single(p => p.RealName == "Zoë O'Connor-Brennan");
        Assert.Equal((PersonCategory.Subject, "Child PI2", new DateOnly(2019, 3, 14)), (zoe.Category, zoe.Pseudonym, zoe.DateOfBirth!.Value));
        Assert.Equal(["Zo", "Zoe OC"], zoe.Aliases);
        var mother = people.Single(p => p.RealName == "Siobhán Ní Fhaoláin");
        Assert.Equal((PersonCategory.FamilyOrHousehold, "Mother", "Mother"), (mother.Category, mother.Relationship!, mother.Pseudonym));
        Assert.Equal(["Shiv", "Siobhan N."], mother.Aliases);
        Assert.Equal(new DateOnly(2012, 2, 28), people.Single(p => p.RealName == "Dáithí O'Connor").DateOfBirth);
        var worker = people.Single(p => p.RealName == "Pat Imaginary");
        Assert.Equal((PersonCategory.Professional, "Social worker", world.SecondAgencyId), (worker.Category, worker.ProfessionalRole!, worker.AgencyId!.Value));
        Assert.Equal(world.SecondAgencyId, people.Single(p => p.RealName == "Kerry Testwell").AgencyId);
        Assert.Equal((PersonCategory.Other, "Neighbour"), (people.Single(p => p.RealName == "Jo Fictitious").Category, people.Single(p => p.RealName == "Jo Fictitious").Relationship!));
        Assert.Equal("Neighbour A", people.Single(p => p.RealName == "Jo Fictitious").Pseudonym);
        Assert.Equal((PersonCategory.FamilyOrHousehold, "Great-aunt"), (people.Single(p => p.RealName == "Ashley Madeup-Smith").Category, people.Single(p => p.RealName == "Ashley Madeup-Smith").Relationship!));
        Assert.Single(people, p => Lantern.Core.Folding.Same(p.RealName, "Robin Fictional"));
        var import = await db.PeopleImports.SingleAsync(i => i.ReviewId == reviewId);
        Assert.Equal((ImportStatus.Applied, 8), (import.Status, import.PeopleAdded));
        Assert.Empty(await db.PeopleImportRows.Where(r => r.ImportId == import.Id).ToListAsync());
        var actions = await db.AuditEvents.Where(e => e.ReviewId == reviewId).Select(e => e.Action).ToListAsync();
        Assert.Equal(3, actions.Count(a => a == AuditActions.PeopleRowFixed));
        Assert.Equal(1, actions.Count(a => a == AuditActions.PeopleRowExcluded));
        Assert.Equal(1, actions.Count(a => a == AuditActions.PeopleImported));
        Assert.Equal(8, actions.Count(a => a == AuditActions.PersonAdded));
    }

    [Fact]
    public async Task Apply_AfterTheChronologiesArrived_LinksTheEntriesThatNameTheNewPeople()
    {
        var (reviewId, bu) = await NewReviewAsync("Child PI3");
        var versionId = await Factory.ChronologyVersionAsync(reviewId, world.AgencyId, world.BusinessUnit.Id);
        Guid named;
        await using (var db = Factory.CreateDbContext())
        {
            var entry = await db.ChronologyEntries.Where(e => e.SubmissionVersionId == versionId).OrderBy(e => e.RowNumber).FirstAsync();
            entry.Description = "Home visit: Zo seen with her mum; Shiv said the flat was cold.";
            await db.SaveChangesAsync();
            named = entry.Id;
        }

        var csv = "Name;Other names;Who they are in the case;Date of birth\r\nZoë Invented;Zo;Child;14/03/2019\r\nSiobhán Invented;Shiv|Siobhan I.;Mother;02/11/1990\r\n";
        var upload = await UploadAsync(bu, reviewId, "people.csv", Encoding.UTF8.GetBytes(csv));
        var check = await bu.GetAsync(upload.Location!);
        Assert.Contains("2 people will be added", check.Html, StringComparison.Ordinal);
        var applied = await bu.PostAsync(upload.Location!, Form.Of(("Version", VersionOn(check))));

        Assert.Equal(Root(reviewId), applied.Location);
        await using var after = Factory.CreateDbContext();
        var linked = await after.EntryPeople.Where(l => l.EntryId == named).Join(after.People, l => l.PersonId, p => p.Id, (l, p) => p.RealName).ToListAsync();
        Assert.Equal(["Siobhán Invented", "Zoë Invented"], linked.Order().ToArray());
    }

    [Fact]
    public async Task ApplyOrDiscard_StaleVersion_IsAConflictAndChangesNothing()
    {
        var (reviewId, bu) = await NewReviewAsync("Child PI6");
        var csv = "Name,Category,Pseudonym\r\nNoa Invented,Sister,Sister A\r\nLee Invented,Sister,sister a\r\n";
        var upload = await UploadAsync(bu, reviewId, "people.csv", Encoding.UTF8.GetBytes(csv));
        var importUrl = upload.Location!;
        var first = await bu.GetAsync(importUrl);
        var oldVersion = first.Document.QuerySelectorAll("input[name=Version]").First().GetAttribute("value")!;
        Assert.Single(ProblemRows(first));
        var excluded = await bu.PostAsync(FixLink(first, 2), Form.Of(("Reason", "The same sister, a second time")), FixLink(first, 2) + "?handler=Exclude");
        Assert.Equal(importUrl, excluded.Location);

        var staleApply = await bu.PostAsync(importUrl, Form.Of(("Version", oldVersion)));
        var staleDiscard = await bu.PostAsync(importUrl, Form.Of(("Version", oldVersion)), importUrl + "?handler=Discard");

        Assert.Equal(HttpStatusCode.Conflict, staleApply.Status);
        Assert.Contains("Someone else changed this upload while you were looking at it", staleApply.Errors.Single(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, staleDiscard.Status);
        await using var db = Factory.CreateDbContext();
        Assert.False(await db.People.AnyAsync(p => p.ReviewId == reviewId));
        Assert.Equal(ImportStatus.Ready, (await db.PeopleImports.SingleAsync(i => i.ReviewId == reviewId)).Status);
    }

    [Fact]
    public async Task Discard_ThrowsTheUploadAwayWithItsRowsAndAddsNoOne()
    {
        var (reviewId, bu) = await NewReviewAsync("Child PI7");
        var upload = await UploadAsync(bu, reviewId, "people.csv", Fixture("people-register-messy.csv"));
        var page = await bu.GetAsync(upload.Location!);
        var waiting = await bu.GetAsync($"{Root(reviewId)}/upload");
        Assert.NotNull(waiting.Document.QuerySelector($"a[href='{upload.Location}']"));

        var discarded = await bu.PostAsync(upload.Location!, Form.Of(("Version", page.Document.QuerySelectorAll("input[name=Version]").First().GetAttribute("value")!)), upload.Location + "?handler=Discard");
        var afterwards = await bu.GetAsync(upload.Location!);
        var noLongerWaiting = await bu.GetAsync($"{Root(reviewId)}/upload");
        Assert.Null(noLongerWaiting.Document.QuerySelector($"a[href='{upload.Location}']"));

        Assert.Equal(Root(reviewId), discarded.Location);
        Assert.Equal(HttpStatusCode.NotFound, afterwards.Status);
        await using var db = Factory.CreateDbContext();
        var import = await db.PeopleImports.SingleAsync(i => i.ReviewId == reviewId);
        Assert.Equal(ImportStatus.Discarded, import.Status);
        Assert.False(await db.PeopleImportRows.AnyAsync(r => r.ImportId == import.Id));
        Assert.False(await db.People.AnyAsync(p => p.ReviewId == reviewId));
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == AuditActions.PeopleImportDiscarded && e.EntityId == import.Id));
    }

    [Fact]
    public async Task FixRow_FieldTheFileHadNoColumnFor_IsAddedToTheRowAndKept()
    {
        var (reviewId, bu) = await NewReviewAsync("Child PI10");
        var upload = await UploadAsync(bu, reviewId, "names only.csv", Encoding.UTF8.GetBytes("Name,Notes\r\nPat Imaginary,Youth worker\r\n"));
        var quarantine = await bu.GetAsync(upload.Location!);
        Assert.Contains("Say who this person is in the case", ProblemRows(quarantine).Single(), StringComparison.Ordinal);

        var fixedRow = await bu.PostAsync(FixLink(quarantine, 1), Form.Of(("Input.Name", "Pat Imaginary"), ("Input.Category", "Youth worker"),
            ("Input.Agency", "testshire youth justice service"), ("Input.Notes", "Youth worker")));
        Assert.Equal(upload.Location, fixedRow.Location);
        var check = await bu.GetAsync(upload.Location!);
        var applied = await bu.PostAsync(upload.Location!, Form.Of(("Version", VersionOn(check))));

        Assert.Equal(Root(reviewId), applied.Location);
        await using var db = Factory.CreateDbContext();
        var person = await db.People.SingleAsync(p => p.ReviewId == reviewId);
        Assert.Equal((PersonCategory.Professional, "Youth worker", world.SecondAgencyId, "Youth worker 1"), (person.Category, person.ProfessionalRole!, person.AgencyId!.Value, person.Pseudonym));
    }

    [Fact]
    public async Task Apply_SomeoneAddedByHandSinceTheCheck_HoldsTheirRowAgainAndAddsNoOne()
    {
        var (reviewId, bu) = await NewReviewAsync("Child PI11");
        var upload = await UploadAsync(bu, reviewId, "people.csv", Encoding.UTF8.GetBytes("Name,Category,DOB\r\nNoa Invented,Sister,01/06/2015\r\nLee Invented,Uncle,\r\n"));
        var check = await bu.GetAsync(upload.Location!);
        Assert.Contains("2 people will be added", check.Html, StringComparison.Ordinal);
        await Factory.RegisterPersonAsync(reviewId, "NOA INVENTED", "Sister", relationship: "Sister", aliases: [], dateOfBirth: new DateOnly(2015, 6, 1));

        var applied = await bu.PostAsync(upload.Location!, Form.Of(("Version", VersionOn(check))));

        Assert.Equal(HttpStatusCode.OK, applied.Status);
        Assert.Contains("Some rows have problems now", applied.Errors.Single(), StringComparison.Ordinal);
        Assert.Contains("Already in the register as Sister", ProblemRows(applied).Single(), StringComparison.Ordinal);
        await using var db = Factory.CreateDbContext();
        Assert.Equal(1, await db.People.CountAsync(p => p.ReviewId == reviewId));
        Assert.Equal(ImportStatus.Quarantined, (await db.PeopleImports.SingleAsync(i => i.ReviewId == reviewId)).Status);
    }
}
