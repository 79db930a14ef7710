using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Web.Features.Search.Copy;

/// <summary>
/// Where a text's CJK ideographs stand, as runs found in one pass: both Chinese fields (pieces of
/// two and of four) are cut from the same runs instead of each scanning the whole text again, and
/// a field that would get no piece at all is left out of the document.
/// </summary>
internal sealed class IdeographRuns
{
    private int[] _starts = new int[16];
    private int[] _ends = new int[16];

    public string Text { get; private set; } = "";

    public int Count { get; private set; }

    /// <summary>The length of the longest run: pieces of four come only from runs of four or more.</summary>
    public int Longest { get; private set; }

    public int Start(int run) => _starts[run];

    public int End(int run) => _ends[run];

    /// <summary>Whether any piece of this length comes out of the text; a run shorter than two
    /// still gives its one character to the field of two.</summary>
    public bool HasPieces(int length) => Count > 0 && Longest >= (length == 2 ? 1 : length);

    public IdeographRuns Find(string text)
    {
        (Text, Count, Longest) = (text, 0, 0);
        var i = 0;
        while (i < text.Length)
        {
            if (!Languages.IsHan(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && Languages.IsHan(text[i]))
            {
                i++;
            }

            Add(start, i);
        }

        return this;
    }

    private void Add(int start, int end)
    {
        if (Count == _starts.Length)
        {
            Array.Resize(ref _starts, Count * 2);
            Array.Resize(ref _ends, Count * 2);
        }

        (_starts[Count], _ends[Count]) = (start, end);
        Count++;
        Longest = Math.Max(Longest, end - start);
    }
}
