using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Data.Sample;

/// <summary>The people of the sample archive. Names are family name first, as they are named.</summary>
internal sealed class SamplePeople
{
    public Person DouXiankang { get; } = Named("dou-xiankang", "Dou Xiankang", "窦贤康");

    public Person LiuZhongfan { get; } = Named("liu-zhongfan", "Liu Zhongfan", "刘忠范", academician: true);

    /// <summary>Named only as "Director Meilin" in the release; no Chinese form is known.</summary>
    public Person Meilin { get; } = Named("meilin", "Meilin", null);

    public Person LiJinghai { get; } = Named("li-jinghai", "Li Jinghai", "李静海", academician: true);

    public Person GaoRuiping { get; } = Named("gao-ruiping", "Gao Ruiping", "高瑞平");

    /// <summary>Invented for the sample seminars; not a real person.</summary>
    public Person SampleResearcher { get; } = Named("zhou-lan-sample", "Zhou Lan (sample person)", "周岚（示例人物）");

    /// <summary>Invented for the sample seminars; not a real person.</summary>
    public Person SampleOfficial { get; } = Named("he-jun-sample", "He Jun (sample person)", "何军（示例人物）");

    private static Person Named(string slug, string english, string? chinese, bool academician = false) => new()
    {
        Slug = slug,
        Name = Bilingual.Of(english, chinese),
        Honorific = academician ? Bilingual.Of("Academician", "院士") : new Bilingual(),
    };
}
