namespace NsfcSeminar.Web.Reading;

/// <summary>Marker for the portal's UI strings (Resources/SharedResource*.resx). Keys are the
/// English text, so an untranslated string still reads correctly.</summary>
internal sealed class SharedResource;
