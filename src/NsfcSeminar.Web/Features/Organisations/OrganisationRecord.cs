using NsfcSeminar.Data.Model;
using NsfcSeminar.Web.Features.Speeches;
using NsfcSeminar.Web.Presentation;

namespace NsfcSeminar.Web.Features.Organisations;

public sealed record OrganisationRecord(
    string Slug,
    Bilingual Name,
    Bilingual ShortName,
    OrganisationKind? Kind,
    RecordLink? Parent,
    IReadOnlyList<RecordLink> Children,
    IReadOnlyList<OrganisationAppearance> Appearances,
    IReadOnlyList<SpeechListing> Speeches);
