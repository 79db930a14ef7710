using NsfcSeminar.Data.Model;
using NsfcSeminar.Web.Features.Translations;

namespace NsfcSeminar.Web.Features.History;

/// <summary>Where a record is read and edited, relative to the language root.</summary>
internal static class RecordAddresses
{
    public static string? Reading(RecordType type, string key) => type switch
    {
        RecordType.Meeting => $"meetings/{key}",
        RecordType.Person => $"people/{key}",
        RecordType.Organisation => $"organisations/{key}",
        RecordType.Theme => $"themes/{key}",
        RecordType.Speech when RecordTypes.SpeechKey(key) is var (meeting, anchor) => $"meetings/{meeting}#{anchor}",
        _ => null,
    };

    public static string? Editing(RecordType type, string key) => type switch
    {
        RecordType.Meeting => EditLinks.Meeting(key),
        RecordType.Person => EditLinks.Person(key),
        RecordType.Organisation => EditLinks.Organisation(key),
        RecordType.Theme => EditLinks.Theme(key),
        RecordType.Speech when RecordTypes.SpeechKey(key) is var (meeting, anchor) => $"edit/meetings/{meeting}/speeches/{anchor}",
        _ => null,
    };
}
