namespace NsfcSeminar.Web.Features.Api;

public sealed record ApiSpeechPage(
    string Query,
    int Page,
    int PageSize,
    int PageCount,
    long Total,
    IReadOnlyList<string> Notices,
    IReadOnlyList<ApiFoundSpeech> Items);
