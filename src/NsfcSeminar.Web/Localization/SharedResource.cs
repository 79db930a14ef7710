namespace NsfcSeminar.Web.Localization;

/// <summary>Marker for the portal's UI strings. Keys are stable identifiers ("Layout.SkipToContent");
/// <c>SharedResource.resx</c> beside it holds the English text (the neutral resources, which every
/// culture falls back to) and <c>SharedResource.zh.resx</c> the Chinese.</summary>
internal sealed class SharedResource;
