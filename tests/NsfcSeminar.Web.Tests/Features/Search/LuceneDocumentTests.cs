using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using NsfcSeminar.Data.Model;
using NsfcSeminar.Web.Features.Search.Copy;

namespace NsfcSeminar.Web.Tests.Features.Search;

/// <summary>The build's documents: one pass over the ideographs cuts both Chinese fields, exactly
/// as the analyser cuts them for queries and snippets, and each thread's document is filled again
/// for every record it writes.</summary>
public sealed class LuceneDocumentTests
{
    // 改0 革1 _2 x3 _4 人5 才6 加7 强8 基9 础10 _11 科12
    private const string Mixed = "改革 x 人才加强基础 科";

    private static CopyDocument Record(string titles, string body) =>
        new(1, 2, new DateOnly(2024, 5, 6), null, "speech", null, null, ["zh"], [], PublicationStatus.Published, Visibility.Public, titles, "", body);

    private static List<(string Term, int Position, int Start, int End)> Pieces(TokenStream stream)
    {
        var (term, increment, offset) = (stream.AddAttribute<ICharTermAttribute>(), stream.AddAttribute<IPositionIncrementAttribute>(), stream.AddAttribute<IOffsetAttribute>());
        stream.Reset();
        var pieces = new List<(string, int, int, int)>();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            pieces.Add((term.ToString(), position, offset.StartOffset, offset.EndOffset));
        }

        stream.End();
        stream.Dispose();
        return pieces;
    }

    private static List<(string Term, int Position, int Start, int End)>? Field(Lucene.Net.Documents.Document document, string name)
    {
        using var analyzer = new SearchAnalyzer();
        return document.GetField(name) is IIndexableField field ? Pieces(field.GetTokenStream(analyzer)) : null;
    }

    private static List<(string Term, int Position, int Start, int End)> Analysed(string field, string text)
    {
        using var analyzer = new SearchAnalyzer();
        return Pieces(analyzer.GetTokenStream(field, text));
    }

    [Fact]
    public void Runs_are_cut_into_pieces_of_two_and_four_a_position_apart_from_the_run_before()
    {
        Assert.Equal(
            [("改革", 0, 0, 2), ("革", 1, 1, 2), ("人才", 3, 5, 7), ("才加", 4, 6, 8), ("加强", 5, 7, 9), ("强基", 6, 8, 10), ("基础", 7, 9, 11), ("础", 8, 10, 11), ("科", 10, 12, 13)],
            Analysed(CopyFields.TextChinese, Mixed));
        Assert.Equal(
            [("人才加强", 1, 5, 9), ("才加强基", 2, 6, 10), ("加强基础", 3, 7, 11)],
            Analysed(CopyFields.TextChineseFours, Mixed));
        Assert.Equal([("人", 1, 1, 2)], Analysed(CopyFields.TextChinese, "a人"));
    }

    [Fact]
    public void The_documents_Chinese_fields_hold_the_pieces_the_analyser_cuts()
    {
        var document = new LuceneDocument().For(Record(Mixed, "正文 body"));
        var everything = Mixed + "\n\n正文 body";

        Assert.Equal(Analysed(CopyFields.TextChinese, everything), Field(document, CopyFields.TextChinese));
        Assert.Equal(Analysed(CopyFields.TextChineseFours, everything), Field(document, CopyFields.TextChineseFours));
        Assert.Equal(Analysed(CopyFields.TitleChinese, Mixed), Field(document, CopyFields.TitleChinese));
        Assert.Equal(Analysed(CopyFields.Text, everything), Field(document, CopyFields.Text));
    }

    [Fact]
    public void A_Chinese_field_without_a_piece_is_left_out_and_a_filled_document_holds_only_its_record()
    {
        var lucene = new LuceneDocument();
        Assert.NotNull(Field(lucene.For(Record("加强基础研究", "")), CopyFields.TextChineseFours));

        var shortRuns = lucene.For(Record("改革 人才", "funding"));
        Assert.Null(Field(shortRuns, CopyFields.TextChineseFours));
        Assert.Equal(["改革", "革", "人才", "才"], Field(shortRuns, CopyFields.TextChinese)!.Select(p => p.Term));

        var english = lucene.For(Record("Funding reform", "peer review"));
        Assert.Null(Field(english, CopyFields.TextChinese));
        Assert.Null(Field(english, CopyFields.TitleChinese));
        Assert.Equal(["fund", "reform", "peer", "review"], Field(english, CopyFields.Text)!.Select(p => p.Term));
        Assert.Single(english.GetFields(CopyFields.Kind));
    }

    [Fact]
    public void A_refilled_document_holds_the_filter_values_of_its_own_record_only()
    {
        var lucene = new LuceneDocument();
        lucene.For(Record("一", "") with { ThemeIds = [3, 4, 5], Languages = ["zh", "en"] });

        var next = lucene.For(Record("二", "") with { ThemeIds = [7], Languages = ["en"] });

        Assert.Equal(["7"], next.GetFields(CopyFields.Theme).Select(f => f.GetStringValue(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(["en"], next.GetFields(CopyFields.Language).Select(f => f.GetStringValue(System.Globalization.CultureInfo.InvariantCulture)));
    }
}
