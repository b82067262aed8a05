import { useState } from 'react';
import type { Ref } from '../../../contract/index.ts';
import type { ManualChannel } from '../../../domain/touchpoint.ts';
import { LogTouchpointDialog } from '../../actions/LogTouchpointDialog.tsx';
import { useApi } from '../../api/hooks.ts';
import { Section } from '../../components/Section.tsx';
import { Empty, ErrorState, Loading } from '../../components/states.tsx';
import { TouchpointItem } from '../../components/TouchpointItem.tsx';

interface Props {
  clientId: string;
  contacts: Ref[];
  jobOrders: Ref[];
  defaultContactId: string | null;
}

const actions: { channel: ManualChannel; label: string }[] = [
  { channel: 'call', label: 'Log call' },
  { channel: 'email', label: 'Log email' },
  { channel: 'meeting', label: 'Log meeting' },
  { channel: 'note', label: 'Add note' },
];

/**
 * The last few contacts anyone at the firm had with this client, right next to the buttons that log a new one: so a
 * colleague's call this morning is seen before anyone calls again.
 */
export function LatestContacts({ clientId, contacts, jobOrders, defaultContactId }: Props) {
  const latest = useApi('clientTimeline', { params: { id: clientId }, query: { limit: 5 } });
  const [channel, setChannel] = useState<ManualChannel | null>(null);
  return (
    <Section
      title="Latest contacts"
      id="latest-contacts"
      className="card-highlight"
      actions={
        <div className="quick-actions" role="toolbar" aria-label="Log a contact">
          {actions.map((a) => (
            <button
              key={a.channel}
              type="button"
              className="btn btn-small"
              onClick={() => setChannel(a.channel)}
            >
              {a.label}
            </button>
          ))}
        </div>
      }
    >
      {latest.isPending ? <Loading /> : null}
      {latest.error ? <ErrorState error={latest.error} retry={() => latest.refetch()} /> : null}
      {latest.data?.items.length === 0 ? <Empty>Nobody has contacted this client yet.</Empty> : null}
      {latest.data && latest.data.items.length > 0 ? (
        <ol className="timeline timeline-compact">
          {latest.data.items.map((item) => (
            <TouchpointItem key={item.id} item={item} showCandidate />
          ))}
        </ol>
      ) : null}
      {channel ? (
        <LogTouchpointDialog
          subjectType="client"
          subjectId={clientId}
          channel={channel}
          contacts={contacts}
          jobOrders={jobOrders}
          defaultContactId={defaultContactId}
          onClose={() => setChannel(null)}
        />
      ) : null}
    </Section>
  );
}
