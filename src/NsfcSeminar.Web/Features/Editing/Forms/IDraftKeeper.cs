namespace NsfcSeminar.Web.Features.Editing.Forms;

/// <summary>Keeps a form's unsaved input as the editor's draft (<see cref="Autosave"/>).</summary>
public interface IDraftKeeper
{
    /// <summary>Keeps the input now, whatever the timer (after a refused save, say).</summary>
    Task KeepNowAsync();

    /// <summary>Keeps the input after a save refused for withdrawn access; returns what to say.</summary>
    Task<string> KeepAfterRefusalAsync();

    /// <summary>The form was saved or reloaded: what it now holds is not a draft.</summary>
    void Reset();
}
