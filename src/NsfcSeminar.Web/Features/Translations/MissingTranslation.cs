using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Web.Features.Translations;

/// <summary>A record with no version in <see cref="Missing"/>; <see cref="Name"/> is what it is
/// called in the language it has.</summary>
public sealed record MissingTranslation(MissingKind Kind, Language Missing, string Name, string EditHref);
