namespace NsfcSeminar.Data.Model;

/// <summary>The two languages the archive keeps its records in.</summary>
public enum Language
{
    Zh,
    En,
}

public static class LanguageTags
{
    /// <summary>The BCP 47 tag for a <c>lang</c> attribute: Simplified Chinese is named explicitly
    /// so that screen readers and fonts pick the right script.</summary>
    public static string ToBcp47(this Language language) => language switch
    {
        Language.Zh => "zh-Hans",
        _ => "en",
    };

    public static Language Other(this Language language) =>
        language == Language.Zh ? Language.En : Language.Zh;
}
