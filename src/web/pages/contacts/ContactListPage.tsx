import { useCallback } from 'react';
import { Link } from 'react-router';
import { contactRoles, listContactsQuery, orderFor } from '../../../contract/index.ts';
import { useApi } from '../../api/hooks.ts';
import { ErrorState, Loading } from '../../components/states.tsx';
import {
  ClickableRow,
  FilterSelect,
  Pager,
  SearchBox,
  SortHeader,
  Toolbar,
} from '../../components/table.tsx';
import { When } from '../../components/When.tsx';
import { optionsOf } from '../../forms/Field.tsx';
import { contactRoleLabels, labelOf } from '../../lib/labels.ts';
import { useListState } from '../../lib/use-list-state.ts';

const activeOptions = [
  { value: 'true', label: 'Active' },
  { value: 'false', label: 'Inactive' },
];

/** Contact people at every client; a row opens their company, where their contact record is. */
export function ContactListPage() {
  const { query, update } = useListState(listContactsQuery);
  const list = useApi('listContacts', { query }, { placeholderData: (previous) => previous });
  const onSearch = useCallback((q: string) => update({ q }, { replace: true }), [update]);
  const header = {
    sort: query.sort,
    order: orderFor(query.sort, query.order),
    onSort: (sort: string, order: 'asc' | 'desc') => update({ sort, order }),
  };

  return (
    <div className="page">
      <header className="page-header">
        <h1>Contacts</h1>
      </header>
      <Toolbar>
        <SearchBox
          label="Find contacts"
          placeholder="Name, email, phone, company…"
          value={query.q ?? ''}
          onSearch={onSearch}
        />
        <FilterSelect
          label="Role"
          value={query.role}
          options={optionsOf(contactRoles, contactRoleLabels)}
          onChange={(role) => update({ role })}
        />
        <FilterSelect
          label="Active"
          value={query.active}
          options={activeOptions}
          onChange={(active) => update({ active })}
        />
      </Toolbar>
      {list.isPending ? <Loading /> : null}
      {list.error ? <ErrorState error={list.error} retry={() => list.refetch()} /> : null}
      {list.data ? (
        <div className={`table-wrap${list.isPlaceholderData ? ' is-stale' : ''}`}>
          <table className="table">
            <thead>
              <tr>
                <SortHeader label="Name" sortKey="name" {...header} />
                <SortHeader label="Company" sortKey="company" {...header} />
                <th scope="col">Title</th>
                <th scope="col">Role</th>
                <th scope="col">Email</th>
                <th scope="col">Phone</th>
                <th scope="col">Last contact</th>
                <SortHeader label="Updated" sortKey="updatedAt" firstOrder="desc" {...header} />
              </tr>
            </thead>
            <tbody>
              {list.data.items.length === 0 ? (
                <tr>
                  <td colSpan={8} className="table-empty">
                    No contacts match. Contacts are added on their company’s page.
                  </td>
                </tr>
              ) : null}
              {list.data.items.map((c) => (
                <ClickableRow key={c.id} to={`/clients/${c.client.id}?contact=${c.id}`}>
                  <td>
                    <Link to={`/clients/${c.client.id}?contact=${c.id}`} className="cell-primary">
                      {c.firstName} {c.lastName}
                    </Link>
                    {c.active ? null : <span className="badge badge-inactive">Inactive</span>}
                  </td>
                  <td>
                    <Link to={`/clients/${c.client.id}`}>{c.client.name}</Link>
                  </td>
                  <td>{c.title ?? ''}</td>
                  <td>{labelOf(contactRoleLabels, c.role)}</td>
                  <td>{c.emails[0]?.address ?? ''}</td>
                  <td className="nowrap">{c.phones[0]?.number ?? ''}</td>
                  <td className="nowrap">{c.lastContactAt ? <When at={c.lastContactAt} /> : 'Never'}</td>
                  <td className="nowrap">
                    <When at={c.updatedAt} />
                  </td>
                </ClickableRow>
              ))}
            </tbody>
          </table>
          <Pager
            page={list.data.page}
            pageSize={list.data.pageSize}
            total={list.data.total}
            onPage={(page) => update({ page })}
            onPageSize={(pageSize) => update({ pageSize })}
          />
        </div>
      ) : null}
    </div>
  );
}
