using System.Collections;
using System.Globalization;
using Lantern.Core.Organisation;
using Lantern.Core.Reviews;
using Lantern.Core.SettingUp;
using Lantern.Data;
using Lantern.Testing;
using Lantern.Testing.Web;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Tests.Pages.SettingUp;

/// <summary>A partnership of its own, with two agencies and the people who set up its reviews.</summary>
public sealed record Desk(
    Guid PartnershipId,
    Guid AgencyId,
    Guid PoliceId,
    Guid RapidReviewTypeId,
    Guid PracticeReviewTypeId,
    Guid LearningReviewTypeId,
    Person Administrator,
    Person BusinessUnit,
    Person Chair,
    Person Partner);

/// <summary>
/// Lantern on its own database with the clock at 9am on Thursday 24 December 2026, so that Christmas Day,
/// the Boxing Day substitute (Monday 28 December) and New Year's Day fall inside the deadlines tests count.
/// Tests that change a partnership's settings take a <see cref="NewDeskAsync"/> of their own.
/// </summary>
public sealed class SettingUpWorld : IAsyncLifetime
{
    public static readonly DateTimeOffset Now = new(2026, 12, 24, 9, 0, 0, TimeSpan.Zero);

    public static readonly DateOnly Today = new(2026, 12, 24);

    public LanternFactory Factory { get; private set; } = null!;

    public Desk Main { get; private set; } = null!;

    public Person OtherBusinessUnit { get; private set; } = null!;

    public Guid OtherAgencyId { get; private set; }

    public Guid OtherReviewTypeId { get; private set; }

    public async Task InitializeAsync()
    {
        Factory = new LanternFactory(await TestDatabase.CreateAsync(DatabaseProvider.Sqlite));
        Factory.Clock.Advance(Now - Factory.Clock.GetUtcNow());
        Factory.StartServer();
        Main = await NewDeskAsync();
        var (other, otherAgency, otherType) = await Factory.PartnershipAsync("Otherford Safeguarding Partnership");
        OtherAgencyId = otherAgency;
        OtherReviewTypeId = otherType;
        OtherBusinessUnit = await Factory.PersonAsync(other, otherAgency,
            PartnershipRoles.BusinessUnit | PartnershipRoles.Chair | PartnershipRoles.Administrator, "Otto Other");
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();

    public async Task<Desk> NewDeskAsync(string name = "Testshire Safeguarding Partnership")
    {
        var (partnershipId, agencyId, practiceType) = await Factory.PartnershipAsync(name);
        Guid policeId, rapidType, learningType;
        await using (var db = Factory.CreateDbContext())
        {
            var police = new Agency(Guid.NewGuid(), partnershipId, "Testshire Police", AgencyType.Police);
            db.Agencies.Add(police);
            await db.SaveChangesAsync();
            policeId = police.Id;
            var types = await db.ReviewTypes.AsNoTracking().Where(t => t.PartnershipId == partnershipId).ToListAsync();
            rapidType = types.Single(t => t.Name == "Rapid review").Id;
            learningType = types.Single(t => t.Name == "Learning review").Id;
        }

        return new Desk(partnershipId, agencyId, policeId, rapidType, practiceType, learningType,
            await Factory.PersonAsync(partnershipId, agencyId, PartnershipRoles.Administrator, "Ada Admin"),
            await Factory.PersonAsync(partnershipId, agencyId, PartnershipRoles.BusinessUnit, "Bea Business"),
            await Factory.PersonAsync(partnershipId, agencyId, PartnershipRoles.Chair, "Cal Chair"),
            await Factory.PersonAsync(partnershipId, agencyId, PartnershipRoles.Partner, "Pat Partner"));
    }

    /// <summary>A review still at referral, started as a rapid review, with a referral (of Robin Example,
    /// incident the day before) saying the partnership became aware on <paramref name="aware"/>; no referral when null.</summary>
    public async Task<Guid> ReviewAsync(Desk desk, DateOnly? aware, string title = "Child R")
    {
        await using var db = Factory.CreateDbContext();
        var review = new Review(Guid.NewGuid(), desk.PartnershipId, title, desk.RapidReviewTypeId, ReviewStatus.Referral, Now.UtcDateTime, desk.BusinessUnit.Id);
        db.Reviews.Add(review);
        await db.SaveChangesAsync();
        if (aware is { } on)
        {
            await Factory.ReferralAsync(review.Id, desk.AgencyId, desk.BusinessUnit.Id, on, desk.RapidReviewTypeId);
        }

        return review.Id;
    }

    /// <summary>Someone with no partnership role, given <paramref name="role"/> on the review.</summary>
    public async Task<Person> MemberAsync(Desk desk, Guid reviewId, ReviewRole role, Guid? agencyId = null)
    {
        var person = await Factory.PersonAsync(desk.PartnershipId, agencyId ?? desk.AgencyId, PartnershipRoles.None, $"{role.DisplayName()} Person");
        await Factory.GiveRoleAsync(reviewId, person, role, desk.BusinessUnit.Id);
        return person;
    }

    /// <summary>A first decision, to hold a local child safeguarding practice review, made on <paramref name="decidedOn"/>.</summary>
    public async Task<Guid> DecisionAsync(Desk desk, Guid reviewId, DateOnly decidedOn)
    {
        await using var db = Factory.CreateDbContext();
        var decision = new Decision
        {
            Id = Guid.NewGuid(),
            ReviewId = reviewId,
            VersionNumber = 1,
            ToReview = true,
            ReviewTypeId = desk.PracticeReviewTypeId,
            Scale = ReviewScale.Full,
            Method = ReviewMethod.LearningTogether,
            MethodJustification = "Practitioners will learn most by talking it through together.",
            CriteriaAssessment = "Serious harm, and neglect is suspected.",
            Rationale = "The agencies may have missed chances to act together.",
            DecidedOn = decidedOn,
            RecordedByUserId = desk.Chair.Id,
            RecordedAt = Now.UtcDateTime,
        };
        db.Decisions.Add(decision);
        await db.SaveChangesAsync();
        return decision.Id;
    }

    public async Task<int> CountAsync<T>(Func<LanternDbContext, IQueryable<T>> query)
    {
        await using var db = Factory.CreateDbContext();
        return await query(db).CountAsync();
    }
}

/// <summary>Form fields, with GOV.UK date inputs written as their day, month and year parts.</summary>
public sealed class Fields : IEnumerable<KeyValuePair<string, string>>
{
    private readonly List<KeyValuePair<string, string>> all = [];

