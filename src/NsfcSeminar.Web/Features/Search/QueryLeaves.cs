using Lucene.Net.Search;

namespace NsfcSeminar.Web.Features.Search;

internal static class QueryLeaves
{
    /// <summary>The queries a tree of boolean queries is made of, whatever their occurrence.</summary>
    public static IEnumerable<Query> Leaves(this Query query)
    {
        var pending = new Stack<Query>([query]);
        while (pending.TryPop(out var next))
        {
            if (next is BooleanQuery all)
            {
                foreach (var clause in all.Clauses)
                {
                    pending.Push(clause.Query);
                }
            }
            else
            {
                yield return next;
            }
        }
    }
}
