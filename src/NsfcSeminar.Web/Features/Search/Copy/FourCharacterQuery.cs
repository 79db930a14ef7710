using Lucene.Net.Index;
using Lucene.Net.Search;

namespace NsfcSeminar.Web.Features.Search.Copy;

/// <summary>
/// Four ideographs in the body: one term of <see cref="CopyFields.TextChineseFours"/> when the copy
/// being searched holds that piece (it was common, <see cref="CommonFours"/>, so every document with
/// it has it there), else the phrase of its three bigrams. Decided against the very reader the
/// search runs on, when Lucene rewrites the query, so a copy built with other common pieces is
/// never asked by the wrong rule. Either way the same documents match.
/// </summary>
internal sealed class FourCharacterQuery : Query
{
    private readonly string _run;

    public FourCharacterQuery(string run)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (run.Length != 4)
        {
            throw new ArgumentException("A run of four ideographs is expected.", nameof(run));
        }

        _run = run;
    }

    public override Query Rewrite(IndexReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var piece = new Term(CopyFields.TextChineseFours, _run);
        Query rewritten = reader.DocFreq(piece) > 0 ? new TermQuery(piece) : CopyQuery.Bigrams(_run, CopyFields.TextChinese);
        rewritten.Boost = Boost;
        return rewritten;
    }

    /// <summary>Both ways of asking, as the rewrite chooses between them.</summary>
    public override string ToString(string field) =>
        $"({CopyFields.TextChineseFours}:{_run} | {CopyQuery.Bigrams(_run, CopyFields.TextChinese).ToString(field)})";

    public override bool Equals(object? obj) => obj is FourCharacterQuery other && other._run == _run && other.Boost == Boost;

    public override int GetHashCode() => HashCode.Combine(_run, Boost);
}
