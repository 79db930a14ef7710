using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Web.Features.Feeds;

/// <summary>A feed as the portal describes it, whatever it lists: the writer turns it into Atom.</summary>
/// <param name="Self">The feed's own address.</param>
/// <param name="Alternate">The page that shows the same records.</param>
public sealed record Feed(
    string Title,
    string? Subtitle,
    Uri Self,
    Uri Alternate,
    Language Language,
    IReadOnlyList<FeedEntry> Entries);

/// <summary>One record in a feed; <paramref name="Link"/> is its page and also its Atom id.</summary>
public sealed record FeedEntry(
    string Title,
    Uri Link,
    DateTimeOffset Updated,
    DateTimeOffset? Published,
    string? Author,
    string? Summary);
