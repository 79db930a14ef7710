using NsfcSeminar.Data.Model;
using NsfcSeminar.Web.Localization;

namespace NsfcSeminar.Web.Features.Editing.Forms;

/// <summary>A record an editor can pick from a list.</summary>
/// <param name="Honorific">A person's stored honorific (院士), shown beside the name so that it
/// is not typed again into a position.</param>
/// <param name="Detail">What tells namesakes apart: a person's last recorded position, a theme's
/// parent.</param>
public sealed record LookupItem(int Id, string Slug, Bilingual Name, Bilingual? Honorific = null, Bilingual? Detail = null)
{
    /// <summary>Both names, so an editor finds a person whichever language they think in; the
    /// workspace's language leads (窦贤康 · Dou Xiankang in the Chinese one).</summary>
    public string Label => LabelIn(ReaderLanguage.Current);

    public string LabelIn(Language first) => Name.In(first) is { Length: > 0 } leading && Name.In(first.Other()) is { Length: > 0 } other
        ? $"{leading} · {other}"
        : Name.En ?? Name.Zh ?? Slug;
}

/// <summary>A theme in the tree, with its depth for indentation.</summary>
public sealed record ThemeOption(int Id, string Slug, Bilingual Name, int Depth);

/// <summary>Everything the seminar and speech forms let an editor pick from.</summary>
public sealed record EditingLookups(
    IReadOnlyList<LookupItem> People,
    IReadOnlyList<LookupItem> Organisations,
    IReadOnlyList<LookupItem> Groups,
    IReadOnlyList<LookupItem> Series,
    IReadOnlyList<LookupItem> Documents,
    IReadOnlyList<ThemeOption> Themes)
{
    public static readonly EditingLookups Empty = new([], [], [], [], [], []);

    /// <summary>The lists with a record created inline added.</summary>
    public EditingLookups With(NewRecordKind kind, LookupItem item) => kind switch
    {
        NewRecordKind.Person => this with { People = [.. People, item] },
        NewRecordKind.Organisation => this with { Organisations = [.. Organisations, item] },
        NewRecordKind.Group => this with { Groups = [.. Groups, item] },
        _ => this with { Documents = [.. Documents, item] },
    };

    public static LookupItem? Find(IReadOnlyList<LookupItem> items, int? id) =>
        id is null ? null : items.FirstOrDefault(i => i.Id == id);
}
