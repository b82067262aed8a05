import type { FormProblem as Problem } from './use-server-errors.ts';

interface Props {
  problem: Problem | null;
  /** Offered on a version conflict: fetch the latest record and keep the user's changes on top of it. */
  onReloadLatest?: (() => void) | undefined;
  reloading?: boolean;
}

/** The form-level message of a failed save, above the buttons. */
export function FormProblem({ problem, onReloadLatest, reloading }: Props) {
  if (!problem) return null;
  return (
    <div className={`form-problem${problem.conflict ? ' form-problem-conflict' : ''}`} role="alert">
      <p>{problem.message}</p>
      {problem.details.length > 0 ? (
        <ul>
          {problem.details.map((detail) => (
            <li key={detail}>{detail}</li>
          ))}
        </ul>
      ) : null}
      {problem.conflict ? (
        <>
          <p>Your changes are still in the form.</p>
          {onReloadLatest ? (
            <button type="button" className="btn" onClick={onReloadLatest} disabled={reloading}>
              {reloading ? 'Loading…' : 'Load latest and keep my changes'}
            </button>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
