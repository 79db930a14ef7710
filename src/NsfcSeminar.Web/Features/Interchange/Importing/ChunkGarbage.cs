namespace NsfcSeminar.Web.Features.Interchange.Importing;

/// <summary>
/// Collects what a written chunk (or a page of stored records read) leaves behind, once the
/// method that held it has returned and all of it is garbage. Left to itself, the portal's
/// server collector (with dynamic adaptation, DATAS) moved the records, entities and rows that a
/// young collection found still in use into generation 1, and let generation 1 grow for as long
/// as the import ran without collecting it (18–31 MB at 300,000 people, whose peak was 250–277 MB
/// against 190–208 at 20,000), though no more than about 22 MB was ever alive. A
/// blocking generation-1 collection here finds little alive and keeps the heap the size of a
/// chunk, whatever the bundle's. The collector's mode is fixed when the process starts, for the
/// portal and its commands alike, so this is how the import sets its own.
/// </summary>
internal static class ChunkGarbage
{
    public static void Collect() => GC.Collect(1, GCCollectionMode.Forced, blocking: true);
}
