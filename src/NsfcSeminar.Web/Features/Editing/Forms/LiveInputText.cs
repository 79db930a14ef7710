using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.AspNetCore.Components.Rendering;

namespace NsfcSeminar.Web.Features.Editing.Forms;

/// <summary>
/// An <see cref="InputText"/> that sends each keystroke rather than waiting for the field to lose
/// focus, so that the draft kept every few seconds holds what is being typed. Only for short,
/// length-limited fields (maxlength): long texts go through <see cref="StreamedTextArea"/>.
/// </summary>
public sealed class LiveInputText : InputText
{
    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        builder.OpenElement(0, "input");
        builder.AddMultipleAttributes(1, AdditionalAttributes);
        if (!string.IsNullOrEmpty(NameAttributeValue))
        {
            builder.AddAttribute(2, "name", NameAttributeValue);
        }

        builder.AddAttribute(3, "class", CssClass);
        builder.AddAttribute(4, "value", CurrentValueAsString);
        builder.AddAttribute(5, "oninput", EventCallback.Factory.CreateBinder<string?>(this, value => CurrentValueAsString = value, CurrentValueAsString));
        builder.AddElementReferenceCapture(6, reference => Element = reference);
        builder.CloseElement();
    }
}
