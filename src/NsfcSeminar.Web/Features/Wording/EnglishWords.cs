using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;

namespace NsfcSeminar.Web.Features.Wording;

/// <summary>The English half of <see cref="TermCutter"/>: standard words, ideographs dropped,
/// lower-cased, possessives dropped, each word followed by its Porter stem.</summary>
internal sealed class EnglishWords() : Analyzer(PER_FIELD_REUSE_STRATEGY)
{
    private static readonly string[] Ideographs = [StandardTokenizer.TOKEN_TYPES[StandardTokenizer.IDEOGRAPHIC]];

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(TermCutter.Version, reader);
        TokenStream stream = new TypeTokenFilter(TermCutter.Version, source, Ideographs);
        stream = new LowerCaseFilter(TermCutter.Version, stream);
        stream = new EnglishPossessiveFilter(TermCutter.Version, stream);
        stream = new KeywordRepeatFilter(stream);
        stream = new PorterStemFilter(stream);
        stream = new RemoveDuplicatesTokenFilter(stream);
        return new TokenStreamComponents(source, stream);
    }
}
