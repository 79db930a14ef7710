using Lucene.Net.Analysis;

namespace NsfcSeminar.Web.Features.Search.Copy;

/// <summary>
/// Chinese text as its overlapping pieces of one length (<see cref="ChinesePieceStream"/>), for
/// queries, snippets and whatever the build does not cut itself. Everything that is not a CJK
/// ideograph separates runs.
/// </summary>
internal sealed class ChineseGramTokenizer : Tokenizer
{
    private readonly IdeographRuns _runs = new();
    private readonly ChinesePieceStream _pieces;

    public ChineseGramTokenizer(TextReader input, int length)
        : base(input) =>
        _pieces = new ChinesePieceStream(this, _runs, length, CommonFours.Every);

    public override void Reset()
    {
        base.Reset();
        _runs.Find(m_input.ReadToEnd());
        _pieces.Reset();
    }

    public override bool IncrementToken() => _pieces.IncrementToken();

    public override void End()
    {
        _pieces.End();
    }
}
