using System.Net;
using System.Text;
using Lantern.Core.Audit;
using Lantern.Core.Information;
using Lantern.Testing.Web;
using Lantern.Web.Tests.Documents;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Tests.Pages.Information;

public sealed class MaterialTests(World world) : IClassFixture<World>
{
    private LanternFactory Factory => world.Factory;

    private const string ItemFormOther = Lantern.Web.Pages.Information.Material.ItemFormModel.OtherOwner;

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    private async Task<Guid> NewReviewAsync(string title) => await Factory.ReviewAsync(world.PartnershipId, world.ReviewTypeId, world.BusinessUnit.Id, title);

    private KeyValuePair<string, string>[] ItemForm(string title, string owner, string? ownerName = null) =>
    [
        .. Form.Of(("Input.Kind", "MeetingNote"), ("Input.Title", title), ("Input.Owner", owner), ("Input.OwnerName", ownerName ?? string.Empty),
            ("Input.Location", "Lead reviewer's locked cabinet"), ("Input.Sensitivity", "Sensitive"), ("Input.Description", string.Empty)),
        .. EvidenceForms.Date("Input.ItemDate", Today.AddDays(-2)),
    ];

    [Fact]
    public async Task Item_ChangedByHand_SavedAndAudited_BadInputAndStaleFormsChangeNothing_DocumentItemsHaveNoChangePage()
    {
        var reviewId = await NewReviewAsync("Child M9");
        var businessUnit = await Factory.SignInAsync(world.BusinessUnit);
        var root = $"/reviews/{reviewId}/information/material";
        await businessUnit.PostAsync($"{root}/add", ItemForm("Notes of the case group meeting", world.AgencyId.ToString()));
        Guid itemId, version;
        await using (var db = Factory.CreateDbContext())
        {
            (itemId, version) = await db.MaterialItems.Where(m => m.ReviewId == reviewId).Select(m => new ValueTuple<Guid, Guid>(m.Id, m.Version)).SingleAsync();
        }

        var url = $"{root}/{itemId}/change";
        var form = await businessUnit.GetAsync(url);
        Assert.Equal("Notes of the case group meeting", form.Document.QuerySelector("#Input_Title")!.GetAttribute("value"));
        Assert.Equal(version.ToString(), form.Document.QuerySelector("input[name='Input.Version']")!.GetAttribute("value"));
        var item = await businessUnit.GetAsync($"{root}/{itemId}");
        Assert.NotNull(item.Document.QuerySelector($"a[href='{url}']"));

        KeyValuePair<string, string>[] Changed(string title, Guid formVersion) =>
            [.. ItemForm(title, ItemFormOther, "The review's lead reviewers").Where(f => f.Key != "Input.Version"), .. Form.Of(("Input.Version", formVersion.ToString()))];
        var blank = await businessUnit.PostAsync(url, Changed(" ", version));
        Assert.Equal(["Enter a title for the item"], blank.Errors);

        var saved = await businessUnit.PostAsync(url, Changed("Notes of the first case group meeting", version));
        Assert.Equal($"{root}/{itemId}", saved.Location);
        var stale = await businessUnit.PostAsync(url, Changed("A title from an old form", version));
        Assert.Equal(HttpStatusCode.Conflict, stale.Status);
        Assert.Contains("Someone else changed this item", stale.Errors.Single(), StringComparison.Ordinal);

        await using (var db = Factory.CreateDbContext())
        {
            var stored = await db.MaterialItems.SingleAsync(m => m.Id == itemId);
            Assert.Equal(("Notes of the first case group meeting", (Guid?)null, "The review's lead reviewers"), (stored.Title, stored.OwnerAgencyId, stored.OwnerName));
            Assert.Equal(1, await db.AuditEvents.CountAsync(e => e.Action == AuditActions.MaterialChanged && e.EntityId == itemId));
        }

        // An uploaded document's item changes with the document, not here.
        var uploaded = await EvidenceForms.UploadAsync(businessUnit, reviewId, "minutes.pdf", EvidenceForms.Pdf, owner: world.AgencyId);
        Assert.Equal(HttpStatusCode.Redirect, uploaded.Status);
        await using (var db = Factory.CreateDbContext())
        {
            var documentItem = await db.MaterialItems.SingleAsync(m => m.ReviewId == reviewId && m.DocumentId != null);
            Assert.Equal(HttpStatusCode.NotFound, (await businessUnit.GetAsync($"{root}/{documentItem.Id}/change")).Status);
            Assert.Null((await businessUnit.GetAsync($"{root}/{documentItem.Id}")).Document.QuerySelector($"a[href='{root}/{documentItem.Id}/change']"));
        }
    }

