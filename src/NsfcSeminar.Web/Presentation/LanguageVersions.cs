using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Web.Presentation;

/// <summary>A text kept in one language, among the versions of one record.</summary>
public interface ILanguageVersion
{
    Language Language { get; }
}

/// <summary>Which version of a record a reader is shown: a presentation rule, so it lives with
/// the pages rather than with the data.</summary>
public static class LanguageVersions
{
    /// <summary>The version in the reader's language, else the other one (the caller shows a
    /// note when <c>IsFallback</c>); null only for a record with no text at all.</summary>
    public static (T Version, bool IsFallback)? Pick<T>(this IEnumerable<T> versions, Language preferred)
        where T : class, ILanguageVersion
    {
        ArgumentNullException.ThrowIfNull(versions);
        T? other = null;
        foreach (var version in versions)
        {
            if (version.Language == preferred)
            {
                return (version, false);
            }

            other ??= version;
        }

        return other is null ? null : (other, true);
    }
}
