namespace NsfcSeminar.Web.Features.Themes.Wording;

public sealed record YearSpan(int From, int To);
