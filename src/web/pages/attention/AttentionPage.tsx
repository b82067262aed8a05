import { Link } from 'react-router';
import { attentionQuery } from '../../../contract/index.ts';
import { useApi } from '../../api/hooks.ts';
import { Badge } from '../../components/Badge.tsx';
import { Section } from '../../components/Section.tsx';
import { ErrorState, Loading } from '../../components/states.tsx';
import { ClickableRow, FilterSelect, Pager, Toolbar } from '../../components/table.tsx';
import { When } from '../../components/When.tsx';
import { formatCount } from '../../lib/durations.ts';
import { useListState } from '../../lib/use-list-state.ts';
import { personPath } from '../journeys/journey-url.ts';

const scopes = [
  { value: 'mine', label: 'Mine' },
  { value: 'branch', label: 'My branch' },
  { value: 'firm', label: 'Firm' },
] as const;

const typeOptions = [
  { value: 'candidate', label: 'Candidates' },
  { value: 'client', label: 'Clients' },
];

/** Stalled journeys, the longest waiting first: mine, my branch's or the firm's; who and which branch has most. */
export function AttentionPage() {
  const { query, update } = useListState(attentionQuery);
  const list = useApi('attention', { query }, { placeholderData: (previous) => previous });
  const data = list.data;
  const ownerName = data?.byOwner.find((o) => o.owner?.id === query.ownerId)?.owner?.name;
  const branchName = data?.byBranch.find((b) => b.branch?.id === query.branchId)?.branch?.name;

  return (
    <div className="page">
      <header className="page-header">
        <h1>Needs attention</h1>
      </header>
      <p className="muted">
        Journeys resting on a step longer than the journey definition allows for it: a candidate not screened
        within 3 days of registering, a submission without an answer after a week, a client quiet for a month.
      </p>
      <Toolbar>
        <div className="tabs" role="tablist" aria-label="Whose journeys">
          {scopes.map((s) => (
            <button
              key={s.value}
              type="button"
              role="tab"
              aria-selected={query.scope === s.value}
              className={`tab${query.scope === s.value ? ' is-on' : ''}`}
              onClick={() => update({ scope: s.value, ownerId: undefined, branchId: undefined })}
            >
              {s.label}
            </button>
          ))}
        </div>
        <FilterSelect
          label="Type"
          value={query.type}
          options={typeOptions}
          allLabel="Candidates and clients"
          onChange={(type) => update({ type })}
        />
        {ownerName ? (
          <button type="button" className="btn btn-small" onClick={() => update({ ownerId: undefined })}>
            Owner: {ownerName} ×
          </button>
        ) : null}
        {branchName ? (
          <button type="button" className="btn btn-small" onClick={() => update({ branchId: undefined })}>
            Branch: {branchName} ×
          </button>
        ) : null}
      </Toolbar>
      {list.error ? <ErrorState error={list.error} retry={() => list.refetch()} /> : null}
      {list.isPending ? <Loading /> : null}
      {data ? (
        <div className="record-grid">
          <div className={`table-wrap${list.isPlaceholderData ? ' is-stale' : ''}`}>
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Resting at</th>
                  <th scope="col">Since</th>
                  <th scope="col" className="num">
                    Waiting
                  </th>
                  <th scope="col">Owner</th>
                  <th scope="col">Branch</th>
                </tr>
              </thead>
              <tbody>
                {data.items.length === 0 ? (
                  <tr>
                    <td colSpan={6} className="table-empty">
                      Nothing has stalled here. Well kept.
                    </td>
                  </tr>
                ) : null}
                {data.items.map((item) => (
                  <ClickableRow
                    key={`${item.type}:${item.subject.id}`}
                    to={personPath(item.type, item.subject.id)}
                  >
                    <td>
                      <Link to={personPath(item.type, item.subject.id)} className="cell-primary">
                        {item.subject.name}
                      </Link>
                      <div className="cell-sub">
                        {item.type === 'candidate' ? 'Candidate' : 'Client'}
                        {item.subtitle ? ` · ${item.subtitle}` : ''}
                      </div>
                    </td>
                    <td>
                      <Badge tone="stalled">{item.lastActivityLabel}</Badge>
                    </td>
                    <td>
                      <When at={item.lastAt} />
                    </td>
                    <td className="num" title={`The step allows ${item.thresholdDays} days`}>
                      {Math.floor(item.waitingDays)} d <span className="muted">/ {item.thresholdDays} d</span>
                    </td>
                    <td>{item.owner?.name ?? 'Unassigned'}</td>
                    <td>{item.branch?.name ?? '—'}</td>
                  </ClickableRow>
                ))}
              </tbody>
            </table>
            <Pager
              page={data.page}
              pageSize={data.pageSize}
              total={data.total}
              onPage={(page) => update({ page })}
              onPageSize={(pageSize) => update({ pageSize })}
            />
          </div>
          <aside className="record-aside">
            <Section title="By owner" count={data.byOwner.length}>
              <ul className="mini-list">
                {data.byOwner.map((o) => (
                  <li key={o.owner?.id ?? 'none'}>
                    {o.owner ? (
                      <button
                        type="button"
                        className="btn-link grow text-left"
                        aria-pressed={query.ownerId === o.owner.id}
                        onClick={() =>
                          update({ ownerId: query.ownerId === o.owner?.id ? undefined : o.owner?.id })
                        }
                      >
                        {o.owner.name}
                      </button>
                    ) : (
                      <span className="grow">Unassigned</span>
                    )}
                    <span className="num">{formatCount(o.count)}</span>
                  </li>
                ))}
              </ul>
            </Section>
            <Section title="By branch" count={data.byBranch.length}>
              <ul className="mini-list">
                {data.byBranch.map((b) => (
                  <li key={b.branch?.id ?? 'none'}>
                    {b.branch ? (
                      <button
                        type="button"
                        className="btn-link grow text-left"
                        aria-pressed={query.branchId === b.branch.id}
                        onClick={() =>
                          update({ branchId: query.branchId === b.branch?.id ? undefined : b.branch?.id })
                        }
                      >
                        {b.branch.name}
                      </button>
                    ) : (
                      <span className="grow">No branch</span>
                    )}
                    <span className="num">{formatCount(b.count)}</span>
                  </li>
                ))}
              </ul>
            </Section>
          </aside>
        </div>
      ) : null}
    </div>
  );
}
