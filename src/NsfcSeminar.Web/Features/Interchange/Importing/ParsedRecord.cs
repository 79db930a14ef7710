namespace NsfcSeminar.Web.Features.Interchange.Importing;

/// <summary>A record as read from the file. <see cref="Whole"/> when it read without a problem;
/// else <see cref="Checkable"/>, if its bad values could be set aside, holds the rest for the
/// rules to check, and <see cref="Reported"/> names the fields already reported.</summary>
internal sealed record ParsedRecord<T>(T? Whole, T? Checkable, IReadOnlyCollection<string> Reported)
    where T : class
{
    public static ParsedRecord<T> Unreadable { get; } = new(null, null, []);
}
