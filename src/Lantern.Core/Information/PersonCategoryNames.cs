namespace Lantern.Core.Information;

public static class PersonCategoryNames
{
    public static readonly IReadOnlyList<PersonCategory> All = Enum.GetValues<PersonCategory>();

    public static string DisplayName(this PersonCategory category) => category switch
    {
        PersonCategory.Subject => "The child or adult the review is about",
        PersonCategory.FamilyOrHousehold => "Family or household member",
        PersonCategory.Professional => "Professional",
        PersonCategory.Other => "Someone else",
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, null),
    };

    public static string ShortName(this PersonCategory category) => category switch
    {
        PersonCategory.Subject => "Subject",
        PersonCategory.FamilyOrHousehold => "Family or household",
        PersonCategory.Professional => "Professional",
        PersonCategory.Other => "Other",
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, null),
    };
}
