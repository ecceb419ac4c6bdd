using Lantern.Web.Hosting;

var command = CommandLine.Parse(args);
if (command.CheckDisclosure is { } checkArgs)
{
    return await CheckDisclosureCommand.RunAsync(checkArgs, Console.Out, Console.Error);
}

var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = command.HostArgs,
    ContentRootPath = LanternHost.PublishedContentRoot(),
});
if (command.Demo)
{
    builder.Configuration.AddInMemoryCollection([new("Lantern:Demo", "true")]);
}

builder.AddLantern();
var app = builder.Build();
app.UseLantern();

if (command.VerifyAudit)
{
    return await CommandLine.VerifyAuditAsync(app.Services, Console.Out);
}

if (!await CommandLine.AuditKeyReadyAsync(app.Services, Console.Error))
{
    return 2;
}

await app.RunAsync();
return 0;

/// <summary>The entry point, visible to the test host.</summary>
public partial class Program;
