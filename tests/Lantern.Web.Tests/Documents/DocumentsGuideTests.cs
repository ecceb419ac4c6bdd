using Lantern.Web.Infrastructure.Documents;

namespace Lantern.Web.Tests.Documents;

/// <summary>docs/documents.md is what page authors read: it must name every placeholder and default letter.</summary>
public sealed class DocumentsGuideTests
{
    private static string Guide()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Lantern.slnx")))
        {
            folder = folder.Parent;
        }

        var root = folder?.FullName ?? throw new InvalidOperationException("The repository root was not found.");
        return File.ReadAllText(Path.Combine(root, "docs", "documents.md"));
    }

    [Fact]
    public void Guide_ListsEveryPlaceholder()
    {
        var guide = Guide();

        Assert.All(LetterPlaceholders.All, name => Assert.Contains($"`(({name}))`", guide, StringComparison.Ordinal));
    }

    [Fact]
    public void Guide_ListsEveryDefaultLetterAndTheContentType()
    {
        var guide = Guide();

        Assert.All(DefaultLetterTemplates.All, letter => Assert.Contains($"`{letter.Key}`", guide, StringComparison.Ordinal));
        Assert.Contains(WordDocument.ContentType, guide, StringComparison.Ordinal);
    }
}
