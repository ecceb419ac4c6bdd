using Lantern.Core.Information;
using Lantern.Core.Information.Import;

namespace Lantern.Core.Tests.Information;

public sealed class RowCorrectionsTests
{
    [Fact]
    public void Apply_PutsTrimmedValuesInTheirFileColumnsAndKeepsTheRest()
    {
        var mapping = new Dictionary<string, int> { ["date"] = 0, ["description"] = 2 };

        var cells = RowCorrections.Apply(["31/02/2024", "Extra", "Visit"], mapping, new Dictionary<string, string?> { ["date"] = " 28/02/2024 " });

        Assert.Equal(["28/02/2024", "Extra", "Visit"], cells);
    }

    [Fact]
    public void Apply_ColumnAddedToTheUpload_LengthensTheRowWithEmptyCells()
    {
        var mapping = new Dictionary<string, int> { ["date"] = 0, ["source-reference"] = 3 };

        var cells = RowCorrections.Apply(["01/03/2024"], mapping, new Dictionary<string, string?> { ["source-reference"] = "HV-1", ["date"] = null });

        Assert.Equal(["", "", "", "HV-1"], cells);
    }

    [Theory]
    [InlineData("", "Say why this row is being left out")]
    [InlineData("Duplicate of row 4", null)]
    public void ExclusionProblem_AsksForAReason(string reason, string? problem)
    {
        Assert.Equal(problem, RowCorrections.ExclusionProblem(reason));
    }

    [Fact]
    public void ExclusionProblem_ReasonTooLong_IsRefused()
    {
        Assert.Null(RowCorrections.ExclusionProblem(new string('a', ImportRow.ExclusionReasonMaxLength)));
        Assert.Equal("The reason must be 500 characters or fewer", RowCorrections.ExclusionProblem(new string('a', ImportRow.ExclusionReasonMaxLength + 1)));
    }
}
