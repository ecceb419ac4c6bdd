using Lantern.Core.Audit;

namespace Lantern.Web.Tests.Docs;

public sealed class AuditEventsDocumentTests
{
    private static string Repository()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Lantern.slnx")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("The repository root was not found.");
    }

    [Fact]
    public void AuditEventsDocument_ListsEveryAction()
    {
        var document = File.ReadAllText(Path.Combine(Repository(), "docs", "audit-events.md"));

        var missing = AuditActions.All.Where(a => !document.Contains($"`{a}`", StringComparison.Ordinal)).ToList();

        Assert.True(missing.Count == 0, "docs/audit-events.md does not describe: " + string.Join(", ", missing));
    }

    [Fact]
    public void AuditEventsDocument_DescribesNoActionThatDoesNotExist()
    {
        var document = File.ReadAllText(Path.Combine(Repository(), "docs", "audit-events.md"));
        var listed = System.Text.RegularExpressions.Regex.Matches(document, @"^\| `([a-z-]+\.[a-z-]+)`", System.Text.RegularExpressions.RegexOptions.Multiline)
            .Select(m => m.Groups[1].Value);

        Assert.All(listed, a => Assert.Contains(a, AuditActions.All));
    }
}
