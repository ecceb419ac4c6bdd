using System.Net;
using Lantern.Core.Audit;
using Lantern.Core.Information;
using Lantern.Core.Reviews;
using Lantern.Testing.Web;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Tests.Pages.Information;

public sealed class PeopleTests(World world) : IClassFixture<World>
{
    private LanternFactory Factory => world.Factory;

    private static KeyValuePair<string, string>[] PersonForm(string category = "FamilyOrHousehold", string realName = "Sam Invented",
        string? relationship = "Sibling", string? pseudonym = null, string aliases = "Sammy\nSam I.", string? role = null, string? agency = null,
        string? version = null, string? born = null) =>
    [
        .. Form.Of(
            ("Input.Category", category),
            ("Input.RealName", realName),
            ("Input.Aliases", aliases),
            ("Input.Relationship", relationship ?? string.Empty),
            ("Input.ProfessionalRole", role ?? string.Empty),
            ("Input.AgencyId", agency ?? string.Empty),
            ("Input.Pseudonym", pseudonym ?? string.Empty),
            ("Input.DateOfBirth.Day", born is null ? string.Empty : born.Split('-')[2]),
            ("Input.DateOfBirth.Month", born is null ? string.Empty : born.Split('-')[1]),
            ("Input.DateOfBirth.Year", born is null ? string.Empty : born.Split('-')[0])),
        .. version is null ? [] : Form.Of(("Input.Version", version)),
    ];

    private async Task<Guid> NewReviewAsync(string title) =>
        await Factory.ReviewAsync(world.PartnershipId, world.ReviewTypeId, world.BusinessUnit.Id, title);

    [Fact]
    public async Task AddPeople_BlankPseudonym_IsProposedFromTheirPlaceInTheCase_AndAudited()
    {
        var reviewId = await NewReviewAsync("Child P1");
        var businessUnit = await Factory.SignInAsync(world.BusinessUnit);
        var url = $"/reviews/{reviewId}/information/people/add";

        var subject = await businessUnit.PostAsync(url, PersonForm("Subject", "Kai Madeup", null));
        var sibling1 = await businessUnit.PostAsync(url, PersonForm());
        var sibling2 = await businessUnit.PostAsync(url, PersonForm(realName: "Lee Invented"));
        var worker = await businessUnit.PostAsync(url, PersonForm("Professional", "Pat Pretend", null, role: "Social worker", agency: world.AgencyId.ToString()));

        Assert.All(new[] { subject, sibling1, sibling2, worker }, p => Assert.Equal($"/reviews/{reviewId}/information/people", p.Location));
        await using var db = Factory.CreateDbContext();
        var people = await db.People.Where(p => p.ReviewId == reviewId).OrderBy(p => p.CreatedAt).ThenBy(p => p.Pseudonym).ToListAsync();
        Assert.Equal(["Child P1", "Sibling 1", "Sibling 2", "Social worker 1"], people.Select(p => p.Pseudonym).Order().ToArray());
        Assert.Equal(["Sammy", "Sam I."], people.Single(p => p.RealName == "Sam Invented").Aliases);
        Assert.Equal(world.AgencyId, people.Single(p => p.Category == PersonCategory.Professional).AgencyId);
        Assert.Equal(4, await db.AuditEvents.CountAsync(e => e.Action == AuditActions.PersonAdded && e.ReviewId == reviewId));
    }

