using Microsoft.JSInterop;
using NsfcSeminar.Data.Model;
using NsfcSeminar.Web.Features.Editing.Forms;

namespace NsfcSeminar.Web.Tests.Features.Editing;

/// <summary>Restoring a draft (or taking the other editor's version) replaces a form's fields.
/// When that happens while a field's call to the browser is still on its way, the browser has
/// already removed the field's element and the call fails. The failure must not end the editor's
/// connection: the restored form would never become editable, and what they typed next would
/// reach no one.</summary>
public sealed class ReplacedFieldTests : PortalComponentTest
{
    private readonly BunitJSModuleInterop _text;
    private readonly BunitJSModuleInterop _picker;

    public ReplacedFieldTests()
    {
        JSInterop.Mode = JSRuntimeMode.Strict;
        _text = JSInterop.SetupModule("./Features/Editing/Forms/StreamedTextArea.razor.js");
        _picker = JSInterop.SetupModule("./Features/Editing/Forms/RecordPicker.razor.js");
    }

    [Fact]
    public async Task A_long_text_field_replaced_while_it_was_still_connecting_leaves_the_connection_alive()
    {
        var attach = _text.SetupVoid("attach", _ => true);
        Render<StreamedTextArea>(p => p.Add(c => c.Id, "body").Add(c => c.Value, "Basic research"));

        await DisposeComponentsAsync();
        Assert.Single(attach.Invocations);
        attach.SetException(new JSException("Cannot read properties of null (reading 'addEventListener')"));

        await AssertTheConnectionLivesAsync();
    }

    [Fact]
    public async Task A_long_text_field_replaced_while_new_text_was_on_its_way_leaves_the_connection_alive()
    {
        _text.SetupVoid("attach", _ => true).SetVoidResult();
        _text.SetupVoid("setText", _ => true).SetVoidResult();
        var field = Render<StreamedTextArea>(p => p.Add(c => c.Id, "body").Add(c => c.Value, "Basic research"));
        var second = _text.SetupVoid("setText", _ => true);

        field.Render(p => p.Add(c => c.Value, "Basic research is the source"));
        await DisposeComponentsAsync();
        Assert.Single(second.Invocations);
        second.SetException(new JSException("Cannot read properties of null (reading 'value')"));

        await AssertTheConnectionLivesAsync();
    }

    [Fact]
    public async Task A_picker_replaced_while_it_was_still_connecting_leaves_the_connection_alive()
    {
        var guard = _picker.SetupVoid("guard", _ => true);
        Render<RecordPicker>(p => p.Add(c => c.Id, "speaker").Add(c => c.Items, [new LookupItem(1, "dou-xiankang", Bilingual.Of("Dou Xiankang", "窦贤康"))]));

        await DisposeComponentsAsync();
        Assert.Single(guard.Invocations);
        guard.SetException(new JSException("Cannot read properties of null (reading 'addEventListener')"));

        await AssertTheConnectionLivesAsync();
    }

    /// <summary>An exception the renderer catches is one that ends a Blazor Server circuit.</summary>
    private async Task AssertTheConnectionLivesAsync()
    {
        var first = await Task.WhenAny(Renderer.UnhandledException, Task.Delay(TimeSpan.FromSeconds(1)));
        Assert.NotSame(Renderer.UnhandledException, first);
    }
}
