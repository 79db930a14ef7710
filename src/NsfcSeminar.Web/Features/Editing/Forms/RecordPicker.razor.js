// Keys the picker answers must not also move the caret or submit the form; the active option
// is scrolled into view as the arrow keys move it (aria-activedescendant does not scroll).
export function guard(input) {
    input.addEventListener('keydown', e => {
        const open = input.getAttribute('aria-expanded') === 'true';
        if (e.key === 'Enter' || e.key === 'ArrowDown' || e.key === 'ArrowUp' || (e.key === 'Escape' && open)) {
            e.preventDefault();
        }
    });
    new MutationObserver(() => {
        const id = input.getAttribute('aria-activedescendant');
        document.getElementById(id ?? '')?.scrollIntoView({ block: 'nearest' });
    }).observe(input, { attributes: true, attributeFilter: ['aria-activedescendant'] });
}

// The server sets the box's text only when it decides it (a pick, Escape, a value from outside).
export function show(input, text) {
    if (input.value !== text) {
        input.value = text;
    }
}
