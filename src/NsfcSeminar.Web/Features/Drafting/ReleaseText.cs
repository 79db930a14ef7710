using System.Text.RegularExpressions;

namespace NsfcSeminar.Web.Features.Drafting;

/// <summary>A pasted release cut into its title, paragraphs and sentences.</summary>
internal sealed partial class ReleaseText
{
    public ReleaseText(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n')
            .Select(l => Spaces().Replace(l, " ").Trim())
            .Where(l => l.Length > 0)
            .ToList();
        IsChinese = ReleaseLanguage.IsChinese(text);

        // A headline is a short first line that is not a sentence.
        if (lines.Count > 1 && lines[0].Length <= 200 && !lines[0].EndsWith('.') && !lines[0].EndsWith('。'))
        {
            Title = lines[0];
            lines.RemoveAt(0);
        }

        Paragraphs = lines;
        Sentences = [.. lines.SelectMany(Split)];
    }

    public bool IsChinese { get; }

    public string? Title { get; }

    public IReadOnlyList<string> Paragraphs { get; }

    public IReadOnlyList<string> Sentences { get; }

    /// <summary>The title and the opening sentence: where a release names the meeting itself
    /// (later sentences name other conferences it cites).</summary>
    public string Opening => Sentences.Count == 0 ? Title ?? "" : $"{Title} {Sentences[0]}";

    public IEnumerable<string> SentencesOf(string paragraph) => Split(paragraph);

    private IEnumerable<string> Split(string paragraph) =>
        (IsChinese ? ChineseSentenceEnd() : EnglishSentenceEnd()).Split(paragraph).Select(s => s.Trim()).Where(s => s.Length > 0);

    [GeneratedRegex(@"(?<=[.!?;])\s+(?=[A-Z""“])")]
    private static partial Regex EnglishSentenceEnd();

    [GeneratedRegex(@"(?<=[。！？；])")]
    private static partial Regex ChineseSentenceEnd();

    [GeneratedRegex(@"[\s\u00a0\u3000]+")]
    private static partial Regex Spaces();
}
