/**
 * @module What follows a placement, wherever placements are listed: "Check in" and "End assignment" on an active
 * one, and its check-ins and ending underneath.
 */
import { useState } from 'react';
import type { PlacementView } from '../../contract/index.ts';
import { formatDate, formatDateTime } from '../lib/format.ts';
import { checkInKindLabels, endReasonLabels, labelOf } from '../lib/labels.ts';
import { CheckInDialog } from './CheckInDialog.tsx';
import { EndAssignmentDialog } from './EndAssignmentDialog.tsx';

interface ActionsProps {
  placement: PlacementView;
  /** Completes the buttons' names for screen readers when a list holds several placements ("on Forklift operator"). */
  what: string;
}

/** "Check in" and "End assignment" for an active placement, and the dialogs they open. */
export function PlacementActions({ placement, what }: ActionsProps) {
  const [open, setOpen] = useState<'check-in' | 'end' | null>(null);
  const close = () => setOpen(null);
  return (
    <>
      {placement.status === 'active' ? (
        <span className="line-actions">
          <button type="button" className="btn btn-small" onClick={() => setOpen('check-in')}>
            Check in<span className="visually-hidden"> {what}</span>
          </button>
          <button type="button" className="btn btn-small" onClick={() => setOpen('end')}>
            End assignment<span className="visually-hidden"> {what}</span>
          </button>
        </span>
      ) : null}
      {open === 'check-in' ? <CheckInDialog placement={placement} onClose={close} /> : null}
      {open === 'end' ? <EndAssignmentDialog placement={placement} onClose={close} /> : null}
    </>
  );
}

/** Whether a placement has anything to show underneath it. */
export const hasFollowUp = (p: PlacementView) => p.checkIns.length > 0 || p.status === 'ended';

/** How an assignment ended, and its check-ins, newest first. */
export function PlacementFollowUp({ placement: p }: { placement: PlacementView }) {
  const checkIns = [...p.checkIns].sort((a, b) => b.occurredAt.localeCompare(a.occurredAt));
  return (
    <div className="follow-up">
      {p.status === 'ended' ? (
        <p className="follow-up-end">
          Ended {formatDate(p.endedOn)} · {labelOf(endReasonLabels, p.endReason)}
          {p.endNotes ? <span className="pre-line muted"> — {p.endNotes}</span> : null}
        </p>
      ) : null}
      {checkIns.length > 0 ? (
        <ul className="checkins" aria-label="Check-ins">
          {checkIns.map((c) => (
            <li key={c.id}>
              <span className="checkin-kind">Check-in: {labelOf(checkInKindLabels, c.kind)}</span>
              {' · '}
              {formatDateTime(c.occurredAt)}
              {c.by ? ` · by ${c.by.name}` : ''}
              {c.satisfaction !== null ? (
                <span className="checkin-satisfaction"> · satisfaction {c.satisfaction}/5</span>
              ) : null}
              {c.notes ? <p className="pre-line muted">{c.notes}</p> : null}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
