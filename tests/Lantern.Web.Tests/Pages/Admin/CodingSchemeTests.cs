using System.Net;
using Lantern.Core.Analysis;
using Lantern.Core.Audit;
using Lantern.Core.Reviews;
using Lantern.Testing.Web;
using Lantern.Web.Tests.Pages.Analysis;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Tests.Pages.Admin;

public sealed class CodingSchemeTests(World world) : IClassFixture<World>
{
    private const string Outline = """
        - Person : Who did the work, and what did they bring to it?
          - Skills and experience
          - Tiredness
        - Tools
          - Recording system
            - Search
        """;

    private LanternFactory Factory => world.Factory;

    private static KeyValuePair<string, string>[] Add(string name, string purpose, string outline) =>
        Form.Of(("Input.Name", name), ("Input.Purpose", purpose), ("Input.Outline", outline));

    private async Task<StoredCodingScheme> AddAsync(Browserless admin, string name, string purpose = "ContributoryFactors", string outline = Outline)
    {
        var added = await admin.PostAsync("/admin/coding-schemes/add", Add(name, purpose, outline));
        Assert.Equal("/admin/coding-schemes", added.Location);
        await using var db = Factory.CreateDbContext();
        return await db.CodingSchemes.SingleAsync(s => s.PartnershipId == world.PartnershipId && s.Name == name);
    }

    private static async Task<PageResult> PublishAsync(Browserless admin, string key, string outline, PageResult? form = null)
    {
        form ??= await admin.GetAsync($"/admin/coding-schemes/{key}/new-version");
        return await admin.PostWithTokenAsync($"/admin/coding-schemes/{key}/new-version", form.Token,
            Form.Of(("Input.Outline", outline), ("Version", form.Document.QuerySelector("input[name=Version]")!.GetAttribute("value")!)));
    }

