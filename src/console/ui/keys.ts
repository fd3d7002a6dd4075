// The console's shortcuts named as the reader's keyboard has them: ⌘ on Apple devices, Ctrl elsewhere
// (Monaco binds Ctrl/⌘+Enter the same way). Naming one key only also keeps ⌘, which the text fonts of
// most other systems lack, from costing a font fallback lookup as the console opens.
const apple = (): boolean => /Macintosh|iPhone|iPad/.test(navigator.userAgent);

export const runKeys = (): string => (apple() ? '⌘+Enter' : 'Ctrl+Enter');

/** On macOS ⌘+M minimizes the window: there the Tab mode is Ctrl+Shift+M, which the plain field takes too. */
export const tabModeKeys = (): string => (apple() ? 'Ctrl+Shift+M' : 'Ctrl+M');
