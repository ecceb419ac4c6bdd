using Lantern.Core.Information.Merging;

namespace Lantern.Core.Tests.Information.Merging;

/// <summary>Dates of birth and addresses of registered people replaced in entries, in the forms agencies write them.</summary>
public sealed class IdentifyingTextTests
{
    private static readonly PseudonymText Register = new(
    [
        new RegisteredNames(Guid.NewGuid(), "Tamsin Fictional", [], "Child A", new DateOnly(2019, 3, 12), "Flat 2, 14 Larch Close, Armley, Leeds LS12 4QT"),
        new RegisteredNames(Guid.NewGuid(), "Gemma Fictional", [], "Mother", new DateOnly(1996, 11, 4), "14 Larch Close, Armley, Leeds, LS12 4QT"),
        new RegisteredNames(Guid.NewGuid(), "Rory Pretend", [], "Mother's partner", new DateOnly(1990, 7, 30), "7 Mafeking Terrace\nBramley\nLS13 2PX"),
        new RegisteredNames(Guid.NewGuid(), "Noor Madeup", [], "Social worker 1"),
    ]);

    [Theory]
    [InlineData("Seen 12/03/2019.")]
    [InlineData("Seen 12/3/2019.")]
    [InlineData("Seen 12/03/19.")]
    [InlineData("Seen 12.3.19.")]
    [InlineData("Seen 12-03-2019.")]
    [InlineData("Seen 2019-03-12.")]
    [InlineData("Seen 12 March 2019.")]
    [InlineData("Seen 12th Mar 2019.")]
    [InlineData("Seen 12th of March 2019.")]
    [InlineData("Seen March 12th, 2019.")]
    [InlineData("Seen DOB 12/03/19.")]
    [InlineData("Seen D.O.B.: 12.3.19.")]
    [InlineData("Seen dob - 12 MAR 2019.")]
    [InlineData("Seen date of birth 12 March 2019.")]
    public void Replace_DateOfBirthInAnyForm_BecomesTheirDateOfBirthMarker(string entry)
    {
        Assert.Equal("Seen [date of birth of Child A].", Register.Replace(entry));
    }

    [Theory]
    [InlineData("Visit on 12/03/2024 and again on 13/03/19.")]
    [InlineData("Appointment 4/11/23, review 30.07.24, birthday 12/03.")]
    [InlineData("Reference 12/03/2019/44 and 2019-03-121.")]
    [InlineData("Call at 12.03 lasting 19 minutes.")]
    public void Replace_OtherDates_AreLeft(string entry)
    {
        Assert.Equal(entry, Register.Replace(entry));
    }

    [Theory]
    [InlineData("Visit to 14 Larch Close today.", "Visit to [address of Child A and Mother] today.")]
    [InlineData("Visit to 14, Larch Cl. today.", "Visit to [address of Child A and Mother] today.")]
    [InlineData("Visit to 14 LARCH CLOSE, ARMLEY, LEEDS LS12 4QT today.", "Visit to [address of Child A and Mother] today.")]
    [InlineData("Visit to Flat 2, 14 Larch Close today.", "Visit to [address of Child A and Mother] today.")]
    [InlineData("Postcode ls124qt checked.", "Postcode [address of Child A and Mother] checked.")]
    [InlineData("Moved to Larch Close in May.", "Moved to [address of Child A and Mother] in May.")]
    [InlineData("Police at 7 Mafeking Tce, Bramley.", "Police at [address of Mother's partner].")]
    public void Replace_RegisteredAddress_HoweverWritten_BecomesTheirAddressMarker(string entry, string expected)
    {
        Assert.Equal(expected, Register.Replace(entry));
    }

    [Theory]
    [InlineData("Neighbour at 22 Larch Close complained.")]
    [InlineData("Wrong house: 14 Larch Grove.")]
    [InlineData("Old postcode LS12 4QX.")]
    [InlineData("Seen at Armley library in Leeds.")]
    [InlineData("Mafeking Terrace Surgery closed early.")]
    public void Replace_OtherAddresses_AreLeft(string entry)
    {
        Assert.Equal(entry, Register.Replace(entry));
    }

    [Fact]
    public void Replace_NamesDatesAndAddressesTogether_EachReplacedOnce()
    {
        var result = Register.Replace("Rory Pretend (DOB 30/07/1990) of 7 Mafeking Terrace, LS13 2PX visited Gemma.");

        Assert.Equal("Mother's partner ([date of birth of Mother's partner]) of [address of Mother's partner] visited Mother.", result);
    }

    [Fact]
    public void Replace_PersonWithNoDateOfBirthOrAddress_OnlyTheirNameChanges()
    {
        Assert.Equal("Social worker 1 visited on 12/05/2020 at 3 Elm Street.", Register.Replace("Noor Madeup visited on 12/05/2020 at 3 Elm Street."));
    }
}
