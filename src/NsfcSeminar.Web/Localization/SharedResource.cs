namespace NsfcSeminar.Web.Localization;

/// <summary>Marker for the portal's UI strings (<c>SharedResource.zh.resx</c> beside it). Keys are
/// the English text, so English needs no resource file and an untranslated key still reads.</summary>
internal sealed class SharedResource;
