import { useState } from 'react';
import { Link } from 'react-router';
import type { TouchpointView } from '../../contract/index.ts';
import { manualChannels } from '../../domain/touchpoint.ts';
import { errorMessage } from '../api/errors.ts';
import { useApiMutation } from '../api/hooks.ts';
import { channelLabels, directionLabels, endReasonLabels, labelOf, outcomeLabels } from '../lib/labels.ts';
import { When } from './When.tsx';

interface Props {
  item: TouchpointView;
  /** Show whom it was with (firm-wide lists); a record's own timeline leaves it out. */
  showSubject?: boolean;
  /** Show the candidate of a candidate's step (a client's record holds its orders' candidates' steps too). */
  showCandidate?: boolean;
  canVoid?: boolean;
}

// Only what a person logged by hand can be voided here; what Waypoint recorded follows from the records themselves.
const isVoidable = (item: TouchpointView) =>
  item.voidedBy === null &&
  item.voidsId === null &&
  item.actorType === 'user' &&
  (manualChannels as readonly string[]).includes(item.channel);

const actorName = (item: TouchpointView) =>
  item.actor?.name ??
  (item.actorType === 'subject' ? (item.candidate?.name ?? item.contact?.name ?? 'Them') : 'Waypoint');

/** One touchpoint: what happened, how, who did it, when, about what. Voided ones stay visible, struck through. */
export function TouchpointItem({ item, showSubject, showCandidate, canVoid }: Props) {
  const voided = item.voidedBy !== null;
  return (
    <li className={`tp${voided ? ' tp-voided' : ''}`} data-channel={item.channel}>
      <div className="tp-line">
        {/* The firm's own name for the step, as its journey definition has it. */}
        <span className="tp-activity">{item.activityLabel}</span>
        {labelOf(channelLabels, item.channel) !== item.activityLabel ? (
          <span className="tp-chip">{labelOf(channelLabels, item.channel)}</span>
        ) : null}
        {item.direction ? <span className="tp-chip">{labelOf(directionLabels, item.direction)}</span> : null}
        {item.outcome ? (
          <span className="tp-outcome">
            {/* An assignment's end carries its end reason as the outcome. */}
            {labelOf(item.activity === 'assignment_ended' ? endReasonLabels : outcomeLabels, item.outcome)}
          </span>
        ) : null}
        {voided ? <span className="badge badge-voided">Voided</span> : null}
        <span className="tp-when">
          <When at={item.occurredAt} />
        </span>
      </div>
      {item.summary ? <p className="tp-summary">{item.summary}</p> : null}
      <div className="tp-meta">
        <span>by {actorName(item)}</span>
        {(showSubject || showCandidate) && item.candidate ? (
          <span>
            with <Link to={`/candidates/${item.candidate.id}`}>{item.candidate.name}</Link>
          </span>
        ) : null}
        {showSubject && item.client ? (
          <span>
            at <Link to={`/clients/${item.client.id}`}>{item.client.name}</Link>
          </span>
        ) : null}
        {item.contact ? <span>with {item.contact.name}</span> : null}
        {item.jobOrder ? (
          <span>
            about <Link to={`/job-orders/${item.jobOrder.id}`}>{item.jobOrder.name}</Link>
          </span>
        ) : null}
        {item.voidsId !== null ? <span>corrects an earlier entry</span> : null}
        {canVoid && isVoidable(item) ? <VoidControl item={item} /> : null}
      </div>
    </li>
  );
}

/** Voiding appends a correction; the original stays in the record, struck through. */
function VoidControl({ item }: { item: TouchpointView }) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const mutation = useApiMutation('voidTouchpoint');
  if (!open) {
    return (
      <button type="button" className="btn-link" onClick={() => setOpen(true)}>
        Void
      </button>
    );
  }
  return (
    <form
      className="void-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (reason.trim()) mutation.mutate({ params: { id: item.id }, body: { reason: reason.trim() } });
      }}
    >
      <label>
        Reason for voiding
        <input value={reason} onChange={(e) => setReason(e.target.value)} maxLength={500} required />
      </label>
      <button type="submit" className="btn btn-small" disabled={mutation.isPending || !reason.trim()}>
        Confirm void
      </button>
      <button type="button" className="btn btn-small btn-ghost" onClick={() => setOpen(false)}>
        Keep
      </button>
      {mutation.error ? <span className="field-error">{errorMessage(mutation.error)}</span> : null}
    </form>
  );
}
