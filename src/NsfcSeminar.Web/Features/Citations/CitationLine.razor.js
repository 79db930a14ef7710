// Copy buttons for the citation lines. Loaded once for the whole portal (App.razor), because
// Blazor's enhanced navigation does not run scripts that a page adds. Without this module the
// buttons stay hidden and the citation is still plain text to select and copy.
const buttons = 'button.citation__copy';

function reveal() {
    if (!navigator.clipboard) {
        return;
    }

    for (const button of document.querySelectorAll(buttons)) {
        button.hidden = false;
    }
}

document.addEventListener('click', async (event) => {
    const button = event.target instanceof Element ? event.target.closest(buttons) : null;
    if (!button) {
        return;
    }

    const status = button.parentElement.querySelector('.citation__status');
    try {
        await navigator.clipboard.writeText(button.dataset.citation);
        status.textContent = button.dataset.copied;
    } catch {
        status.textContent = button.dataset.failed;
    }
});

reveal();
window.Blazor?.addEventListener?.('enhancedload', reveal);
