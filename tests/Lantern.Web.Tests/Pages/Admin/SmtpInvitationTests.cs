using Lantern.Core.Organisation;
using Lantern.Data;
using Lantern.Testing;
using Lantern.Testing.Web;

namespace Lantern.Web.Tests.Pages.Admin;

public sealed class SmtpInvitationTests
{
    [Fact]
    public async Task Invite_WithSmtpConfigured_EmailsTheLinkAndSaysSo()
    {
        await using var smtp = new FakeSmtpServer();
        var settings = new Dictionary<string, string?>
        {
            ["Lantern:Smtp:Host"] = "127.0.0.1",
            ["Lantern:Smtp:Port"] = smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Lantern:Smtp:EnableSsl"] = "false",
            ["Lantern:Smtp:From"] = "lantern@testshire.example",
        };
        await using var factory = new LanternFactory(await TestDatabase.CreateAsync(DatabaseProvider.Sqlite), settings);
        var (partnership, agency, _) = await factory.PartnershipAsync();
        var admin = await factory.SignInAsync(await factory.PersonAsync(partnership, agency, PartnershipRoles.Administrator, "Ada Admin"));

        var page = await admin.PostAsync("/admin/users/invite", Form.Of(("Input.DisplayName", "Eve Emailed"),
            ("Input.Email", "eve.emailed@testshire.example"), ("Input.AgencyId", agency.ToString())));

        Assert.Equal("Invitation created", page.Heading);
        Assert.Contains("We have emailed them this link", page.Html, StringComparison.Ordinal);
        var link = page.Document.QuerySelector(".app-one-time-link code")!.TextContent.Trim();
        var message = Assert.Single(smtp.Messages);
        Assert.Contains("eve.emailed@testshire.example", message, StringComparison.Ordinal);
        Assert.Contains("Subject: Your Lantern account", message, StringComparison.Ordinal);
        Assert.Contains(link, System.Text.RegularExpressions.Regex.Replace(message, "=\r?\n", string.Empty), StringComparison.Ordinal);
        Assert.False(Directory.Exists(factory.MailFolder) && Directory.EnumerateFiles(factory.MailFolder).Any());
    }
}

public sealed class SmtpFailureTests
{
    [Fact]
    public async Task Invite_MailServerDown_StillCreatesTheAccountAndShowsTheLink()
    {
        int closedPort;
        using (var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0))
        {
            probe.Start();
            closedPort = ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
        }

        var settings = new Dictionary<string, string?>
        {
            ["Lantern:Smtp:Host"] = "127.0.0.1",
            ["Lantern:Smtp:Port"] = closedPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Lantern:Smtp:EnableSsl"] = "false",
        };
        await using var factory = new LanternFactory(await TestDatabase.CreateAsync(DatabaseProvider.Sqlite), settings);
        var (partnership, agency, _) = await factory.PartnershipAsync();
        var admin = await factory.SignInAsync(await factory.PersonAsync(partnership, agency, PartnershipRoles.Administrator, "Ada Admin"));

        var page = await admin.PostAsync("/admin/users/invite", Form.Of(("Input.DisplayName", "Una Unsent"),
            ("Input.Email", "una.unsent@testshire.example"), ("Input.AgencyId", agency.ToString())));

        Assert.Equal("Invitation created", page.Heading);
        Assert.Contains("could not be sent", page.Html, StringComparison.Ordinal);
        var link = new Uri(page.Document.QuerySelector(".app-one-time-link code")!.TextContent.Trim()).AbsolutePath;
        Assert.Equal("Create your password", (await factory.Anonymous().GetAsync(link)).Heading);
    }
}
