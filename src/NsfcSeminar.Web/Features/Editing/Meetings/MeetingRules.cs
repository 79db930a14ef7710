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
        // An empty address is made on saving from the date and the English title, when both exist.
        if (string.IsNullOrWhiteSpace(input.Slug))
        {
            if (SuggestSlug(input).Length == 0)
            {
                yield return new(input, nameof(input.Slug), L["Editing.EnterTheAddressOfTheRecord"]);
            }
        }
        else if (!Slug.IsValid(input.Slug.Trim()))
        {
            yield return new(input, nameof(input.Slug), L["Editing.UseLowerCaseLettersAZ"]);
        }

        if (input.StartDate is null)
        {
            yield return new(input, nameof(input.StartDate), L["Editing.EnterTheDateTheSeminarWas"]);
        }
        else if (input.EndDate is { } end && end < input.StartDate)
        {
            yield return new(input, nameof(input.EndDate), L["Editing.TheLastDayCannotBeBefore"]);
        }

        if (input.SequenceNumber is <= 0)
        {
            yield return new(input, nameof(input.SequenceNumber), L["Editing.TheNumberInTheSeriesStarts"]);
        }
        else if (input.SequenceNumber is not null && input.SeriesId is null)
        {
            yield return new(input, nameof(input.SeriesId), L["Editing.ChooseTheSeriesThisNumberCounts"]);
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
            yield return new(input.Text(Language.Zh), nameof(MeetingTextInput.Present), L["Editing.KeepAtLeastOneLanguageVersion"]);
        }

        foreach (var text in present.Where(t => string.IsNullOrWhiteSpace(t.Title)))
        {
            yield return new(text, nameof(text.Title), L["Editing.EnterATitleForThisLanguage"]);
        }

        if (present.Count(t => t.Provenance == TextProvenance.Original) > 1)
        {
            yield return new(input.Text(Language.En), nameof(MeetingTextInput.Provenance), L["Editing.OnlyOneLanguageVersionCanBe"]);
        }
    }

    private static IEnumerable<FieldProblem> CheckParticipants(List<ParticipantInput> participants, IStringLocalizer<SharedResource> L)
    {
        var seen = new HashSet<(ParticipantRole, int?, int?, int?)>();
        foreach (var row in participants)
        {
            if (row.PersonId is null && row.OrganisationId is null && row.GroupId is null)
            {
                yield return new(row, nameof(row.PersonId), L["Editing.ChooseAPersonAnOrganisationOr"]);
            }
            else if (!seen.Add((row.Role, row.PersonId, row.OrganisationId, row.PersonId is null ? row.GroupId : null)))
            {
                yield return new(row, nameof(row.Role), L["Editing.ThisParticipantIsAlreadyListedIn"]);
            }
        }
    }
}
