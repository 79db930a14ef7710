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

    private sealed class MixedScriptChunker : IChunker
    {
        public static MixedScriptChunker Instance { get; } = new();

        public IReadOnlyList<string> Chunk(string text)
        {
            var chunks = new List<string>();
            var word = new StringBuilder();
            foreach (var rune in text.EnumerateRunes())
            {
                if (Rune.IsLetterOrDigit(rune) && !IsHan(rune))
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

        private static bool IsHan(Rune rune) => Rune.GetUnicodeCategory(rune) == UnicodeCategory.OtherLetter && rune.Value >= 0x2E80;

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
