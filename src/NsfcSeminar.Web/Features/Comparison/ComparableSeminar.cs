using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Web.Features.Comparison;

/// <summary>A seminar offered to compare with: what the choice shows of it, and no more.</summary>
public sealed record ComparableSeminar(string Slug, Bilingual Title, DateOnly StartDate);
