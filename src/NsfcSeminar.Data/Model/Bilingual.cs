namespace NsfcSeminar.Data.Model;

/// <summary>
/// A short text (a name, a title, a place) held in Chinese, English or both. Stored as two columns
/// on its owner (<c>name_zh</c>, <c>name_en</c>) so that either can be indexed and searched.
/// Long texts with provenance (speeches, minutes) live in their own per-language rows instead.
/// </summary>
public sealed class Bilingual
{
    public string? Zh { get; set; }

    public string? En { get; set; }

    public static Bilingual Of(string? en, string? zh = null) => new() { En = en, Zh = zh };

    public bool IsEmpty => string.IsNullOrWhiteSpace(Zh) && string.IsNullOrWhiteSpace(En);

    public string? In(Language language) => language == Language.Zh ? Zh : En;

    /// <summary>The text in the reader's language, or the other one with a note that it is a
    /// fallback; null only when neither exists.</summary>
    public LocalizedValue? For(Language preferred)
    {
        var text = In(preferred);
        if (!string.IsNullOrWhiteSpace(text))
        {
            return new LocalizedValue(text, preferred, IsFallback: false);
        }

        var other = In(preferred.Other());
        return string.IsNullOrWhiteSpace(other) ? null : new LocalizedValue(other, preferred.Other(), IsFallback: true);
    }
}

/// <summary>A text as shown to a reader, with the language it is really in.</summary>
public sealed record LocalizedValue(string Text, Language Language, bool IsFallback)
{
    public override string ToString() => Text;
}
