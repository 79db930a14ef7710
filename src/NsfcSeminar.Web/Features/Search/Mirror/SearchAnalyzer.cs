using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace NsfcSeminar.Web.Features.Search.Mirror;

/// <summary>
/// How the mirror cuts text, the same for documents and queries: Chinese as overlapping bigrams
/// (加强基础研究 → 加强 强基 基础 础研 研究), so that a term is found inside any longer run as the
/// phrase of its bigrams, as in PostgreSQL's index; English words lower-cased and stemmed
/// (funding, funded → fund), with the common stop words dropped. Full-width forms are folded.
/// </summary>
internal sealed class SearchAnalyzer : Analyzer
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(Version, reader);
        TokenStream stream = new CJKWidthFilter(source);
        stream = new LowerCaseFilter(Version, stream);
        stream = new CJKBigramFilter(stream);
        stream = new EnglishPossessiveFilter(Version, stream);
        stream = new StopFilter(Version, stream, EnglishAnalyzer.DefaultStopSet);
        stream = new PorterStemFilter(stream);
        return new TokenStreamComponents(source, stream);
    }
}
