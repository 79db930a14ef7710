using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Data;

/// <summary>Stores <see cref="Language"/> as its code (<see cref="Languages.Code"/>).</summary>
internal sealed class LanguageCodeConverter() : ValueConverter<Language, string>(
    language => language.Code(),
    code => Languages.FromCode(code) ?? Language.En);
