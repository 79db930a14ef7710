using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Web.Features.Feeds;

/// <summary>
/// The one place that writes Atom (RFC 4287), through System.ServiceModel.Syndication. Every
/// feed of the portal (seminars, a theme's speeches, a search) is a <see cref="Feed"/> handed
/// to <see cref="ToResult"/>.
/// </summary>
internal static class AtomFeedWriter
{
    public const string ContentType = "application/atom+xml";

    /// <summary>How many entries a feed lists: readers poll, so the newest are enough.</summary>
    public const int EntryLimit = 50;

    public static IResult ToResult(Feed feed) => new AtomFeedResult(feed);

    public static SyndicationFeed ToSyndication(Feed feed)
    {
        ArgumentNullException.ThrowIfNull(feed);
        var items = feed.Entries.Select(ToItem).ToList();
        var updated = feed.Entries.Count == 0 ? DateTimeOffset.UnixEpoch : feed.Entries.Max(e => e.Updated);
        var syndication = new SyndicationFeed(XmlText(feed.Title), XmlText(feed.Subtitle), feed.Alternate, feed.Self.AbsoluteUri, updated, items)
        {
            Language = feed.Language.ToBcp47(),
            Generator = "NsfcSeminar",
        };
        syndication.Links.Add(SyndicationLink.CreateSelfLink(feed.Self, ContentType));
        return syndication;
    }

    /// <summary>Text as XML can carry it: a search typed with control characters (its words are
    /// in the feed's title) or an odd archived text must not make the feed unwritable.</summary>
    private static string XmlText(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? "";
        }

        var kept = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i]))
            {
                kept.Append(text[i]);
            }
            else if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                kept.Append(text, i, 2);
                i++;
            }
        }

        return kept.ToString();
    }

    private static SyndicationItem ToItem(FeedEntry entry)
    {
        var item = new SyndicationItem(XmlText(entry.Title), (SyndicationContent?)null, entry.Link, entry.Link.AbsoluteUri, entry.Updated);
        if (entry.Published is { } published)
        {
            item.PublishDate = published;
        }

        if (!string.IsNullOrWhiteSpace(entry.Summary))
        {
            item.Summary = new TextSyndicationContent(XmlText(entry.Summary));
        }

        if (!string.IsNullOrWhiteSpace(entry.Author))
        {
            item.Authors.Add(new SyndicationPerson { Name = XmlText(entry.Author) });
        }

        return item;
    }
}
