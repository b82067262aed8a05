import { Link } from 'react-router';
import type { MessageView } from '../../../contract/messages.ts';
import { Badge } from '../../components/Badge.tsx';
import { When } from '../../components/When.tsx';
import { MessageActions } from './MessageActions.tsx';
import { kindLabels, messageChannelLabels, personOf, statusLine } from './message-text.ts';

interface Props {
  messages: MessageView[];
  onOpen: (id: string) => void;
  /** On a person's page the person column says nothing new. */
  showPerson?: boolean;
  showActions?: boolean;
}

/** Messages in a table: when, to or from, who, subject, where it stands (with attempts and errors), kind. */
export function MessageTable({ messages, onOpen, showPerson = true, showActions = true }: Props) {
  return (
    <table className="table table-compact">
      <thead>
        <tr>
          <th scope="col">When</th>
          <th scope="col">To / from</th>
          {showPerson ? <th scope="col">Person</th> : null}
          <th scope="col">Subject</th>
          <th scope="col">Status</th>
          <th scope="col">Kind</th>
          {showActions ? (
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          ) : null}
        </tr>
      </thead>
      <tbody>
        {messages.map((m) => {
          const person = personOf(m);
          const subject = m.subject ?? m.body.slice(0, 80);
          const at = m.sentAt ?? m.receivedAt ?? m.createdAt;
          return (
            <tr key={m.id}>
              <td className="nowrap">
                <When at={at} />
              </td>
              <td className="cell-clip">
                {m.direction === 'in' ? `From ${m.from ?? 'unknown'}` : m.to}
                <div className="cell-sub">{messageChannelLabels[m.channel]}</div>
              </td>
              {showPerson ? <td>{person ? <Link to={person.to}>{person.name}</Link> : '—'}</td> : null}
              <td className="cell-primary">
                <button type="button" className="btn-link message-subject" onClick={() => onOpen(m.id)}>
                  {subject || '(no text)'}
                </button>
              </td>
              <td>
                <Badge tone={m.status}>{statusLine(m)}</Badge>
                {m.status === 'retrying' && m.nextAttemptAt ? (
                  <div className="cell-sub">
                    Next attempt <When at={m.nextAttemptAt} />
                  </div>
                ) : null}
                {m.lastError && (m.status === 'retrying' || m.status === 'failed') ? (
                  <div className="cell-sub message-error">{m.lastError}</div>
                ) : null}
              </td>
              <td className="nowrap">{kindLabels[m.kind] ?? m.kind}</td>
              {showActions ? (
                <td className="cell-actions">
                  <MessageActions message={m} label={subject} />
                </td>
              ) : null}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
