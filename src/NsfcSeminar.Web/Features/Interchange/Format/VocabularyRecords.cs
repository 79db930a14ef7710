using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Web.Features.Interchange.Format;

// The records of a bundle's vocabulary sections. Property order is the order in the file; a
// record names others only by slug, never by database id.

/// <summary>A short text in two languages (<c>{"zh": …, "en": …}</c>); either may be absent.</summary>
public sealed record BilingualText(string? Zh = null, string? En = null)
{
    public static BilingualText? From(Bilingual text) =>
        text.Zh is null && text.En is null ? null : new BilingualText(text.Zh, text.En);

    public Bilingual ToBilingual() => Bilingual.Of(En, Zh);
}

public sealed record ThemeRecord
{
    public required string Slug { get; init; }

    public string? Parent { get; init; }

    public int SortOrder { get; init; }

    public required BilingualText Name { get; init; }

    public BilingualText? Description { get; init; }
}

public sealed record OrganisationRecord
{
    public required string Slug { get; init; }

    public string? Parent { get; init; }

    /// <summary>Absent or null when the sources do not say.</summary>
    public OrganisationKind? Kind { get; init; }

    public required BilingualText Name { get; init; }

    public BilingualText? ShortName { get; init; }
}

public sealed record PersonRecord
{
    public required string Slug { get; init; }

    public required BilingualText Name { get; init; }

    public BilingualText? Honorific { get; init; }
}

/// <summary>An attendee group, or a meeting series: a slug and a name.</summary>
public sealed record NamedRecord
{
    public required string Slug { get; init; }

    public required BilingualText Name { get; init; }
}

/// <summary>An attendee group (format 2 adds the organisations its members come from).</summary>
public sealed record GroupRecord
{
    public required string Slug { get; init; }

    public required BilingualText Name { get; init; }

    /// <summary>Organisation slugs, a set (written sorted).</summary>
    public IReadOnlyList<string> Organisations { get; init => field = value ?? []; } = [];
}

public sealed record DocumentRecord
{
    public required string Slug { get; init; }

    public required DocumentKind Kind { get; init; }

    public required BilingualText Title { get; init; }

    public DateOnly? IssuedOn { get; init; }
}
