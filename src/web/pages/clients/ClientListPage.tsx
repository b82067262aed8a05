import { useCallback } from 'react';
import { Link } from 'react-router';
import { listClientsQuery, orderFor } from '../../../contract/index.ts';
import { clientStatuses, industries } from '../../../domain/client.ts';
import { useApi } from '../../api/hooks.ts';
import { Badge } from '../../components/Badge.tsx';
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
import { clientStatusLabels, humanize, labelOf } from '../../lib/labels.ts';
import { useListState } from '../../lib/use-list-state.ts';
import { useStaffOptions } from '../../lib/use-staff-options.ts';

const industryOptions = industries.map((i) => ({ value: i, label: humanize(i) }));

/** Client companies: search, filter, sort, page; state in the URL. */
export function ClientListPage() {
  const { query, update } = useListState(listClientsQuery);
  const list = useApi('listClients', { query }, { placeholderData: (previous) => previous });
  const staff = useStaffOptions();
  const onSearch = useCallback((q: string) => update({ q }, { replace: true }), [update]);
  const header = {
    sort: query.sort,
    order: orderFor(query.sort, query.order),
    onSort: (sort: string, order: 'asc' | 'desc') => update({ sort, order }),
  };

  return (
    <div className="page">
      <header className="page-header">
        <h1>Clients</h1>
        <Link to="/clients/new" className="btn btn-primary">
          New client
        </Link>
      </header>
      <Toolbar>
        <SearchBox
          label="Find clients"
          placeholder="Company, city, phone…"
          value={query.q ?? ''}
          onSearch={onSearch}
        />
        <FilterSelect
          label="Status"
          value={query.status}
          options={optionsOf(clientStatuses, clientStatusLabels)}
          onChange={(status) => update({ status })}
        />
        <FilterSelect
          label="Industry"
          value={query.industry}
          options={industryOptions}
          onChange={(industry) => update({ industry })}
        />
        <FilterSelect
          label="Owner"
          value={query.ownerId}
          options={staff.owners}
          onChange={(ownerId) => update({ ownerId })}
        />
        <FilterSelect
          label="Branch"
          value={query.branchId}
          options={staff.branches}
          onChange={(branchId) => update({ branchId })}
        />
      </Toolbar>
      {list.isPending ? <Loading /> : null}
      {list.error ? <ErrorState error={list.error} retry={() => list.refetch()} /> : null}
      {list.data ? (
        <div className={`table-wrap${list.isPlaceholderData ? ' is-stale' : ''}`}>
          <table className="table">
            <thead>
              <tr>
                <SortHeader label="Company" sortKey="name" {...header} />
                <SortHeader label="Status" sortKey="status" {...header} />
                <th scope="col">Industry</th>
                <SortHeader label="City" sortKey="city" {...header} />
                <th scope="col">Phone</th>
                <th scope="col">Owner</th>
                <th scope="col" className="num">
                  Open orders
                </th>
                <th scope="col">Last contact</th>
                <SortHeader label="Updated" sortKey="updatedAt" firstOrder="desc" {...header} />
              </tr>
            </thead>
            <tbody>
              {list.data.items.length === 0 ? (
                <tr>
                  <td colSpan={9} className="table-empty">
                    No clients match. <Link to="/clients/new">Add a client</Link>
                  </td>
                </tr>
              ) : null}
              {list.data.items.map((c) => (
                <ClickableRow key={c.id} to={`/clients/${c.id}`}>
                  <td>
                    <Link to={`/clients/${c.id}`} className="cell-primary">
                      {c.name}
                    </Link>
                  </td>
                  <td>
                    <Badge tone={c.status}>{labelOf(clientStatusLabels, c.status)}</Badge>
                  </td>
                  <td>{c.industry ? humanize(c.industry) : ''}</td>
                  <td>{c.city ?? ''}</td>
                  <td className="nowrap">{c.phone ?? ''}</td>
                  <td>{c.owner?.name ?? '—'}</td>
                  <td className="num">{c.openOrders}</td>
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
