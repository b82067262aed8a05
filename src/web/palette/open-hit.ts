import type { SearchHit } from '../../contract/index.ts';
import { call } from '../api/client.ts';

/**
 * Where a search hit leads. A candidate opens on their employment history (what a desk looks up by phone number);
 * a contact has no page of their own and opens their company.
 */
export async function hitPath(hit: SearchHit): Promise<string> {
  switch (hit.type) {
    case 'candidate':
      return `/candidates/${hit.id}#employment`;
    case 'client':
      return `/clients/${hit.id}`;
    case 'job_order':
      return `/job-orders/${hit.id}`;
    case 'contact': {
      const contact = await call('getContact', { params: { id: hit.id } });
      return `/clients/${contact.client.id}?contact=${contact.id}`;
    }
  }
}

export const hitGroupLabels: Record<SearchHit['type'], string> = {
  candidate: 'Candidates',
  client: 'Clients',
  contact: 'Contacts',
  job_order: 'Job orders',
};
