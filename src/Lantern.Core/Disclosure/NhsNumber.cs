namespace Lantern.Core.Disclosure;

/// <summary>NHS numbers: ten digits, the last a check digit.</summary>
public static class NhsNumber
{
    /// <summary>Whether ten digits (spaces or hyphens between the groups allowed) make a valid NHS number: the
    /// Modulus 11 check, weights 10 down to 2 on the first nine digits, 11 less the remainder (11 is 0, 10 is never valid).</summary>
    public static bool IsValid(ReadOnlySpan<char> written)
    {
        Span<int> digits = stackalloc int[10];
        var count = 0;
        foreach (var c in written)
        {
            if (char.IsAsciiDigit(c))
            {
                if (count == 10)
                {
                    return false;
                }

                digits[count++] = c - '0';
            }
        }

        if (count != 10)
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            sum += digits[i] * (10 - i);
        }

        var check = 11 - (sum % 11);
        return check != 10 && (check == 11 ? 0 : check) == digits[9];
    }
}
