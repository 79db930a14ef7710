namespace NsfcSeminar.Web.Features.Editing.Forms;

/// <summary>The streamed textareas of one form, so that saving first collects what was typed in
/// the last fraction of a second.</summary>
public sealed class StreamedTextRegistry
{
    private readonly List<StreamedTextArea> _areas = [];

    internal void Add(StreamedTextArea area) => _areas.Add(area);

    internal void Remove(StreamedTextArea area) => _areas.Remove(area);

    /// <summary>False when a field's text on screen could not be confirmed to have reached the
    /// server: the form must not be saved then.</summary>
    public async Task<bool> FlushAsync()
    {
        var confirmed = true;
        foreach (var area in _areas.ToList())
        {
            confirmed &= await area.FlushAsync();
        }

        return confirmed;
    }
}
