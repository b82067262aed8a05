import { Link } from 'react-router';
import type { SubmissionView } from '../../../contract/index.ts';
import { isSubmissionLive, submissionStatuses } from '../../../domain/submission.ts';
import { errorMessage } from '../../api/errors.ts';
import { useApiMutation } from '../../api/hooks.ts';
import { toast } from '../../components/toast.tsx';
import { When } from '../../components/When.tsx';
import { submissionStatusLabels } from '../../lib/labels.ts';
import { nextSubmissionStatuses } from '../../lib/transitions.ts';

interface Props {
  submissions: SubmissionView[];
  canPlace: boolean;
  onPlace: (submission: SubmissionView) => void;
}

/** The job order's pipeline: one column per submission status, one card per candidate. */
export function PipelineBoard({ submissions, canPlace, onPlace }: Props) {
  return (
    <div className="board">
      {submissionStatuses.map((status) => {
        const cards = submissions.filter((s) => s.status === status);
        return (
          <section
            key={status}
            className={`board-column board-${status}`}
            aria-label={submissionStatusLabels[status]}
          >
            <h3 className="board-title">
              {submissionStatusLabels[status]}
              <span className="count">{cards.length}</span>
            </h3>
            <ul className="board-cards">
              {cards.map((s) => (
                <BoardCard key={s.id} submission={s} canPlace={canPlace} onPlace={() => onPlace(s)} />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

function BoardCard({
  submission: s,
  canPlace,
  onPlace,
}: {
  submission: SubmissionView;
  canPlace: boolean;
  onPlace: () => void;
}) {
  const move = useApiMutation('updateSubmission');
  const moves = nextSubmissionStatuses(s.status);
  return (
    <li className="board-card">
      <article aria-label={s.candidate.name}>
        <Link to={`/candidates/${s.candidate.id}`} className="board-name">
          {s.candidate.name}
        </Link>
        <div className="board-meta">
          {s.submittedAt ? (
            <>
              Submitted <When at={s.submittedAt} />
            </>
          ) : (
            <>
              Added <When at={s.createdAt} />
            </>
          )}
          {s.createdBy ? ` by ${s.createdBy.name}` : ''}
        </div>
        {s.notes ? <p className="board-notes">{s.notes}</p> : null}
        {moves.length > 0 || (canPlace && isSubmissionLive(s.status)) ? (
          <div className="board-actions">
            {canPlace && isSubmissionLive(s.status) ? (
              <button type="button" className="btn btn-small btn-primary" onClick={onPlace}>
                Place
              </button>
            ) : null}
            {moves.map((to) => (
              <button
                key={to}
                type="button"
                className="btn btn-small"
                disabled={move.isPending}
                title={`Move to ${submissionStatusLabels[to]}`}
                onClick={() =>
                  move.mutate(
                    { params: { id: s.id }, body: { version: s.version, status: to } },
                    { onSuccess: () => toast(`${s.candidate.name}: ${submissionStatusLabels[to]}`) },
                  )
                }
              >
                {submissionStatusLabels[to]}
              </button>
            ))}
          </div>
        ) : null}
        {move.error ? (
          <p className="field-error" role="alert">
            {errorMessage(move.error)}
          </p>
        ) : null}
      </article>
    </li>
  );
}
