namespace NsfcSeminar.IntegrationTests.Infrastructure;

/// <summary>
/// Submits a static server-rendered form as a browser does: loads the page, takes the form's
/// antiforgery token and handler name from it, and posts the fields (following redirects).
/// </summary>
public static class FormPost
{
    /// <param name="formName">The form's <c>FormName</c> (<c>@formname</c>).</param>
    /// <param name="fields">Field names as the form writes them, e.g. <c>Input.Email</c>.</param>
    public static async Task<HtmlPage> SubmitAsync(HttpClient client, string url, string formName, IReadOnlyDictionary<string, string> fields)
    {
        using var response = await SendAsync(client, url, formName, fields);
        return await HtmlPage.FromResponseAsync(response, client);
    }

    /// <summary>As <see cref="SubmitAsync"/>, for a test that reads the response itself (its
    /// status, its cookies) rather than the page it shows.</summary>
    public static async Task<HttpResponseMessage> SendAsync(HttpClient client, string url, string formName, IReadOnlyDictionary<string, string> fields)
    {
        var page = await HtmlPage.GetAsync(client, url);
        var form = page.Document.QuerySelectorAll("form")
            .FirstOrDefault(f => f.QuerySelector($"input[name='_handler'][value='{formName}']") is not null)
            ?? throw new InvalidOperationException($"{url} has no form named '{formName}'.");
        var values = form.QuerySelectorAll("input[type='hidden'][name]")
            .ToDictionary(input => input.GetAttribute("name")!, input => input.GetAttribute("value") ?? "");
        foreach (var (name, value) in fields)
        {
            values[name] = value;
        }

        var action = form.GetAttribute("action");
        var target = string.IsNullOrEmpty(action) ? page.Address : new Uri(new Uri(page.Address, page.BasePath), action);
        using var content = new FormUrlEncodedContent(values);
        return await client.PostAsync(target, content);
    }
}
