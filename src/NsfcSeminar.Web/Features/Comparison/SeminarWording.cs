namespace NsfcSeminar.Web.Features.Comparison;

/// <summary>For each shared theme (by slug), how its speeches were worded in each seminar.</summary>
public sealed record SeminarWording(IReadOnlyDictionary<string, IReadOnlyList<ThemeTerms>> Themes)
{
    public static readonly SeminarWording None = new(new Dictionary<string, IReadOnlyList<ThemeTerms>>());

    /// <summary>Still being worked out when the page could wait no longer; kept for the next reader.</summary>
    public bool IsBeingWorkedOut { get; private init; }

    public static SeminarWording BeingWorkedOut() => None with { IsBeingWorkedOut = true };
}
