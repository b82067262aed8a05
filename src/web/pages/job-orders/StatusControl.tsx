import { useState } from 'react';
import type { JobOrderDetail } from '../../../contract/index.ts';
import type { JobOrderStatus } from '../../../domain/job-order.ts';
import { ApiError, errorMessage } from '../../api/errors.ts';
import { useApiMutation } from '../../api/hooks.ts';
import { toast } from '../../components/toast.tsx';
import { jobOrderStatusLabels } from '../../lib/labels.ts';
import { nextJobOrderStatuses } from '../../lib/transitions.ts';

interface Props {
  order: JobOrderDetail;
  onReload: () => void;
}

/** Moves a job order to another status; refusals from the server (not allowed, changed meanwhile) are shown. */
export function StatusControl({ order, onReload }: Props) {
  const options = nextJobOrderStatuses(order.status, order.filled, order.openings);
  const [to, setTo] = useState<JobOrderStatus | ''>('');
  const update = useApiMutation('updateJobOrder');
  const error = update.error;
  const message =
    error instanceof ApiError && error.issues.length > 0
      ? `${error.message}: ${error.issues.map((i) => i.message).join('; ')}`
      : error
        ? errorMessage(error)
        : null;

  if (options.length === 0) return null;
  return (
    <form
      className="status-control"
      onSubmit={(event) => {
        event.preventDefault();
        if (!to) return;
        update.mutate(
          { params: { id: order.id }, body: { version: order.version, status: to } },
          {
            onSuccess: (saved) => {
              toast(`Status: ${jobOrderStatusLabels[saved.status]}`);
              setTo('');
            },
          },
        );
      }}
    >
      <label>
        Status
        <select value={to} onChange={(e) => setTo(e.target.value as JobOrderStatus | '')}>
          <option value="">Move to…</option>
          {options.map((s) => (
            <option key={s} value={s}>
              {jobOrderStatusLabels[s]}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="btn btn-small" disabled={!to || update.isPending}>
        Change status
      </button>
      {message ? (
        <span className="field-error" role="alert">
          {message}
          {error instanceof ApiError && error.status === 409 ? (
            <button
              type="button"
              className="btn-link"
              onClick={() => {
                update.reset();
                onReload();
              }}
            >
              Reload the latest
            </button>
          ) : null}
        </span>
      ) : null}
    </form>
  );
}
