namespace NsfcSeminar.Web.Features.Wording;

/// <summary>How often each term is used in some texts, and in how many speeches; a term is
/// counted by its key (an English stem) and shown as the form most often written.</summary>
internal sealed class TermTally
{
    private readonly Dictionary<string, Entry> _terms = new(StringComparer.Ordinal);

    /// <summary>All uses of all terms: the denominator of each term's share.</summary>
    public long Total { get; private set; }

    public int Speeches { get; private set; }

    public IReadOnlyDictionary<string, Entry> Terms => _terms;

    public void Add(string key, string form, int count = 1)
    {
        if (!_terms.TryGetValue(key, out var entry))
        {
            _terms[key] = entry = new Entry();
        }

        entry.Count += count;
        entry.Forms[form] = entry.Forms.GetValueOrDefault(form) + count;
        Total += count;
    }

    /// <summary>Adds one speech's terms, counting the speech once for each term it uses.</summary>
    public void AddSpeech(TermTally speech)
    {
        ArgumentNullException.ThrowIfNull(speech);
        Speeches++;
        foreach (var (key, used) in speech._terms)
        {
            foreach (var (form, count) in used.Forms)
            {
                Add(key, form, count);
            }

            _terms[key].Speeches++;
        }
    }

    public sealed class Entry
    {
        public int Count { get; set; }

        public int Speeches { get; set; }

        public Dictionary<string, int> Forms { get; } = new(StringComparer.Ordinal);

        /// <summary>The form most often written; the shortest, then the first in order, on a tie.</summary>
        public string Shown => Forms.OrderByDescending(f => f.Value).ThenBy(f => f.Key.Length).ThenBy(f => f.Key, StringComparer.Ordinal).First().Key;
    }
}
