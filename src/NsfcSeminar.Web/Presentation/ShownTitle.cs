using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Web.Presentation;

/// <summary>A title as a reader sees it: the language it is really in, whether that is not the
/// reader's (a note says so), and whether it was made now because the record has none.</summary>
public sealed record ShownTitle(string Text, Language Language, bool IsFallback, bool IsMade);
