namespace Lantern.Core.Quality;

/// <summary>The three broad groups the 18 quality markers fall into. They are roughly in order, but markers in a
/// group can be worked on side by side: the groups are not steps a review must pass through.</summary>
public enum QualityMarkerCluster
{
    SettingUp,
    Running,
    OutputsAndOutcomes,
}

/// <summary>One point a marker asks about, as a question the assessor answers for the review.</summary>
public sealed record QualityMarkerPoint(int Number, string Prompt);

/// <summary>One of the 18 quality markers for a case review: its number, a short title, its group and its points.</summary>
public sealed record QualityMarker(int Number, string Title, QualityMarkerCluster Cluster, IReadOnlyList<QualityMarkerPoint> Points)
{
    /// <summary>The short code people use in conversation and in reports ("QM7").</summary>
    public string Code => $"QM{Number}";
}

/// <summary>
/// The 18 quality markers as reference data, written for Lantern in plain English. Each marker's points are
/// prompts to think about, not a checklist that must all be ticked: the assessor answers for the marker as a whole.
/// The number of points for each marker follows the published markers; the wording is our own.
/// </summary>
public static class QualityMarkers
{
    public const int First = 1;
    public const int Last = 18;
    public const int Count = Last - First + 1;

    public static IReadOnlyList<QualityMarker> All { get; } =
    [
        Marker(1, "Referral", QualityMarkerCluster.SettingUp,
            "Is it clear why the case was referred, with enough information to back it?",
            "Does the referral say if the statutory criteria apply to this case or, if not, what other reason there is for a review?",
            "If the referral came late, does it say why?"),
        Marker(2, "Deciding whether to review", QualityMarkerCluster.SettingUp,
            "Was enough found out about the case and its background to make the decision?",
            "Did each key agency give at least basic details of its contact with the family?",
            "If the family had lived somewhere else, were agencies in that area asked what they knew?",
            "Was there a way for agencies to agree a well-informed recommendation to the chair?",
            "If the decision took longer than it should have, is there a good reason on record?",
            "Did anyone consider asking for an outside view, such as another partnership's chair?",
            "Does the written decision show how the case was weighed against the statutory criteria?",
            "Was the kind of review chosen with the area's learning priorities, and what it does not yet know, in mind?",
            "Could partner agencies have their say before the decision was made?"),
        Marker(3, "Telling the partnership", QualityMarkerCluster.SettingUp,
            "Is there a way to let every partner agency know what was decided and what happens next?",
            "Are the chair's reasons for the decision shared in full?"),
        Marker(4, "Telling the family", QualityMarkerCluster.SettingUp,
            "Is there a dependable way to tell the family about the review, and early on?",
            "Are letters to the family clear, easy to read and written with kindness?",
            "Does the family get real chances to ask questions, at times and in ways that suit them?",
            "Are staff openly backed to give honest answers when the family asks fair questions?"),
        Marker(5, "Explaining what the review is for", QualityMarkerCluster.SettingUp,
            "Has everyone involved been told what the review is for, from Board members and agency leaders to practitioners and reviewers?",
            "Is the review presented with confidence as a chance to learn and improve?",
            "Are things that make the review harder, such as disciplinary action at the same time, openly admitted?"),
        Marker(6, "Size and approach of the review", QualityMarkerCluster.Running,
            "Could partner agencies help decide how big the review should be and how it should be done?",
            "Could the lead reviewers influence what the review covers and how it works?",
            "Were all the facts about the case and its setting that led to the review taken into account?",
            "Do the terms of reference use those facts to explain why the review is the size it is?"),
        Marker(7, "Roles and oversight", QualityMarkerCluster.Running,
            "Was it clear from the start who does the review, who checks and questions it, and who answers for it?",
            "Is it written down how the review's quality will be checked and who approves the final report?",
            "Is there a way to test the information and the analysis before the report is finished?",
            "Does the set-up respect the reviewers' independence while the Board still owns the review?",
            "Is there an agreed way forward if people cannot agree?"),
        Marker(8, "Managing the review", QualityMarkerCluster.Running,
            "Is there a plan that says who passes information to whom?",
            "Is there enough administrative help?",
            "Is the review keeping to its timetable?",
            "Is the Board told about any delays and why they happened?",
            "Were problems that could be foreseen spotted and planned for?",
            "Does the timetable leave room for delays that cannot be helped?",
            "Does the lead reviewer have enough time for the work?"),
        Marker(9, "Other processes running alongside", QualityMarkerCluster.Running,
            "Do the terms of reference deal with other processes, such as a criminal investigation, happening at the same time?",
            "Was the review talked through early with the police and the Crown Prosecution Service, in person if needed?",
            "Where a child has died, did the coroner hear about the review early on?",
            "Do letters and emails show an effort to make the review and the other processes work together?",
            "Are notes of conversations and meetings, and reports, kept when a criminal case may need them?",
            "Does the business unit keep a list of the material that may have to be disclosed?",
            "Is it clear who owns each document, so the right body decides whether to disclose it?",
            "Does the final report say how the review and the other processes affected each other?"),
        Marker(10, "Gathering information", QualityMarkerCluster.Running,
            "Has anyone talked through what information is needed, and in how much detail, given the size of the review?",
            "Are agencies told what they are being asked for and why?",
            "Have all possible sources been considered: records, practitioners (including any who ought to have been involved), senior managers, the family and community, policies, audits, inspections and IT systems?",
            "Has access to those sources been arranged?",
            "Do the ways of collecting information suit each source?",
            "Can practitioners contribute to the review directly?",
            "If anyone would not cooperate, is that recorded openly?"),
        Marker(11, "Involving practitioners", QualityMarkerCluster.Running,
            "Is the reason for each conversation or meeting clear?",
            "Are people taking part told plainly about the review and what their part in it is?",
            "Do agencies encourage their staff to take part?",
            "Does the plan cover support for key people, including staff from agencies not usually part of reviews?",
            "Are staff protected from unfair consequences in their own organisation?",
            "Are people protected when they take part in group meetings?",
            "Has anyone thought about what the review means for people who now hold senior jobs?",
            "Is there a plan to ask people how they found taking part?"),
        Marker(12, "Involving the family", QualityMarkerCluster.Running,
            "Is it clear why family members are being asked to take part?",
            "Is it clear which family members are taking part, and why them?",
            "Is it clear what support family members will get?",
            "Can the family help shape what the review looks at?",
            "Is it clear what family members will be asked about?",
            "Is it clear how what the family says will be used in the analysis?",
            "Is it clear how the family's views will appear in the report?",
            "If family members are not taking part, are the reasons sound and written down?",
            "Will the family have a say on the draft report before it is final?"),
        Marker(13, "Analysis", QualityMarkerCluster.Running,
            "Do the people who commissioned the review and the reviewers understand what kind of analysis is expected?",
            "Does the description of the method show it can produce that analysis?",
            "Does the analysis set out what happened, judge how good the practice was, and explain why people acted as they did?",
            "Is any research on good practice up to date and used accurately?",
            "Do explanations look at people's tasks, tools and workplaces, not only their skills or the procedures?",
            "Are deliberate techniques used to avoid hindsight bias and outcome bias?",
            "Is enough of the reasoning shown in the working papers and the report for others to question it?",
            "Does the analysis show what the case says about how services usually work day to day?",
            "Is it clear where knowledge of the wider system, then and now, came from?",
            "Are the conclusions tied both to this case and to practice more widely?",
            "Does the lead reviewer get supervision or challenge from peers?"),
        Marker(14, "The report", QualityMarkerCluster.OutputsAndOutcomes,
            "Is the report laid out so the analysis and findings are easy to find, including for other areas and national summaries?",
            "Does the level of detail protect the privacy of the family and staff while keeping the report useful?",
            "Do the findings and recommendations deal with the most important issues?",
            "Do the findings explain practice, not just describe it?",
            "Can readers follow the reasoning?",
            "Are complicated issues explained in a way readers can understand?",
            "Are the tone and the choice of words right?"),
        Marker(15, "The Board's discussion", QualityMarkerCluster.OutputsAndOutcomes,
            "Is there a clear, joined-up way for the Board to talk through what to do?",
            "Do the Board's leaders make room for an open discussion in which partners challenge each other?",
            "Does the Board have enough time to take in the report and respond?",
            "Does the discussion connect to the partnership's learning and improvement framework and its business plan?",
            "Is the response given a priority against that plan, with any decision to wait explained?"),
        Marker(16, "The Board's written response", QualityMarkerCluster.OutputsAndOutcomes,
            "Is time set aside between presenting the report and publishing it?",
            "Is the response written in plain English?",
            "Does it say whether the findings are accepted by the Board?",
            "Does it explain the Board's priorities and how they fit the framework?",
            "Does it say what the Board and each agency will do?",
            "Does it say how the Board will check whether the actions work?",
            "Where needed, does it include recommendations for national bodies?"),
        Marker(17, "Publication", QualityMarkerCluster.OutputsAndOutcomes,
            "Is there a real effort to publish without delay?",
            "Are the professionals involved told what the report says and when it will come out, and given support?",
            "Is it clear when the family will receive the report, and how they will be supported?",
            "Is there a plan for dealing with the media?"),
        Marker(18, "Making change happen", QualityMarkerCluster.OutputsAndOutcomes,
            "Is there a way to check that agreed actions are carried out?",
            "Has the learning become part of the partnership's learning and improvement framework?",
            "Does monitoring look at what changed for children, as well as at what agencies did?",
            "Is there follow-up over time to see whether changes last and whether they have effects nobody expected?"),
    ];

    /// <summary>Whether <paramref name="number"/> is the number of a marker.</summary>
    public static bool IsMarker(int number) => number is >= First and <= Last;

    /// <summary>The marker numbered <paramref name="number"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When there is no such marker.</exception>
    public static QualityMarker Get(int number) => IsMarker(number)
        ? All[number - First]
        : throw new ArgumentOutOfRangeException(nameof(number), number, $"Quality markers are numbered {First} to {Last}.");

    /// <summary>The markers in <paramref name="cluster"/>, in number order.</summary>
    public static IReadOnlyList<QualityMarker> InCluster(QualityMarkerCluster cluster) => [.. All.Where(m => m.Cluster == cluster)];

    public static string DisplayName(this QualityMarkerCluster cluster) => cluster switch
    {
        QualityMarkerCluster.SettingUp => "Setting up",
        QualityMarkerCluster.Running => "Running",
        QualityMarkerCluster.OutputsAndOutcomes => "Outputs and outcomes",
        _ => cluster.ToString(),
    };

    private static QualityMarker Marker(int number, string title, QualityMarkerCluster cluster, params string[] prompts) =>
        new(number, title, cluster, [.. prompts.Select((prompt, i) => new QualityMarkerPoint(i + 1, prompt))]);
}
