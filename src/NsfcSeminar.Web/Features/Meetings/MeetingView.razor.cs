using Microsoft.AspNetCore.Components;
using NsfcSeminar.Web.Markdown;

namespace NsfcSeminar.Web.Features.Meetings;

public sealed partial class MeetingView
{
    [Inject] private MarkdownRenderer Markdown { get; set; } = null!;

    [Parameter, EditorRequired] public MeetingRecord Record { get; set; } = null!;

    /// <summary>The way to compare this meeting with another, shown after its themes.</summary>
    [Parameter] public RenderFragment? Comparing { get; set; }
}