    [Fact]
    public async Task AddAPerson_BadInput_ShowsTheErrorsAndSavesNothing()
    {
        var reviewId = await NewReviewAsync("Child P2");
        await Factory.RegisterPersonAsync(reviewId, "Robin Fictional", "Mother");
        var businessUnit = await Factory.SignInAsync(world.BusinessUnit);
        var url = $"/reviews/{reviewId}/information/people/add";

        var empty = await businessUnit.PostAsync(url, []);
        var noRelationship = await businessUnit.PostAsync(url, PersonForm(relationship: ""));
        var professionalWithoutRole = await businessUnit.PostAsync(url, PersonForm("Professional", relationship: null));
        var taken = await businessUnit.PostAsync(url, PersonForm(pseudonym: "MOTHER"));
        var revealing = await businessUnit.PostAsync(url, PersonForm(pseudonym: "Sammy's sister"));
        var unborn = await businessUnit.PostAsync(url, PersonForm(born: DateOnly.FromDateTime(DateTime.UtcNow.AddDays(3)).ToString("yyyy-MM-dd")));
        var impossible = await businessUnit.PostAsync(url, PersonForm(born: "2019-02-31"));

        Assert.Equal(["Select who this person is in the case", "Enter the person's real name, or 'Not known'"], empty.Errors);
        Assert.Equal(["Enter their relationship to the child or adult, such as mother or older brother"], noRelationship.Errors);
        Assert.Equal(["Enter the professional's role, such as social worker or health visitor", "Select the professional's agency"], professionalWithoutRole.Errors.Order().ToArray());
        Assert.Equal(["Someone else in this review is already called MOTHER. Choose a different pseudonym"], taken.Errors);
        Assert.Equal(["The pseudonym must not include any part of the person's real name or aliases"], revealing.Errors);
        Assert.Equal(["Date of birth must be today or in the past"], unborn.Errors);
        Assert.Single(impossible.Errors);
        await using var db = Factory.CreateDbContext();
        Assert.Equal(1, await db.People.CountAsync(p => p.ReviewId == reviewId));
    }

    [Fact]
    public async Task AddAPerson_AliasRepeatedInOtherCapitalsOrTheFullNameAgain_IsToldAndSavesNothing()
    {
        var reviewId = await NewReviewAsync("Child P2b");
        var businessUnit = await Factory.SignInAsync(world.BusinessUnit);
        var url = $"/reviews/{reviewId}/information/people/add";

        var repeated = await businessUnit.PostAsync(url, PersonForm(realName: "Zoë Marchetti-Blake", aliases: "Zo\nZOE M-B\nzoe m-b"));
        var fullName = await businessUnit.PostAsync(url, PersonForm(realName: "Zoë Marchetti-Blake", aliases: "Zo\nzoë  marchetti-blake"));

        Assert.Equal(["Other names lists 'ZOE M-B' and 'zoe m-b' more than once (capitals, accents and notes in brackets do not matter when names are matched): keep one"], repeated.Errors);
        Assert.Contains("zoe m-b", repeated.Document.QuerySelector("textarea[name='Input.Aliases']")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["Other names repeats their full name 'zoë marchetti-blake': list only the other names they are known by"], fullName.Errors);
        await using var db = Factory.CreateDbContext();
        Assert.Equal(0, await db.People.CountAsync(p => p.ReviewId == reviewId));
    }