    [Fact]
    public async Task Item_AddedByHandWithARequestAndADecision_IsIndexedRoutedToItsOwnerAndAudited()
    {
        var reviewId = await NewReviewAsync("Child M1");
        var businessUnit = await Factory.SignInAsync(world.BusinessUnit);
        var root = $"/reviews/{reviewId}/information/material";

        var added = await businessUnit.PostAsync($"{root}/add", ItemForm("Notes of the case group meeting", world.AgencyId.ToString()));
        Assert.Equal(HttpStatusCode.Redirect, added.Status);
        await using var db = Factory.CreateDbContext();
        var item = await db.MaterialItems.SingleAsync(m => m.ReviewId == reviewId);
        Assert.Equal(MaterialKind.MeetingNote, item.Kind);

        var requested = await businessUnit.PostAsync($"{root}/{item.Id}/requests/add",
            [.. Form.Of(("Input.RequestedBy", "Crown Prosecution Service"), ("Input.WhatIsAsked", "The notes in full")), .. EvidenceForms.Date("Input.ReceivedOn", Today)]);
        Assert.Equal(HttpStatusCode.Redirect, requested.Status);
        var request = await db.DisclosureRequests.SingleAsync(r => r.MaterialItemId == item.Id);

        var decided = await businessUnit.PostAsync($"{root}/{item.Id}/requests/{request.Id}",
            [.. Form.Of(("Input.Decision", "ReferToOwner"), ("Input.Reason", "The police own these notes"), ("Input.Version", request.Version.ToString())), .. EvidenceForms.Date("Input.DecidedOn", Today)]);
        Assert.Equal(HttpStatusCode.Redirect, decided.Status);

        var page = await businessUnit.GetAsync($"{root}/{item.Id}");
        Assert.Contains("Referred to the owning agency", page.Html, StringComparison.Ordinal);
        Assert.Contains("requests to disclose it go to", page.Document.QuerySelector(".govuk-inset-text")!.TextContent, StringComparison.Ordinal);
        var index = await businessUnit.GetAsync(root);
        var row = index.Document.QuerySelectorAll("tbody tr").Single().TextContent;
        Assert.Contains("Notes of the case group meeting", row, StringComparison.Ordinal);
        Assert.Contains("1 request", row, StringComparison.Ordinal);
        foreach (var action in new[] { AuditActions.MaterialAdded, AuditActions.DisclosureRecorded, AuditActions.DisclosureDecided, AuditActions.MaterialViewed })
        {
            Assert.True(await db.AuditEvents.AnyAsync(e => e.ReviewId == reviewId && e.Action == action), action);
        }
    }

    [Fact]
    public async Task Item_MissingFields_ShowsEachErrorAndSavesNothing()
    {
        var reviewId = await NewReviewAsync("Child M2");
        var businessUnit = await Factory.SignInAsync(world.BusinessUnit);

        var page = await businessUnit.PostAsync($"/reviews/{reviewId}/information/material/add", ItemForm(" ", "other"));

        Assert.Equal(["Enter a title for the item", "Enter who owns the item, or select an agency"], page.Errors);
        await using var db = Factory.CreateDbContext();
        Assert.False(await db.MaterialItems.AnyAsync(m => m.ReviewId == reviewId));
    }

