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

// What the editor sees, as a SHA-256 digest, which saving compares with the digest of the text
// the server is about to store. Null where the browser offers no digest (a page not served over
// HTTPS or from this machine).
export async function inspect(textarea) {
    if (!globalThis.crypto?.subtle) {
        return { digest: null };
    }

    const hash = await crypto.subtle.digest("SHA-256", encoder.encode(textarea.value));
    return { digest: Array.from(new Uint8Array(hash), b => b.toString(16).padStart(2, "0")).join("") };
}

// Null for an empty text: Blazor never completes a stream of no bytes.
export function readText(textarea) {
    textarea.dataset.dirty = "false";
    return textarea.value.length === 0 ? null : encoder.encode(textarea.value);
}

export async function setText(textarea, streamRef) {
    // Read-only while the text arrives: what is typed meanwhile would be overwritten unseen.
    const readOnly = textarea.readOnly;
    textarea.readOnly = true;
    try {
        const buffer = await streamRef.arrayBuffer();
        textarea.value = decoder.decode(buffer);
        textarea.dataset.dirty = "false";
    } finally {
        textarea.readOnly = readOnly;
    }
}
