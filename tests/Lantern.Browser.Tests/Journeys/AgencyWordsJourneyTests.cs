using System.Text;
using System.Text.RegularExpressions;
using Lantern.Browser.Tests.Infrastructure;
using Lantern.Core;
using Lantern.Core.Information;
using Lantern.Testing.Web;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using RegisteredPerson = Lantern.Core.Information.Person;

namespace Lantern.Browser.Tests.Journeys;

/// <summary>
/// Issue 14's journey: three agencies' chronologies arrive in their own words for meetings ("Plan group" for a
/// core group, "ICPC", "S47 strategy discussion"); the business unit maps the word no list knows, merges the
/// records of each meeting, imports who attended, and the continuity page flags the core group where the people
/// round the table changed. The pseudonymised download then holds no form of any registered name. Every page is
/// scanned with axe.
/// </summary>
public sealed partial class AgencyWordsJourneyTests(BrowserFixture browser, LiveWorld world) : IClassFixture<BrowserFixture>, IClassFixture<LiveWorld>
{
    // Fictional people, named as each agency wrote them: accents in capitals, a hyphenated surname, possessives.
    private static readonly (PersonCategory Category, string Name, string[] Aliases, string Pseudonym, string? Role)[] People =
    [
        (PersonCategory.Subject, "Zoë Ashdown-Price", ["Zoe"], "Child A", null),
        (PersonCategory.FamilyOrHousehold, "Marta Ashdown", [], "Mother", "Mother"),
        (PersonCategory.FamilyOrHousehold, "Dariusz Kowalczyk", ["Darek"], "Mother's partner", "Mother's partner"),
        (PersonCategory.Professional, "Priya Sandhu", [], "Social worker 1", "Social worker"),
        (PersonCategory.Professional, "Aisha Begum", [], "Social worker 2", "Social worker"),
        (PersonCategory.Professional, "Gemma Holt", [], "Health visitor 1", "Health visitor"),
        (PersonCategory.Professional, "Tom Fairley", [], "Police officer 1", "Police officer"),
    ];

    private const string CouncilFile = """
        Date,Type of contact,Details,Who,Ref
        03/03/2025,S47 strategy discussion,Strategy discussion about bruising to ZOË ASHDOWN-PRICE; Darek not yet spoken to.,"Priya Sandhu, Tom Fairley",SC-01
        20/03/2025,ICPC,Initial conference; Zoe's name placed on a plan. Marta Ashdown attended with Dariusz.,"Priya Sandhu, Gemma Holt",SC-02
        03/04/2025,Plan group,First plan group. Priya and Gemma Holt agreed visits; Mr Kowalczyk did not come.,"Priya Sandhu, Gemma Holt",SC-03
        01/05/2025,Plan group,Second plan group chaired by Aisha Begum after Sandhu moved team.,Aisha Begum,SC-04
        """;

    private const string PoliceFile = """
        Date,Type of contact,Details,People involved,Ref
        03/03/2025,Strategy discussion (s47),PC Fairley joined the strategy discussion about Zoë.,Tom Fairley,POL-1
        15/04/2025,Domestic incident,Called to the address; KOWALCZYK arrested after a row with Marta.,Tom Fairley,POL-2
        """;

    private const string HealthFile = """
        Date,Type of contact,Details,People involved,Ref
        20/03/2025,CP conference,Health visitor Holt attended the initial conference for Zoë Ashdown-Price.,Gemma Holt,HV-1
        01/05/2025,Plan group,Gemma sent a report to the plan group; could not attend.,Gemma Holt,HV-2
        """;

    private const string AttendanceFile = """
        Meeting date,Meeting type,Person,Attendance
        03/03/2025,Strategy discussion,Social worker 1,attended
        03/03/2025,Strategy discussion,TOM FAIRLEY,present
        03/03/2025,Strategy discussion,Child A,named only
        20/03/2025,ICPC,Social worker 1,attended
        20/03/2025,ICPC,Gemma Holt,attended
        20/03/2025,ICPC,Mother,attended
        03/04/2025,Core group,Social worker 1,attended
        03/04/2025,Core group,Health visitor 1,attended
        01/05/2025,Core group,Social worker 2,attended
        01/05/2025,Core group,Health visitor 1,report only
        """;

