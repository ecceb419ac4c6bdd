using Lantern.Core.Accounts;

namespace Lantern.Core.Tests.Accounts;

public sealed class CommonPasswordsTests
{
    [Theory]
    [InlineData("qwertyuiop123")]
    [InlineData("1qaz2wsx3edc")]
    [InlineData("PASSWORD1234")]
    [InlineData("football2026!")]
    [InlineData("!!sunshine!!!")]
    [InlineData("aaaaaaaaaaaaaa")]
    [InlineData("lantern12345")]
    public void IsCommon_PasswordsAttackersTryFirst_AreRefused(string password) => Assert.True(CommonPasswords.IsCommon(password));

    [Theory]
    [InlineData("copper kettle orchard rain")]
    [InlineData("violet-tram-harbour-42")]
    [InlineData("Tq8#mZ2vL!pR")]
    public void IsCommon_UnusualPasswords_AreAllowed(string password) => Assert.False(CommonPasswords.IsCommon(password));

    [Fact]
    public void Count_BundledList_IsLoaded() => Assert.True(CommonPasswords.Count > 40_000);
}

public sealed class OneTimeLinkTests
{
    private static readonly DateTime Now = new(2026, 11, 22, 10, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Issue_Setup_ExpiresAfter24HoursAndStoresOnlyAHash()
    {
        var (link, token) = OneTimeLink.Issue(OneTimeLinkPurpose.FirstAdministrator, null, Now);

        Assert.True(OneTimeLink.LooksLikeToken(token));
        Assert.Equal(OneTimeLink.HashToken(token), link.TokenHash);
        Assert.DoesNotContain(token, link.TokenHash, StringComparison.Ordinal);
        Assert.True(link.IsUsable(Now.AddHours(23).AddMinutes(59)));
        Assert.False(link.IsUsable(Now.AddHours(24)));
    }

    [Fact]
    public void Issue_Invitation_ExpiresAfter7Days()
    {
        var (link, _) = OneTimeLink.Issue(OneTimeLinkPurpose.Invitation, Guid.NewGuid(), Now);

        Assert.True(link.IsUsable(Now.AddDays(6)));
        Assert.False(link.IsUsable(Now.AddDays(7)));
    }

    [Fact]
    public void Issue_PasswordReset_ExpiresAfter7DaysLikeAnInvitation()
    {
        var (link, _) = OneTimeLink.Issue(OneTimeLinkPurpose.PasswordReset, Guid.NewGuid(), Now);

        Assert.True(link.IsUsable(Now.AddDays(7).AddMinutes(-1)));
        Assert.False(link.IsUsable(Now.AddDays(7)));
    }

    [Fact]
    public void MarkUsed_Twice_SecondUseIsRefused()
    {
        var (link, _) = OneTimeLink.Issue(OneTimeLinkPurpose.Invitation, Guid.NewGuid(), Now);

        link.MarkUsed(Now);

        Assert.False(link.IsUsable(Now));
        Assert.Throws<InvalidOperationException>(() => link.MarkUsed(Now));
    }

    [Fact]
    public void Revoke_UnusedLink_CannotBeUsed()
    {
        var (link, _) = OneTimeLink.Issue(OneTimeLinkPurpose.Invitation, Guid.NewGuid(), Now);

        link.Revoke(Now);

        Assert.False(link.IsUsable(Now));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("short")]
    [InlineData("../../../../etc/passwd/aaaaaaaaaaaaaaaaaaaaaaaa")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA%")]
    public void LooksLikeToken_Malformed_IsRejected(string? token) => Assert.False(OneTimeLink.LooksLikeToken(token));

    [Fact]
    public void Issue_TwoLinks_HaveDifferentTokens()
    {
        var (_, first) = OneTimeLink.Issue(OneTimeLinkPurpose.Invitation, null, Now);
        var (_, second) = OneTimeLink.Issue(OneTimeLinkPurpose.Invitation, null, Now);

        Assert.NotEqual(first, second);
    }
}

public sealed class SignInSessionTests
{
    private static readonly DateTime SignedIn = new(2026, 12, 6, 9, 0, 0, DateTimeKind.Utc);
    private static readonly TimeSpan TwelveHours = TimeSpan.FromHours(12);

    [Theory]
    [InlineData(0, true)]
    [InlineData(60 * 11 + 59, true)]
    [InlineData(60 * 12, false)]
    [InlineData(60 * 30, false)]
    public void IsLive_MinutesAfterSignIn_EndsAtTheAbsoluteLifetime(int minutes, bool live)
    {
        var session = SignInSession.Start(Guid.NewGuid(), SignedIn);

        Assert.Equal(live, session.IsLive(SignedIn.AddMinutes(minutes), TwelveHours));
    }

    [Fact]
    public void End_LiveSession_IsNoLongerLiveAndKeepsTheFirstEnd()
    {
        var session = SignInSession.Start(Guid.NewGuid(), SignedIn);

        session.End(SignedIn.AddMinutes(5));
        session.End(SignedIn.AddMinutes(9));

        Assert.False(session.IsLive(SignedIn.AddMinutes(6), TwelveHours));
        Assert.Equal(SignedIn.AddMinutes(5), session.EndedAt);
    }
}
