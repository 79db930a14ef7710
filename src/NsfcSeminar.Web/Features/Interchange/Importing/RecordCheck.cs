using NsfcSeminar.Web.Features.Interchange.Format;
using SlugRule = NsfcSeminar.Data.Model.Slug;

namespace NsfcSeminar.Web.Features.Interchange.Importing;

/// <summary>Checks the fields of one parsed record against what the database will accept, and
/// files every problem with the record's section, position and slug. Checking every field before
/// writing means one import reports all that is wrong, not the first thing the database refuses.
/// A field already reported when the record was read (<paramref name="reported"/>) holds a
/// stand-in, and is not reported again.</summary>
internal sealed class RecordCheck(ImportReport report, BundleSection section, int position, string? slug, IReadOnlyCollection<string>? reported = null)
{
    public void Problem(string? field, string message)
    {
        if (reported is not null && RecordRepair.Covers(reported, field))
        {
            return;
        }

        report.Add(new ImportProblem(section, position, slug, field, message));
    }

    public void Slug(string field, string value)
    {
        if (!SlugRule.IsValid(value))
        {
            Problem(field, $"expected a slug: lower-case letters a-z and digits joined by single hyphens, at most {SlugRule.MaxLength} characters (found '{Shorten(value)}')");
        }
    }

    public void Text(string field, string? value, int maxLength, bool required = false)
    {
        if (value is null || value.Length == 0)
        {
            if (required)
            {
                Problem(field, "must not be empty");
            }

            return;
        }

        if (maxLength > 0 && value.Length > maxLength)
        {
            Problem(field, $"is {value.Length} characters long; at most {maxLength} fit");
        }
    }

    public void Bilingual(string field, BilingualText? value, int maxLength, bool required = false)
    {
        if (required && (value is null || (string.IsNullOrWhiteSpace(value.Zh) && string.IsNullOrWhiteSpace(value.En))))
        {
            Problem(field, "needs a Chinese or an English text (\"zh\" or \"en\")");
            return;
        }

        Text($"{field}.zh", value?.Zh, maxLength);
        Text($"{field}.en", value?.En, maxLength);
    }

    public void Defined<TEnum>(string field, TEnum value)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            Problem(field, $"expected one of {string.Join(", ", Enum.GetNames<TEnum>())}");
        }
    }

    /// <summary>An optional value: absent is "not stated", a defined value is checked as above.</summary>
    public void Defined<TEnum>(string field, TEnum? value)
        where TEnum : struct, Enum
    {
        if (value is { } stated)
        {
            Defined(field, stated);
        }
    }

    /// <summary>A reference must name a record in the bundle or already in the archive.</summary>
    public void Reference(string field, string? value, SlugIndex index, string kind)
    {
        if (value is not null && !index.Knows(value))
        {
            Problem(field, $"refers to {kind} '{Shorten(value)}', which is neither in this bundle nor in the archive");
        }
    }

    private static string Shorten(string value) => value.Length <= 60 ? value : value[..60] + "…";
}
