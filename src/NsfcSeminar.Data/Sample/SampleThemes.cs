using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Data.Sample;

/// <summary>The reform-theme vocabulary the archive starts with (see docs: DOMAIN.md).</summary>
internal sealed class SampleThemes
{
    private readonly Dictionary<string, ReformTheme> _bySlug = [];

    public SampleThemes()
    {
        Branch("basic-research", "Basic research", "基础研究",
            "Research that seeks new knowledge without an immediate application in view.", "以获取新知识为目的、不以特定应用为直接目标的研究。",
            ("original-innovation", "Original innovation", "原始创新"),
            ("free-exploration", "Free exploration", "自由探索"),
            ("layout-of-basic-research", "Layout of basic research", "基础研究布局"),
            ("applied-basic-research", "Applied basic research and key core technologies", "应用基础研究与关键核心技术"));
        Branch("science-fund-reform", "Science fund reform", "科学基金改革",
            "How the foundation funds, reviews and manages research.", "科学基金的资助、评审与管理方式的改革。",
            ("funding-efficiency", "Funding efficiency", "资助效能"),
            ("review-and-evaluation-reform", "Review and evaluation reform", "评审机制改革"),
            ("management-of-major-projects", "Management of major projects", "重大项目管理"),
            ("major-research-instruments", "Major research instrument projects", "国家重大科研仪器研制项目"));
        Branch("talent", "Talent", "人才资助体系",
            "Support for researchers across their careers.", "覆盖科研人员各职业阶段的资助体系。",
            ("young-scientists", "Young scientists", "青年科学家"),
            ("stable-support-for-talent", "Stable support for innovative talent", "稳定支持创新人才"));
        Branch("research-integrity-and-environment", "Research integrity and environment", "风清气正的科研生态",
            "The conditions and norms under which research is done.", "科研活动所依托的规范与环境。",
            ("integrity-and-innovation", "Integrity and innovation", "守正创新"),
            ("academic-ethics", "Academic ethics", "学术伦理"),
            ("research-misconduct", "Research misconduct", "科研不端"));
        Branch("international-cooperation", "International cooperation", "国际合作",
            "Working with researchers and funders abroad.", "与境外科研人员及资助机构的合作。",
            ("world-class-science-centres", "World-class science centres", "世界科学中心"),
            ("open-collaboration", "Open collaboration", "开放合作"));
        Branch("governance-and-party-building", "Governance and Party building", "治理与党的建设",
            "How the foundation governs itself.", "基金委自身的治理与建设。",
            ("strict-self-governance", "Strict self-governance", "全面从严治党"),
            ("discipline", "Discipline", "纪律建设"),
            ("management-team-building", "Management team building", "管理队伍建设"));
        Branch("national-goals", "National goals", "国家目标",
            "The national aims the foundation's work serves.", "基金委工作所服务的国家目标。",
            ("strong-science-country-2035", "A strong science and technology country by 2035", "科技强国"),
            ("high-level-self-reliance", "High-level self-reliance in science and technology", "高水平科技自立自强"),
            ("new-quality-productive-forces", "New quality productive forces", "新质生产力"));
    }

    public IEnumerable<ReformTheme> All => _bySlug.Values;

    public ReformTheme this[string slug] => _bySlug[slug];

    private void Branch(
        string slug, string english, string chinese, string descriptionEn, string descriptionZh,
        params (string Slug, string English, string Chinese)[] children)
    {
        var parent = Add(slug, english, chinese, null, _bySlug.Count);
        parent.Description = Bilingual.Of(descriptionEn, descriptionZh);
        for (var i = 0; i < children.Length; i++)
        {
            Add(children[i].Slug, children[i].English, children[i].Chinese, parent, i);
        }
    }

    private ReformTheme Add(string slug, string english, string chinese, ReformTheme? parent, int order)
    {
        var theme = new ReformTheme { Slug = slug, Name = Bilingual.Of(english, chinese), Parent = parent, SortOrder = order };
        _bySlug.Add(slug, theme);
        return theme;
    }
}
