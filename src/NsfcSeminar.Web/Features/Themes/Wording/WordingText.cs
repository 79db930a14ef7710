using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Web.Features.Themes.Wording;

/// <summary>One language version of a speech under the theme, as plain text.</summary>
internal sealed record WordingText(int Year, Language Language, string Text);
