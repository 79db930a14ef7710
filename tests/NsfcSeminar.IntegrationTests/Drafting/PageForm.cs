using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using NsfcSeminar.IntegrationTests.Infrastructure;

namespace NsfcSeminar.IntegrationTests.Drafting;

/// <summary>Submits a form already on a page as a browser would: every field with its current
/// value (text, hidden, checked boxes, selected options, text areas), plus any overrides.</summary>
internal static class PageForm
{
    public static async Task<HtmlPage> SubmitAsync(HttpClient client, HtmlPage page, string formName, IReadOnlyDictionary<string, string>? overrides = null)
    {
        var form = page.Document.QuerySelectorAll("form")
            .FirstOrDefault(f => f.QuerySelector($"input[name='_handler'][value='{formName}']") is not null)
            ?? throw new InvalidOperationException($"{page.Address} has no form named '{formName}'.");
        var values = Values(form);
        foreach (var (name, value) in overrides ?? new Dictionary<string, string>())
        {
            values.RemoveAll(v => v.Key == name);
            values.Add(new(name, value));
        }

        var action = form.GetAttribute("action");
        var target = string.IsNullOrEmpty(action) ? page.Address : new Uri(new Uri(page.Address, page.BasePath), action);
        using var content = new FormUrlEncodedContent(values);
        using var response = await client.PostAsync(target, content);
        return await HtmlPage.FromResponseAsync(response, client);
    }

    public static List<KeyValuePair<string, string>> Values(IElement form)
    {
        var values = new List<KeyValuePair<string, string>>();
        foreach (var element in form.QuerySelectorAll("input[name], select[name], textarea[name]"))
        {
            var name = element.GetAttribute("name")!;
            switch (element)
            {
                case IHtmlInputElement { Type: "checkbox" or "radio" } box:
                    if (box.IsChecked)
                    {
                        values.Add(new(name, box.Value));
                    }

                    break;
                case IHtmlInputElement input:
                    values.Add(new(name, input.Value));
                    break;
                case IHtmlSelectElement select:
                    values.Add(new(name, select.Value ?? ""));
                    break;
                case IHtmlTextAreaElement area:
                    values.Add(new(name, area.Value));
                    break;
            }
        }

        return values;
    }
}
