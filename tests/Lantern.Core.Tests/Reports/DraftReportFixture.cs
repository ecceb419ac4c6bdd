namespace Lantern.Core.Tests.Reports;

/// <summary>
/// A fictional draft of a review's narrative, as a writer might leave it before the published edition: names in every
/// form, typed in capitals, split over lines, with dates, an address and identifying details. The answer key is written
/// inline: [[words|what should replace them]], where the replacement is a pseudonym, or "dob", "address", "detail" for
/// what is removed. Everything outside the brackets must stay as written, except exact dates, which the date policy
/// softens. The people are <see cref="TestPeople.All"/>.
/// </summary>
internal static class DraftReportFixture
{
    public static readonly string[] Paragraphs =
    [
        """
        This review concerns [[Kayleigh Marsh|Child Q]], born [[09/06/2021|dob]], who lived with her mother [[Danielle Marsh|Mother]] at [[Flat 3, 27 Wrenfield Road|address]], Halverton. [[Kayleigh|Child Q]] was known at home as [[Bean|Child Q]] and sometimes as [[Kayley|Child Q]]. Her father, [[James Okonjo-Reid|Father]], did not live with the family but had her to stay most weekends. [[Danielle|Mother]]'s father, [[Ronald Marsh|Maternal grandfather]], lived across the marsh, still hale for his age, and often collected [[Kayleigh|Child Q]] from [[Larkspur Lane Nursery|detail]] when [[Dani|Mother]] was working late.
        """,
        """
        On 14 March 2023 [[Danni|Mother]] told the health visitor, [[Siobhán Kearney|Health visitor 1]], that she was sleeping badly and that [[Kayleigh|Child Q]] had taken to napping on a bean bag by the window. [[Ms Kearney|Health visitor 1]] noted that the flat was cold and that damp had spread across the bedroom wall. She booked a further visit for 2nd May, but nobody answered the door. [[Siobhan|Health visitor 1]] left a card and recorded the missed visit. [[Bethany Hale|Neighbour]], who lives two doors along, later said that she had heard crying that evening, though [[Bean|Child Q]] had seemed bright and chatty when they passed in the stairwell.
        """,
        """
        [[Tomasz Wiśniewski|Mother's partner]] moved into the flat in the spring. Agencies spelt his name in several ways: the police log has [[TOMASZ WISNIEWSKI|Mother's partner]], the nursery knew him as [[Tom|Mother's partner]] and [[Danielle|Mother]] called him [[Tomek|Mother's partner]]. [[Mr Marsh|Maternal grandfather]] told the review that he had never trusted [[Tom|Mother's partner]] and had said so to his daughter more than once. When [[Ms Marsh|Mother]] was asked about this, she said her father worried too much and that his fears rose whenever anyone new came along.
        """,
        """
        [[Ron|Maternal grandfather]] rang the front door of children's social care on 6 June 2023 to say that [[KM|Child Q]] had a bruise on her cheek. The call was passed to the MASH. [[Marsh|Maternal grandfather]] was not called back for nine days, and by then the bruise had faded. The social worker, [[Priya
        Sandhu|Social worker 1]], visited on 15/06/2023. Her notes say that [[K.M.|Child Q]] was quiet and watchful and that [[D.M.|Mother]] was tearful but co-operative.
        """,
        """
        [[Ms Sandhu|Social worker 1]] talked the case through with her manager, and a strategy discussion was held on the 21st of June with [[DC Marcus Fenwick|Police officer 1]] and [[Dr Adeyemi|GP 1]], the family's GP. [[Fenwick|Police officer 1]]'s note of the meeting records that [[James'|Father's]] phone went unanswered, so the father's view was not heard. [[Dr. Seun Adeyemi|GP 1]] said that [[kayleigh|Child Q]] had been brought to the surgery twice that year with minor injuries, each time by [[Danielle Marsh|Mother]].
        """,
        """
        [[JAMES OKONJO REID|Father]] appears in capitals, and without the hyphen, on the police system. [[Mr Okonjo-Reid|Father]] told the review that he had asked more than once whether [[Kayleigh|Child Q]] could live with him. [[Jimmy|Father]], as his friends call him, works shifts at a distribution warehouse and had been turned down for a change of hours. [[Kayleigh-Rose|Child Q]] is the name on her nursery register; [[Kay-
        leigh|Child Q]] was also under the hospital for [[Ehlers-Danlos syndrome|detail]], which [[Danielle|Mother]] said nobody at [[Larkspur Lane Nursery|detail]] had asked about.
        """,
        """
        The minutes of the first core group say only that [[Marsh|[name]]] attended and did not speak. [[Beth|Neighbour]] was not invited, though her account of the crying was later important. Reading the records together, the review found that each agency held a small piece of the picture and that nobody put the pieces side by side until [[Bean|Child Q]] was admitted to hospital in the autumn. Bean bags were later bought for the quiet room at the nursery, and staff began to note who collected each child and when.
        """,
    ];

    /// <summary>One marked stretch of the plain text: where it is, and what should replace it.</summary>
    public sealed record Expected(int Start, int End, string Original, string Replacement);

    /// <summary>A paragraph without its marks, and the marks.</summary>
    public static (string Text, List<Expected> Marks) Read(string marked)
    {
        var text = new System.Text.StringBuilder();
        var marks = new List<Expected>();
        var i = 0;
        while (i < marked.Length)
        {
            var open = marked.IndexOf("[[", i, StringComparison.Ordinal);
            if (open < 0)
            {
                text.Append(marked, i, marked.Length - i);
                break;
            }

            text.Append(marked, i, open - i);
            var bar = marked.IndexOf('|', open);
            var close = marked.IndexOf("]]", bar, StringComparison.Ordinal);
            while (close + 2 < marked.Length && marked[close + 2] == ']')
            {
                close++;
            }

            var original = marked[(open + 2)..bar];
            marks.Add(new Expected(text.Length, text.Length + original.Length, original, marked[(bar + 1)..close]));
            text.Append(original);
            i = close + 2;
        }

        return (text.ToString(), marks);
    }
}
