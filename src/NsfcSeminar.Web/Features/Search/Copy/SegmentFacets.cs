using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace NsfcSeminar.Web.Features.Search.Copy;

/// <summary>
/// One segment's facet values as plain arrays: for each facet, the ordinals of every document
/// laid end to end (<see cref="Starts"/> says where each document's begin). Reading doc values
/// through their compressed form costs more than the search itself for a broad query; arrays
/// cost an index per value. Built once per segment (segments never change; deletions only hide
/// documents) when a searcher first opens it, and dropped with the segment.
/// </summary>
internal sealed class SegmentFacets
{
    private static readonly ConditionalWeakTable<object, SegmentFacets> Cache = [];

    private SegmentFacets(int[][] starts, int[][] ordinals, string[][] values)
    {
        Starts = starts;
        Ordinals = ordinals;
        Values = values;
    }

    /// <summary>Per facet: document d's ordinals are Ordinals[f][Starts[f][d]..Starts[f][d + 1]].</summary>
    public int[][] Starts { get; }

    public int[][] Ordinals { get; }

    /// <summary>Per facet: the value of each ordinal.</summary>
    public string[][] Values { get; }

    public static SegmentFacets Of(AtomicReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return Cache.GetValue(reader.CoreCacheKey, _ => Read(reader));
    }

    private static SegmentFacets Read(AtomicReader reader)
    {
        var facets = CopyFields.Facets.Count;
        var starts = new int[facets][];
        var ordinals = new int[facets][];
        var values = new string[facets][];
        for (var f = 0; f < facets; f++)
        {
            var docValues = reader.GetSortedSetDocValues(CopyFields.FacetPrefix + CopyFields.Facets[f]);
            starts[f] = new int[reader.MaxDoc + 1];
            var list = new List<int>(reader.MaxDoc);
            for (var doc = 0; doc < reader.MaxDoc; doc++)
            {
                starts[f][doc] = list.Count;
                if (docValues is null)
                {
                    continue;
                }

                docValues.SetDocument(doc);
                for (var ord = docValues.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = docValues.NextOrd())
                {
                    list.Add((int)ord);
                }
            }

            starts[f][reader.MaxDoc] = list.Count;
            ordinals[f] = [.. list];
            values[f] = new string[docValues?.ValueCount ?? 0];
            var bytes = new BytesRef();
            for (var ord = 0; ord < values[f].Length; ord++)
            {
                docValues!.LookupOrd(ord, bytes);
                values[f][ord] = bytes.Utf8ToString();
            }
        }

        return new SegmentFacets(starts, ordinals, values);
    }
}
