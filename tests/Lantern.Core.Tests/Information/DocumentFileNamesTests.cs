using Lantern.Core.Information;

namespace Lantern.Core.Tests.Information;

public sealed class DocumentFileNamesTests
{
    [Theory]
    [InlineData("report.docx", "report.docx")]
    [InlineData("Strategy minutes Zoë.pdf", "Strategy minutes Zoë.pdf")]
    [InlineData(@"..\..\evil.docx", "evil.docx")]
    [InlineData(@"C:\Users\x\report.docx", "report.docx")]
    [InlineData("a/b/c.pdf", "c.pdf")]
    [InlineData("../../etc/passwd", "passwd")]
    [InlineData(@"\\server\share\minutes.pdf", "minutes.pdf")]
    [InlineData(@"folder/sub\mixed.txt", "mixed.txt")]
    [InlineData("C:report.docx", "report.docx")]
    [InlineData("D:", "document")]
    public void Clean_NameWithAPath_KeepsOnlyTheFileName(string uploaded, string kept) =>
        Assert.Equal(kept, DocumentFileNames.Clean(uploaded));

    [Theory]
    [InlineData("minutes\u0000.pdf", "minutes.pdf")]
    [InlineData("min\r\nutes.pdf", "minutes.pdf")]
    [InlineData("\u0007notes\u001B.txt", "notes.txt")]
    [InlineData("invoice\u202Efdp.exe", "invoicefdp.exe")]
    [InlineData("zero\u200Bwidth.png", "zerowidth.png")]
    public void Clean_ControlOrInvisibleCharacters_AreRemoved(string uploaded, string kept) =>
        Assert.Equal(kept, DocumentFileNames.Clean(uploaded));

    [Theory]
    [InlineData(@"C:\Users\x\", "document")]
    [InlineData("..", "document")]
    [InlineData("a/b/..", "document")]
    [InlineData(".pdf", "document.pdf")]
    [InlineData(@"..\..\.docx", "document.docx")]
    [InlineData("\u0001\u0002.pdf", "document.pdf")]
    [InlineData("  .  ", "document")]
    [InlineData("report.pdf. ", "report.pdf")]
    public void Clean_NothingSensibleLeft_IsCalledDocumentWithItsEnding(string uploaded, string kept) =>
        Assert.Equal(kept, DocumentFileNames.Clean(uploaded));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Clean_NoNameAtAll_StaysEmptySoTheFormAsksForAFile(string? uploaded) =>
        Assert.Equal(string.Empty, DocumentFileNames.Clean(uploaded));
}
