using Lantern.Core.Information;

namespace Lantern.Core.Tests.Information;

public sealed class EventTypeVocabularyTests
{
    private static readonly Guid Health = Guid.Parse("6f1d7c1e-0000-4000-8000-000000000001");
    private static readonly Guid Police = Guid.Parse("6f1d7c1e-0000-4000-8000-000000000002");

    /// <summary>Agencies' own words with the type a reviewer would choose (empty: leave unmapped).</summary>
    private static List<(string Words, string? Expected)> Fixture() =>
        File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Fixtures", "event-words.csv"))
            .Skip(1)
            .Where(l => l.Length > 0)
            .Select(l => (Words: l[..l.LastIndexOf(',')], Expected: l[(l.LastIndexOf(',') + 1)..] is { Length: > 0 } t ? t : null))
            .ToList();

    [Fact]
    public void BuiltIn_MessyAgencyWords_MapWithHighPrecisionAndRecall()
    {
        var fixture = Fixture();
        var results = fixture.Select(f => (f.Words, f.Expected, Got: EventTypeVocabulary.BuiltIn.Resolve(Health, f.Words))).ToList();

        var mapped = results.Where(r => r.Got is not null).ToList();
        var correct = mapped.Count(r => r.Got == r.Expected);
        var precision = correct / (double)mapped.Count;
        var recall = correct / (double)results.Count(r => r.Expected is not null);

        Assert.True(fixture.Count >= 80, $"The fixture has {fixture.Count} phrases");
        Assert.True(precision >= 0.97, $"Precision {precision:P1}: wrong {string.Join("; ", mapped.Where(r => r.Got != r.Expected).Select(r => $"{r.Words} -> {r.Got}"))}");
        Assert.True(recall >= 0.90, $"Recall {recall:P1}: missed {string.Join("; ", results.Where(r => r.Expected is not null && r.Got is null).Select(r => r.Words))}");
    }

    [Fact]
    public void BuiltIn_WordsThatCouldMeanAnything_StayUnmapped()
    {
        var unmapped = Fixture().Where(f => f.Expected is null).Select(f => f.Words).ToList();

        Assert.Contains("contact", unmapped);
        Assert.Contains("Discussion with manager", unmapped);
        Assert.All(unmapped, w => Assert.Null(EventTypeVocabulary.BuiltIn.Resolve(Health, w)));
    }

    [Fact]
    public void BuiltIn_EveryTypeInTheFixture_IsALanternType()
    {
        Assert.All(Fixture().Where(f => f.Expected is not null), f => Assert.NotNull(EventTypes.Find(f.Expected)));
    }

    [Theory]
    [InlineData("S.47 Strategy Discussion", "s 47 strategy discussion")]
    [InlineData("I.C.P.C.", "icpc")]
    [InlineData("H/V", "hv")]
    [InlineData("s47 strategy-discussion", "s 47 strategy discussion")]
    [InlineData("CP Conf (Initial)", "cp conf initial")]
    [InlineData("A&E", "a and e")]
    [InlineData("  Professionals'   Meeting ", "professionals meeting")]
    [InlineData("Réunion", "reunion")]
    [InlineData("", "")]
    public void Key_PunctuationCaseAndSpacing_AreIgnored(string words, string key) =>
        Assert.Equal(key, EventTypeVocabulary.Key(words));

    [Fact]
    public void Resolve_AgencyMapping_OutranksPartnershipAndBuiltIn_ForThatAgencyOnly()
    {
        var vocabulary = new EventTypeVocabulary(
        [
            Mapping(Health, "Incident", EventTypes.HospitalAttendance),
            Mapping(null, "Visit", EventTypes.HomeVisit),
            Mapping(Police, "Visit", EventTypes.PoliceCallOut),
        ]);

        Assert.Equal(EventTypes.HospitalAttendance, vocabulary.Resolve(Health, "incident"));
        Assert.Equal(EventTypes.PoliceCallOut, vocabulary.Resolve(Police, "INCIDENT"));
        Assert.Equal(EventTypes.HomeVisit, vocabulary.Resolve(Health, "visit"));
        Assert.Equal(EventTypes.PoliceCallOut, vocabulary.Resolve(Police, "Visit."));
    }

    [Fact]
    public void Resolve_ListedName_CannotBeMappedAway()
    {
        var vocabulary = new EventTypeVocabulary([Mapping(Health, "Home visit", EventTypes.Appointment)]);

        Assert.Equal(EventTypes.HomeVisit, vocabulary.Resolve(Health, "home VISIT"));
    }

    [Fact]
    public void Resolve_MappingToATypeLanternDoesNotHave_IsIgnored()
    {
        var vocabulary = new EventTypeVocabulary([Mapping(Health, "Supervision", "Staff supervision")]);

        Assert.Null(vocabulary.Resolve(Health, "Supervision"));
    }

    [Fact]
    public void Synonyms_EachWordMeansOneTypeOnly()
    {
        var keys = EventTypeSynonyms.ByType.SelectMany(p => p.Value.Select(w => (Key: EventTypeVocabulary.Key(w), Type: p.Key))).ToList();

        var clashes = keys.GroupBy(k => k.Key).Where(g => g.Select(k => k.Type).Distinct().Count() > 1).Select(g => g.Key).ToList();

        Assert.Empty(clashes);
    }

    private static EventTypeMapping Mapping(Guid? agencyId, string words, string type) =>
        new() { Id = Guid.NewGuid(), AgencyId = agencyId, Words = words, WordsKey = Folding.Fold(words), TypeName = type };
}
