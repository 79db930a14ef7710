using Microsoft.AspNetCore.Components;
using NsfcSeminar.Data.Access;
using NsfcSeminar.Data.Model;
using NsfcSeminar.Web.Features.Meetings;
using NsfcSeminar.Web.Localization;
using NsfcSeminar.Web.Presentation;

namespace NsfcSeminar.Web.Features.Comparison;

public sealed partial class ComparePage
{
    [SupplyParameterFromQuery(Name = "a")] public string? A { get; set; }

    [SupplyParameterFromQuery(Name = "b")] public string? B { get; set; }

    // The slugs come from the query, not the route: an unknown or hidden one is not found.
    protected override async Task<ComparisonAnswer?> FindAsync(string slug, ReaderAccess access, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(A))
        {
            return null;
        }

        var second = string.IsNullOrWhiteSpace(B) || B == A ? null : B;
        string[] slugs = second is null ? [A] : [A, second];
        var found = await Query.FindAsync(slugs, access, ct);
        if (found.Count != slugs.Length)
        {
            return null;
        }

        var first = found[A];
        if (second is null)
        {
            var choices = await ChoicesQuery.LoadAsync(A, access, ct);
            return new ComparisonAnswer(first.Record, SameTwice: B == A, choices, Comparison: null);
        }

        return new ComparisonAnswer(first.Record, SameTwice: false, [], await Query.CompareAsync(first, found[second], ct));
    }

    private static string TitleOf(MeetingRecord record) => record.Texts.Pick(ReaderLanguage.Current)?.Version.Title ?? record.Slug;
}
