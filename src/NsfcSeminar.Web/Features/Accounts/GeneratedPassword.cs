using System.Security.Cryptography;

namespace NsfcSeminar.Web.Features.Accounts;

/// <summary>Passwords the portal makes up for new accounts: shown once, never stored in clear.</summary>
public static class GeneratedPassword
{
    // No look-alikes (0/O, 1/l/I), so a password read off a screen can be typed.
    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789-_.!";

    /// <summary>20 characters from 61: about 118 bits, beyond any guessing.</summary>
    public static string Create() => RandomNumberGenerator.GetString(Alphabet, 20);
}
