using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Web.Features.Harvesting;

/// <summary>The item identifiers the repository issues: <c>oai:nsfc-seminar:meeting/{slug}</c>
/// and <c>oai:nsfc-seminar:speech/{slug}/{anchor}</c>. Built from the same slugs as the page
/// URLs, so they stay stable as long as the records do.</summary>
internal sealed record OaiIdentifier(string MeetingSlug, string? SpeechAnchor)
{
    public const string Prefix = "oai:nsfc-seminar:";

    public bool IsSpeech => SpeechAnchor is not null;

    public override string ToString() => IsSpeech
        ? $"{Prefix}speech/{MeetingSlug}/{SpeechAnchor}"
        : $"{Prefix}meeting/{MeetingSlug}";

    public static OaiIdentifier ForMeeting(string slug) => new(slug, null);

    public static OaiIdentifier ForSpeech(string slug, string anchor) => new(slug, anchor);

    public static OaiIdentifier? TryParse(string text)
    {
        if (!text.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var parts = text[Prefix.Length..].Split('/');
        return parts switch
        {
            ["meeting", var slug] when Slug.IsValid(slug) => ForMeeting(slug),
            ["speech", var slug, var anchor] when Slug.IsValid(slug) && Slug.IsValid(anchor) => ForSpeech(slug, anchor),
            _ => null,
        };
    }
}
