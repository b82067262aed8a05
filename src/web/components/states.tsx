import type { ReactNode } from 'react';
import { ApiError, errorMessage } from '../api/errors.ts';

/** A quiet placeholder while something loads. */
export function Loading({ label = 'Loading…' }: { label?: string }) {
  return (
    <div className="state state-loading" aria-busy="true">
      <span className="spinner" aria-hidden="true" />
      {label}
    </div>
  );
}

/** Nothing to show yet, said plainly, with what to do about it. */
export function Empty({ children }: { children: ReactNode }) {
  return <div className="state state-empty">{children}</div>;
}

/** A failed read, in words a person can act on. */
export function ErrorState({ error, retry }: { error: unknown; retry?: () => void }) {
  const notFound = error instanceof ApiError && error.status === 404;
  const forbidden = error instanceof ApiError && error.status === 403;
  return (
    <div className="state state-error" role="alert">
      <p>
        {notFound
          ? 'This record does not exist or was removed.'
          : forbidden
            ? 'You do not have access to this.'
            : errorMessage(error)}
      </p>
      {retry && !notFound && !forbidden ? (
        <button type="button" className="btn" onClick={retry}>
          Try again
        </button>
      ) : null}
    </div>
  );
}
