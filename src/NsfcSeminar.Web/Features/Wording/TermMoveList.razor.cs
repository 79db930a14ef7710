using Microsoft.AspNetCore.Components;
using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Web.Features.Wording;

public sealed partial class TermMoveList
{
    [Parameter, EditorRequired] public string Id { get; set; } = "";

    [Parameter, EditorRequired] public string Label { get; set; } = "";

    [Parameter, EditorRequired] public IReadOnlyList<TermMove> Terms { get; set; } = [];

    [Parameter, EditorRequired] public Language Language { get; set; }

    /// <summary>Where a term leads: the speeches that use it.</summary>
    [Parameter, EditorRequired] public Func<string, string> Link { get; set; } = null!;

    /// <summary>How the counts read: {0} is the uses in the later period (or seminar), {1} in the earlier.</summary>
    [Parameter, EditorRequired] public string CountFormat { get; set; } = "";

    /// <summary>Said when no term moved; by default that none moved that much.</summary>
    [Parameter] public string? None { get; set; }
}
