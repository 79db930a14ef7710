using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Web.Features.Comparison;

/// <summary>A person or organisation with a page (<see cref="Href"/>), or a group or described
/// speaker without one. Equal speakers are the same record.</summary>
public sealed record ComparedSpeaker(string? Href, Bilingual Name)
{
    public bool Equals(ComparedSpeaker? other) => other is not null && (Href is null
        ? other.Href is null && Name.En == other.Name.En && Name.Zh == other.Name.Zh
        : Href == other.Href);

    public override int GetHashCode() => Href?.GetHashCode(StringComparison.Ordinal) ?? HashCode.Combine(Name.En, Name.Zh);
}