    [Fact]
    public async Task Decide_ReferToOwnerWhenNoAgencyOwnsIt_IsRefused()
    {
        var businessUnit = await Factory.SignInAsync(world.BusinessUnit);
        await using var db = Factory.CreateDbContext();
        var request = await db.DisclosureRequests.AsNoTracking().SingleAsync(r => r.Id == world.Evidence.DisclosureId);

        var page = await businessUnit.PostAsync($"/reviews/{world.ReviewId}/information/material/{world.Evidence.MaterialItemId}/requests/{request.Id}",
            [.. Form.Of(("Input.Decision", "ReferToOwner"), ("Input.Reason", "Theirs"), ("Input.Version", request.Version.ToString())), .. EvidenceForms.Date("Input.DecidedOn", Today)]);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains(page.Errors, e => e.StartsWith("No agency owns this item", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Index_AgencyChronology_IsListedOnItsOwnAndTakesARequest()
    {
        var reviewId = await NewReviewAsync("Child M3");
        var submissionId = Guid.NewGuid();
        await using (var seed = Factory.CreateDbContext())
        {
            seed.ChronologySubmissions.Add(new ChronologySubmission { Id = submissionId, ReviewId = reviewId, AgencyId = world.AgencyId, CurrentVersion = 1, CreatedAt = DateTime.UtcNow });
            seed.SubmissionVersions.Add(new SubmissionVersion
            {
                Id = Guid.NewGuid(),
                SubmissionId = submissionId,
                ReviewId = reviewId,
                Number = 1,
                Source = SubmissionSource.Form,
                RowCount = 3,
                AppliedByUserId = world.BusinessUnit.Id,
                AppliedAt = DateTime.UtcNow,
            });
            await seed.SaveChangesAsync();
        }

        var businessUnit = await Factory.SignInAsync(world.BusinessUnit);
        var index = await businessUnit.GetAsync($"/reviews/{reviewId}/information/material?type=Chronology");
        Assert.Contains("chronology (version 1)", index.Document.QuerySelector("tbody")!.TextContent, StringComparison.Ordinal);

        var requested = await businessUnit.PostAsync($"/reviews/{reviewId}/information/material/{submissionId}/requests/add",
            [.. Form.Of(("Input.RequestedBy", "Family court"), ("Input.WhatIsAsked", "Entries from March")), .. EvidenceForms.Date("Input.ReceivedOn", Today)]);

        Assert.Equal(HttpStatusCode.Redirect, requested.Status);
        await using var db = Factory.CreateDbContext();
        var item = await db.MaterialItems.SingleAsync(m => m.ReviewId == reviewId);
        Assert.Equal(submissionId, item.Id);
        Assert.Equal(submissionId, item.SubmissionId);
        Assert.Single(await db.DisclosureRequests.Where(r => r.MaterialItemId == submissionId).ToListAsync());
        var again = await businessUnit.GetAsync($"/reviews/{reviewId}/information/material");
        Assert.Single(again.Document.QuerySelectorAll("tbody tr"));
    }

    [Fact]
    public async Task Export_Csv_EscapesFormulasAndIsAudited()
    {
        var reviewId = await NewReviewAsync("Child M4");
        var businessUnit = await Factory.SignInAsync(world.BusinessUnit);
        await businessUnit.PostAsync($"/reviews/{reviewId}/information/material/add", ItemForm("=HYPERLINK(\"http://example.invalid\")", "other", "@the review"));

        var response = await businessUnit.Client.GetAsync($"/reviews/{reviewId}/information/material/export.csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var text = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF');
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Reference,Type,Title,Owner,Date,Held at,Sensitivity,Disclosure requests", lines[0], StringComparison.Ordinal);
        Assert.Contains("\"'=HYPERLINK(\"\"http://example.invalid\"\")\"", lines[1], StringComparison.Ordinal);
        Assert.Contains("'@the review", lines[1], StringComparison.Ordinal);
        await using var db = Factory.CreateDbContext();
        Assert.True(await db.AuditEvents.AnyAsync(e => e.ReviewId == reviewId && e.Action == AuditActions.MaterialExported));
    }

    [Fact]
    public async Task Export_Word_OpensWithTheItemsAndRequests()
    {
        var businessUnit = await Factory.SignInAsync(world.BusinessUnit);

        var response = await businessUnit.Client.GetAsync($"/reviews/{world.ReviewId}/information/material/export.docx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = Docx.OpenValid(await response.Content.ReadAsByteArrayAsync());
        var text = document.MainDocumentPart!.Document!.InnerText;
        Assert.Contains("Index of material", text, StringComparison.Ordinal);
        Assert.Contains("Notes of conversation with social worker 1", text, StringComparison.Ordinal);
        Assert.Contains("Crown Prosecution Service", text, StringComparison.Ordinal);
    }
}
