namespace Lantern.Web.Infrastructure.Documents;

/// <param name="Key">A stable identifier, such as "review-starting".</param>
/// <param name="Name">What the letter is called in lists.</param>
/// <param name="Purpose">When to send it, for the person choosing a letter.</param>
/// <param name="Body">The template text, in the syntax <see cref="LetterRendering"/> reads.</param>
public sealed record DefaultLetter(string Key, string Name, string Purpose, string Body);

/// <summary>
/// The letters a partnership starts with, before it edits its own. They are written for family members at a
/// very hard time: short sentences, plain words, no blame.
/// </summary>
public static class DefaultLetterTemplates
{
    public static readonly DefaultLetter ReviewStarting = new(
        "review-starting",
        "A review is starting",
        "Tells a family member that a review is taking place, what it is for, and who to contact.",
        """
        Dear ((family member name))

        # A review after what happened to ((child or adult name))

        We are so sorry about what happened to ((child or adult name)). We know this is a very hard time for you and your family.

        We are writing to let you know that ((partnership name)) is holding a review. Its formal name is the ((review type)).

        ## What a review is

        We hold a review when a child or adult has died or been badly hurt, and we think services can learn from what happened.

        The review looks at how services such as schools, health, police and social care worked with ((child or adult name)). It asks what helped, what got in the way and what should change.

        ## What a review is not

        - It is not about finding someone to blame.
        - It is not a criminal investigation. The police deal with any investigation separately.
        - It does not decide whether anyone broke the law.

        ## Taking part

        You know ((child or adult name)) in ways that services did not. Your views could help the review a great deal.

        We will invite you to take part if you would like to. It is your choice, and you can change your mind at any time.

        ## Questions

        If you have any questions, please contact ((business unit contact)). Please also tell us if you would rather we did not write to you again.

        If you would like this letter in another language or format, please let us know.

        Yours sincerely

        ((chair name))
        On behalf of ((partnership name))
        """);

    public static readonly DefaultLetter MeetTheReviewers = new(
        "meet-the-reviewers",
        "Invitation to meet the lead reviewer",
        "Invites a family member to meet the lead reviewer, and offers help to make the meeting work for them.",
        """
        Dear ((family member name))

        # An invitation to meet the lead reviewer

        We wrote to you recently about the review that ((partnership name)) is holding. The review is about what happened to ((child or adult name)).

        ((lead reviewer)) is leading the review. They would like to meet you when you feel ready.

        ## Why we would like to meet you

        You can tell us about ((child or adult name)) as a person. You can also tell us what you think about the help they and your family had.

        What you share will help the review understand what happened. There are no right or wrong answers.

        ## How the meeting would work

        - We can meet at your home, at our office or at another place you choose.
        - We can talk by phone or video call instead, if you prefer.
        - We will find a day and time that suits you.
        - You can take a break or stop the meeting at any time.

        ## Bringing someone with you

        You are welcome to bring a friend, a relative or someone else who supports you.

        ## Help we can offer

        - We can arrange an interpreter, including a British Sign Language interpreter.
        - We can send you information in large print, easy read or another format.
        - Please tell us about anything else that would make the meeting easier for you.

        ## What to do next

        Please contact ((business unit contact)) to arrange a meeting or to ask a question.

        You do not have to meet us. If you decide not to, you can still change your mind later.

        Yours sincerely

        ((chair name))
        On behalf of ((partnership name))
        """);

    public static readonly DefaultLetter NoReview = new(
        "no-review",
        "Decision not to hold a review",
        "Tells a family member that the partnership has decided not to hold a review, and why. Check that the reasons match the decision before you send it.",
        """
        Dear ((family member name))

        # Our decision about a review

        We are so sorry about what happened to ((child or adult name)). We are thinking of you and your family.

        ((partnership name)) has thought carefully about whether to hold a review. This letter tells you what we decided and why.

        ## What we decided

        We have decided not to hold a review.

        This does not mean we think what happened is unimportant.

        ## Why we decided this

        We hold a review when we think services could learn something important by looking closely at their work together.

        We made this decision because:

        - the services involved have already looked closely at how they worked with ((child or adult name))
        - they have told us what they learned and what they will change
        - we do not think a review would add to that learning

        We will check that services make the changes they have agreed to.

        ## If you have questions

        You may have questions about this decision, or want to talk it through. Please contact ((business unit contact)).

        If you think we have missed something important, please tell us. We will look at our decision again.

        If you would like this letter in another language or format, please let us know.

        Yours sincerely

        ((chair name))
        On behalf of ((partnership name))
        """);

    /// <summary>All three, in the order a review usually needs them.</summary>
    public static readonly IReadOnlyList<DefaultLetter> All = [ReviewStarting, MeetTheReviewers, NoReview];
}
