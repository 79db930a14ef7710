namespace NsfcSeminar.Web.Features.Wording;

/// <summary>How often, and in how many speeches, a term must be used on the side where it is the
/// more frequent to count as moving; and how many moving terms are listed.</summary>
internal sealed record ShiftRule(int MinimumUses, int MinimumSpeeches, int Shown = 8)
{
    /// <summary>Periods of a theme hold many speeches: a term must recur across them.</summary>
    public static readonly ShiftRule Periods = new(MinimumUses: 3, MinimumSpeeches: 2);

    /// <summary>A seminar holds a few speeches on a theme, often one: a term used twice is its own.</summary>
    public static readonly ShiftRule Seminars = new(MinimumUses: 2, MinimumSpeeches: 1);
}
