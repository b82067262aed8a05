import { useEffect } from 'react';

// Listening starts when the app's code loads, not when the shell mounts: a Ctrl+K pressed while the first page is
// still fetching the session is remembered and opens the palette as soon as the shell is there.
let handler: (() => void) | null = null;
let pending = false;

const isShortcut = (event: KeyboardEvent) =>
  (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'k';

if (typeof window !== 'undefined') {
  window.addEventListener('keydown', (event) => {
    if (!isShortcut(event)) return;
    // Ctrl+K on the sign-in page belongs to the browser.
    if (!handler && window.location.pathname.startsWith('/login')) return;
    event.preventDefault();
    if (handler) handler();
    else pending = true;
  });
}

/** Ctrl+K (and ⌘K on a Mac) from anywhere, even inside a text field, toggles the command palette. */
export function usePaletteShortcut(toggle: () => void) {
  useEffect(() => {
    handler = toggle;
    if (pending) {
      pending = false;
      toggle();
    }
    return () => {
      if (handler === toggle) handler = null;
    };
  }, [toggle]);
}
