using System.Resources;
using NsfcSeminar.Data.Model;
using NsfcSeminar.Web.Features.Editing.Forms;
using NsfcSeminar.Web.Localization;

namespace NsfcSeminar.Benchmarks;

/// <summary>The editing workspace in one of its languages, as an editor who reads that language
/// sees it: the interface's words read by key from the portal's own compiled resources (so a
/// Chinese run clicks what a Chinese-speaking editor reads, and a changed wording needs no change
/// here), records named as its pickers name them, pages under <c>/en/</c> or <c>/zh/</c>.</summary>
internal sealed class Workspace(Language language)
{
    private static readonly ResourceManager Resources = new(typeof(SharedResource));

    public Language Language => language;

    public string Code => language.Code();

    /// <summary>The browser's locale: a Chinese-speaking editor's browser asks for Chinese.</summary>
    public string Locale => language == Language.Zh ? "zh-CN" : "en-GB";

    /// <summary>An interface string by its resource key ("Editing.Publish").</summary>
    public string this[string key] => Resources.GetString(key, language.Culture())
        ?? throw new InvalidOperationException($"The portal's resources have no string {key}.");

    /// <summary>A record as the workspace's pickers and lists name it.</summary>
    public string Label(Bilingual name) => new LookupItem(0, "", name).LabelIn(language);

    /// <summary>What an editor types to find a record: its name in the workspace's language, else the other.</summary>
    public string Typed(Bilingual name) => name.In(language) ?? name.In(language.Other()) ?? "";

    /// <summary>The workspaces SEMINAR_BENCH_LANGUAGE names ("en", "zh" or "en zh"), English by default.</summary>
    public static IReadOnlyList<Workspace> FromEnvironment() =>
    [
        .. (Environment.GetEnvironmentVariable("SEMINAR_BENCH_LANGUAGE") ?? "en")
            .Split([' ', ','], StringSplitOptions.RemoveEmptyEntries)
            .Select(code => new Workspace(Languages.FromCode(code) ?? throw new InvalidOperationException($"SEMINAR_BENCH_LANGUAGE: no workspace language {code} (en or zh)."))),
    ];
}
