using NsfcSeminar.Data.Model;
using NsfcSeminar.Web.Features.Speeches;

namespace NsfcSeminar.Web.Features.People;

public sealed record PersonRecord(
    string Slug,
    Bilingual Name,
    Bilingual Honorific,
    IReadOnlyList<PersonAppearance> Appearances,
    IReadOnlyList<SpeechListing> Speeches);
