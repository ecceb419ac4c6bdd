using Lantern.Web.Components;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Lantern.Web.Tests.Components;

public class DateInputModelTests
{
    private static DateInputModel Date(string? day, string? month, string? year) => new() { Day = day, Month = month, Year = year };

    [Theory]
    [InlineData("27", "3", "2025", 2025, 3, 27)]
    [InlineData(" 07 ", "03", "2025", 2025, 3, 7)]
    [InlineData("1", "Sept", "2024", 2024, 9, 1)]
    [InlineData("29", "february", "2024", 2024, 2, 29)]
    public void Validate_RealDate_ReturnsNoErrorAndTheDate(string day, string month, string year, int y, int m, int d)
    {
        var error = Date(day, month, year).Validate("Date of birth", out var date);

        Assert.Null(error);
        Assert.Equal(new DateOnly(y, m, d), date);
    }

    [Theory]
    [InlineData("", "3", "2025", "Date of birth must include a day", DateInputParts.Day)]
    [InlineData("27", " ", "2025", "Date of birth must include a month", DateInputParts.Month)]
    [InlineData("", "", "2025", "Date of birth must include a day and month", DateInputParts.Day | DateInputParts.Month)]
    [InlineData("27", null, null, "Date of birth must include a month and year", DateInputParts.Month | DateInputParts.Year)]
    [InlineData("32", "3", "2025", "Date of birth must be a real date", DateInputParts.Day)]
    [InlineData("27", "13", "2025", "Date of birth must be a real date", DateInputParts.Month)]
    [InlineData("x", "y", "2025", "Date of birth must be a real date", DateInputParts.Day | DateInputParts.Month)]
    [InlineData("29", "2", "2025", "Date of birth must be a real date", DateInputParts.Day | DateInputParts.Month)]
    [InlineData("27", "3", "25", "Date of birth must include a year with 4 numbers", DateInputParts.Year)]
    [InlineData("27", "3", "0025", "Date of birth must be a real date", DateInputParts.Year)]
    public void Validate_InvalidInput_ReturnsMessageAndParts(string? day, string? month, string? year, string expected, DateInputParts parts)
    {
        var error = Date(day, month, year).Validate("Date of birth", required: true, out var date, out var invalidParts);

        Assert.Equal(expected, error);
        Assert.Equal(parts, invalidParts);
        Assert.Null(date);
    }

    [Fact]
    public void Validate_EmptyAndOptional_IsValidWithNoDate()
    {
        var model = Date(" ", null, "");

        var error = model.Validate("Start date", out var date);

        Assert.True(model.IsEmpty);
        Assert.Null(error);
        Assert.Null(date);
    }

    [Theory]
    [InlineData("Start date", "Enter start date")]
    [InlineData("DBS check date", "Enter DBS check date")]
    public void Validate_EmptyAndRequired_AsksForTheDate(string label, string expected)
    {
        var error = new DateInputModel().Validate(label, required: true, out _, out var parts);

        Assert.Equal(expected, error);
        Assert.Equal(DateInputParts.All, parts);
    }

    [Fact]
    public void TryGetDate_NotARealDate_ReturnsNull()
    {
        var date = Date("31", "4", "2025").TryGetDate();

        Assert.Null(date);
    }

    [Fact]
    public void From_Date_RoundTripsThroughTryGetDate()
    {
        var model = DateInputModel.From(new DateOnly(2025, 11, 5));

        Assert.Equal(("5", "11", "2025"), (model.Day, model.Month, model.Year));
        Assert.Equal(new DateOnly(2025, 11, 5), model.TryGetDate());
    }

    [Theory]
    [InlineData(DateInputParts.Day, "Filter.From.Day")]
    [InlineData(DateInputParts.Year, "Filter.From.Year")]
    [InlineData(DateInputParts.Day | DateInputParts.Month, "Filter.From")]
    [InlineData(DateInputParts.All, "Filter.From")]
    public void AddDateInputError_Parts_ChoosesKey(DateInputParts parts, string expectedKey)
    {
        var modelState = new ModelStateDictionary();

        modelState.AddDateInputError("Filter.From", "message", parts);

        Assert.Equal(expectedKey, Assert.Single(modelState).Key);
    }
}
