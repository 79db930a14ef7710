using System.Globalization;
using System.Text;
using DiffPlex;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace NsfcSeminar.Web.Features.History;

public enum DiffKind
{
    Same,
    Added,
    Removed,

    /// <summary>Unchanged text left out between two changes, far from both.</summary>
    Omitted,
}

/// <summary>A stretch of text that both versions share, or that one of them added or removed.</summary>
public sealed record DiffRun(DiffKind Kind, string Text);

/// <summary>Words added and removed between two versions of a text, by DiffPlex. Chinese has no
/// spaces between words, so each Han character counts as a word; Latin text splits at spaces and
/// punctuation.</summary>
public static class WordDiff
{
    public static IReadOnlyList<DiffRun> Between(string? oldText, string? newText)
    {
        var model = InlineDiffBuilder.Diff(Differ.Instance, oldText ?? "", newText ?? "", ignoreWhiteSpace: false, ignoreCase: false, MixedScriptChunker.Instance);
        var runs = new List<DiffRun>();
        foreach (var piece in model.Lines)
        {
            var kind = piece.Type switch
            {
                ChangeType.Inserted => DiffKind.Added,
                ChangeType.Deleted => DiffKind.Removed,
                _ => DiffKind.Same,
            };
            if (runs.Count > 0 && runs[^1].Kind == kind)
            {
                runs[^1] = runs[^1] with { Text = runs[^1].Text + piece.Text };
            }
            else
            {
                runs.Add(new DiffRun(kind, piece.Text ?? ""));
            }
        }

        return runs;
    }

    /// <summary>The changes with the unchanged text around them cut to about
    /// <paramref name="context"/> characters on each side, so that a one-word change in a long
    /// speech is seen at once rather than searched for.</summary>
    public static IReadOnlyList<DiffRun> Passages(IReadOnlyList<DiffRun> runs, int context = 160)
    {
        var passages = new List<DiffRun>();
        for (var i = 0; i < runs.Count; i++)
        {
            var run = runs[i];
            var keepStart = i > 0 ? context : 0;
            var keepEnd = i < runs.Count - 1 ? context : 0;
            if (run.Kind != DiffKind.Same || run.Text.Length <= keepStart + keepEnd + context)
            {
                passages.Add(run);
                continue;
            }

            if (keepStart > 0)
            {
                passages.Add(run with { Text = run.Text[..Boundary(run.Text, keepStart)] });
            }

            passages.Add(new DiffRun(DiffKind.Omitted, "…"));
            if (keepEnd > 0)
            {
                passages.Add(run with { Text = run.Text[Boundary(run.Text, run.Text.Length - keepEnd)..] });
            }
        }

        return passages;
    }

    /// <summary>A cut at or just after <paramref name="index"/> that splits no word, character
    /// pair or Chinese sentence part needlessly: the next space, else the index itself.</summary>
    private static int Boundary(string text, int index)
    {
        var space = text.IndexOf(' ', index);
        var cut = space >= 0 && space - index < 24 ? space : index;
        return char.IsLowSurrogate(text[cut]) ? cut + 1 : cut;
    }

    private sealed class MixedScriptChunker : IChunker
    {
        public static MixedScriptChunker Instance { get; } = new();

        public IReadOnlyList<string> Chunk(string text)
        {
            var chunks = new List<string>();
            var word = new StringBuilder();
            foreach (var rune in text.EnumerateRunes())
            {
                if (Rune.IsLetterOrDigit(rune) && !StandsAlone(rune))
                {
                    word.Append(rune.ToString());
                    continue;
                }

                Flush(word, chunks);
                chunks.Add(rune.ToString());
            }

            Flush(word, chunks);
            return chunks;
        }

        /// <summary>A letter of a script written without spaces (Han, kana, Hangul, from the CJK
        /// radicals at U+2E80 on, in every plane): compared one character at a time. Wider than
        /// <see cref="Data.Model.Languages.IsHan"/>, which is the range the search copy cuts.</summary>
        private static bool StandsAlone(Rune rune) => Rune.GetUnicodeCategory(rune) == UnicodeCategory.OtherLetter && rune.Value >= 0x2E80;

        private static void Flush(StringBuilder word, List<string> chunks)
        {
            if (word.Length > 0)
            {
                chunks.Add(word.ToString());
                word.Clear();
            }
        }
    }
}
