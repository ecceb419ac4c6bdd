namespace Lantern.Core.Disclosure;

/// <summary>A possible hit before overlaps are settled. <see cref="Person"/> is the register index of the one person
/// it names (for joining "Kayleigh" and "Morris" into one hit), or -1. Registered rules are more specific than generic
/// ones: where both find the same words, the registered one is kept.</summary>
internal readonly record struct Candidate(int Start, int End, DisclosureRule Rule, string Suggestion, string Why, int Person = -1, bool Registered = true)
{
    public DisclosureSeverity Severity => DisclosureRules.SeverityOf(Rule);

    public int Length => End - Start;
}
