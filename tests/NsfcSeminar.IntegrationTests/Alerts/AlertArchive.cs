using Microsoft.Extensions.DependencyInjection;
using NsfcSeminar.Data;
using NsfcSeminar.Data.Model;
using NsfcSeminar.IntegrationTests.Infrastructure;
using NsfcSeminar.Web.Features.Alerts;

namespace NsfcSeminar.IntegrationTests.Alerts;

/// <summary>Records and steps the alert tests share: a published seminar whose one speech says a
/// given word, and the digest run as the scheduler would run it, at a chosen moment.</summary>
internal static class AlertArchive
{
    /// <summary>A public, published seminar with a keynote that has an English title and says <paramref name="word"/>.</summary>
    public static async Task<Meeting> PublishSpeechAsync(SeminarDbContext db, string word, string title)
    {
        var speaker = ArchiveBuilder.Person("Wang Wei", "王伟");
        var meeting = ArchiveBuilder.Meeting($"Seminar on {word}", new DateOnly(2024, 11, 16));
        meeting.Speeches.Add(new Speech
        {
            Anchor = "keynote",
            SortOrder = 1,
            Kind = SpeechKind.Keynote,
            SpeakerPerson = speaker,
            Texts = { new SpeechText { Language = Language.En, Title = title, BodyMarkdown = $"On **{word}** and what follows." } },
        });
        return await meeting.SaveAsync(db);
    }

    /// <summary>Runs the digest as the scheduler does, as if it were <paramref name="later"/> from now.</summary>
    public static Task<DigestOutcome> RunDigestAsync(this PortalFactory portal, TimeSpan later) =>
        portal.Services.GetRequiredService<DigestJob>().RunAsync(DateTimeOffset.UtcNow + later, CancellationToken.None);

    /// <summary>Saves a search from the search page, as a signed-in reader does: the page's
    /// "Save this search" button (a GET form carrying the search), then the form that names it.</summary>
    public static async Task<HtmlPage> SaveSearchAsync(this HttpClient client, string searchAddress, string name, string frequency)
    {
        var search = await HtmlPage.GetAsync(client, searchAddress);
        var button = search.Document.QuerySelector(".save-search form[method=get]")
            ?? throw new InvalidOperationException($"{searchAddress} offers no 'Save this search' button.");
        var query = string.Join("&", button.QuerySelectorAll("input[type=hidden]")
            .Select(i => $"{i.GetAttribute("name")}={Uri.EscapeDataString(i.GetAttribute("value") ?? "")}"));
        return await FormPost.SubmitAsync(client, $"/en/{button.GetAttribute("action")}?{query}", "save-search", new Dictionary<string, string>
        {
            ["Input.Name"] = name,
            ["Input.Frequency"] = frequency,
        });
    }
}
