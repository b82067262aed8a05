/**
 * @module Forms with unsaved input register here, so the browser warns before a reload or tab close loses them and
 * an ended session is handled in place (a sign-in dialog) rather than by leaving the page.
 */
import { useEffect } from 'react';

let open = 0;

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
