using NsfcSeminar.Web.Features.Editing.Meetings;
using NsfcSeminar.Web.Features.Editing.Forms;
using NsfcSeminar.Web.Features.Editing.Speeches;

namespace NsfcSeminar.Web.Features.Editing;

internal static class EditingServiceExtensions
{
    /// <summary>The editing workspace's queries and commands. Each opens its own short-lived
    /// context per operation, so they are safe as singletons.</summary>
    public static IServiceCollection AddEditingWorkspace(this IServiceCollection services) => services
        .AddSingleton<EditorMeetingListQuery>()
        .AddSingleton<LookupQuery>()
        .AddSingleton<MeetingEditor>()
        .AddSingleton<MeetingSpeeches>()
        .AddSingleton<SpeechEditor>()
        .AddSingleton<RecordCreation>()
        .AddSingleton<EditDraftStore>()
        .AddSingleton<Sources.SourceEditor>();
}
