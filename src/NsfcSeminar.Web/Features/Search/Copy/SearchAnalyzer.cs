using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace NsfcSeminar.Web.Features.Search.Copy;

/// <summary>
/// How the copy cuts text, the same for documents and queries. The Chinese fields hold the
/// ideographs as overlapping pieces of two, or of four, characters (<see cref="ChineseGramTokenizer"/>); the others
/// hold every other word, lower-cased and stemmed (funding, funded → fund), with the common stop
/// words dropped and the ideographs left to the Chinese fields.
/// </summary>
internal sealed class SearchAnalyzer() : Analyzer(PER_FIELD_REUSE_STRATEGY)
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private static readonly string[] Ideographs = [StandardTokenizer.TOKEN_TYPES[StandardTokenizer.IDEOGRAPHIC]];

    /// <summary>The word fields never see the ideographs (<see cref="WithoutIdeographs"/>); the
    /// type filter below keeps dropping those outside the Chinese fields' ranges.</summary>
    protected override TextReader InitReader(string fieldName, TextReader reader) =>
        CopyFields.ChinesePieceLength(fieldName) is null ? new WithoutIdeographs(reader) : reader;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        if (CopyFields.ChinesePieceLength(fieldName) is { } length)
        {
            return new TokenStreamComponents(new ChineseGramTokenizer(reader, length));
        }

        var source = new StandardTokenizer(Version, reader);
        TokenStream stream = new TypeTokenFilter(Version, source, Ideographs);
        stream = new LowerCaseFilter(Version, stream);
        stream = new EnglishPossessiveFilter(Version, stream);
        stream = new StopFilter(Version, stream, EnglishAnalyzer.DefaultStopSet);
        stream = new PorterStemFilter(stream);
        return new TokenStreamComponents(source, stream);
    }
}
