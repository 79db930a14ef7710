using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Data;

/// <summary>Stores <see cref="Language"/> as its ISO 639-1 code ("zh", "en").</summary>
internal sealed class LanguageCodeConverter() : ValueConverter<Language, string>(
    language => language == Language.Zh ? "zh" : "en",
    code => code == "zh" ? Language.Zh : Language.En);
