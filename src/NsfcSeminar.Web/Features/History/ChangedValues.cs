using System.Globalization;
using Microsoft.Extensions.Localization;
using NsfcSeminar.Data.Model;
using NsfcSeminar.Web.Localization;
using NsfcSeminar.Web.Presentation;

namespace NsfcSeminar.Web.Features.History;

/// <summary>A changed value as the rest of the site writes it: dates as "4 December 2026" or
/// "2026年12月4日", kinds and roles by their names, not the codes a snapshot keeps.</summary>
internal static class ChangedValues
{
    public static string Shown(FieldChange change, string value, RecordType owner, IStringLocalizer<SharedResource> L)
    {
        var language = Languages.Of(CultureInfo.CurrentUICulture);
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return DateText.Format(date, language);
        }

        if (value.Length > 10 && value[10] == 'T' && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time))
        {
            return Moment(time, language);
        }

        return Label(change.Path.Count > 0 ? change.Path[^1] : "", value, owner) is { } label ? L[label] : value;
    }

    /// <summary>A moment in UTC, written as the site writes dates.</summary>
    public static string Moment(DateTimeOffset time, Language language) =>
        $"{DateText.Format(DateOnly.FromDateTime(time.UtcDateTime), language)} {time.UtcDateTime.ToString("HH:mm", CultureInfo.InvariantCulture)} UTC";

    private static string? Label(string field, string value, RecordType owner) => field switch
    {
        "Kind" when owner == RecordType.Meeting && Enum.TryParse<MeetingKind>(value, out var meeting) => Labels.Of(meeting),
        "Kind" when owner == RecordType.Organisation && Enum.TryParse<OrganisationKind>(value, out var body) => Labels.Of(body),
        "Kind" when Enum.TryParse<SpeechKind>(value, out var speech) => Labels.Of(speech),
        "Role" when Enum.TryParse<ParticipantRole>(value, out var role) => Labels.Of(role),
        "Format" when Enum.TryParse<MeetingFormat>(value, out var format) => Labels.Of(format),
        "Provenance" when Enum.TryParse<TextProvenance>(value, out var provenance) => Labels.Of(provenance),
        _ => null,
    };
}
