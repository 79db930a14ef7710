using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Data.Snapshots;

/// <summary>
/// Writes a revision's sources back onto its meeting. Revisions keep an archived copy by its
/// hash, not its bytes: a copy still stored is kept, one removed since cannot come back, and the
/// caller says so rather than pretending the restore was whole.
/// </summary>
internal static class SourcesWriter
{
    /// <returns>False when a copy the revision names is no longer stored.</returns>
    public static bool Write(Meeting meeting, IReadOnlyList<SourceSnapshot> snapshots)
    {
        var copies = meeting.Sources.SelectMany(s => s.Copies).GroupBy(c => c.Sha256).ToDictionary(g => g.Key, g => g.First());
        var whole = true;
        meeting.Sources.Clear();
        foreach (var snapshot in snapshots)
        {
            var source = new Source
            {
                SortOrder = snapshot.SortOrder,
                SpeechId = meeting.Speeches.FirstOrDefault(s => s.Anchor == snapshot.Speech)?.Id,
                Address = snapshot.Address,
                Title = snapshot.Title.ToBilingual(),
                Publisher = snapshot.Publisher.ToBilingual(),
                PublishedOn = snapshot.PublishedOn,
                RetrievedOn = snapshot.RetrievedOn,
                Language = snapshot.Language,
            };
            foreach (var hash in snapshot.Copies)
            {
                if (copies.TryGetValue(hash, out var kept))
                {
                    source.Copies.Add(new ArchivedCopy
                    {
                        FileName = kept.FileName, ContentType = kept.ContentType, Sha256 = kept.Sha256, Size = kept.Size,
                        Content = kept.Content, ExtractedText = kept.ExtractedText, CreatedAt = kept.CreatedAt,
                    });
                }
                else
                {
                    whole = false;
                }
            }

            meeting.Sources.Add(source);
        }

        return whole;
    }
}
