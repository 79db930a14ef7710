using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Web.Features.Citations;

/// <summary>What a reference manager is told about one speech or seminar, in one language. Only
/// facts the record holds: no author is named where the record names none.</summary>
/// <param name="Key">A stable, ASCII citation key made from the record's slug (and anchor).</param>
/// <param name="Authors">The speaker (or the body that spoke), or the seminar's organiser.</param>
/// <param name="EventTitle">For a speech, the seminar it was given at.</param>
public sealed record CitableWork(
    string Key,
    CitableKind Kind,
    string Title,
    Language Language,
    IReadOnlyList<string> Authors,
    string? EventTitle,
    string? Place,
    DateOnly Date,
    Uri Url,
    bool IsSample)
{
    /// <summary>The name of the archive that holds the record, as reference managers file it.</summary>
    public const string Archive = "NsfcSeminar";

    public string? Note => IsSample
        ? Language == Language.Zh ? "示例记录，并非真实会议的记录。" : "Sample record, not a record of a real meeting."
        : null;
}

public enum CitableKind
{
    Speech,
    Seminar,
}