    [Fact]
    public async Task Add_AValidScheme_IsStoredAsVersionOneListedAndAudited()
    {
        var admin = await Factory.SignInAsync(world.Administrator);

        var scheme = await AddAsync(admin, "People and tools");

        Assert.Equal(("people-and-tools", 1, CodingSchemePurpose.ContributoryFactors), (scheme.Key, scheme.SchemeVersion, scheme.Purpose));
        var codes = scheme.ToScheme();
        Assert.Equal(["Person", "Skills and experience", "Tiredness", "Tools", "Recording system", "Search"], codes.All.Select(c => c.Name));
        Assert.Equal(["person", "skills-and-experience", "tiredness", "tools", "recording-system", "search"], codes.All.Select(c => c.Key));
        Assert.Equal("Who did the work, and what did they bring to it?", codes.Find("person")!.Prompt);
        var list = await admin.GetAsync("/admin/coding-schemes");
        Assert.Contains("People and tools", list.Html, StringComparison.Ordinal);
        Assert.Contains("Underlying patterns", list.Html, StringComparison.Ordinal);
        var view = await admin.GetAsync($"/admin/coding-schemes/{scheme.Key}");
        Assert.Contains("Recording system", view.Html, StringComparison.Ordinal);
        await using var db = Factory.CreateDbContext();
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == AuditActions.CodingSchemeAdded && e.EntityId == scheme.Id));
    }

    [Fact]
    public async Task Add_BadInput_ShowsEachErrorKeepsTheTextAndSavesNothing()
    {
        var admin = await Factory.SignInAsync(world.Administrator);
        await using var db = Factory.CreateDbContext();
        var before = await db.CodingSchemes.CountAsync();

        var empty = await admin.PostAsync("/admin/coding-schemes/add", []);
        var badLines = "- Team\nSupervision\n   - Odd indent\n      - Too far\n- \n";
        var bad = await admin.PostAsync("/admin/coding-schemes/add", Add("Bad outline", "Patterns", badLines));
        var tooDeep = await admin.PostAsync("/admin/coding-schemes/add", Add("Too deep", "Patterns", "- A\n  - B\n    - C\n      - D"));
        var duplicate = await admin.PostAsync("/admin/coding-schemes/add", Add("contributory FACTORS", "ContributoryFactors", Outline));
        var badPurpose = await admin.PostAsync("/admin/coding-schemes/add", Add("Odd purpose", "Astrology", Outline));

        Assert.Equal(["Enter a name for the coding scheme", "Select what the scheme is for", "Enter the codes, one a line, each starting with a hyphen"], empty.Errors);
        Assert.Equal(
        [
            "Line 2: start each code with a hyphen and a space, like \"- Team\"",
            "Line 3: indent each level by 2 spaces (this line has 3)",
            "Line 4: this code is indented more than one level below the code above it",
            "Line 5: write the code's name after the hyphen",
        ], bad.Errors);
        Assert.Equal(badLines, bad.Document.QuerySelector("#Input_Outline")!.TextContent.TrimStart('\n').Replace("\r\n", "\n", StringComparison.Ordinal));
        Assert.Equal("Bad outline", bad.Document.QuerySelector("#Input_Name")!.GetAttribute("value"));
        Assert.Equal(["Line 4: codes can go at most 3 levels deep"], tooDeep.Errors);
        Assert.Equal(["There is already a coding scheme with this name"], duplicate.Errors);
        Assert.Equal(["Select what the scheme is for"], badPurpose.Errors);
        Assert.Equal(before, await db.CodingSchemes.CountAsync());
    }

    [Fact]
    public async Task NewVersion_KeepsEarlierCodingWithItsNames_AndAStaleVersionIsRefusedKeepingTheText()
    {
        var admin = await Factory.SignInAsync(world.Administrator);
        var scheme = await AddAsync(admin, "Versioned scheme");
        var reviewId = await Factory.ReviewAsync(world.PartnershipId, world.ReviewTypeId, world.BusinessUnit.Id, "Child V1");
        var businessUnit = await Factory.SignInAsync(world.BusinessUnit);
        var episode = (await businessUnit.PostAsync($"/reviews/{reviewId}/analysis/episodes/add", AnalysisForms.Episode("Home visit", world.AgencyId))).Location!;

        var factors = await businessUnit.GetAsync($"{episode}/factors?SchemeKey={scheme.Key}");
        Assert.NotNull(factors.Document.QuerySelector($"input[name=SchemeKey][value={scheme.Key}][checked]"));
        Assert.Equal("Recording system: Search", factors.Document.QuerySelector("label[for=factor-search]")!.TextContent.Trim());
        var coded = await businessUnit.PostAsync($"{episode}/factors?SchemeKey={scheme.Key}",
            Form.Of(("SchemeKey", scheme.Key), ("Factors", "tiredness"), ("Factors", "recording-system")));
        Assert.Equal(episode, coded.Location);

        var stale = await admin.GetAsync($"/admin/coding-schemes/{scheme.Key}/new-version");
        var renamed = Outline.Replace("Tiredness", "Fatigue and stress", StringComparison.Ordinal);
        Assert.Equal($"/admin/coding-schemes/{scheme.Key}", (await PublishAsync(admin, scheme.Key, renamed)).Location);
        var refused = await PublishAsync(admin, scheme.Key, "- Something else", stale);

        Assert.Equal(HttpStatusCode.Conflict, refused.Status);
        Assert.Contains("- Something else", refused.Document.QuerySelector("#Input_Outline")!.TextContent, StringComparison.Ordinal);
        await using var db = Factory.CreateDbContext();
        var versions = await db.CodingSchemes.Where(s => s.PartnershipId == world.PartnershipId && s.Key == scheme.Key).OrderBy(s => s.SchemeVersion).ToListAsync();
        Assert.Equal([1, 2], versions.Select(v => v.SchemeVersion));
        Assert.NotNull(versions[0].SupersededAt);
        Assert.Contains("Fatigue and stress", versions[1].CodesJson, StringComparison.Ordinal);
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == AuditActions.CodingSchemeVersionPublished && e.EntityId == versions[1].Id));

        // The episode still shows the name it was coded with, against version 1.
        var page = await businessUnit.GetAsync(episode);
        Assert.Contains("Person: Tiredness", page.Html, StringComparison.Ordinal);
        Assert.Contains("Versioned scheme, version 1", page.Html, StringComparison.Ordinal);

        // Coding again with version 2 keeps the code version 2 no longer has, and moves the one it kept.
        var again = await businessUnit.GetAsync($"{episode}/factors?SchemeKey={scheme.Key}");
        Assert.Contains("Person: Tiredness", again.Document.QuerySelector(".govuk-inset-text")!.TextContent, StringComparison.Ordinal);
        await businessUnit.PostAsync($"{episode}/factors", Form.Of(("SchemeKey", scheme.Key), ("Factors", "recording-system"), ("Factors", "fatigue-and-stress")));
        var codes = await db.AnalysisCodes.AsNoTracking().Where(c => c.ReviewId == reviewId).OrderBy(c => c.CodeKey).Select(c => new { c.CodeKey, c.SchemeVersion }).ToListAsync();
        Assert.Equal([("fatigue-and-stress", 2), ("recording-system", 2), ("tiredness", 1)], codes.Select(c => (c.CodeKey, c.SchemeVersion)));
        var trace = await businessUnit.GetAsync($"/reviews/{reviewId}/analysis/traceability");
        Assert.Contains("Person: Tiredness (Versioned scheme, version 1)", trace.Html, StringComparison.Ordinal);
        Assert.Contains("Person: Fatigue and stress (Versioned scheme, version 2)", trace.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Retire_StopsOfferingTheScheme_KeepsItsCodesShowing_AndAStaleRetireIsRefused()
    {
        var admin = await Factory.SignInAsync(world.Administrator);
        var scheme = await AddAsync(admin, "Short-lived scheme");
        var reviewId = await Factory.ReviewAsync(world.PartnershipId, world.ReviewTypeId, world.BusinessUnit.Id, "Child R1");
        var businessUnit = await Factory.SignInAsync(world.BusinessUnit);
        var episode = (await businessUnit.PostAsync($"/reviews/{reviewId}/analysis/episodes/add", AnalysisForms.Episode("Strategy meeting", world.AgencyId))).Location!;
        await businessUnit.PostAsync($"{episode}/factors", Form.Of(("SchemeKey", scheme.Key), ("Factors", "tools")));

        var form = await admin.GetAsync($"/admin/coding-schemes/{scheme.Key}/retire");
        var staleToken = Form.Of(("Version", Guid.NewGuid().ToString()));
        var refused = await admin.PostWithTokenAsync($"/admin/coding-schemes/{scheme.Key}/retire", form.Token, staleToken);
        Assert.Equal(HttpStatusCode.Conflict, refused.Status);
        var retired = await admin.PostWithTokenAsync($"/admin/coding-schemes/{scheme.Key}/retire", form.Token,
            Form.Of(("Version", form.Document.QuerySelector("input[name=Version]")!.GetAttribute("value")!)));
        Assert.Equal("/admin/coding-schemes", retired.Location);

        var factors = await businessUnit.GetAsync($"{episode}/factors");
        Assert.DoesNotContain("Short-lived scheme", factors.Html, StringComparison.Ordinal);
        var refusedCoding = await businessUnit.PostAsync($"{episode}/factors", Form.Of(("SchemeKey", scheme.Key), ("Factors", "person")));
        Assert.Equal(["Select a framework from the list"], refusedCoding.Errors);
        var shown = await businessUnit.GetAsync(episode);
        Assert.Contains("Short-lived scheme, version 1", shown.Html, StringComparison.Ordinal);
        Assert.Contains("<li>Tools</li>", shown.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/admin/coding-schemes/{scheme.Key}/retire")).Status);
        await using var db = Factory.CreateDbContext();
        Assert.True((await db.CodingSchemes.SingleAsync(s => s.Id == scheme.Id)).IsRetired);
        Assert.Equal(1, await db.AuditEvents.CountAsync(e => e.Action == AuditActions.CodingSchemeRetired && e.EntityId == scheme.Id));
    }

    [Fact]
    public async Task Finding_CodedWithAPartnershipPatternScheme_ShowsTheCodeWithItsScheme()
    {
        var admin = await Factory.SignInAsync(world.Administrator);
        var scheme = await AddAsync(admin, "Local patterns", "Patterns", "- Handovers between teams\n- Thresholds");
        var reviewId = await Factory.ReviewAsync(world.PartnershipId, world.ReviewTypeId, world.BusinessUnit.Id, "Child P1");
        var businessUnit = await Factory.SignInAsync(world.BusinessUnit);
        var root = $"/reviews/{reviewId}/analysis/findings";

        var form = await businessUnit.GetAsync($"{root}/add");
        Assert.NotNull(form.Document.QuerySelector($"input[name='Input.PatternKeys'][value='{scheme.Key}:thresholds']"));
        var bad = await businessUnit.PostAsync($"{root}/add", [.. AnalysisForms.Finding("Thresholds are read differently", [], ""), new("Input.PatternKeys", $"{scheme.Key}:nothing")]);
        Assert.Equal(["Select pattern categories from the list"], bad.Errors);
        var added = await businessUnit.PostAsync($"{root}/add",
            [.. AnalysisForms.Finding("Thresholds are read differently", [], ""), new("Input.PatternKeys", $"{scheme.Key}:thresholds"), new("Input.MainPatternKeys", "human-tool")]);

        var page = await businessUnit.GetAsync(added.Location!);
        Assert.Contains("Thresholds (Local patterns, version 1)", page.Html, StringComparison.Ordinal);
        Assert.Contains("Patterns in human–tool operation", page.Document.Body!.TextContent, StringComparison.Ordinal);
        var change = await businessUnit.GetAsync($"{added.Location}/change");
        Assert.NotNull(change.Document.QuerySelector($"input[value='{scheme.Key}:thresholds'][checked]"));
    }
}