    [Fact]
    public async Task ThreeAgencies_OwnMeetingWords_Mapped_AttendanceImported_ContinuityFlagsTheDrop_ExportHoldsNoRealName()
    {
        // Arrange: a review with its people register and two more agencies of the partnership.
        var factory = world.Factory;
        var partnershipId = world.World.PartnershipId;
        var reviewId = await factory.ReviewAsync(partnershipId, world.World.ReviewTypeId, world.World.BusinessUnit.Id, "Child Z");
        var police = await factory.AgencyAsync(partnershipId, "North Testshire Constabulary", Core.Organisation.AgencyType.Police);
        var health = await factory.AgencyAsync(partnershipId, "Testshire Health Visiting Service", Core.Organisation.AgencyType.HealthHealthVisiting);
        await using (var db = factory.CreateDbContext())
        {
            foreach (var p in People)
            {
                db.People.Add(new RegisteredPerson
                {
                    Id = Guid.NewGuid(),
                    ReviewId = reviewId,
                    Category = p.Category,
                    RealName = p.Name,
                    Aliases = [.. p.Aliases],
                    Pseudonym = p.Pseudonym,
                    Relationship = p.Category == PersonCategory.FamilyOrHousehold ? p.Role : null,
                    ProfessionalRole = p.Category == PersonCategory.Professional ? p.Role : null,
                    AgencyId = p.Category == PersonCategory.Professional ? (p.Role == "Police officer" ? police : p.Role == "Health visitor" ? health : world.World.AgencyId) : null,
                    CreatedAt = DateTime.UtcNow,
                });
            }

            await db.SaveChangesAsync();
        }

        await using var journey = Journey.Start(browser, world.BaseAddress);
        var unit = await journey.OpenAsync("business-unit");
        await unit.SignInAsync(factory, world.World.BusinessUnit);
        var information = $"/reviews/{reviewId}/information";

        // Act 1: the three chronologies are uploaded, each in its agency's own words.
        // The council's "Who" column is not a heading Lantern knows: the upload is held, and the column shown, until
        // someone says what it holds.
        await UploadAsync(unit, reviewId, world.World.AgencyId, "council.csv", CouncilFile, "council");
        await Expect(unit.Heading).ToHaveTextAsync("Check the upload");
        await Expect(unit.Page.Locator("main")).ToContainTextAsync("A column Lantern will leave out");
        await unit.ClickAsync(unit.Link("Match the columns"), "council-columns");
        await unit.Field("People involved (optional)").SelectOptionAsync(new SelectOptionValue { Label = "Who" });
        await unit.ClickAsync(unit.Button("Continue"), "council-matched");
        await Expect(unit.Page.Locator("main")).Not.ToContainTextAsync("Lantern will leave out");
        await unit.ClickAsync(unit.Button("Apply the chronology"), "council-applied");
        await Expect(unit.Page.Locator(".govuk-notification-banner")).ToContainTextAsync("Version 1 applied");

        await UploadAsync(unit, reviewId, police, "police.csv", PoliceFile, "police");
        await Expect(unit.Page.Locator(".govuk-notification-banner")).ToContainTextAsync("Version 1 applied");
        await UploadAsync(unit, reviewId, health, "health.csv", HealthFile, "health");
        await Expect(unit.Page.Locator(".govuk-notification-banner")).ToContainTextAsync("Version 1 applied");

        // Assert 1: the health visitors' version page points at the word no list knows.
        await Expect(unit.Page.Locator("main")).ToContainTextAsync("match no event type");

        // Act 2: map "Plan group" to a core group meeting for every agency of the partnership.
        await unit.GotoAsync($"{information}/chronology/submissions/event-words", "event-words");
        await Expect(unit.Heading).ToHaveTextAsync("Event words to map");
        var council = unit.Page.Locator("form").Filter(new() { HasText = "Plan group" }).First;
        await council.Locator("select").SelectOptionAsync(new SelectOptionValue { Label = EventTypes.CoreGroupMeeting });
        await council.Locator("input[type=checkbox]").CheckAsync();
        await unit.ClickAsync(council.GetByRole(AriaRole.Button), "event-words-mapped");

        // Assert 2: nothing is left to map, and the chronology shows the type beside the agency's own words.
        await Expect(unit.Page.Locator("main")).Not.ToContainTextAsync("Choose a type");
        await unit.GotoAsync($"{information}/chronology?type={Uri.EscapeDataString(EventTypes.CoreGroupMeeting)}", "core-groups");
        await Expect(unit.Page.Locator(".app-chronology-table tbody tr")).ToHaveCountAsync(3);
        await Expect(unit.Page.Locator(".app-chronology-table")).ToContainTextAsync("Plan group");

        // Act 3: merge the records of each meeting that two agencies kept.
        await unit.GotoAsync($"{information}/chronology/duplicates", "duplicates");
        for (var merged = 1; merged <= 3; merged++)
        {
            var proposal = unit.Page.Locator(".govuk-summary-card").First;
            await unit.ClickAsync(proposal.GetByRole(AriaRole.Button, new() { Name = "Merge the ticked entries as one event", Exact = true }), $"merged-{merged}");
            await Expect(unit.Page.Locator(".govuk-notification-banner")).ToContainTextAsync("Merged as one event");
            await unit.GotoAsync($"{information}/chronology/duplicates", $"duplicates-{merged}");
        }

        // Act 4: import who attended each meeting.
        await unit.GotoAsync($"{information}/chronology/meetings", "continuity-before");
        await unit.ClickAsync(unit.Link("Import attendance from a file"), "attendance-import");
        await unit.Page.Locator("input[type=file]").SetInputFilesAsync(Csv("attendance.csv", AttendanceFile));
        await unit.ClickAsync(unit.Button("Import"), "attendance-imported");

        // Assert 4: the core group series flags the second meeting, where neither professional of the first came.
        await unit.GotoAsync($"{information}/chronology/meetings", "continuity");
        var coreGroups = unit.Page.Locator(".app-matrix").Filter(new() { HasText = "core group" });
        await Expect(unit.Page.Locator("main")).ToContainTextAsync("1 with fewer than 50% of the people from the meeting before");
        await Expect(coreGroups.Locator(".govuk-tag")).ToContainTextAsync("0%");
        await Expect(unit.Page.Locator("main")).Not.ToContainTextAsync("Child A");

        // Act 5: download the chronology as a spreadsheet.
        await unit.GotoAsync($"{information}/chronology", "chronology");
        var download = await unit.Page.RunAndWaitForDownloadAsync(() => unit.Link("Download these rows as a spreadsheet (CSV)").ClickAsync());
        var exported = await File.ReadAllTextAsync((await download.PathAsync())!);

        // Assert 5: the pseudonyms are there, and no registered form of anyone's name is.
        Assert.Contains("Child A", exported, StringComparison.Ordinal);
        Assert.Contains("Mother's partner", exported, StringComparison.Ordinal);
        Assert.Contains(",Plan group,", exported, StringComparison.Ordinal);
        Assert.Contains(",Core group meeting\r\n", exported, StringComparison.Ordinal);
        var folded = Folding.Fold(exported);
        var forms = People.SelectMany(p => NameForms(p.Name).Concat(p.Aliases)).Select(Folding.Fold).Distinct().ToList();
        var left = forms.Where(f => Regex.IsMatch(folded, $@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(f)}(?![\p{{L}}\p{{N}}])")).ToList();
        Assert.Empty(left);
    }

    private static async Task UploadAsync(LanternPage unit, Guid reviewId, Guid agencyId, string fileName, string text, string step)
    {
        await unit.GotoAsync($"/reviews/{reviewId}/information/chronology/submissions/upload", $"{step}-upload");
        await unit.Field("Agency").SelectOptionAsync(agencyId.ToString());
        await unit.Page.Locator("#Input_File").SetInputFilesAsync(Csv(fileName, text));
        await unit.ClickAsync(unit.Button("Upload"), $"{step}-uploaded");
    }

    /// <summary>A full name, and each of its words alone (hyphenated parts too).</summary>
    private static IEnumerable<string> NameForms(string name) =>
        new[] { name }.Concat(name.Split(' ')).Concat(name.Split(' ', '-')).Where(w => w.Length > 1).Distinct(StringComparer.Ordinal);

    private static FilePayload Csv(string name, string text) =>
        new() { Name = name, MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(text.ReplaceLineEndings("\r\n")) };
}
