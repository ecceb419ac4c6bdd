namespace Lantern.Core.Disclosure;

/// <summary>A possible hit before overlaps are settled. <see cref="People"/> are the register indexes of the people a
/// name may be (for joining "Kayleigh" and "Morris" into one hit), with the possessive written after it. Registered
/// rules are more specific than generic ones: where both find the same words, the registered one is kept.</summary>
internal readonly record struct Candidate(int Start, int End, DisclosureRule Rule, string Suggestion, string Why, bool Registered = true,
    IReadOnlyList<int>? People = null, string Possessive = "")
{
    public DisclosureSeverity Severity => DisclosureRules.SeverityOf(Rule);

    public int Length => End - Start;
}
