namespace NsfcSeminar.Web.Features.Wording;

/// <summary>Words that carry no theme, beside Lucene's own short English stop list: they are
/// in every speech, so counting them only crowds out the words that move.</summary>
internal static class Wordlists
{
    public static readonly string[] EnglishFunctionWords =
    [
        "about", "above", "after", "again", "all", "also", "am", "among", "any", "because", "been", "before",
        "being", "between", "both", "can", "could", "did", "does", "doing", "down", "during", "each", "every",
        "few", "from", "further", "had", "has", "have", "having", "her", "here", "hers", "him", "his", "how",
        "its", "itself", "just", "may", "more", "most", "must", "our", "ours", "ourselves", "out", "over", "own",
        "same", "shall", "she", "should", "since", "some", "such", "than", "them", "themselves", "those",
        "through", "too", "under", "until", "upon", "very", "was", "we", "were", "what", "when", "where",
        "which", "while", "who", "whom", "why", "would", "you", "your", "yours", "within", "without", "well",
        "one", "two", "three", "first", "second", "new", "many", "much", "other", "only", "now", "even",
        "make", "made", "like", "need", "needs", "way", "ways", "year", "years", "us", "let", "get",
    ];

    public static readonly string[] ChineseFunctionWords =
    [
        "我们", "他们", "你们", "这个", "那个", "这些", "那些", "一个", "一些", "以及", "或者", "但是", "因为", "所以",
        "如果", "已经", "可以", "进行", "通过", "对于", "关于", "其中", "同时", "就是", "还是", "没有", "不是", "这样",
        "怎么", "什么", "今天", "目前", "方面", "问题", "工作", "要求", "有关", "这是", "一是", "二是", "三是", "四是",
    ];
}
