using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Lantern.Core.Information;
using Lantern.Core.Information.Merging;
using Lantern.Core.Reviews;
using Lantern.Testing.Web;
using Lantern.Web.Tests.Documents;
using Lantern.Web.Tests.Pages.Analysis;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Tests.Pages.Information;

/// <summary>Wherever entries are shown with pseudonyms, a registered person's names, date of birth and address are
/// replaced, and the page says exactly that, no more.</summary>
public sealed class EntriesWithPseudonymsTests(World world) : IClassFixture<World>
{
    private const string Written = "Visit to Flat 2, 14 Larch Close, Armley LS12 4QT. Tamsin (DOB 12/03/19) seen with Gemma Pretend. Neighbour at 22 Larch Close spoke to HV 12/03/2024.";
    private const string Replaced = "Visit to [address of Child A and Mother]. Child A ([date of birth of Child A]) seen with Mother. Neighbour at 22 Larch Close spoke to HV 12/03/2024.";

    private LanternFactory Factory => world.Factory;

    private async Task<Guid> ReviewWithAnEntryAsync(string title)
    {
        var reviewId = await Factory.ReviewAsync(world.PartnershipId, world.ReviewTypeId, world.BusinessUnit.Id, title);
        await Factory.GiveRoleAsync(reviewId, world.OnReview[ReviewRole.LeadReviewer], ReviewRole.LeadReviewer, world.BusinessUnit.Id);
        await Factory.GiveRoleAsync(reviewId, world.OnReview[ReviewRole.ReviewTeamMember], ReviewRole.ReviewTeamMember, world.BusinessUnit.Id);
        await Factory.ChronologyVersionAsync(reviewId, world.AgencyId, world.BusinessUnit.Id);
        await Factory.AddEntryAsync(reviewId, world.AgencyId, new DateOnly(2024, 3, 1), "Home visit", Written);
        var child = await Factory.RegisterPersonAsync(reviewId, "Tamsin Fictional", "Child A", PersonCategory.Subject, null, aliases: [], dateOfBirth: new DateOnly(2019, 3, 12));
        var mother = await Factory.RegisterPersonAsync(reviewId, "Gemma Pretend", "Mother", aliases: [], dateOfBirth: new DateOnly(1996, 11, 4));
        await using var db = Factory.CreateDbContext();
        (await db.People.SingleAsync(p => p.Id == child)).Address = "Flat 2, 14 Larch Close, Armley, Leeds LS12 4QT";
        (await db.People.SingleAsync(p => p.Id == mother)).Address = "14 Larch Close\nArmley\nLS12 4QT";
        await db.SaveChangesAsync();
        return reviewId;
    }

