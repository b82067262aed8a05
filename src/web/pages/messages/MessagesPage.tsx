import { Link, useSearchParams } from 'react-router';
import { canReadCandidateSettings } from '../../../domain/roles.ts';
import { useApi } from '../../api/hooks.ts';
import { useSession } from '../../app/session.tsx';
import { Empty, ErrorState, Loading } from '../../components/states.tsx';
import { Pager } from '../../components/table.tsx';
import { MessageDrawer } from './MessageDrawer.tsx';
import { MessageTable } from './MessageTable.tsx';
import '../../styles/messages.css';

const boxes = [
  { value: 'outbox', label: 'Outbox', empty: 'Nothing waits in the outbox.' },
  { value: 'proposed', label: 'Proposed', empty: 'No status updates wait for you.' },
  { value: 'failed', label: 'Failed', empty: 'No message failed.' },
  { value: 'sent', label: 'Sent', empty: 'Nothing sent yet.' },
  { value: 'inbox', label: 'Inbox', empty: 'No messages came in.' },
  { value: 'triage', label: 'Triage', empty: 'Every message that came in is filed.' },
] as const;
type Box = (typeof boxes)[number]['value'];
const isBox = (value: string | null): value is Box => boxes.some((b) => b.value === value);

/** The firm's messages by where they stand: waiting, proposed, failed, sent, received, and to be filed. */
export function MessagesPage() {
  const user = useSession();
  const [params, setParams] = useSearchParams();
  const raw = params.get('box');
  const box: Box = isBox(raw) ? raw : 'outbox';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const pageSize = Number(params.get('pageSize')) || 25;
  const open = params.get('open');
  const counts = useApi('messageCounts', {}, { refetchInterval: 60_000 });
  const list = useApi(
    'listMessages',
    { query: { box, page, pageSize } },
    { placeholderData: (previous) => previous },
  );
  const update = (next: Record<string, string | null>) =>
    setParams((current) => {
      const copy = new URLSearchParams(current);
      for (const [key, value] of Object.entries(next)) {
        if (value === null) copy.delete(key);
        else copy.set(key, value);
      }
      return copy;
    });
  const countOf = (b: Box) =>
    b === 'outbox' || b === 'proposed' || b === 'failed' || b === 'triage' ? counts.data?.[b] : undefined;
  const current = boxes.find((b) => b.value === box) ?? boxes[0];

  return (
    <div className="page">
      <header className="page-header">
        <h1>Messages</h1>
        <div className="quick-actions">
          <Link to="/settings/messages" className="btn btn-ghost">
            Templates and settings
          </Link>
          {canReadCandidateSettings(user) ? (
            <Link to="/settings/status-page" className="btn btn-ghost">
              Status page resources
            </Link>
          ) : null}
        </div>
      </header>
      {counts.data && !counts.data.transports.email ? (
        <p className="messages-banner" role="status">
          Email is not configured: messages wait in the outbox.
        </p>
      ) : null}
      <div className="tabs messages-tabs" role="tablist" aria-label="Boxes">
        {boxes.map((b) => {
          const count = countOf(b.value);
          return (
            <button
              key={b.value}
              type="button"
              role="tab"
              aria-selected={box === b.value}
              className={`tab${box === b.value ? ' is-on' : ''}`}
              onClick={() => update({ box: b.value, page: null, open: null })}
            >
              {b.label}
              {count ? <span className="count">{count}</span> : null}
            </button>
          );
        })}
      </div>
      <div role="tabpanel" aria-label={current.label} className="card">
        {list.isPending ? (
          <Loading />
        ) : list.error ? (
          <ErrorState error={list.error} retry={() => list.refetch()} />
        ) : list.data.items.length === 0 ? (
          <Empty>{current.empty}</Empty>
        ) : (
          <div className={`table-wrap${list.isPlaceholderData ? ' is-stale' : ''}`}>
            <MessageTable messages={list.data.items} onOpen={(id) => update({ open: id })} />
          </div>
        )}
      </div>
      {list.data && list.data.total > pageSize ? (
        <Pager
          page={page}
          pageSize={pageSize}
          total={list.data.total}
          onPage={(p) => update({ page: String(p) })}
          onPageSize={(size) => update({ pageSize: String(size), page: null })}
        />
      ) : null}
      {open ? <MessageDrawer id={open} onClose={() => update({ open: null })} /> : null}
    </div>
  );
}
