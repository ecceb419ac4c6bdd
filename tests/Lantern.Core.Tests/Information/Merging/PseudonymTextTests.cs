using Lantern.Core.Information.Merging;

namespace Lantern.Core.Tests.Information.Merging;

public sealed class PseudonymTextTests
{
    private static readonly Guid Mother = Guid.NewGuid();
    private static readonly Guid Child = Guid.NewGuid();
    private static readonly Guid Partner = Guid.NewGuid();
    private static readonly Guid Uncle = Guid.NewGuid();
    private static readonly Guid Worker = Guid.NewGuid();

    private static readonly PseudonymText Register = new(
    [
        new RegisteredNames(Mother, "Kerry-Ann Testwell", ["Kez", "Kerry Smith"], "Mother"),
        new RegisteredNames(Child, "ZOË Testwell-Price", ["Zoë (nursery name)"], "Child Q"),
        new RegisteredNames(Partner, "Sam Fictional", ["Sammy"], "Mother's partner"),
        new RegisteredNames(Uncle, "Mark Smith", [], "Uncle"),
        new RegisteredNames(Worker, "Jo de la Pretend", [], "Social worker 1"),
    ]);

    [Fact]
    public void Replace_MatchedNames_BecomePseudonyms_LongestFirst_WholeWordsOnly()
    {
        var result = Register.Replace("Sam Fictional took Zoe to the GP; Sam said Samuel was not there");

        Assert.Equal("Mother's partner took Child Q to the GP; Mother's partner said Samuel was not there", result);
    }

    [Fact]
    public void Replace_FirstNamesAndSurnamesAlone_EveryOccurrence()
    {
        var result = Register.Replace("Fictional arrived. Later Sam left, then SAM returned; Kez and Kerry-Ann argued, Testwell-Price slept.");

        Assert.Equal("Mother's partner arrived. Later Mother's partner left, then Mother's partner returned; Mother and Mother argued, Child Q slept.", result);
    }

    [Fact]
    public void Replace_AccentsAndCapitals_AreFolded()
    {
        Assert.Equal("Child Q, Child Q, Child Q and Child Q", Register.Replace("ZOË, Zoë, Zoe and zoe"));
        // The same name written with a separate accent mark (decomposed, as some systems export it).
        Assert.Equal("Child Q cried", Register.Replace("ZOE\u0308 cried"));
    }

    [Fact]
    public void Replace_Possessives_KeepTheirApostrophe()
    {
        Assert.Equal("Mother's partner's car; Child Q's cot; Mother's phone", Register.Replace("Sam's car; Zoë's cot; Kerry-Ann's phone"));
    }

    [Fact]
    public void Replace_HyphenatedNames_AreReplacedWholeOrNotAtAll()
    {
        // "Kerry-Ann" is one name: replaced whole, never leaving "-Ann". "Sam-Jo" is nobody's name: left whole.
        Assert.Equal("Mother phoned. Sam-Jo visited. Child Q was seen.", Register.Replace("Kerry-Ann phoned. Sam-Jo visited. Testwell-Price was seen."));
        Assert.Equal("Child Q slept", Register.Replace("Price slept"));
    }

    [Fact]
    public void Replace_ASharedSurname_BecomesTheNeutralMarker()
    {
        // Smith is the mother's other surname and the uncle's: naming either could be wrong.
        Assert.Equal("[name] came with Uncle and Mother", Register.Replace("Smith came with Mark and Kerry Smith"));
    }

    [Fact]
    public void Replace_Initials_OnlyInCapitals_AndNeverCommonAbbreviations()
    {
        Assert.Equal("Mother's partner and Mother's partner spoke to the GP, then Mother.", Register.Replace("SF and S.F. spoke to the GP, then K. T."));
        Assert.Equal("Seen by Mother.", Register.Replace("Seen by K.A.T."));
        // Mark Smith's initials are "Ms": as common an abbreviation as "GP", so never read as him.
        Assert.Equal("Seen by MS and Ms Jones", Register.Replace("Seen by MS and Ms Jones"));
        Assert.Equal("sf and the Sf form", Register.Replace("sf and the Sf form"));
    }

    [Fact]
    public void Replace_AdjacentPartsOfOneName_BecomeOnePseudonym()
    {
        Assert.Equal("Mother's partner phoned", Register.Replace("Sammy Fictional phoned"));
        // Testwell is the mother's and the child's: the shared part is never given either pseudonym.
        Assert.Equal("Mother [name] phoned", Register.Replace("Kerry Testwell phoned"));
    }

    [Fact]
    public void Replace_SmallWordsOfNames_AreNotReplacedAlone()
    {
        Assert.Equal("Social worker 1 wrote to the school; Social worker 1 de la visit", Register.Replace("Jo de la Pretend wrote to the school; Pretend de la visit"));
    }

    [Fact]
    public void Forms_OfAPerson_IncludeEveryWordPartAndInitials()
    {
        var forms = PseudonymText.FormsOf(new RegisteredNames(Mother, "Kerry-Ann Testwell", ["Kez"], "Mother"))
            .Select(f => (f.Initials ? "^" : string.Empty) + string.Join(' ', f.Words)).ToHashSet();

        Assert.Superset(new HashSet<string> { "kerry ann testwell", "kerry ann", "kerry", "ann", "testwell", "kez", "^kt", "^k t", "^kat", "^k a t" }, forms);
    }

    [Fact]
    public void Replace_NotKnownRealName_ReplacesNothingOfIt()
    {
        var register = new PseudonymText([new RegisteredNames(Mother, "Not known", ["Kez"], "Mother")]);

        Assert.Equal("It is not known whether Mother was in", register.Replace("It is not known whether Kez was in"));
    }
}
