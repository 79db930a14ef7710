using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Web.Features.Meetings;

public sealed record CitedDocumentItem(Bilingual Title, DocumentKind Kind, DateOnly? IssuedOn);
