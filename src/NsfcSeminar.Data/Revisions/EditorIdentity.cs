using System.Net;

namespace NsfcSeminar.Data.Revisions;

/// <summary>Who is saving: a signed-in user (and the address they came from, for the audit
/// log), or <see cref="System"/> for commands, the importer and the sample archive.</summary>
public sealed record EditorIdentity(string? UserId, string Name, IPAddress? Address = null)
{
    public static EditorIdentity System { get; } = new(null, "system");
}

/// <summary>Answers who is saving right now, wherever the save happens (an HTTP request, an
/// interactive circuit, a command). The portal replaces the default, which always answers
/// <see cref="EditorIdentity.System"/>.</summary>
public interface ICurrentEditor
{
    EditorIdentity Current { get; }
}

internal sealed class SystemEditor : ICurrentEditor
{
    public EditorIdentity Current => EditorIdentity.System;
}
