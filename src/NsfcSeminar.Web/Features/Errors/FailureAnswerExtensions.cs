namespace NsfcSeminar.Web.Features.Errors;

internal static class FailureAnswerExtensions
{
    public static IServiceCollection AddFailureAnswers(this IServiceCollection services) =>
        services.AddExceptionHandler<FailureAnswers>();

    /// <summary>Every failure answers in the request's own format (<see cref="FailureAnswers"/>);
    /// pages get the friendly page in every environment: readers never see a stack trace.
    /// Text the database cannot take is refused here, once, for every endpoint.</summary>
    public static WebApplication UseFailureAnswers(this WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = "/error",
            CreateScopeForErrors = true,
            StatusCodeSelector = error => error is UnreadableInputException ? StatusCodes.Status400BadRequest : StatusCodes.Status500InternalServerError,

            // A client's bad input is not the portal's error: no error log for it.
            SuppressDiagnosticsCallback = context => context.Exception is UnreadableInputException,
        });
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.UseMiddleware<UnreadableInput>();
        return app;
    }
}
