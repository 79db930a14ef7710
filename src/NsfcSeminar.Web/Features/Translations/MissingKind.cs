using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Web.Features.Translations;

public enum MissingKind
{
    Meeting,
    Speech,
    Person,
    Organisation,
    Theme,
}
