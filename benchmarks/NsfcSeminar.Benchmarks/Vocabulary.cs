using System.Text;

namespace NsfcSeminar.Benchmarks;

/// <summary>Words for synthetic speeches: real policy vocabulary at the head, invented words in a
/// long tail (so that selective queries exist), drawn with Zipf frequencies.</summary>
internal sealed class Vocabulary
{
    private static readonly string[] EnglishHead =
    [
        "the", "of", "and", "to", "in", "research", "science", "funding", "foundation", "support", "innovation", "basic",
        "national", "projects", "evaluation", "talent", "young", "scientists", "system", "development", "international",
        "cooperation", "policy", "review", "peer", "quality", "interdisciplinary", "discipline", "frontier", "original",
        "applications", "management", "integrity", "strategy", "priority", "breakthrough", "technology", "universities",
        "institutes", "programme", "grants", "investment", "committee", "mechanism", "open", "data", "society",
        "economy", "industry", "collaboration", "mission", "excellence", "assessment", "career", "capacity", "global",
    ];

    private const string Hanzi = "科学研究基金资助创新人才项目评审国际合作体系发展战略重点学科交叉前沿原始管理诚信机制质量青年培养支持投入服务经济社会产业数据开放卓越使命能力全球高校院所计划委员会评价突破技术应用政策加强推进完善深化落实建设提升";

    private static readonly string[] ChineseHead =
    [
        "科学", "研究", "基金", "资助", "创新", "人才", "项目", "评审", "国际合作", "基础研究", "体系", "发展", "战略", "重点",
        "学科", "交叉", "前沿", "原始创新", "管理", "科研诚信", "机制", "质量", "青年", "培养", "支持", "经济", "社会", "开放",
    ];

    private readonly Random _random;
    private readonly string[] _english;
    private readonly string[] _chinese;
    private readonly Zipf _englishPick;
    private readonly Zipf _chinesePick;

    public Vocabulary(Random random)
    {
        _random = random;
        _english = [.. EnglishHead, .. Enumerable.Range(0, 6000).Select(InventedEnglish)];
        _chinese = [.. ChineseHead, .. Enumerable.Range(0, 8000).Select(_ => InventedChinese())];
        _englishPick = new Zipf(_english.Length, 1.05, random);
        _chinesePick = new Zipf(_chinese.Length, 1.05, random);
    }

    /// <summary>A text of about <paramref name="length"/> characters; the broad word ("reform",
    /// 改革) appears in it when <paramref name="broad"/>.</summary>
    public string Text(bool chinese, int length, bool broad)
    {
        var builder = new StringBuilder(length + 40);
        var sentence = 0;
        while (builder.Length < length)
        {
            if (broad && sentence == 2)
            {
                builder.Append(chinese ? "深化改革" : "reform ");
            }

            var words = _random.Next(6, 18);
            for (var i = 0; i < words; i++)
            {
                builder.Append(chinese ? _chinese[_chinesePick.Next()] : _english[_englishPick.Next()]);
                if (!chinese)
                {
                    builder.Append(' ');
                }
            }

            builder.Length -= chinese ? 0 : 1;
            builder.Append(chinese ? "。" : ". ");
            sentence++;
            if (sentence % 5 == 0)
            {
                builder.Append("\n\n");
            }
        }

        return builder.ToString();
    }

    private static string InventedEnglish(int i)
    {
        const string consonants = "bcdfghklmnprstvz";
        const string vowels = "aeiou";
        var builder = new StringBuilder("q");
        for (var n = i + 7; builder.Length < 7; n /= 5)
        {
            builder.Append(consonants[n % consonants.Length]).Append(vowels[(n / 3) % vowels.Length]);
        }

        return builder.Append(i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToString();
    }

    private string InventedChinese() => string.Concat(Hanzi[_random.Next(Hanzi.Length)], Hanzi[_random.Next(Hanzi.Length)]);
}
