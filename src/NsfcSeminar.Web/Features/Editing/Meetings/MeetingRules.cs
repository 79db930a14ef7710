using Microsoft.Extensions.Localization;
using NsfcSeminar.Data.Model;
using NsfcSeminar.Web.Features.Editing.Forms;
using NsfcSeminar.Web.Features.Saving;
using NsfcSeminar.Web.Localization;

namespace NsfcSeminar.Web.Features.Editing.Meetings;

/// <summary>What a seminar must satisfy before it is saved. The database enforces the same rules
/// (CHECK constraints, unique indexes); these say so beside the field, in words.</summary>
internal static class MeetingRules
{
    public static IEnumerable<FieldProblem> Check(MeetingInput input, IStringLocalizer<SharedResource> L)
    {
        if (string.IsNullOrWhiteSpace(input.Slug) && SuggestSlug(input).Length == 0)
        {
            yield return new(input, nameof(input.Slug), L["Enter the address of the record (its slug), or a date and an English title to make one from."]);
        }
        else if (!Slug.IsValid(input.Slug.Trim()))
        {
            yield return new(input, nameof(input.Slug), L["Use lower-case letters a–z, digits and single hyphens only, e.g. 2024-11-16-strategy-seminar."]);
        }

        if (input.StartDate is null)
        {
            yield return new(input, nameof(input.StartDate), L["Enter the date the seminar was held."]);
        }
        else if (input.EndDate is { } end && end < input.StartDate)
        {
            yield return new(input, nameof(input.EndDate), L["The last day cannot be before the first day."]);
        }

        if (input.SequenceNumber is <= 0)
        {
            yield return new(input, nameof(input.SequenceNumber), L["The number in the series starts at 1."]);
        }
        else if (input.SequenceNumber is not null && input.SeriesId is null)
        {
            yield return new(input, nameof(input.SeriesId), L["Choose the series this number counts in."]);
        }

        foreach (var problem in CheckTexts(input, L))
        {
            yield return problem;
        }

        foreach (var problem in CheckParticipants(input.Participants, L))
        {
            yield return problem;
        }
    }

    /// <summary>The address made from the date and the English title ("2024-11-16-strategy-seminar"),
    /// used when the editor leaves the slug empty; empty when either is missing.</summary>
    public static string SuggestSlug(MeetingInput input)
    {
        var title = input.Text(Language.En) is { Present: true } en ? en.Title : null;
        return input.StartDate is { } date && !string.IsNullOrWhiteSpace(title) && Slug.From(title).Length > 0
            ? Slug.From($"{date:yyyy-MM-dd} {title}")
            : "";
    }

    private static IEnumerable<FieldProblem> CheckTexts(MeetingInput input, IStringLocalizer<SharedResource> L)
    {
        var present = input.Texts.Where(t => t.Present).ToList();
        if (present.Count == 0)
        {
            yield return new(input.Text(Language.Zh), nameof(MeetingTextInput.Present), L["Keep at least one language version: a record needs a title."]);
        }

        foreach (var text in present.Where(t => string.IsNullOrWhiteSpace(t.Title)))
        {
            yield return new(text, nameof(text.Title), L["Enter a title for this language version."]);
        }

        if (present.Count(t => t.Provenance == TextProvenance.Original) > 1)
        {
            yield return new(input.Text(Language.En), nameof(MeetingTextInput.Provenance), L["Only one language version can be the original; mark the other as a translation or an editorial summary."]);
        }
    }

    private static IEnumerable<FieldProblem> CheckParticipants(List<ParticipantInput> participants, IStringLocalizer<SharedResource> L)
    {
        var seen = new HashSet<(ParticipantRole, int?, int?, int?)>();
        foreach (var row in participants)
        {
            if (row.PersonId is null && row.OrganisationId is null && row.GroupId is null)
            {
                yield return new(row, nameof(row.PersonId), L["Choose a person, an organisation or a group."]);
            }
            else if (!seen.Add((row.Role, row.PersonId, row.OrganisationId, row.PersonId is null ? row.GroupId : null)))
            {
                yield return new(row, nameof(row.Role), L["This participant is already listed in this role."]);
            }
        }
    }
}
