import { Link } from 'react-router';
import { useApi } from '../../api/hooks.ts';
import { Badge } from '../../components/Badge.tsx';
import { Dialog } from '../../components/Dialog.tsx';
import { ErrorState, Loading } from '../../components/states.tsx';
import { When } from '../../components/When.tsx';
import { formatDateTime } from '../../lib/format.ts';
import { GuardWarnings } from './GuardPanel.tsx';
import { MessageActions } from './MessageActions.tsx';
import { kindLabels, messageChannelLabels, personOf, statusLine } from './message-text.ts';

/** One message as it is stored: the body as text, where it stands, and the warnings and reason it went with. */
export function MessageDrawer({ id, onClose }: { id: string; onClose: () => void }) {
  const message = useApi('getMessage', { params: { id } });
  const m = message.data;
  const title = m ? (m.subject ?? `${messageChannelLabels[m.channel]} to ${m.to}`) : 'Message';
  return (
    <Dialog title={title} onClose={onClose} variant="drawer">
      {message.isPending ? (
        <Loading />
      ) : message.error ? (
        <ErrorState error={message.error} retry={() => message.refetch()} />
      ) : m ? (
        <MessageRecord m={m} />
      ) : null}
    </Dialog>
  );
}

function MessageRecord({ m }: { m: NonNullable<ReturnType<typeof useApi<'getMessage'>>['data']> }) {
  const person = personOf(m);
  return (
    <div className="stack">
      <div className="row-gap">
        <Badge tone={m.status}>{statusLine(m)}</Badge>
        <span className="muted">
          {messageChannelLabels[m.channel]} · {kindLabels[m.kind] ?? m.kind}
        </span>
      </div>
      <dl className="facts">
        <dt>{m.direction === 'in' ? 'From' : 'To'}</dt>
        <dd>{m.direction === 'in' ? (m.from ?? '—') : m.to}</dd>
        {person ? (
          <>
            <dt>Person</dt>
            <dd>
              <Link to={person.to}>{person.name}</Link>
            </dd>
          </>
        ) : null}
        {m.jobOrder ? (
          <>
            <dt>About</dt>
            <dd>
              <Link to={`/job-orders/${m.jobOrder.id}`}>{m.jobOrder.name}</Link>
            </dd>
          </>
        ) : null}
        <dt>Written by</dt>
        <dd>{m.sentBy?.name ?? (m.direction === 'in' ? '—' : 'Waypoint')}</dd>
        <dt>Created</dt>
        <dd>{formatDateTime(m.createdAt)}</dd>
        {m.sentAt ? (
          <>
            <dt>Sent</dt>
            <dd>{formatDateTime(m.sentAt)}</dd>
          </>
        ) : null}
        {m.receivedAt ? (
          <>
            <dt>Received</dt>
            <dd>{formatDateTime(m.receivedAt)}</dd>
          </>
        ) : null}
        {m.attempts > 0 ? (
          <>
            <dt>Attempts</dt>
            <dd>{m.attempts}</dd>
          </>
        ) : null}
        {m.nextAttemptAt && m.status === 'retrying' ? (
          <>
            <dt>Next attempt</dt>
            <dd>
              <When at={m.nextAttemptAt} />
            </dd>
          </>
        ) : null}
      </dl>
      {m.lastError && (m.status === 'retrying' || m.status === 'failed') ? (
        <p className="message-error">Last error: {m.lastError}</p>
      ) : null}
      <MessageActions message={m} label={m.subject ?? m.to} />
      <pre className="message-body">{m.body}</pre>
      {m.guardWarnings.length > 0 || m.overrideReason ? (
        <section className="stack" aria-label="Sent over warnings">
          <h3>Sent over the guard's warnings</h3>
          <GuardWarnings warnings={m.guardWarnings} />
          {m.overrideReason ? (
            <p className="message-reason">
              <strong>Reason given: </strong>
              {m.overrideReason}
            </p>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
