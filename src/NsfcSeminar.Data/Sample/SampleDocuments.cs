using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Data.Sample;

/// <summary>Guiding documents the sample seminars cite.</summary>
internal sealed class SampleDocuments
{
    public CitedDocument TwentiethCongress { get; } = Doc("20th-national-congress-of-the-cpc", DocumentKind.PartyCongress,
        "20th National Congress of the Communist Party of China", "中国共产党第二十次全国代表大会", new DateOnly(2022, 10, 16));

    public CitedDocument SecondPlenary { get; } = Doc("2nd-plenary-session-20th-central-committee", DocumentKind.PlenarySession,
        "2nd Plenary Session of the 20th Central Committee", "党的二十届二中全会", new DateOnly(2023, 2, 26));

    public CitedDocument ThirdPlenary { get; } = Doc("3rd-plenary-session-20th-central-committee", DocumentKind.PlenarySession,
        "3rd Plenary Session of the 20th Central Committee", "党的二十届三中全会", new DateOnly(2024, 7, 15));

    public CitedDocument NationalScienceConference { get; } = Doc("national-science-and-technology-conference-2024", DocumentKind.Conference,
        "National Science and Technology Conference (2024)", "全国科技大会", new DateOnly(2024, 6, 24));

    public CitedDocument ProvincialLeadersSeminarSpeech { get; } = Doc("speech-opening-provincial-ministerial-seminar-3rd-plenary", DocumentKind.Speech,
        "General Secretary Xi Jinping's speech at the opening of the special seminar for provincial and ministerial leaders on the spirit of the 3rd Plenary Session",
        null, null);

    public CitedDocument FundRegulations { get; } = Doc("national-natural-science-fund-regulations-revised", DocumentKind.Regulation,
        "National Natural Science Fund Regulations (revised)", "《国家自然科学基金条例》（修订）", null);

    private static CitedDocument Doc(string slug, DocumentKind kind, string english, string? chinese, DateOnly? issuedOn) =>
        new() { Slug = slug, Kind = kind, Title = Bilingual.Of(english, chinese), IssuedOn = issuedOn };
}
