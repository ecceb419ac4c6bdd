using Lantern.Testing.Web;

namespace Lantern.Browser.Tests.Infrastructure;

/// <summary>The shared seeded <see cref="World"/> (a person in every role, two partnerships), served on a
/// real port for the browser.</summary>
public sealed class LiveWorld : IAsyncLifetime
{
    public World World { get; } = new() { CreateFactory = LiveLanternFactory.Create };

    public LanternFactory Factory => World.Factory;

    public Uri BaseAddress => ((LiveLanternFactory)World.Factory).BaseAddress;

    public Task InitializeAsync() => World.InitializeAsync();

    public Task DisposeAsync() => World.DisposeAsync();
}
