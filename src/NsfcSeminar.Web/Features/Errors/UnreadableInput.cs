using Microsoft.AspNetCore.Diagnostics;

namespace NsfcSeminar.Web.Features.Errors;

/// <summary>
/// Refuses, before any endpoint runs, a request whose query or posted form holds text that
/// PostgreSQL cannot store or compare (a NUL character, or half of a UTF-16 surrogate pair):
/// left alone, it reaches a query and fails there as a server error. The refusal is an
/// <see cref="UnreadableInputException"/>, which <see cref="FailureAnswers"/> turns into a 400
/// in the request's own format.
/// </summary>
internal sealed class UnreadableInput(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        // The error and status pages re-run the pipeline with the same query string.
        if (context.Features.Get<IExceptionHandlerFeature>() is null && context.Features.Get<IStatusCodeReExecuteFeature>() is null)
        {
            // The path needs no check: the server refuses a NUL there itself.
            foreach (var (name, values) in context.Request.Query)
            {
                Check(name, name);
                foreach (var value in values)
                {
                    Check(name, value);
                }
            }

            // Only plain forms: multipart uploads are streamed by the features that take them.
            if (context.Request.ContentType?.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase) == true)
            {
                foreach (var (name, values) in await ReadFormAsync(context))
                {
                    Check(name, name);
                    foreach (var value in values)
                    {
                        Check(name, value);
                    }
                }
            }
        }

        await next(context);
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

    private static void Check(string parameter, string? text)
    {
        if (text is not null && !IsStorable(text))
        {
            throw new UnreadableInputException(parameter);
        }
    }

    /// <summary>PostgreSQL's text type holds no NUL, and UTF-8 cannot encode an unpaired surrogate.</summary>
    public static bool IsStorable(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\0' || char.IsLowSurrogate(c))
            {
                return false;
            }

            if (char.IsHighSurrogate(c))
            {
                if (i + 1 == text.Length || !char.IsLowSurrogate(text[i + 1]))
                {
                    return false;
                }

                i++;
            }
        }

        return true;
    }
}

/// <summary>A request parameter holds text the archive cannot store; the client must change it.</summary>
internal sealed class UnreadableInputException(string parameter)
    : Exception($"The parameter '{parameter}' holds a character the archive cannot read (such as NUL).")
{
    public string Parameter { get; } = parameter;
}
