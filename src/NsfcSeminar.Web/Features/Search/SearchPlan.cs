using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using NsfcSeminar.Data.Model;
using NsfcSeminar.Data.Access;
using NsfcSeminar.Web.Features.Search.Copy;

namespace NsfcSeminar.Web.Features.Search;

/// <summary>
/// One search as the copy runs it, translated once from the request: the words (every group must
/// match, no excluded term may), the filters and what the reader may see as unscored terms, the
/// order, how many matches the page needs, and the words again for marking snippets. The page,
/// the exports, the feed and the API all run a plan, so they cannot disagree.
/// </summary>
internal sealed record SearchPlan(Query Query, Query? Marked, bool ByRelevance, int Wanted)
{
    /// <summary>The plan of a request, or null (with a notice where there is something to say)
    /// when it can match nothing: a blank request, or words that are all stop words.</summary>
    public static SearchPlan? For(SearchRequest request, FilterIds ids, ReaderAccess access, Analyzer analyzer, List<SearchNotice> notices)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentNullException.ThrowIfNull(access);
        ArgumentNullException.ThrowIfNull(notices);
        var words = request.Query;
        if (!words.HasTerms && words.Excluded.Count > 0)
        {
            notices.Add(new SearchNotice(SearchNoticeKind.OnlyExclusions));
        }

        if (request.IsBlank)
        {
            return null;
        }

        var match = words.HasTerms ? CopyQuery.Words(words, analyzer) : null;
        if (words.HasTerms && match is null)
        {
            notices.Add(new SearchNotice(SearchNoticeKind.NoSearchableWords));
            return null;
        }

        var query = new BooleanQuery();
        if (match is { } w)
        {
            query.Add(w.Match, Occur.MUST);
            query.Add(w.Boost, Occur.SHOULD);
        }

        // What this reader may see, as ReaderAccess decided it when the copy stored the document.
        Filter(query, CopyFields.Reader, access.Name);
        Filter(query, CopyFields.Theme, ids.Theme);
        Filter(query, CopyFields.Speaker, ids.Speaker);
        Filter(query, CopyFields.Organisation, ids.Organisation);
        Filter(query, CopyFields.Series, ids.Series);
        Filter(query, CopyFields.Kind, request.Kind);
        Filter(query, CopyFields.Language, request.Language?.Code());
        if (request.From is not null || request.To is not null)
        {
            var from = request.From is { } f ? CopyDocument.DateNumber(f) : (int?)null;
            var to = request.To is { } t ? CopyDocument.DateNumber(t) : (int?)null;
            query.Add(Unscored(NumericRangeQuery.NewInt32Range(CopyFields.Date, from, to, true, true)), Occur.MUST);
        }

        // Without words there is no relevance: the newest first.
        var byRelevance = words.HasTerms && request.Sort == SearchSort.Relevance;
        var wanted = Math.Min(request.Page, SearchResults.MaxPage) * SearchResults.PageSize;
        return new SearchPlan(query, words.HasTerms ? CopyQuery.Marked(words, analyzer) : null, byRelevance, wanted);
    }

    private static void Filter(BooleanQuery query, string field, int? id)
    {
        if (id is { } value)
        {
            Filter(query, field, CopyDocument.Text(value));
        }
    }

    private static void Filter(BooleanQuery query, string field, string? value)
    {
        if (value is not null)
        {
            query.Add(Unscored(new TermQuery(new Term(field, value))), Occur.MUST);
        }
    }

    private static ConstantScoreQuery Unscored(Query query) => new(query) { Boost = 0 };
}
