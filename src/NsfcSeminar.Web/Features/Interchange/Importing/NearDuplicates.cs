using Microsoft.EntityFrameworkCore;
using NsfcSeminar.Web.Features.Interchange.Format;
using NsfcSeminar.Web.Features.Interchange.Vocabulary;
using NsfcSeminar.Web.Presentation;

namespace NsfcSeminar.Web.Features.Interchange.Importing;

/// <summary>
/// People and organisations are matched by slug only. A new record whose English or Chinese name
/// is already another record's is most likely the same person under a second slug, but could be
/// a namesake: it is reported as a warning for an editor to decide, never merged.
/// </summary>
internal sealed class NearDuplicates<TRecord, TEntity>(VocabularyKind<TRecord, TEntity> kind, ImportSession session)
    where TRecord : class
    where TEntity : class
{
    /// <summary>The namesakes a warning names: a name shared by thousands (a bundle of "Person 1",
    /// "Person 2", … whose letters are the same) would otherwise list them all, for each.</summary>
    private const int MostNamed = 10;

    /// <summary>Warns of each new record whose name another record of the archive (new or not) has.</summary>
    public async Task ReportAsync(IReadOnlyList<NewRecordName> fresh, CancellationToken ct)
    {
        if (fresh.Count == 0)
        {
            return;
        }

        var byName = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        // A new record is stored as the bundle named it, so the keys made of its stored name are
        // its own: each name is turned into pinyin once, not twice (stack samples of a slow import
        // found most of this stage in the transliterator).
        var freshKeys = fresh.ToDictionary(r => r.Slug, _ => (IReadOnlyList<string>?)null, StringComparer.Ordinal);
        // Streamed: after a large import the stored records are many.
        await foreach (var entity in kind.Query(session.Db).AsNoTracking().AsAsyncEnumerable().WithCancellation(ct))
        {
            var record = kind.ToRecord(entity, session.Slugs);
            var slug = kind.SlugOf(record);
            var keys = Keys(kind.NameForDuplicates(record)).ToList();
            if (freshKeys.ContainsKey(slug))
            {
                freshKeys[slug] = keys;
            }

            foreach (var key in keys)
            {
                (byName.TryGetValue(key, out var slugs) ? slugs : byName[key] = []).Add(slug);
            }
        }

        foreach (var (position, slug, name) in fresh)
        {
            var others = (freshKeys[slug] ?? Keys(name))
                .SelectMany(key => byName.GetValueOrDefault(key) ?? [])
                .Where(other => other != slug)
                .Distinct(StringComparer.Ordinal)
                .Take(MostNamed + 1)
                .Order(StringComparer.Ordinal)
                .ToList();
            if (others.Count > 0)
            {
                session.Report.Warn(
                    $"{kind.Section.Name()}[{position}] (slug '{slug}'): has the same name as {string.Join(", ", others.Take(MostNamed).Select(o => $"'{o}'"))}{(others.Count > MostNamed ? " and more" : "")}; " +
                    "kept apart, not merged: if they are the same, use one slug");
            }
        }
    }

    /// <summary>The Chinese name as written, and a Latin key shared by the English name and the
    /// pinyin of the Chinese one (<see cref="NameKeys"/>).</summary>
    private static IEnumerable<string> Keys(BilingualText? name) => name is null ? [] : NameKeys.Of(name.ToBilingual());
}

/// <summary>A record the import created, where it stood in its section, and its name.</summary>
internal readonly record struct NewRecordName(int Position, string Slug, BilingualText Name);
