using NsfcSeminar.Data.Model;
using NsfcSeminar.Web.Features.Editing.Forms;
using NsfcSeminar.Web.Features.Meetings;
using NsfcSeminar.Web.Presentation;

namespace NsfcSeminar.Web.Features.Editing.Meetings;

/// <summary>The unsaved form as the reading page's record, so the preview is the reader's own
/// <see cref="MeetingView"/> and Markdown renderer, not an imitation.</summary>
internal static class MeetingPreview
{
    /// <summary>A meeting without a start date yet is shown as starting <paramref name="today"/>.</summary>
    public static MeetingRecord From(MeetingInput input, EditingLookups lookups, IReadOnlyList<SpeechItem> speeches, DateOnly today) => new(
        string.IsNullOrWhiteSpace(input.Slug) ? "preview" : input.Slug.Trim(),
        input.Kind,
        Link(lookups.Series, input.SeriesId),
        input.SequenceNumber,
        input.SequenceTerm.ToBilingual(),
        input.StartDate ?? today,
        input.EndDate,
        input.Place.ToBilingual(),
        input.Format,
        Link(lookups.Organisations, input.OrganiserId),
        IsSample: false,
        input.Visibility,
        input.Texts.Where(t => t.Present)
            .Select(t => new MeetingTextVersion(t.Language, t.Title, t.StatedTheme, t.Summary, t.MinutesMarkdown, t.Provenance, t.TranslatedBy))
            .ToList(),
        input.CitedDocumentIds
            .Select(id => EditingLookups.Find(lookups.Documents, id))
            .OfType<LookupItem>()
            .Select(d => new CitedDocumentItem(d.Name, DocumentKind.Other, null))
            .ToList(),
        lookups.Themes.Where(t => input.ThemeIds.Contains(t.Id)).Select(t => new RecordLink(t.Slug, t.Name)).ToList(),
        input.Participants
            .Select(p => new ParticipantItem(
                p.Role,
                Link(lookups.People, p.PersonId),
                null,
                Link(lookups.Organisations, p.OrganisationId),
                p.PersonId is null ? EditingLookups.Find(lookups.Groups, p.GroupId)?.Name : null,
                p.Position.ToBilingual(),
                new Bilingual(),
                null,
                false))
            .ToList(),
        speeches,
        [],
        []);

    private static RecordLink? Link(IReadOnlyList<LookupItem> items, int? id) =>
        EditingLookups.Find(items, id) is { } item ? new RecordLink(item.Slug, item.Name) : null;
}
