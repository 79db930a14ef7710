using NsfcSeminar.Data.Model;
using NsfcSeminar.Data.Revisions;
using NsfcSeminar.Data.Snapshots;
using NsfcSeminar.Web.Features.History;

namespace NsfcSeminar.Web.Tests.Features.History;

public sealed class RevisionDiffViewTests : PortalComponentTest
{
    private static readonly RecordRef Meeting = new(1, "second-strategy-seminar-2024");

    [Fact]
    public void Markdown_changes_show_the_words_removed_and_added_with_labels_a_screen_reader_announces()
    {
        var changes = RevisionComparison.Compare(
            Speech("The foundation supports basic research.", "支持基础研究。"),
            Speech("The foundation strongly supports original research.", "支持原始创新研究。"));

        var view = Render<RevisionDiffView>(p => p.Add(c => c.Changes, changes));

        var english = view.Find(".word-diff[lang=en]");
        Assert.Equal(["basic"], english.QuerySelectorAll("del").Select(Visible));
        Assert.Equal(["strongly ", "original"], english.QuerySelectorAll("ins").Select(Visible));
        Assert.All(english.QuerySelectorAll("del"), del => Assert.StartsWith("[removed:]", del.QuerySelector(".visually-hidden")!.TextContent, StringComparison.Ordinal));
        Assert.All(english.QuerySelectorAll("ins"), ins => Assert.StartsWith("[added:]", ins.QuerySelector(".visually-hidden")!.TextContent, StringComparison.Ordinal));

        // Chinese has no spaces: each character is a word.
        var chinese = view.Find(".word-diff[lang=zh-Hans]");
        Assert.Equal("基础", string.Concat(chinese.QuerySelectorAll("del").Select(Visible)));
        Assert.Equal("原始创新", string.Concat(chinese.QuerySelectorAll("ins").Select(Visible)));
        Assert.Contains(view.FindAll("dt"), dt => dt.TextContent == "Texts › English › Text");
    }

    [Fact]
    public void Short_fields_show_the_old_and_the_new_value_and_references_read_as_slugs()
    {
        var older = RecordSnapshots.Serialize(new ThemeSnapshot("talent", new TextPair("人才", "Talent"), new TextPair(null, null), null, 1));
        var newer = RecordSnapshots.Serialize(new ThemeSnapshot("talent-support", new TextPair("人才", "Talent support"), new TextPair(null, null), new RecordRef(4, "science-fund-reform"), 1));

        var view = Render<RevisionDiffView>(p => p.Add(c => c.Changes, RevisionComparison.Compare(older, newer)));

        var terms = view.FindAll("dt").Select(dt => dt.TextContent).ToList();
        Assert.Equal(["Address (slug)", "Name › English", "Parent"], terms);
        var parent = view.FindAll("dd")[2];
        Assert.Empty(parent.QuerySelectorAll("del"));
        Assert.Equal("science-fund-reform", Visible(parent.QuerySelector("ins")!));
    }

    [Fact]
    public void Identical_revisions_say_so()
    {
        var same = Speech("Unchanged.", "不变。");

        var view = Render<RevisionDiffView>(p => p.Add(c => c.Changes, RevisionComparison.Compare(same, same)));

        Assert.Contains("The two revisions hold the same content.", view.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void A_removed_speech_is_named_by_its_anchor()
    {
        var meeting = new MeetingSnapshot("m", MeetingKind.Seminar, null, null, new TextPair(null, null), new DateOnly(2024, 1, 1), null,
            new TextPair(null, null), MeetingFormat.InPerson, null, PublicationStatus.Draft, Visibility.Public, false, null, [], [],
            [SpeechSnapshotOf("Body", "正文")], [], []);

        var changes = RevisionComparison.Compare(RecordSnapshots.Serialize(meeting), RecordSnapshots.Serialize(meeting with { Speeches = [] }));

        var change = Assert.Single(changes);
        Assert.Equal(["Speeches"], change.Path);
        Assert.Equal(("keynote", null), (change.Old, change.New));
    }

    [Fact]
    public void A_word_changed_in_a_long_text_is_shown_with_its_context_and_the_unchanged_rest_left_out()
    {
        var opening = string.Join(" ", Enumerable.Repeat("The foundation has long supported basic research across every discipline.", 20));
        var closing = string.Join(" ", Enumerable.Repeat("Reviews will follow the same rules for every applicant in every year.", 20));

        var view = Render<RevisionDiffView>(p => p.Add(c => c.Changes, RevisionComparison.Compare(
            Speech($"{opening} Funding grew slowly. {closing}", "不变。"),
            Speech($"{opening} Funding grew quickly. {closing}", "不变。"))));

        var english = view.Find(".word-diff[lang=en]");
        Assert.Equal(["slowly"], english.QuerySelectorAll("del").Select(Visible));
        Assert.Equal(["quickly"], english.QuerySelectorAll("ins").Select(Visible));
        Assert.Equal(2, english.QuerySelectorAll(".omitted").Length);
        Assert.All(english.QuerySelectorAll(".omitted"), o => Assert.Contains("[unchanged text left out]", o.TextContent, StringComparison.Ordinal));
        Assert.Contains("Funding grew", english.TextContent, StringComparison.Ordinal);
        Assert.True(english.TextContent.Length < (opening.Length + closing.Length) / 2, "most of the unchanged text is left out");
    }

    [Theory]
    [InlineData("en-GB", "16 November 2024", "4 December 2026", "Plenary session")]
    [InlineData("zh-Hans", "2024年11月16日", "2026年12月4日", "全体会议")]
    public void Dates_and_kinds_read_as_the_site_writes_them_in_the_readers_language(string culture, string oldDate, string newDate, string kind)
    {
        UseCulture(culture);
        var meeting = new MeetingSnapshot("m", MeetingKind.Seminar, null, null, new TextPair(null, null), new DateOnly(2024, 11, 16), null,
            new TextPair(null, null), null, null, PublicationStatus.Draft, Visibility.Public, false, null, [], [], [], [], []);

        var changes = RevisionComparison.Compare(RecordSnapshots.Serialize(meeting),
            RecordSnapshots.Serialize(meeting with { StartDate = new DateOnly(2026, 12, 4), Kind = MeetingKind.PlenarySession }));
        var view = Render<RevisionDiffView>(p => p.Add(c => c.Changes, changes).Add(c => c.Owner, RecordType.Meeting));

        var shown = view.FindAll("dd").Select(dd => (Visible(dd.QuerySelector("del")!), Visible(dd.QuerySelector("ins")!))).ToList();
        Assert.Contains((oldDate, newDate), shown);
        Assert.Contains(shown, s => s.Item2 == kind);
    }

    private static string Speech(string english, string chinese) => RecordSnapshots.Serialize(SpeechSnapshotOf(english, chinese));

    private static SpeechSnapshot SpeechSnapshotOf(string english, string chinese) => new(
        7, Meeting, "keynote", 1, SpeechKind.Keynote, new RecordRef(3, "dou-xiankang"), null,
        [
            new SpeechTextSnapshot(Language.En, "Keynote", null, english, TextProvenance.Original, null),
            new SpeechTextSnapshot(Language.Zh, "主旨讲话", null, chinese, TextProvenance.Translation, null),
        ],
        []);

    /// <summary>The text a sighted reader sees: without the hidden words for screen readers.</summary>
    private static string Visible(AngleSharp.Dom.IElement element) =>
        string.Concat(element.ChildNodes.Where(n => n is not AngleSharp.Dom.IElement { ClassName: "visually-hidden" }).Select(n => n.TextContent));
}
