import { useState } from 'react';
import { Link } from 'react-router';
import type { ListMessagesQuery } from '../../../contract/messages.ts';
import { useApi } from '../../api/hooks.ts';
import { Section } from '../../components/Section.tsx';
import { Empty, ErrorState, Loading } from '../../components/states.tsx';
import { MessageDrawer } from './MessageDrawer.tsx';
import { MessageTable } from './MessageTable.tsx';
import '../../styles/messages.css';

type Who = Pick<ListMessagesQuery, 'candidateId' | 'contactId' | 'clientId'>;

/** The latest messages to and from a person (or everyone at a client), with where each stands. */
export function PersonMessages({ who, title = 'Messages' }: { who: Who; title?: string }) {
  const [pageSize, setPageSize] = useState(10);
  const [open, setOpen] = useState<string | null>(null);
  const list = useApi(
    'listMessages',
    { query: { box: 'all', ...who, pageSize } },
    { placeholderData: (previous) => previous },
  );
  return (
    <Section
      title={title}
      id="messages"
      count={list.data?.total}
      actions={
        <Link to="/messages" className="btn btn-small btn-ghost">
          All messages
        </Link>
      }
    >
      {list.isPending ? (
        <Loading label="Loading messages…" />
      ) : list.error ? (
        <ErrorState error={list.error} retry={() => list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <Empty>No messages yet.</Empty>
      ) : (
        <>
          <MessageTable
            messages={list.data.items}
            onOpen={setOpen}
            showPerson={Boolean(who.clientId)}
            showActions={false}
          />
          {list.data.total > list.data.items.length ? (
            <button
              type="button"
              className="btn btn-small"
              disabled={list.isFetching}
              onClick={() => setPageSize((size) => Math.min(100, size + 20))}
            >
              {list.isFetching ? 'Loading…' : 'Show more'}
            </button>
          ) : null}
        </>
      )}
      {open ? <MessageDrawer id={open} onClose={() => setOpen(null)} /> : null}
    </Section>
  );
}
