using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Web.Features.Editing.Forms;

/// <summary>A short text as the editor types it, in Chinese and English.</summary>
public sealed class BilingualInput
{
    public string? Zh { get; set; }

    public string? En { get; set; }

    public static BilingualInput From(Bilingual value) => new() { Zh = value.Zh, En = value.En };

    public Bilingual ToBilingual() => Bilingual.Of(Clean(En), Clean(Zh));

    /// <summary>Blank fields are stored as NULL, so "no English name" is one state, not two.</summary>
    internal static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
