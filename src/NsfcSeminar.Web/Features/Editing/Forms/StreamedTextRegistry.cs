namespace NsfcSeminar.Web.Features.Editing.Forms;

/// <summary>The streamed textareas of one form, so that saving first collects what was typed in
/// the last fraction of a second.</summary>
public sealed class StreamedTextRegistry
{
    private readonly List<StreamedTextArea> _areas = [];

    internal void Add(StreamedTextArea area) => _areas.Add(area);

    internal void Remove(StreamedTextArea area) => _areas.Remove(area);

    public async Task FlushAsync()
    {
        foreach (var area in _areas.ToList())
        {
            await area.FlushAsync();
        }
    }
}
