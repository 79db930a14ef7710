// Shows a record's new address without a navigation (see AddressBar.razor).
export function replace(address) {
    history.replaceState(history.state, "", new URL(address, document.baseURI));
}
