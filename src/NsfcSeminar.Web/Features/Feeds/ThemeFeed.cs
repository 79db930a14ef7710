using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Web.Features.Feeds;

/// <summary>The theme a feed follows, and its newest speeches (the theme's or any sub-theme's).</summary>
public sealed record ThemeFeed(Bilingual Name, IReadOnlyList<FeedEntry> Entries);
