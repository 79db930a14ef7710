using NsfcSeminar.Data.Model;
using NsfcSeminar.Web.Features.Search;

namespace NsfcSeminar.Web.Tests.Features.Search;

/// <summary>What an English reader's snippet marks for a phrase search: the words where they stand
/// together, as the reader typed them or stemmed alike, and nothing where they stand apart.</summary>
public sealed class PhraseSnippetTests
{
    private const string Filler = "The meeting asked for clearer rules on evaluation. ";

    private static Snippet Cut(string query, string english, string? chinese = null) => SnippetCutting.Cut(query, Language.En, english, chinese);

    private static string Marked(Snippet snippet) => SnippetCutting.Marked(snippet);

    [Fact]
    public void A_phrase_deep_in_a_long_text_is_marked_where_its_words_stand_together()
    {
        var text = string.Concat(Enumerable.Repeat(Filler, 60)) + "Peer reviews of proposals were discussed. " + string.Concat(Enumerable.Repeat(Filler, 60));

        var snippet = Cut("q=%22peer%20review%22", text);

        Assert.Equal(["Peer", "reviews"], snippet.Parts.Where(p => p.IsMatch).Select(p => p.Text));
        Assert.StartsWith("… ", snippet.Parts[0].Text, StringComparison.Ordinal);
        Assert.Contains("[Peer] [reviews] of proposals", Marked(snippet), StringComparison.Ordinal);
        Assert.All(Words(string.Concat(snippet.Parts.Select(p => p.Text))), word => Assert.Contains(word, Words(text)));
    }

    [Fact]
    public void A_snippet_cut_from_the_middle_of_a_text_begins_and_ends_with_whole_words()
    {
        var text = string.Concat(Enumerable.Repeat("Interdisciplinary frontier collaboration matters. ", 40)) + "Peer review. " +
            string.Concat(Enumerable.Repeat("Internationalisation strengthens collaboration. ", 40));

        var snippet = Cut("q=%22peer%20review%22", text);

        Assert.All(Words(string.Concat(snippet.Parts.Select(p => p.Text))), word => Assert.Contains(word, Words(text)));
    }

    private static HashSet<string> Words(string text) =>
        [.. text.Split([' ', '…'], StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim('.', ',')).Where(w => w.Length > 0)];

    [Fact]
    public void Words_of_a_phrase_that_stand_apart_mark_nothing()
    {
        var text = "Review the rules, said a peer of the panel. " + Filler;

        var snippet = Cut("q=%22peer%20review%22", text);

        Assert.DoesNotContain(snippet.Parts, p => p.IsMatch);
        Assert.Equal(text.TrimEnd(), string.Concat(snippet.Parts.Select(p => p.Text)).TrimEnd());
    }

    [Fact]
    public void Each_place_a_phrase_stands_in_the_fragments_shown_is_marked_and_a_stop_word_between_counts()
    {
        var snippet = Cut("q=%22integrity%20of%20research%22", "On the integrity of research, and the integrity of research data. " + Filler);

        Assert.Contains("[integrity] of [research], and the [integrity] of [research] data", Marked(snippet), StringComparison.Ordinal);
    }

    [Fact]
    public void An_English_phrase_found_only_in_the_other_language_text_is_marked_there()
    {
        var snippet = Cut("q=%22peer%20review%22", Filler, "会议讨论了 peer review 的规则。");

        Assert.Equal(["peer", "review"], snippet.Parts.Where(p => p.IsMatch).Select(p => p.Text));
    }
}
