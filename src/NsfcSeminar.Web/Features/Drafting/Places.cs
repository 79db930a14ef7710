namespace NsfcSeminar.Web.Features.Drafting;

/// <summary>The cities releases name most, in both languages, so a place read in one language is
/// proposed in the other too. Anything else is left for the editor.</summary>
internal static class Places
{
    private static readonly (string En, string Zh)[] Cities =
    [
        ("Beijing", "北京"), ("Shanghai", "上海"), ("Tianjin", "天津"), ("Chongqing", "重庆"), ("Hefei", "合肥"),
        ("Wuhan", "武汉"), ("Hangzhou", "杭州"), ("Nanjing", "南京"), ("Guangzhou", "广州"), ("Shenzhen", "深圳"),
        ("Chengdu", "成都"), ("Xi'an", "西安"), ("Changsha", "长沙"), ("Harbin", "哈尔滨"), ("Lanzhou", "兰州"),
    ];

    public static string? ChineseOf(string english) =>
        Cities.FirstOrDefault(c => string.Equals(c.En, english, StringComparison.OrdinalIgnoreCase)).Zh;

    public static string? EnglishOf(string chinese) => chinese == "京" ? "Beijing" : Cities.FirstOrDefault(c => c.Zh == chinese).En;

    public static IEnumerable<string> ChineseNames => Cities.Select(c => c.Zh);
}
