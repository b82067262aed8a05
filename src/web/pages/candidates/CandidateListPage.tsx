import { useCallback } from 'react';
import { Link } from 'react-router';
import { listCandidatesQuery, orderFor } from '../../../contract/index.ts';
import { candidateStatuses, sources } from '../../../domain/candidate.ts';
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
import { formatDate } from '../../lib/format.ts';
import { candidateStatusLabels, labelOf, sourceLabels } from '../../lib/labels.ts';
import { useListState } from '../../lib/use-list-state.ts';
import { useStaffOptions } from '../../lib/use-staff-options.ts';

const defaults = { sort: 'updatedAt', order: 'desc' };

/** Every candidate of the firm: search, filter, sort, page; the whole state lives in the URL. */
export function CandidateListPage() {
  const { query, update } = useListState(listCandidatesQuery, defaults);
  const list = useApi('listCandidates', { query }, { placeholderData: (previous) => previous });
  const staff = useStaffOptions();
  const onSearch = useCallback((q: string) => update({ q }, { replace: true }), [update]);
  const onSort = (sort: string, order: 'asc' | 'desc') => update({ sort, order });
  const header = { sort: query.sort, order: orderFor(query.sort, query.order), onSort };

  return (
    <div className="page">
      <header className="page-header">
        <h1>Candidates</h1>
        <Link to="/candidates/new" className="btn btn-primary">
          New candidate
        </Link>
      </header>
      <Toolbar>
        <SearchBox
          label="Find candidates"
          placeholder="Name, email, phone, skill…"
          value={query.q ?? ''}
          onSearch={onSearch}
        />
        <FilterSelect
          label="Status"
          value={query.status}
          options={optionsOf(candidateStatuses, candidateStatusLabels)}
          onChange={(status) => update({ status })}
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
        <FilterSelect
          label="Source"
          value={query.source}
          options={optionsOf(sources, sourceLabels)}
          onChange={(source) => update({ source })}
        />
        <SearchBox
          label="Skill"
          placeholder="Skill"
          value={query.skill ?? ''}
          onSearch={(skill) => update({ skill }, { replace: true })}
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
                <th scope="col">Headline</th>
                <SortHeader label="Status" sortKey="status" {...header} />
                <SortHeader label="City" sortKey="city" {...header} />
                <th scope="col">Phone</th>
                <th scope="col">Skills</th>
                <th scope="col">Owner</th>
                <SortHeader label="Available" sortKey="availableFrom" {...header} />
                <SortHeader label="Updated" sortKey="updatedAt" firstOrder="desc" {...header} />
              </tr>
            </thead>
            <tbody>
              {list.data.items.length === 0 ? (
                <tr>
                  <td colSpan={9} className="table-empty">
                    No candidates match. <Link to="/candidates/new">Register a new candidate</Link>
                  </td>
                </tr>
              ) : null}
              {list.data.items.map((c) => (
                <ClickableRow key={c.id} to={`/candidates/${c.id}`}>
                  <td>
                    <Link to={`/candidates/${c.id}`} className="cell-primary">
                      {c.firstName} {c.lastName}
                    </Link>
                    {c.email ? <div className="cell-sub">{c.email}</div> : null}
                  </td>
                  <td className="cell-clip">{c.headline ?? ''}</td>
                  <td>
                    <Badge tone={c.status}>{labelOf(candidateStatusLabels, c.status)}</Badge>
                  </td>
                  <td>{c.city ?? ''}</td>
                  <td className="nowrap">{c.phone ?? ''}</td>
                  <td className="cell-clip">{c.skills.slice(0, 4).join(', ')}</td>
                  <td>{c.owner?.name ?? '—'}</td>
                  <td className="nowrap">{c.availableFrom ? formatDate(c.availableFrom) : ''}</td>
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
