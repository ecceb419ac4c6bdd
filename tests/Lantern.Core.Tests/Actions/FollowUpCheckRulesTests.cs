using Lantern.Core.Actions;

namespace Lantern.Core.Tests.Actions;

public sealed class FollowUpCheckRulesTests
{
    private static readonly DateOnly Completed = new(2027, 3, 31);
    private static readonly DateOnly Today = new(2027, 7, 2);

    private static FollowUpCheckInput Answered(Sustainment sustained = Sustainment.Yes) => new(
        new(2027, 6, 30), sustained, "None seen; midwives say the route is quicker.", false, null);

    private static IReadOnlyList<(string Field, string Message)> Check(FollowUpCheckInput input) => FollowUpCheckRules.Check(input, Completed, Today);

    [Fact]
    public void Check_Answered_NoErrors() => Assert.Empty(Check(Answered()));

    [Fact]
    public void Check_Blank_AsksEachQuestion()
    {
        Assert.Equal(
            [
                ("CheckedOn", "Enter the date of the check"),
                ("Sustained", "Select whether the change has lasted"),
                ("UnintendedConsequences", "Describe any unintended consequences, or write that there were none"),
                ("StillHappens", "Select whether the problem the finding described still happens"),
            ],
            Check(new FollowUpCheckInput(null, null, "  ", null, null)));
    }

    [Fact]
    public void Check_DateBeforeCompletionOrInTheFuture_Refused()
    {
        Assert.Equal([("CheckedOn", "The date of the check must be the same as or after the date the action was completed, 31 March 2027")],
            Check(Answered() with { CheckedOn = new(2027, 3, 30) }));
        Assert.Equal(["CheckedOn"], Check(Answered() with { CheckedOn = Today.AddDays(1) }).Select(e => e.Field));
        Assert.Empty(Check(Answered() with { CheckedOn = Completed }));
    }

    [Theory]
    [InlineData(Sustainment.Partly)]
    [InlineData(Sustainment.No)]
    public void Check_NotFullyLasted_NeedsAComment(Sustainment sustained)
    {
        Assert.Equal([("Comment", "Say what has not lasted, and why")], Check(Answered(sustained)));
        Assert.Empty(Check(Answered(sustained) with { Comment = "Two of six teams went back to the old form after staff changes." }));
    }

    [Fact]
    public void Check_TooLong_Refused()
    {
        var text = new string('x', FollowUpCheck.TextMaxLength + 1);

        Assert.Equal(["UnintendedConsequences", "Comment"], Check(Answered() with { UnintendedConsequences = text, Comment = text }).Select(e => e.Field));
    }
}
