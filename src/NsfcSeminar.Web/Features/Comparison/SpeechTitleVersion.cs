using NsfcSeminar.Data.Model;
using NsfcSeminar.Web.Presentation;

namespace NsfcSeminar.Web.Features.Comparison;

public sealed record SpeechTitleVersion(Language Language, string Title) : ITitledVersion;
