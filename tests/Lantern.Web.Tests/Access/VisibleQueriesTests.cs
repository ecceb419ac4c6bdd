using Lantern.Core.Access;
using Lantern.Core.Analysis;
using Lantern.Core.Audit;
using Lantern.Core.Organisation;
using Lantern.Core.Reviews;
using Lantern.Testing.Web;
using Lantern.Web.Pages.Analysis;
using Lantern.Web.Pages.Analysis.Conversations;
using Microsoft.Extensions.DependencyInjection;

namespace Lantern.Web.Tests.Access;

/// <summary>The reads and writes that used to be safe only because a page checked first now hold on their own:
/// given a viewer, they answer only what the record rules let that viewer see.</summary>
public sealed class VisibleQueriesTests(World world) : IClassFixture<World>
{
    private Viewer ViewerFor(Person person, ReviewRole? role, Guid? reviewId = null) =>
        Viewer.For(new Actor(person.Id, person.PartnershipId, person.AgencyId, PartnershipRoles.Partner, true), reviewId ?? world.ReviewId, world.PartnershipId, role);

    [Fact]
    public async Task ConversationQueries_WithoutThePagesChecks_GiveNotesOnlyToThoseTheRulesAllow()
    {
        using var scope = world.Factory.Services.CreateScope();
        var queries = scope.ServiceProvider.GetRequiredService<ConversationQueries>();
        var conversationId = world.Analysis.ConversationId;
        var participant = ViewerFor(world.OnReview[ReviewRole.CaseGroupMember], ReviewRole.CaseGroupMember);
        var lead = ViewerFor(world.OnReview[ReviewRole.LeadReviewer], ReviewRole.LeadReviewer);
        var observer = ViewerFor(world.OnReview[ReviewRole.Observer], ReviewRole.Observer);
        var agencyContact = ViewerFor(world.OnReview[ReviewRole.AgencyContact], ReviewRole.AgencyContact);
        var leadOnAnotherReview = ViewerFor(world.OnReview[ReviewRole.LeadReviewer], ReviewRole.LeadReviewer, world.OtherReviewId);

        Assert.NotEmpty(await queries.VersionsAsync(lead, conversationId, CancellationToken.None));
        Assert.NotEmpty(await queries.VersionsAsync(participant, conversationId, CancellationToken.None));
        Assert.NotNull(await queries.DetailsAsync(participant, conversationId, CancellationToken.None));
        foreach (var outsider in new[] { observer, agencyContact, leadOnAnotherReview })
        {
            Assert.Empty(await queries.VersionsAsync(outsider, conversationId, CancellationToken.None));
            Assert.Null(await queries.DetailsAsync(outsider, conversationId, CancellationToken.None));
        }

        Assert.Contains(await queries.AllAsync(participant.AsParticipant(), CancellationToken.None), c => c.Id == conversationId);
        Assert.DoesNotContain(await queries.AllAsync(lead.AsParticipant(), CancellationToken.None), c => c.Id == conversationId);
        Assert.DoesNotContain(await queries.AllAsync(agencyContact, CancellationToken.None), c => c.Id == conversationId);
    }

    [Fact]
    public async Task CommentAsync_OnAnItemTheViewerCannotSee_IsNotFound_AndNothingIsSaved()
    {
        using var scope = world.Factory.Services.CreateScope();
        var analysis = scope.ServiceProvider.GetRequiredService<AnalysisService>();
        var agencyContact = world.OnReview[ReviewRole.AgencyContact];
        var viewer = ViewerFor(agencyContact, ReviewRole.AgencyContact);
        var audit = new AuditActor(agencyContact.Id, agencyContact.AgencyId, agencyContact.PartnershipId, "192.0.2.10");

        var result = await analysis.CommentAsync(new CommentOptions(new ItemRef(viewer, AnalysisItemKind.Episode, world.Analysis.EpisodeId), "Our records show a visit on the 3rd."), audit);

        Assert.True(result.NotFound);
        await using var db = world.Factory.CreateDbContext();
        Assert.DoesNotContain(db.AnalysisComments, c => c.AuthorUserId == agencyContact.Id);
    }
}
