// The text of a long textarea travels to the server as a stream, never inside one SignalR
// message: Blazor Server refuses messages over 32 KB, and a bound textarea holding a pasted
// 300 KB speech would silently lose it. The server is only told "changed"; it then pulls the
// text through an IJSStreamReference, and pushes text in through a DotNetStreamReference.

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export function attach(textarea, dotnet) {
    let timer = 0;
    const notify = () => {
        clearTimeout(timer);
        timer = 0;
        if (textarea.dataset.dirty === "true") {
            // Refused only when the field has just been replaced or the connection is gone; the
            // text stays marked unsent, and saving (or the next edit) sends it.
            dotnet.invokeMethodAsync("TextChanged").catch(() => { });
        }
    };
    textarea.addEventListener("input", () => {
        textarea.dataset.dirty = "true";
        clearTimeout(timer);
        timer = setTimeout(notify, 400);
    });
    textarea.addEventListener("change", notify);
}

export function isDirty(textarea) {
    return textarea.dataset.dirty === "true";
}

export function readText(textarea) {
    textarea.dataset.dirty = "false";
    return encoder.encode(textarea.value);
}

export async function setText(textarea, streamRef) {
    const buffer = await streamRef.arrayBuffer();
    textarea.value = decoder.decode(buffer);
    textarea.dataset.dirty = "false";
}
