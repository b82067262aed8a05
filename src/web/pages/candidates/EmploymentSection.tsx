import { useEffect, useState } from 'react';
import { Link, useLocation } from 'react-router';
import type { EmploymentEntry } from '../../../contract/index.ts';
import { errorMessage } from '../../api/errors.ts';
import { useApi, useApiMutation } from '../../api/hooks.ts';
import { EditRemoveActions } from '../../components/EditRemoveActions.tsx';
import { Section } from '../../components/Section.tsx';
import { Empty, ErrorState, Loading } from '../../components/states.tsx';
import { formatDate, formatMoney } from '../../lib/format.ts';
import { endReasonLabels, labelOf } from '../../lib/labels.ts';
import { EmploymentDialog } from './EmploymentDialog.tsx';

interface Props {
  candidateId: string;
  canEdit: boolean;
}

/**
 * Where the candidate has worked, newest first, with the firm's own placements in it (marked and not editable: they
 * come from the placement record). Opened by the command palette with `#employment`.
 */
export function EmploymentSection({ candidateId, canEdit }: Props) {
  const history = useApi('candidateEmployment', { params: { id: candidateId } });
  const [editing, setEditing] = useState<EmploymentEntry | 'new' | null>(null);
  const location = useLocation();
  const loaded = Boolean(history.data);

  useEffect(() => {
    if (!loaded || location.hash !== '#employment') return;
    return keepInView(document.getElementById('employment'));
  }, [loaded, location.hash]);

  return (
    <Section
      id="employment"
      title="Employment history"
      count={history.data?.items.length}
      actions={
        canEdit ? (
          <button type="button" className="btn btn-small" onClick={() => setEditing('new')}>
            Add employment
          </button>
        ) : null
      }
    >
      {history.isPending ? <Loading /> : null}
      {history.error ? <ErrorState error={history.error} retry={() => history.refetch()} /> : null}
      {history.data?.items.length === 0 ? <Empty>No employment history recorded.</Empty> : null}
      {history.data && history.data.items.length > 0 ? (
        <ol className="employment-list">
          {history.data.items.map((entry) => (
            <EmploymentLine
              key={entry.id}
              entry={entry}
              candidateId={candidateId}
              canEdit={canEdit}
              onEdit={() => setEditing(entry)}
            />
          ))}
        </ol>
      ) : null}
      {editing ? (
        <EmploymentDialog
          candidateId={candidateId}
          entry={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </Section>
  );
}

/**
 * Scrolls the section to the top and keeps it there while the sections above and below finish loading (the page
 * grows, which would otherwise leave it short of the top), until the user scrolls themselves or 2 s pass.
 */
function keepInView(target: HTMLElement | null) {
  if (!target) return;
  const scroll = () => target.scrollIntoView({ block: 'start' });
  scroll();
  const observer = new ResizeObserver(scroll);
  observer.observe(document.body);
  const stop = () => observer.disconnect();
  const events = ['wheel', 'touchstart', 'keydown', 'mousedown'] as const;
  for (const name of events) window.addEventListener(name, stop, { once: true, passive: true });
  const timer = setTimeout(stop, 2000);
  return () => {
    stop();
    clearTimeout(timer);
    for (const name of events) window.removeEventListener(name, stop);
  };
}

interface LineProps {
  entry: EmploymentEntry;
  candidateId: string;
  canEdit: boolean;
  onEdit: () => void;
}

function EmploymentLine({ entry, candidateId, canEdit, onEdit }: LineProps) {
  const remove = useApiMutation('deleteEmployment');
  const placed = entry.origin === 'placement';
  const what = `${entry.title} at ${entry.employer}`;
  return (
    <li className={`employment${placed ? ' employment-placed' : ''}`}>
      <div className="employment-head">
        <div>
          <span className="employment-title">{entry.title}</span>
          {' at '}
          {entry.clientId ? (
            <Link to={`/clients/${entry.clientId}`}>{entry.employer}</Link>
          ) : (
            <span>{entry.employer}</span>
          )}
          {placed ? <span className="badge badge-placed">Placed by us</span> : null}
          {entry.current ? <span className="badge badge-active">Current</span> : null}
        </div>
        <span className="employment-dates">
          {formatDate(entry.startDate)} –{' '}
          {entry.current && !entry.endDate ? 'present' : formatDate(entry.endDate)}
        </span>
      </div>
      {entry.payRate !== null ? (
        <div className="muted">Pay {formatMoney(entry.payRate, entry.payUnit)}</div>
      ) : null}
      {entry.duties ? <p className="pre-line">{entry.duties}</p> : null}
      {entry.reasonForLeaving ? (
        <div className="muted">
          {/* A placement's line carries the end reason's code, a typed line the words someone wrote. */}
          Left: {placed ? labelOf(endReasonLabels, entry.reasonForLeaving) : entry.reasonForLeaving}
        </div>
      ) : null}
      {canEdit && !placed ? (
        <EditRemoveActions
          what={what}
          onEdit={onEdit}
          onRemove={() => remove.mutate({ params: { id: candidateId, entryId: entry.id } })}
          pending={remove.isPending}
          error={remove.error ? <span className="field-error">{errorMessage(remove.error)}</span> : null}
        />
      ) : null}
    </li>
  );
}