    [Fact]
    public async Task EvidencePickerAndWorkingPapers_ReplaceRegisteredNamesDatesOfBirthAndAddresses_AndSayExactlyWhatIsReplaced()
    {
        var reviewId = await ReviewWithAnEntryAsync("Child W1");
        var team = await Factory.SignInAsync(world.OnReview[ReviewRole.ReviewTeamMember]);
        var added = await team.PostAsync($"/reviews/{reviewId}/analysis/episodes/add", AnalysisForms.Episode("Visit to the flat", world.AgencyId));
        var path = added.Location!;

        var picker = await team.GetAsync($"{path}/evidence?q=neighbour");
        Assert.Contains(PseudonymText.WhatIsReplaced, picker.Document.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Names in entries are shown as pseudonyms", picker.Html, StringComparison.Ordinal);
        var hint = picker.Document.QuerySelector(".govuk-checkboxes__hint")!.TextContent.Trim();
        Assert.Equal(Replaced, hint);
        foreach (var real in new[] { "Tamsin", "Gemma", "12/03/19", "14 Larch Close", "LS12" })
        {
            Assert.DoesNotContain(real, picker.Html, StringComparison.Ordinal);
        }

        var entry = picker.Document.QuerySelector("input[name=entries]")!.GetAttribute("value")!;
        Assert.Equal(path, (await team.PostAsync($"{path}/evidence", Form.Of(("entries", entry), ("note", "What the family were told")))).Location);
        var bu = await Factory.SignInAsync(world.BusinessUnit);
        var response = await bu.Client.GetAsync($"/reviews/{reviewId}/analysis/working-papers.docx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = Docx.OpenValid(await response.Content.ReadAsByteArrayAsync());
        var text = Docx.Text(Docx.Body(document));
        Assert.Contains(PseudonymText.WhatIsReplaced, text, StringComparison.Ordinal);
        Assert.Contains("[date of birth of Child A]", text, StringComparison.Ordinal);
        Assert.Contains("[address of Child A and Mother]", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Tamsin", text, StringComparison.Ordinal);
        Assert.DoesNotContain("12/03/19", text, StringComparison.Ordinal);
        Assert.DoesNotContain("LS12 4QT", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvidenceNote_IsLabelledAsANoteOnTheLink_NotAsAFindingsHeading()
    {
        var reviewId = await ReviewWithAnEntryAsync("Child W2");
        var team = await Factory.SignInAsync(world.OnReview[ReviewRole.ReviewTeamMember]);
        var path = (await team.PostAsync($"/reviews/{reviewId}/analysis/episodes/add", AnalysisForms.Episode("Visit to the flat", world.AgencyId))).Location!;
        var picker = await team.GetAsync($"{path}/evidence?q=neighbour");
        Assert.Equal("Note on the link (optional)", picker.Document.QuerySelector("label[for=Note]")!.TextContent.Trim());
        Assert.DoesNotContain("Why it matters", picker.Html, StringComparison.Ordinal);
        var entry = picker.Document.QuerySelector("input[name=entries]")!.GetAttribute("value")!;
        Assert.Equal(path, (await team.PostAsync($"{path}/evidence", Form.Of(("entries", entry), ("note", "Shows who was at the flat")))).Location);

        var episode = await team.GetAsync(path);
        Assert.Equal("Note: Shows who was at the flat", episode.Document.QuerySelector(".app-evidence-note")!.TextContent.Trim());
        Assert.DoesNotContain("Why it matters", episode.Document.QuerySelector("#evidence + ul")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chronology_ForARoleWithoutRealIdentities_ReplacesThem_WhileTheLeadReviewerReadsTheEntryAsWritten()
    {
        var reviewId = await ReviewWithAnEntryAsync("Child W3");
        var root = $"/reviews/{reviewId}/information/chronology";
        var team = await Factory.SignInAsync(world.OnReview[ReviewRole.ReviewTeamMember]);
        var lead = await Factory.SignInAsync(world.OnReview[ReviewRole.LeadReviewer]);

        var seenByTeam = await team.GetAsync(root);
        Assert.Contains(Replaced, seenByTeam.Html, StringComparison.Ordinal);
        Assert.Contains(PseudonymText.WhatIsReplaced, seenByTeam.Document.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("People are shown by their pseudonyms", seenByTeam.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("Tamsin", seenByTeam.Html, StringComparison.Ordinal);

        // Searching for what is hidden finds nothing; searching for what is shown finds the entry.
        Assert.DoesNotContain("Visit to", (await team.GetAsync($"{root}?text=Larch+Close%2C+Armley")).Html, StringComparison.Ordinal);
        Assert.Contains(Replaced, (await team.GetAsync($"{root}?text=date+of+birth")).Html, StringComparison.Ordinal);

        var seenByLead = await lead.GetAsync(root);
        Assert.Contains(Written, seenByLead.Html, StringComparison.Ordinal);
        Assert.Contains("real names included", seenByLead.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PersonForm_Address_IsSavedAndShownOnlyWithTheRealIdentity_AndTooLongIsRefused()
    {
        var reviewId = await Factory.ReviewAsync(world.PartnershipId, world.ReviewTypeId, world.BusinessUnit.Id, "Child W4");
        await Factory.GiveRoleAsync(reviewId, world.OnReview[ReviewRole.ReviewTeamMember], ReviewRole.ReviewTeamMember, world.BusinessUnit.Id);
        var bu = await Factory.SignInAsync(world.BusinessUnit);
        var url = $"/reviews/{reviewId}/information/people/add";
        KeyValuePair<string, string>[] PersonFields(string address) => Form.Of(("Input.Category", "FamilyOrHousehold"), ("Input.RealName", "Gemma Pretend"), ("Input.Aliases", ""),
            ("Input.Relationship", "Mother"), ("Input.ProfessionalRole", ""), ("Input.AgencyId", ""), ("Input.Pseudonym", ""), ("Input.Address", address),
            ("Input.DateOfBirth.Day", "4"), ("Input.DateOfBirth.Month", "11"), ("Input.DateOfBirth.Year", "1996"));

        var tooLong = await bu.PostAsync(url, PersonFields(new string('x', Lantern.Core.Information.Person.AddressMaxLength + 1)));
        Assert.Equal(["Address must be 300 characters or fewer"], tooLong.Errors);
        Assert.Equal($"/reviews/{reviewId}/information/people", (await bu.PostAsync(url, PersonFields(" 14 Larch Close\nArmley LS12 4QT "))).Location);

        await using var db = Factory.CreateDbContext();
        var person = await db.People.SingleAsync(p => p.ReviewId == reviewId);
        Assert.Equal("14 Larch Close\nArmley LS12 4QT", person.Address);
        var page = $"/reviews/{reviewId}/information/people/{person.Id}";
        Assert.DoesNotContain("Larch Close", (await bu.GetAsync(page)).Html, StringComparison.Ordinal);
        Assert.Contains("14 Larch Close", (await bu.GetAsync($"{page}?show=identity")).Html, StringComparison.Ordinal);
        var team = await Factory.SignInAsync(world.OnReview[ReviewRole.ReviewTeamMember]);
        Assert.DoesNotContain("Larch Close", (await team.GetAsync($"{page}?show=identity")).Html, StringComparison.Ordinal);
        var form = await bu.GetAsync($"{page}/change");
        Assert.Contains("14 Larch Close", form.Document.QuerySelector("textarea[name='Input.Address']")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PeopleImport_AddressColumnInTheAgencysWords_IsKeptWithThePerson()
    {
        var reviewId = await Factory.ReviewAsync(world.PartnershipId, world.ReviewTypeId, world.BusinessUnit.Id, "Child W5");
        var bu = await Factory.SignInAsync(world.BusinessUnit);
        var root = $"/reviews/{reviewId}/information/people";
        var csv = "Full name,Role in case,D.O.B.,Home address\r\nTamsin Fictional,Child,12/03/2019,\"Flat 2, 14 Larch Close,\nArmley LS12 4QT\"\r\nGemma Pretend,Mum,04/11/1996,\r\n";
        var form = await bu.GetAsync($"{root}/upload");
        using var body = new MultipartFormDataContent { { new StringContent(form.Token!), "__RequestVerificationToken" } };
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        body.Add(file, "file", "people.csv");
        var upload = await bu.Client.PostAsync($"{root}/upload", body);
        var check = await bu.GetAsync(upload.Headers.Location!.OriginalString);
        Assert.Contains("2 people will be added", check.Html, StringComparison.Ordinal);
        Assert.Contains("Armley LS12 4QT", check.Html, StringComparison.Ordinal);
        var version = check.Document.QuerySelector("form:not([action]) input[name=Version]")!.GetAttribute("value")!;
        Assert.Equal(root, (await bu.PostAsync(upload.Headers.Location!.OriginalString, Form.Of(("Version", version)))).Location);

        await using var db = Factory.CreateDbContext();
        var people = await db.People.Where(p => p.ReviewId == reviewId).ToDictionaryAsync(p => p.RealName, p => p.Address);
        Assert.Equal("Flat 2, 14 Larch Close,\nArmley LS12 4QT", people["Tamsin Fictional"]);
        Assert.Null(people["Gemma Pretend"]);
    }
}
