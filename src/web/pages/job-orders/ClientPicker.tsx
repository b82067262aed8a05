import { useState } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { useApi } from '../../api/hooks.ts';
import { SelectField } from '../../forms/Field.tsx';
import { useDebounced } from '../../lib/use-debounced.ts';

/** Chooses the client of a new job order: type to narrow the list, then pick. */
export function ClientPicker({ preselectedId }: { preselectedId: string | null }) {
  const { register, formState, control } = useFormContext<{ clientId: string }>();
  const clientId = useWatch({ control, name: 'clientId' });
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim(), 200);
  const clients = useApi(
    'listClients',
    { query: { q: q || undefined, pageSize: 100, sort: 'name', order: 'asc' } },
    { placeholderData: (previous) => previous },
  );
  const preselected = useApi(
    'getClient',
    { params: { id: preselectedId ?? '' } },
    { enabled: Boolean(preselectedId) },
  );
  const options = (clients.data?.items ?? []).map((c) => ({
    value: c.id,
    label: c.city ? `${c.name} (${c.city})` : c.name,
  }));
  // The preselected client stays choosable even when a search narrows the list away from it.
  if (preselected.data && !options.some((o) => o.value === preselected.data.id)) {
    options.unshift({ value: preselected.data.id, label: preselected.data.name });
  }
  return (
    <div className="client-picker span-2">
      <input
        type="search"
        className="search-box"
        aria-label="Find client"
        placeholder="Find client…"
        value={search}
        onChange={(e) => setSearch(e.target.value)}
      />
      <SelectField
        label="Client"
        options={options}
        empty="Choose a client"
        value={clientId ?? ''}
        error={formState.errors.clientId?.message}
        {...register('clientId')}
      />
    </div>
  );
}
