/** @module "Your session ended": a tiny store the API layer sets and the app shell shows as a sign-in dialog. */
import { useSyncExternalStore } from 'react';

let needed = false;
const listeners = new Set<() => void>();
const emit = () => {
  for (const listener of listeners) listener();
};

export const requestReauth = () => {
  needed = true;
  emit();
};
export const reauthDone = () => {
  needed = false;
  emit();
};

/** True while the user must sign in again before their next save can go through. */
export const useReauthNeeded = () =>
  useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => needed,
  );
