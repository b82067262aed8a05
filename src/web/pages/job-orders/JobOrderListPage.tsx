import { useCallback } from 'react';
import { Link } from 'react-router';
import { listJobOrdersQuery, orderFor } from '../../../contract/index.ts';
import { jobTypes } from '../../../domain/candidate.ts';
import { jobOrderStatuses } from '../../../domain/job-order.ts';
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
import { optionsOf } from '../../forms/Field.tsx';
import { formatDate, formatMoney } from '../../lib/format.ts';
import { jobOrderStatusLabels, jobTypeLabels, labelOf } from '../../lib/labels.ts';
import { useListState } from '../../lib/use-list-state.ts';
import { useStaffOptions } from '../../lib/use-staff-options.ts';

const defaults = { sort: 'createdAt', order: 'desc' };
const stateOptions = [
  { value: 'workable', label: 'Workable (requested, open, on hold)' },
  { value: 'closed', label: 'Closed' },
];

/** Staffing requests: search, filter, sort, page; state in the URL. */
export function JobOrderListPage() {
  const { query, update } = useListState(listJobOrdersQuery, defaults);
  const list = useApi('listJobOrders', { query }, { placeholderData: (previous) => previous });
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
        <h1>Job orders</h1>
        <Link to="/job-orders/new" className="btn btn-primary">
          New job order
        </Link>
      </header>
      <Toolbar>
        <SearchBox
          label="Find job orders"
          placeholder="Title, client, city…"
          value={query.q ?? ''}
          onSearch={onSearch}
        />
        <FilterSelect
          label="State"
          value={query.state}
          options={stateOptions}
          onChange={(state) => update({ state })}
        />
        <FilterSelect
          label="Status"
          value={query.status}
          options={optionsOf(jobOrderStatuses, jobOrderStatusLabels)}
          onChange={(status) => update({ status })}
        />
        <FilterSelect
          label="Type"
          value={query.type}
          options={optionsOf(jobTypes, jobTypeLabels)}
          onChange={(type) => update({ type })}
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
                <SortHeader label="Title" sortKey="title" {...header} />
                <SortHeader label="Client" sortKey="client" {...header} />
                <SortHeader label="Status" sortKey="status" {...header} />
                <th scope="col">Type</th>
                <th scope="col" className="num">
                  Filled
                </th>
                <th scope="col">City</th>
                <SortHeader label="Start" sortKey="startDate" {...header} />
                <th scope="col" className="num">
                  Pay
                </th>
                <th scope="col" className="num">
                  In pipeline
                </th>
                <th scope="col">Owner</th>
                <SortHeader label="Created" sortKey="createdAt" firstOrder="desc" {...header} />
              </tr>
            </thead>
            <tbody>
              {list.data.items.length === 0 ? (
                <tr>
                  <td colSpan={11} className="table-empty">
                    No job orders match. <Link to="/job-orders/new">Record a new job order</Link>
                  </td>
                </tr>
              ) : null}
              {list.data.items.map((o) => (
                <ClickableRow key={o.id} to={`/job-orders/${o.id}`}>
                  <td>
                    <Link to={`/job-orders/${o.id}`} className="cell-primary">
                      {o.title}
                    </Link>
                  </td>
                  <td>
                    <Link to={`/clients/${o.client.id}`}>{o.client.name}</Link>
                  </td>
                  <td>
                    <Badge tone={o.status}>{labelOf(jobOrderStatusLabels, o.status)}</Badge>
                  </td>
                  <td>{labelOf(jobTypeLabels, o.type)}</td>
                  <td className="num">
                    {o.filled}/{o.openings}
                  </td>
                  <td>{o.city ?? ''}</td>
                  <td className="nowrap">{o.startDate ? formatDate(o.startDate) : ''}</td>
                  <td className="num nowrap">
                    {o.payRate !== null ? formatMoney(o.payRate, o.rateUnit) : ''}
                  </td>
                  <td className="num">{o.submissions}</td>
                  <td>{o.owner?.name ?? '—'}</td>
                  <td className="nowrap">{formatDate(o.createdAt)}</td>
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
