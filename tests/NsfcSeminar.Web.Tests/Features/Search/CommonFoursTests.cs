using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using NsfcSeminar.Data.Model;
using NsfcSeminar.Web.Features.Search.Copy;

namespace NsfcSeminar.Web.Tests.Features.Search;

/// <summary>Only the common pieces of four are terms of their own; a four-character search finds
/// the same documents whether the copy holds its piece or asks the phrase of its bigrams.</summary>
public sealed class CommonFoursTests
{
    private static CopyDocument Record(long id, string body) =>
        new(id, (int)id, new DateOnly(2024, 5, 6), null, "speech", null, null, ["zh"], [], PublicationStatus.Published, Visibility.Public, "", "", body);

    private static List<string> Texts(int count, params (string Text, int Times)[] with)
    {
        var texts = Enumerable.Repeat("其他内容", count).ToList();
        var next = 0;
        foreach (var (text, times) in with)
        {
            for (var i = 0; i < times; i++)
            {
                texts[next++] = text;
            }
        }

        return texts;
    }

    [Fact]
    public void A_piece_in_one_sampled_document_in_two_hundred_is_common_and_a_rarer_one_is_not()
    {
        var fours = CommonFours.Sampled(Texts(400, ("基础研究", 2), ("国际合作", 1)));

        Assert.True(fours.Contains("基础研究"));
        Assert.False(fours.Contains("国际合作"));
        Assert.True(fours.Contains("其他内容"));
        Assert.False(fours.Contains("础研究国"));
    }

    [Fact]
    public void A_sample_of_fewer_than_two_hundred_documents_keeps_every_piece_it_finds()
    {
        var fours = CommonFours.Sampled(["加强基础研究", "国际合作 x"]);

        Assert.Equal(4, fours.Count);
        Assert.True(fours.Contains("国际合作"));
        Assert.True(fours.Contains("强基础研"));
    }

    [Fact]
    public void Only_the_common_pieces_are_written_and_a_kept_copy_reads_the_same_set_back()
    {
        var fours = CommonFours.Sampled(Texts(400, ("基础研究", 2)));
        using var directory = new RAMDirectory();
        Write(directory, fours, Record(1, "加强基础研究"));

        using var reader = DirectoryReader.Open(directory);
        var written = MultiFields.GetTerms(reader, CopyFields.TextChineseFours)!.GetEnumerator();
        var terms = new List<string>();
        while (written.MoveNext())
        {
            terms.Add(written.Term.Utf8ToString());
        }

        Assert.Equal(["基础研究"], terms);
        var held = CommonFours.Held(reader);
        Assert.Equal(1, held.Count);
        Assert.True(held.Contains("基础研究"));
    }

    [Theory]
    [InlineData("基础研究", true)]
    [InlineData("国际合作", false)]
    public void A_four_character_term_finds_the_same_documents_whether_the_copy_holds_its_piece_or_not(string term, bool held)
    {
        var fours = CommonFours.Sampled(Texts(400, ("基础研究", 2)));
        using var directory = new RAMDirectory();
        Write(
            directory,
            fours,
            Record(1, "加强基础研究和国际合作"),
            Record(2, "基础 研究 国际 合作"),
            Record(3, "深化国际合作，夯实基础研究"),
            Record(4, "研究基础与合作国际"));

        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader);
        var query = new FourCharacterQuery(term);
        var found = searcher.Search(query, 10).ScoreDocs.Select(hit => searcher.Doc(hit.Doc).Get("id", System.Globalization.CultureInfo.InvariantCulture)).Order().ToList();

        Assert.Equal(["1", "3"], found);
        Assert.IsType(held ? typeof(TermQuery) : typeof(PhraseQuery), query.Rewrite(reader));
    }

    private static void Write(Lucene.Net.Store.Directory directory, CommonFours fours, params CopyDocument[] records)
    {
        using var analyzer = new SearchAnalyzer();
        using var writer = new IndexWriter(directory, new IndexWriterConfig(SearchAnalyzer.Version, analyzer));
        var lucene = new LuceneDocument(fours);
        foreach (var record in records)
        {
            var document = lucene.For(record);
            var stored = new Lucene.Net.Documents.Document { new Lucene.Net.Documents.StringField("id", record.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), Lucene.Net.Documents.Field.Store.YES) };
            foreach (var field in document.Fields)
            {
                stored.Add(field);
            }

            writer.AddDocument(stored);
        }
    }
}