    [Fact]
    public async Task Register_ShowsPseudonymsOnly_UntilSomeoneAllowedAsksForRealNames_WhichIsAudited()
    {
        var reviewId = await NewReviewAsync("Child P3");
        var personId = await Factory.RegisterPersonAsync(reviewId, "Robin Fictional", "Mother", aliases: ["Robbie"]);
        await Factory.GiveRoleAsync(reviewId, world.OnReview[ReviewRole.ReviewTeamMember], ReviewRole.ReviewTeamMember, world.BusinessUnit.Id);
        await Factory.GiveRoleAsync(reviewId, world.OnReview[ReviewRole.Observer], ReviewRole.Observer, world.BusinessUnit.Id);
        var businessUnit = await Factory.SignInAsync(world.BusinessUnit);
        var team = await Factory.SignInAsync(world.OnReview[ReviewRole.ReviewTeamMember]);
        var observer = await Factory.SignInAsync(world.OnReview[ReviewRole.Observer]);

        var plain = await businessUnit.GetAsync($"/reviews/{reviewId}/information/people");
        var shown = await businessUnit.GetAsync($"/reviews/{reviewId}/information/people?show=identities");
        var teamAsks = await team.GetAsync($"/reviews/{reviewId}/information/people?show=identities");
        var teamPerson = await team.GetAsync($"/reviews/{reviewId}/information/people/{personId}?show=identity");
        var observerPerson = await observer.GetAsync($"/reviews/{reviewId}/information/people/{personId}?show=identity");
        var buPerson = await businessUnit.GetAsync($"/reviews/{reviewId}/information/people/{personId}?show=identity");

        Assert.Contains("Mother", plain.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("Robin Fictional", plain.Html, StringComparison.Ordinal);
        Assert.Contains("Robin Fictional", shown.Html, StringComparison.Ordinal);
        Assert.Contains("Robbie", shown.Html, StringComparison.Ordinal);
        foreach (var page in new[] { teamAsks, teamPerson, observerPerson })
        {
            Assert.Equal(HttpStatusCode.OK, page.Status);
            Assert.DoesNotContain("Robin Fictional", page.Html, StringComparison.Ordinal);
            Assert.DoesNotContain("Robbie", page.Html, StringComparison.Ordinal);
            Assert.DoesNotContain("1994", page.Html, StringComparison.Ordinal);
        }

        Assert.Contains("17 May 1994", buPerson.Html, StringComparison.Ordinal);
        await using var db = Factory.CreateDbContext();
        Assert.Equal(1, await db.AuditEvents.CountAsync(e => e.Action == AuditActions.IdentitiesViewed && e.ReviewId == reviewId));
        Assert.Equal(1, await db.AuditEvents.CountAsync(e => e.Action == AuditActions.PersonIdentityViewed && e.ReviewId == reviewId && e.EntityId == personId));
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == AuditActions.PeopleViewed && e.ReviewId == reviewId && e.UserId == world.OnReview[ReviewRole.ReviewTeamMember].Id));
    }

    [Fact]
    public async Task IdentityAccess_BusinessUnitLetsTheReviewTeamSee_ThenTheyCan_AndLeadReviewersCanBeExcluded()
    {
        var reviewId = await NewReviewAsync("Child P4");
        var personId = await Factory.RegisterPersonAsync(reviewId, "Robin Fictional", "Mother");
        await Factory.GiveRoleAsync(reviewId, world.OnReview[ReviewRole.ReviewTeamMember], ReviewRole.ReviewTeamMember, world.BusinessUnit.Id);
        await Factory.GiveRoleAsync(reviewId, world.OnReview[ReviewRole.LeadReviewer], ReviewRole.LeadReviewer, world.BusinessUnit.Id);
        var businessUnit = await Factory.SignInAsync(world.BusinessUnit);
        var team = await Factory.SignInAsync(world.OnReview[ReviewRole.ReviewTeamMember]);
        var lead = await Factory.SignInAsync(world.OnReview[ReviewRole.LeadReviewer]);
        var url = $"/reviews/{reviewId}/information/people/identity-access";
        var form = await businessUnit.GetAsync(url);
        var version = form.Document.QuerySelector("input[name='Input.Version']")!.GetAttribute("value")!;

        var saved = await businessUnit.PostAsync(url, Form.Of(("Input.Roles", "ReviewTeamMember"), ("Input.Version", version)));
        var stale = await businessUnit.PostAsync(url, Form.Of(("Input.Roles", "Observer"), ("Input.Version", version)));
        var teamSees = await team.GetAsync($"/reviews/{reviewId}/information/people/{personId}?show=identity");
        var leadSees = await lead.GetAsync($"/reviews/{reviewId}/information/people/{personId}?show=identity");
        var leadChange = await lead.GetAsync($"/reviews/{reviewId}/information/people/{personId}/change");
        var teamRefused = await team.PostAsync($"/reviews/{reviewId}/information/people", Form.Of(("Input.Roles", "Observer"), ("Input.Version", version)), url);

        Assert.Equal($"/reviews/{reviewId}/information/people", saved.Location);
        Assert.Equal(HttpStatusCode.Conflict, stale.Status);
        Assert.Contains("Robin Fictional", teamSees.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("Robin Fictional", leadSees.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, leadChange.Status);
        Assert.Equal(HttpStatusCode.Forbidden, teamRefused.Status);
        await using var db = Factory.CreateDbContext();
        var roles = await db.Reviews.Where(r => r.Id == reviewId).Select(r => r.RealIdentityRoles).SingleAsync();
        Assert.Equal([ReviewRole.ReviewTeamMember], roles.Roles);
        Assert.Equal(1, await db.AuditEvents.CountAsync(e => e.Action == AuditActions.IdentityAccessChanged && e.ReviewId == reviewId));
    }

    [Fact]
    public async Task ChangeAPerson_SavesTheNewPseudonym_AndAStaleFormIsAConflict()
    {
        var reviewId = await NewReviewAsync("Child P5");
        var personId = await Factory.RegisterPersonAsync(reviewId, "Robin Fictional", "Mother");
        var businessUnit = await Factory.SignInAsync(world.BusinessUnit);
        var url = $"/reviews/{reviewId}/information/people/{personId}/change";
        var form = await businessUnit.GetAsync(url);
        var version = form.Document.QuerySelector("input[name='Input.Version']")!.GetAttribute("value")!;

        var changed = await businessUnit.PostAsync(url, PersonForm(realName: "Robin Fictional", relationship: "Mother", pseudonym: "Parent 1", aliases: "Robbie", version: version));
        var stale = await businessUnit.PostAsync(url, PersonForm(realName: "Robin Fictional", relationship: "Mother", pseudonym: "Parent 2", aliases: "Robbie", version: version));
        var blank = await businessUnit.PostAsync(url, PersonForm(realName: "Robin Fictional", relationship: "Mother", pseudonym: " ", version: version));

        Assert.Equal($"/reviews/{reviewId}/information/people/{personId}", changed.Location);
        Assert.Equal(HttpStatusCode.Conflict, stale.Status);
        Assert.Contains("Someone else changed this person's details", stale.Errors.Single(), StringComparison.Ordinal);
        Assert.Equal(["Enter a pseudonym"], blank.Errors);
        await using var db = Factory.CreateDbContext();
        Assert.Equal("Parent 1", await db.People.Where(p => p.Id == personId).Select(p => p.Pseudonym).SingleAsync());
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == AuditActions.PersonChanged && e.EntityId == personId));
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == AuditActions.PersonIdentityViewed && e.EntityId == personId));
    }

    [Fact]
    public async Task AddOrChangeAPerson_AfterTheChronologiesArrived_LinksTheEntriesThatNameThemAndNoOthers()
    {
        var reviewId = await NewReviewAsync("Child P6");
        var versionId = await Factory.ChronologyVersionAsync(reviewId, world.AgencyId, world.BusinessUnit.Id);
        Guid named, nicknamed, unnamed;
        await using (var db = Factory.CreateDbContext())
        {
            var entries = await db.ChronologyEntries.Where(e => e.SubmissionVersionId == versionId).OrderBy(e => e.RowNumber).ToListAsync();
            entries[0].Description = "Saw Kai Madeup at school; no concerns raised.";
            entries[1].Description = "Phone call with the school about the family.";
            entries[1].PeopleInvolved = "Kai, head teacher";
            await db.SaveChangesAsync();
            (named, nicknamed) = (entries[0].Id, entries[1].Id);
            var other = new ChronologyEntry
            {
                Id = Guid.NewGuid(),
                ReviewId = reviewId,
                AgencyId = world.AgencyId,
                SubmissionVersionId = versionId,
                LineageId = Guid.NewGuid(),
                IsCurrent = true,
                RowNumber = 3,
                Date = new DateOnly(2024, 2, 3),
                EventType = EventTypes.PhoneCall,
                Description = "Nothing about anyone in the register.",
            };
            db.ChronologyEntries.Add(other);
            await db.SaveChangesAsync();
            unnamed = other.Id;
        }

        var businessUnit = await Factory.SignInAsync(world.BusinessUnit);
        var added = await businessUnit.PostAsync($"/reviews/{reviewId}/information/people/add", PersonForm("Subject", "Kai Madeup", null, aliases: "Kai"));
        Assert.Equal($"/reviews/{reviewId}/information/people", added.Location);
        async Task<List<Guid>> LinkedAsync()
        {
            await using var db = Factory.CreateDbContext();
            return await db.EntryPeople.Where(l => l.ReviewId == reviewId).Select(l => l.EntryId).ToListAsync();
        }

        Assert.Equal(new[] { named, nicknamed }.Order(), (await LinkedAsync()).Order());
        Assert.DoesNotContain(unnamed, await LinkedAsync());

        // Without the nickname, only the entry with the full name still names them.
        Guid personId;
        await using (var db = Factory.CreateDbContext())
        {
            personId = await db.People.Where(p => p.ReviewId == reviewId).Select(p => p.Id).SingleAsync();
        }

        var url = $"/reviews/{reviewId}/information/people/{personId}/change";
        var version = (await businessUnit.GetAsync(url)).Document.QuerySelector("input[name='Input.Version']")!.GetAttribute("value")!;
        var changed = await businessUnit.PostAsync(url, PersonForm("Subject", "Kai Madeup", null, pseudonym: "Child P6", aliases: "", version: version));
        Assert.Equal($"/reviews/{reviewId}/information/people/{personId}", changed.Location);
        Assert.Equal([named], await LinkedAsync());
    }
}
