using Lantern.Core.Organisation;
using Lantern.Data;
using Lantern.Testing;
using Lantern.Testing.Web;

namespace Lantern.Web.Tests.Pages.Account;

/// <summary>
/// A small Lantern of its own for tests about sessions and passwords, which move the clock by hours: one
/// partnership, one agency and an administrator. Tests add the people they need.
/// </summary>
public sealed class AccountWorld : IAsyncLifetime
{
    public LanternFactory Factory { get; private set; } = null!;

    public Guid PartnershipId { get; private set; }

    public Guid AgencyId { get; private set; }

    public Person Administrator { get; private set; } = null!;

    public Task<Person> PersonAsync(string name) => Factory.PersonAsync(PartnershipId, AgencyId, PartnershipRoles.Partner, name);

    public async Task InitializeAsync()
    {
        Factory = new LanternFactory(await TestDatabase.CreateAsync(DatabaseProvider.Sqlite));
        Factory.StartServer();
        (PartnershipId, AgencyId, _) = await Factory.PartnershipAsync("Testshire Safeguarding Partnership");
        Administrator = await Factory.PersonAsync(PartnershipId, AgencyId, PartnershipRoles.Administrator, "Ada Admin");
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();
}
