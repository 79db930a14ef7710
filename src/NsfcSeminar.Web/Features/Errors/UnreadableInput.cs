using System.Diagnostics.CodeAnalysis;
using System.Text;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.Primitives;

namespace NsfcSeminar.Web.Features.Errors;

/// <summary>
/// Stops, before any endpoint runs, text that PostgreSQL cannot store or compare (a NUL
/// character, or half of a UTF-16 surrogate pair): left alone, it reaches a query and fails there
/// as a server error. Machines (the API, OAI-PMH, feeds, exports) are told: an
/// <see cref="UnreadableInputException"/>, which <see cref="FailureAnswers"/> turns into a 400 in
/// their format. A reader's address loses the characters and the page is shown, as it is for
/// other stray characters; a posted form that holds one is refused with the friendly page.
/// The path needs no check: the server refuses a NUL there itself.
/// </summary>
internal sealed class UnreadableInput(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        // The error and status pages re-run the pipeline with the same query string.
        if (context.Features.Get<IExceptionHandlerFeature>() is null && context.Features.Get<IStatusCodeReExecuteFeature>() is null)
        {
            CheckQuery(context);

            // Only plain forms: multipart uploads are streamed by the features that take them.
            if (context.Request.ContentType?.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase) == true)
            {
                Check(await ReadFormAsync(context));
            }
        }

        await next(context);
    }

    private static void CheckQuery(HttpContext context)
    {
        var query = context.Request.Query;
        if (query.All(pair => IsStorable(pair.Key) && pair.Value.All(value => value is null || IsStorable(value))))
        {
            return;
        }

        if (RequestKinds.Of(context) != RequestKind.Page)
        {
            Check(query);
        }

        context.Request.QueryString = QueryString.Create(query.SelectMany(pair =>
            pair.Value.Select(value => new KeyValuePair<string, string?>(Storable(pair.Key), Storable(value)))));
    }

    /// <summary>The form reader refuses a NUL itself, as invalid data: the same refusal.</summary>
    private static async Task<IFormCollection> ReadFormAsync(HttpContext context)
    {
        try
        {
            return await context.Request.ReadFormAsync(context.RequestAborted);
        }
        catch (InvalidDataException)
        {
            throw new UnreadableInputException("form");
        }
    }

    private static void Check(IEnumerable<KeyValuePair<string, StringValues>> parameters)
    {
        foreach (var (name, values) in parameters)
        {
            if (!IsStorable(name) || values.Any(value => value is not null && !IsStorable(value)))
            {
                throw new UnreadableInputException(name);
            }
        }
    }

    /// <summary>PostgreSQL's text type holds no NUL, and UTF-8 cannot encode an unpaired surrogate.</summary>
    public static bool IsStorable(string text) => BadAt(text, 0) < 0;

    [return: NotNullIfNotNull(nameof(text))]
    private static string? Storable(string? text)
    {
        if (text is null || BadAt(text, 0) < 0)
        {
            return text;
        }

        var kept = new StringBuilder(text.Length);
        for (int start = 0, bad; start < text.Length; start = bad + 1)
        {
            bad = BadAt(text, start);
            bad = bad < 0 ? text.Length : bad;
            kept.Append(text, start, bad - start);
        }

        return kept.ToString();
    }

    /// <summary>The index of the first character from <paramref name="start"/> that PostgreSQL
    /// cannot take, or -1.</summary>
    private static int BadAt(string text, int start)
    {
        for (var i = start; i < text.Length; i++)
        {
            if (text[i] == '\0' || char.IsLowSurrogate(text[i]))
            {
                return i;
            }

            if (char.IsHighSurrogate(text[i]))
            {
                if (i + 1 == text.Length || !char.IsLowSurrogate(text[i + 1]))
                {
                    return i;
                }

                i++;
            }
        }

        return -1;
    }
}

/// <summary>A request parameter holds text the archive cannot store; the client must change it.</summary>
internal sealed class UnreadableInputException(string parameter)
    : Exception($"The parameter '{parameter}' holds a character the archive cannot read (such as NUL).")
{
    public string Parameter { get; } = parameter;
}