    public void Add(string name, string value) => all.Add(new(name, value));

    public void Add(string name, Guid value) => Add(name, value.ToString());

    public void Add(string name, DateOnly date)
    {
        Add(name + ".Day", date.Day.ToString(CultureInfo.InvariantCulture));
        Add(name + ".Month", date.Month.ToString(CultureInfo.InvariantCulture));
        Add(name + ".Year", date.Year.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>Takes out a field (and a date's parts).</summary>
    public Fields Without(string name)
    {
        all.RemoveAll(f => f.Key == name || f.Key.StartsWith(name + ".", StringComparison.Ordinal));
        return this;
    }

    public Fields With(string name, string value)
    {
        Without(name).Add(name, value);
        return this;
    }

    public Fields With(string name, DateOnly date)
    {
        Without(name).Add(name, date);
        return this;
    }

    public IEnumerator<KeyValuePair<string, string>> GetEnumerator() => all.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

public static class PageReading
{
    /// <summary>The success banner's text, if the page shows one.</summary>
    public static string? Notice(this PageResult page) =>
        page.Document.QuerySelector(".govuk-notification-banner__heading")?.TextContent.Trim();

    /// <summary>The value of the first input named <paramref name="name"/>.</summary>
    public static string? Value(this PageResult page, string name) =>
        page.Document.QuerySelector($"input[name='{name}']")?.GetAttribute("value");

    /// <summary>The text of the deadlines table row for <paramref name="deadline"/>, whitespace squeezed.</summary>
    public static string DeadlineRow(this PageResult page, string deadline) =>
        Squeeze(page.Document.QuerySelectorAll("table tbody tr").FirstOrDefault(r => r.TextContent.Contains(deadline, StringComparison.Ordinal))?.TextContent
            ?? throw new InvalidOperationException($"No deadline row for {deadline}"));

    public static string Text(this PageResult page) => Squeeze(page.Document.Body?.TextContent ?? string.Empty);

    private static string Squeeze(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
