namespace Lantern.Core.Analysis;

/// <summary>
/// The coding schemes every partnership starts with, written for Lantern: a hierarchy of contributory factors by
/// level, from the family to the wider context, and the six categories of underlying patterns used in systems
/// reviews. Partnerships can add their own schemes; these stay as version 1.
/// </summary>
public static class DefaultCodingSchemes
{
    public const string FactorsKey = "contributory-factors";
    public const string PatternsKey = "underlying-patterns";

    public static CodingScheme ContributoryFactors { get; } = new(FactorsKey, "Contributory factors", 1,
    [
        new("family", "Family", "What about the family shaped how the work went?",
        [
            new("family-complexity", "How complex and long-standing the family's difficulties were"),
            new("family-presentation", "How the family came across to professionals"),
            new("family-engagement", "How far the family took part, and how they felt about services"),
            new("family-relationships", "Relationships within the family and household"),
            new("family-communication", "Language, disability or other barriers to understanding each other"),
            new("family-characteristics", "Age, gender, ethnicity, culture and faith"),
        ]),
        new("practitioner", "Individual practitioner", "What did the practitioner bring to the work, and what did it take out of them?",
        [
            new("practitioner-knowledge", "Knowledge, training and experience"),
            new("practitioner-reasoning", "How they made sense of what they saw, and what they expected"),
            new("practitioner-attention", "Attention, tiredness and stress"),
            new("practitioner-feelings", "Feelings about the family and the work"),
            new("practitioner-style", "Ways of working and of relating to families"),
        ]),
        new("task", "Task and tools", "Did the job and the tools for it help or get in the way?",
        [
            new("task-role", "What the role asked of them, and how often and where they saw the family"),
            new("task-forms", "Forms, assessment tools and recording systems"),
            new("task-guidance", "Procedures and guidance: clear, known and workable?"),
            new("task-information", "Getting hold of the information they needed"),
        ]),
        new("team", "Team", "What was it like to work in the practitioner's own team?",
        [
            new("team-workload", "Workload, staffing and the mix of skills"),
            new("team-supervision", "Supervision, advice and someone to think with"),
            new("team-culture", "The team's atmosphere and what it took for granted"),
            new("team-support", "Administrative support, rooms and equipment"),
        ]),
        new("inter-agency", "Inter-agency working", "How did the agencies work together on this family?",
        [
            new("inter-agency-sharing", "What was shared, with whom and when"),
            new("inter-agency-roles", "Clarity about who was doing what, and who was in charge"),
            new("inter-agency-meetings", "Meetings: who came, and how decisions were followed through"),
            new("inter-agency-relationships", "Knowing and trusting colleagues in other agencies"),
            new("inter-agency-escalation", "Disagreeing and escalating concerns"),
        ]),
        new("organisation", "Organisation and management", "What did each organisation's priorities and arrangements make easy or hard?",
        [
            new("organisation-resources", "Resources set against demand"),
            new("organisation-priorities", "Targets, thresholds and what is counted"),
            new("organisation-change", "Reorganisations, moves and staff turnover"),
            new("organisation-culture", "What managers ask about and reward"),
        ]),
        new("wider-context", "Wider context", "What in national policy, funding or public life bore on the work?",
        [
            new("wider-policy", "National policy, law and inspection"),
            new("wider-funding", "Funding and commissioning"),
            new("wider-public", "Public and media attention"),
        ]),
    ]);

    public static CodingScheme UnderlyingPatterns { get; } = new(PatternsKey, "Underlying patterns", 1,
    [
        new("human-tool", "Patterns in human–tool operation",
            "How forms, frameworks, records and systems shape what practitioners notice, record and revisit"),
        new("human-management-system", "Patterns in human–management system operation",
            "How resources, demand, targets, supervision and the way work is organised shape practice"),
        new("multi-agency-crises", "Patterns in how agencies communicate and work together when responding to incidents and crises",
            "How agencies set priorities, find capacity and keep each other informed when something happens"),
        new("multi-agency-longer-term", "Patterns in how agencies communicate and work together on assessment and longer-term work",
            "How agencies share the understanding of a family, their roles and the responsibility over months and years"),
        new("family-professional", "Patterns in how families and professionals interact",
            "How families and professionals relate, and how that shapes what is seen, said and done"),
        new("judgement-reasoning", "Patterns in human judgement and reasoning",
            "How people weigh what they know, form views and revise them, or do not"),
    ]);

    public static IReadOnlyList<CodingScheme> All { get; } = [ContributoryFactors, UnderlyingPatterns];
}
