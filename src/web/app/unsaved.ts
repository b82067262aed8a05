/**
 * @module Forms with unsaved input register here, so the browser warns before a reload or tab close loses them, an
 * in-app link asks first (UnsavedChangesGuard), and an ended session is handled in place (a sign-in dialog) rather
 * than by leaving the page.
 */
import { useEffect } from 'react';

let open = 0;
let passUntil = 0;

const warn = (event: BeforeUnloadEvent) => {
  event.preventDefault();
};

/** Whether any form on screen holds input that was not saved. */
export const hasUnsavedInput = () => open > 0;

/** Marks the calling form as holding unsaved input while `dirty` is true. */
export function useUnsavedInput(dirty: boolean) {
  useEffect(() => {
    if (!dirty) return;
    open += 1;
    if (open === 1) window.addEventListener('beforeunload', warn);
    return () => {
      open -= 1;
      if (open === 0) window.removeEventListener('beforeunload', warn);
    };
  }, [dirty]);
}

/**
 * Lets the app's own next navigation leave without asking: the one right after a save (the form is still dirty
 * until it unmounts) or an explicit Cancel. Call it just before `navigate(...)`; it lapses after a second.
 */
export function leaveWithoutAsking() {
  passUntil = Date.now() + 1000;
}

/** Whether moving from one path to another should first ask about unsaved input. */
export function shouldAskBeforeLeaving(fromPath: string, toPath: string): boolean {
  if (Date.now() < passUntil) {
    passUntil = 0;
    return false;
  }
  // A change of only the query or hash stays on the page and keeps the form.
  return open > 0 && fromPath !== toPath;
}
