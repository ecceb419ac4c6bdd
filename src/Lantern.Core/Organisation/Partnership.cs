namespace Lantern.Core.Organisation;

/// <summary>A local safeguarding partnership (or board). Nothing in Lantern crosses partnerships.</summary>
public sealed class Partnership : IVersioned
{
    public const int NameMaxLength = 120;

    private Partnership()
    {
        Name = string.Empty;
    }

    public Partnership(Guid id, string name, DateTime createdAt)
    {
        Id = id;
        Name = name.Trim();
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; }
    public string Name { get; private set; }
    public DateTime CreatedAt { get; private set; }

    /// <summary>The nation whose law, guidance and bank holidays the partnership works under.</summary>
    public Deadlines.Jurisdiction Jurisdiction { get; private set; } = Deadlines.Jurisdiction.England;

    /// <summary>Working days after an incident within which the partnership expects a referral; a later
    /// referral must explain its delay.</summary>
    public int ReferralExpectedWithinWorkingDays { get; private set; } = DefaultReferralExpectation;

    public const int DefaultReferralExpectation = 5;

    /// <summary>Weeks the partnership expects between the report's presentation to the Board and its publication, for
    /// the Board to discuss and answer it in writing (quality marker 16, point 1).</summary>
    public int WeeksFromPresentationToPublication { get; private set; } = DefaultWeeksFromPresentationToPublication;

    public const int DefaultWeeksFromPresentationToPublication = 6;
    public const int MostWeeksFromPresentationToPublication = 26;

    /// <summary>Months a published report stays up before it is taken down (at least 12; quality marker 17).</summary>
    public int MonthsPublished { get; private set; } = Board.PublicationRules.FewestMonthsPublished;

    /// <summary>When completed actions are checked again, in months after completion (quality marker 18, point 4);
    /// empty for Lantern's default of 3, 6 and 12. Each new action starts with these and may choose its own.</summary>
    public List<int> FollowUpMonths { get; private set; } = [];

    /// <summary>The partnership's follow-up months, or Lantern's default when it has not set its own.</summary>
    public IReadOnlyList<int> FollowUpMonthsInUse => FollowUpMonths.Count > 0 ? FollowUpMonths : Actions.FollowUpSchedule.DefaultMonths;

    /// <summary>Sets the follow-up months, which must pass <see cref="Actions.FollowUpSchedule.Check"/>; none for Lantern's default.</summary>
    public void ChangeFollowUpMonths(IReadOnlyList<int> months)
    {
        if (months.Count > 0 && Actions.FollowUpSchedule.Check(months) is { Count: > 0 } problems)
        {
            throw new ArgumentException(problems[0].Message, nameof(months));
        }

        FollowUpMonths = [.. months];
    }

    public Guid Version { get; set; } = Guid.NewGuid();

    public void Rename(string name) => Name = name.Trim();

    public void ChangeSettings(string name, Deadlines.Jurisdiction jurisdiction, int referralExpectedWithinWorkingDays, int? weeksFromPresentationToPublication = null, int? monthsPublished = null)
    {
        if (monthsPublished is < Board.PublicationRules.FewestMonthsPublished or > Board.PublicationRules.MostMonthsPublished)
        {
            throw new ArgumentOutOfRangeException(nameof(monthsPublished), $"Between {Board.PublicationRules.FewestMonthsPublished} and {Board.PublicationRules.MostMonthsPublished} months.");
        }

        MonthsPublished = monthsPublished ?? MonthsPublished;
        if (weeksFromPresentationToPublication is < 1 or > MostWeeksFromPresentationToPublication)
        {
            throw new ArgumentOutOfRangeException(nameof(weeksFromPresentationToPublication), $"Between 1 and {MostWeeksFromPresentationToPublication} weeks.");
        }

        WeeksFromPresentationToPublication = weeksFromPresentationToPublication ?? WeeksFromPresentationToPublication;
        if (referralExpectedWithinWorkingDays is < 1 or > 60)
        {
            throw new ArgumentOutOfRangeException(nameof(referralExpectedWithinWorkingDays), "Between 1 and 60 working days.");
        }

        Name = name.Trim();
        Jurisdiction = jurisdiction;
        ReferralExpectedWithinWorkingDays = referralExpectedWithinWorkingDays;
    }
}
