using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Web.Presentation;

/// <summary>A named record that a page links to by slug.</summary>
public sealed record RecordLink(string Slug, Bilingual Name);
