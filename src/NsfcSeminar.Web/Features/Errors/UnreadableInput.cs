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
        if (query.All(pair => StorableText.IsStorable(pair.Key) && pair.Value.All(value => value is null || StorableText.IsStorable(value))))
        {
            return;
        }

        if (RequestKinds.Of(context) != RequestKind.Page)
        {
            Check(query);
        }

        context.Request.QueryString = QueryString.Create(query.SelectMany(pair =>
            pair.Value.Select(value => new KeyValuePair<string, string?>(StorableText.Strip(pair.Key), StorableText.Strip(value)))));
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
            if (!StorableText.IsStorable(name) || values.Any(value => value is not null && !StorableText.IsStorable(value)))
            {
                throw new UnreadableInputException(name);
            }
        }
    }
}
