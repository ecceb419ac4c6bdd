using Lantern.Core.Reviews;
using Lantern.Testing.Web;

namespace Lantern.Browser.Tests.Infrastructure;

/// <summary>The shared seeded <see cref="World"/> (a person in every role, two partnerships), served on a
/// real port for the browser.</summary>
public sealed class LiveWorld : IAsyncLifetime
{
    public World World { get; } = new() { CreateFactory = LiveLanternFactory.Create };

    public LanternFactory Factory => World.Factory;

    public Uri BaseAddress => ((LiveLanternFactory)World.Factory).BaseAddress;

    /// <summary>A review of its own, so a journey starts from empty, with the given people in the given roles.</summary>
    public async Task<Guid> ReviewWithAsync(string title, params (Person Person, ReviewRole Role)[] roles)
    {
        var reviewId = await Factory.ReviewAsync(World.PartnershipId, World.ReviewTypeId, World.BusinessUnit.Id, title);
        foreach (var (person, role) in roles)
        {
            await Factory.GiveRoleAsync(reviewId, person, role, World.BusinessUnit.Id);
        }

        return reviewId;
    }

    public Task InitializeAsync() => World.InitializeAsync();

    public Task DisposeAsync() => World.DisposeAsync();
}
