import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import type { UpdateClientRequest } from '../../../contract/index.ts';
import { call } from '../../api/client.ts';
import { apiKey, useApi, useApiMutation } from '../../api/hooks.ts';
import { Badge } from '../../components/Badge.tsx';
import { Dialog } from '../../components/Dialog.tsx';
import { Section } from '../../components/Section.tsx';
import { ErrorState, Loading } from '../../components/states.tsx';
import { Timeline } from '../../components/Timeline.tsx';
import { toast } from '../../components/toast.tsx';
import { changedFields } from '../../forms/server-issues.ts';
import { clientStatusLabels, humanize, labelOf, sourceLabels } from '../../lib/labels.ts';
import { JourneySection } from '../journeys/JourneySection.tsx';
import { PersonMessages } from '../messages/PersonMessages.tsx';
import { ClientForm, clientToForm } from './ClientForm.tsx';
import { ClientOrdersSection, ClientPlacementsSection } from './ClientOrdersSection.tsx';
import { ContactsSection } from './ContactsSection.tsx';
import { LatestContacts } from './LatestContacts.tsx';

/** A client company: its latest contacts first, then people, orders, placements and the complete contact record. */
export function ClientPage() {
  const { id = '' } = useParams();
  const [searchParams] = useSearchParams();
  const highlightContact = searchParams.get('contact');
  const params = { id };
  const client = useApi('getClient', { params });
  const contacts = useApi('clientContacts', { params });
  const orders = useApi('listJobOrders', {
    query: { clientId: id, pageSize: 100, sort: 'createdAt', order: 'desc' },
  });
  const [editing, setEditing] = useState(false);
  const queryClient = useQueryClient();
  const update = useApiMutation('updateClient');

  useEffect(() => {
    if (highlightContact && contacts.data)
      document.getElementById('contacts')?.scrollIntoView({ block: 'start' });
  }, [highlightContact, contacts.data]);

  if (client.isPending) return <Loading />;
  if (client.error) return <ErrorState error={client.error} retry={() => client.refetch()} />;
  const c = client.data;
  const contactRefs = (contacts.data?.items ?? [])
    .filter((p) => p.active)
    .map((p) => ({ id: p.id, name: `${p.firstName} ${p.lastName}` }));
  const orderRefs = (orders.data?.items ?? []).map((o) => ({ id: o.id, name: o.title }));
  const address = [c.addressLine, c.city, c.region, c.postcode].filter(Boolean).join(', ');

  return (
    <div className="page">
      <header className="record-header">
        <div className="record-title">
          <p className="breadcrumb">
            <Link to="/clients">Clients</Link>
          </p>
          <h1>{c.name}</h1>
          <Badge tone={c.status}>{labelOf(clientStatusLabels, c.status)}</Badge>
        </div>
        <p className="record-meta">
          {c.industry ? <span>{humanize(c.industry)}</span> : null}
          {c.phone ? <a href={`tel:${c.phone}`}>{c.phone}</a> : null}
          {c.city ? <span>{c.city}</span> : null}
          <span>Owner: {c.owner?.name ?? 'Unassigned'}</span>
          <span>Branch: {c.branch.name}</span>
        </p>
        {c.permissions.edit ? (
          <div className="quick-actions">
            <button type="button" className="btn" onClick={() => setEditing(true)}>
              Edit client
            </button>
          </div>
        ) : null}
      </header>

      <div className="record-grid">
        <div className="record-main">
          <LatestContacts
            clientId={c.id}
            contacts={contactRefs}
            jobOrders={orderRefs}
            defaultContactId={highlightContact}
          />
          {contacts.data ? (
            <ContactsSection
              clientId={c.id}
              contacts={contacts.data.items}
              canEdit={c.permissions.edit}
              highlightId={highlightContact}
              jobOrders={(orders.data?.items ?? [])
                .filter((o) => o.status === 'open')
                .map((o) => ({ id: o.id, name: o.title }))}
            />
          ) : (
            <Loading label="Loading contacts…" />
          )}
          <ClientOrdersSection clientId={c.id} orders={orders} />
          <ClientPlacementsSection clientId={c.id} />
          <PersonMessages who={{ clientId: c.id }} />
          <JourneySection type="client" subjectId={c.id} />
          <Section title="Complete contact record" id="contact-record">
            <Timeline
              route="clientTimeline"
              id={c.id}
              canVoid
              showCandidate
              emptyText="No contact with this client yet."
            />
          </Section>
        </div>
        <aside className="record-aside">
          <Section title="Company details">
            <dl className="facts">
              <dt>Phone</dt>
              <dd>{c.phone ?? '—'}</dd>
              <dt>Website</dt>
              <dd>{c.website ? <WebsiteLink url={c.website} /> : '—'}</dd>
              <dt>Address</dt>
              <dd>{address || '—'}</dd>
              <dt>Industry</dt>
              <dd>{c.industry ? humanize(c.industry) : '—'}</dd>
              <dt>Source</dt>
              <dd>
                {labelOf(sourceLabels, c.source)}
                {c.sourceDetail ? ` · ${c.sourceDetail}` : ''}
              </dd>
            </dl>
            {c.notes ? <p className="pre-line">{c.notes}</p> : null}
          </Section>
        </aside>
      </div>

      {editing ? (
        <Dialog title={`Edit ${c.name}`} onClose={() => setEditing(false)} variant="drawer">
          <ClientForm
            mode="edit"
            initial={clientToForm(c, c.permissions.reassign)}
            canReassign={c.permissions.reassign}
            onCancel={() => setEditing(false)}
            onSave={async (values, initial) => {
              const body = changedFields(values, initial, ['version']) as UpdateClientRequest;
              const saved = await update.mutateAsync({ params, body });
              queryClient.setQueryData(apiKey('getClient', { params }), saved);
              toast('Client saved');
              setEditing(false);
            }}
            loadLatestVersion={async () => {
              const latest = await call('getClient', { params });
              queryClient.setQueryData(apiKey('getClient', { params }), latest);
              return latest.version;
            }}
          />
        </Dialog>
      ) : null}
    </div>
  );
}

/** A website typed by staff: linked only when it is plainly http(s), so no `javascript:` URL becomes a link. */
function WebsiteLink({ url }: { url: string }) {
  const href = /^https?:\/\//i.test(url)
    ? url
    : /^[\w.-]+\.[a-z]{2,}(\/.*)?$/i.test(url)
      ? `https://${url}`
      : null;
  if (!href) return <>{url}</>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {url}
    </a>
  );
}
