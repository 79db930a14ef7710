using System.Security.Cryptography;
using NsfcSeminar.Web.Features.Interchange.Format;
using NsfcSeminar.Web.Features.Interchange.Importing;

namespace NsfcSeminar.Web.Features.Interchange.Seminars;

/// <summary>The sessions and sources of a seminar record: anchors unique, sources findable by an
/// http(s) address or a title, archived copies whole (their SHA-256 matches their bytes).</summary>
internal static class SourceRules
{
    public const int MaxCopyBytes = 20 * 1024 * 1024;

    /// <returns>The session anchors, which speeches may name.</returns>
    public static IReadOnlySet<string> CheckSessions(IReadOnlyList<SessionRecord> sessions, RecordCheck check, ArchiveSlugs slugs)
    {
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < sessions.Count; i++)
        {
            var at = $"sessions[{i}]";
            check.Slug($"{at}.anchor", sessions[i].Anchor);
            if (!anchors.Add(sessions[i].Anchor))
            {
                check.Problem($"{at}.anchor", $"'{sessions[i].Anchor}' is already the anchor of an earlier session of this seminar");
            }

            check.Bilingual($"{at}.title", sessions[i].Title, 500);
            check.Reference($"{at}.chair", sessions[i].Chair, slugs.People, "a person");
        }

        return anchors;
    }

    public static void CheckSources(IReadOnlyList<SourceRecord> sources, IReadOnlyList<SpeechRecord> speeches, RecordCheck check)
    {
        for (var i = 0; i < sources.Count; i++)
        {
            var (source, at) = (sources[i], $"sources[{i}]");
            if (source.Address is null && (source.Title?.ToBilingual().IsEmpty ?? true))
            {
                check.Problem(at, "cannot be found: expected an \"address\" or a \"title\"");
            }

            if (source.Address is { } address && !IsWebAddress(address))
            {
                check.Problem($"{at}.address", "expected an absolute http or https address");
            }

            check.Text($"{at}.address", source.Address, 2000);
            check.Bilingual($"{at}.title", source.Title, 500);
            check.Bilingual($"{at}.publisher", source.Publisher, 300);
            check.Defined($"{at}.language", source.Language);
            if (source.Speech is { } anchor && speeches.All(s => s.Anchor != anchor))
            {
                check.Problem($"{at}.speech", $"'{anchor}' is not the anchor of a speech of this seminar");
            }

            for (var c = 0; c < source.Copies.Count; c++)
            {
                CheckCopy(source.Copies[c], $"{at}.copies[{c}]", check);
            }
        }
    }

    private static void CheckCopy(CopyRecord copy, string at, RecordCheck check)
    {
        check.Text($"{at}.fileName", copy.FileName, 255, required: true);
        check.Text($"{at}.contentType", copy.ContentType, 100, required: true);
        if (copy.Content.Length > MaxCopyBytes)
        {
            check.Problem($"{at}.content", $"is larger than {MaxCopyBytes / 1024 / 1024} MB");
        }
        else if (!string.Equals(Convert.ToHexStringLower(SHA256.HashData(copy.Content)), copy.Sha256, StringComparison.Ordinal))
        {
            check.Problem($"{at}.sha256", "does not match the content: the copy is damaged or the hash is wrong");
        }
    }

    private static bool IsWebAddress(string address) =>
        Uri.TryCreate(address, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
