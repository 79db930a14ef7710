namespace NsfcSeminar.Web.Features.Drafting;

/// <summary>A record the archive already holds, by its names in both languages.</summary>
public sealed record KnownName(string Slug, string? En, string? Zh, string? ShortEn = null, string? ShortZh = null)
{
    public IEnumerable<string> EnglishForms => new[] { En, ShortEn }.OfType<string>().Where(s => s.Length > 0);

    public IEnumerable<string> ChineseForms => new[] { Zh, ShortZh }.OfType<string>().Where(s => s.Length > 0);
}

/// <summary>What the proposer matches a release against: the archive's people, organisations,
/// attending groups, series and reform themes.</summary>
public sealed record DraftVocabulary(
    IReadOnlyList<KnownName> People,
    IReadOnlyList<KnownName> Organisations,
    IReadOnlyList<KnownName> Groups,
    IReadOnlyList<KnownName> Series,
    IReadOnlyList<KnownName> Themes)
{
    public static readonly DraftVocabulary Empty = new([], [], [], [], []);

    /// <summary>A person named exactly (case and spacing aside) in either language.</summary>
    public KnownName? Person(string name) =>
        People.FirstOrDefault(p => p.EnglishForms.Any(f => NameMatch.SameEnglish(f, name)) || p.ChineseForms.Any(f => f == name.Trim()));

    /// <summary>The people whose names occur in a text, longest name first.</summary>
    public IEnumerable<(KnownName Person, string Form)> PeopleIn(string text) =>
        People.SelectMany(p => p.EnglishForms.Where(f => f.Length > 3 && NameMatch.ContainsWords(text, f))
                .Concat(p.ChineseForms.Where(f => f.Length > 1 && text.Contains(f, StringComparison.Ordinal)))
                .Select(f => (p, f)))
            .OrderByDescending(m => m.f.Length);

    public KnownName? Organisation(string name) => NameMatch.Best(Organisations, name);

    public KnownName? Group(string name) => NameMatch.Best(Groups, name);
}
