import { useState } from 'react';
import type { ContactDetail, Ref } from '../../../contract/index.ts';
import { ComposeMessageDialog } from '../../actions/ComposeMessageDialog.tsx';
import { Dialog } from '../../components/Dialog.tsx';
import { Section } from '../../components/Section.tsx';
import { Empty } from '../../components/states.tsx';
import { When } from '../../components/When.tsx';
import { contactRoleLabels, labelOf } from '../../lib/labels.ts';
import { ConsentPanel } from '../messages/ConsentPanel.tsx';
import { ContactDialog } from './ContactDialog.tsx';

interface Props {
  clientId: string;
  contacts: ContactDetail[];
  canEdit: boolean;
  /** A contact to point out (arrived from search or the contacts list). */
  highlightId: string | null;
  /** The client's open job orders, for a message to be about. */
  jobOrders?: Ref[];
}

/** The people at the client, with an add form. */
export function ContactsSection({ clientId, contacts, canEdit, highlightId, jobOrders = [] }: Props) {
  const [editing, setEditing] = useState<ContactDetail | 'new' | null>(null);
  const [messaging, setMessaging] = useState<{ contact: ContactDetail; channel: 'email' | 'sms' } | null>(
    null,
  );
  const [consentOf, setConsentOf] = useState<ContactDetail | null>(null);
  return (
    <Section
      title="Contacts"
      id="contacts"
      count={contacts.length}
      actions={
        canEdit ? (
          <button type="button" className="btn btn-small" onClick={() => setEditing('new')}>
            Add contact
          </button>
        ) : null
      }
    >
      {contacts.length === 0 ? (
        <Empty>No contacts yet.</Empty>
      ) : (
        <table className="table table-compact">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Title</th>
              <th scope="col">Role</th>
              <th scope="col">Email</th>
              <th scope="col">Phone</th>
              <th scope="col">Last contact</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {contacts.map((c) => (
              <tr key={c.id} className={c.id === highlightId ? 'row-highlight' : c.active ? '' : 'row-muted'}>
                <td className="cell-primary">
                  {c.firstName} {c.lastName}
                  {c.active ? null : <span className="badge badge-inactive">Inactive</span>}
                </td>
                <td>{c.title ?? ''}</td>
                <td>{labelOf(contactRoleLabels, c.role)}</td>
                <td>
                  {c.emails[0] ? <a href={`mailto:${c.emails[0].address}`}>{c.emails[0].address}</a> : ''}
                </td>
                <td className="nowrap">
                  {c.phones[0] ? <a href={`tel:${c.phones[0].number}`}>{c.phones[0].number}</a> : ''}
                </td>
                <td className="nowrap">{c.lastContactAt ? <When at={c.lastContactAt} /> : 'Never'}</td>
                <td className="cell-actions">
                  <div className="row-actions">
                    {c.emails[0] ? (
                      <button
                        type="button"
                        className="btn-link"
                        onClick={() => setMessaging({ contact: c, channel: 'email' })}
                      >
                        Email
                        <span className="visually-hidden">
                          {' '}
                          {c.firstName} {c.lastName}
                        </span>
                      </button>
                    ) : null}
                    {c.phones[0] ? (
                      <button
                        type="button"
                        className="btn-link"
                        onClick={() => setMessaging({ contact: c, channel: 'sms' })}
                      >
                        Text
                        <span className="visually-hidden">
                          {' '}
                          {c.firstName} {c.lastName}
                        </span>
                      </button>
                    ) : null}
                    <button type="button" className="btn-link" onClick={() => setConsentOf(c)}>
                      Consent
                      <span className="visually-hidden">
                        {' '}
                        of {c.firstName} {c.lastName}
                      </span>
                    </button>
                    {canEdit ? (
                      <button type="button" className="btn-link" onClick={() => setEditing(c)}>
                        Edit
                        <span className="visually-hidden">
                          {' '}
                          {c.firstName} {c.lastName}
                        </span>
                      </button>
                    ) : null}
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {messaging ? (
        <ComposeMessageDialog
          to={{ contactId: messaging.contact.id }}
          name={`${messaging.contact.firstName} ${messaging.contact.lastName}`}
          audience="contact"
          channel={messaging.channel}
          emails={messaging.contact.emails.map((e) => e.address)}
          phones={messaging.contact.phones.map((p) => p.number)}
          jobOrders={jobOrders}
          onClose={() => setMessaging(null)}
        />
      ) : null}
      {consentOf ? (
        <Dialog
          title={`Consent of ${consentOf.firstName} ${consentOf.lastName}`}
          onClose={() => setConsentOf(null)}
        >
          <ConsentPanel
            to={{ contactId: consentOf.id }}
            name={`${consentOf.firstName} ${consentOf.lastName}`}
          />
        </Dialog>
      ) : null}
      {editing ? (
        <ContactDialog
          clientId={clientId}
          contact={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </Section>
  );
}
