import { useState } from 'react';
import { Link } from 'react-router';
import { type ComplianceView, complianceQuery } from '../../../contract/index.ts';
import { canReadFirmCompliance } from '../../../domain/roles.ts';
import { useApi } from '../../api/hooks.ts';
import { useSession } from '../../app/session.tsx';
import { ErrorState, Loading } from '../../components/states.tsx';
import { FilterSelect, Toolbar } from '../../components/table.tsx';
import { When } from '../../components/When.tsx';
import { useListState } from '../../lib/use-list-state.ts';

/** The first day of the month `back` months before this one, `YYYY-MM-DD` (UTC). */
const monthStart = (back: number) => {
  const d = new Date();
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - back, 1)).toISOString().slice(0, 10);
};

const monthLabel = (month: string) =>
  new Date(`${month}-01T00:00:00Z`).toLocaleDateString(undefined, {
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });

const howLabels = { late: 'Met late', open: 'Still open', ended: 'Ended unmet' } as const;

interface Picked {
  standardKey: ComplianceView['standards'][number]['key'];
  month: string;
}

/** Service standards met, per standard and month; a cell opens the people behind its misses. */
export function CompliancePage() {
  const user = useSession();
  const { query, update } = useListState(complianceQuery, { from: monthStart(11), to: monthStart(-1) });
  const report = useApi('compliance', { query }, { placeholderData: (previous) => previous });
  const [picked, setPicked] = useState<Picked | null>(null);
  const data = report.data;
  const cell = (key: string, month: string) =>
    data?.cells.find((c) => c.standardKey === key && c.month === month);
  // The whole period per standard: the months' counts added up (a mean of monthly percentages would weigh a quiet
  // month like a busy one).
  const period = (key: string) => {
    const cells = data?.cells.filter((c) => c.standardKey === key) ?? [];
    const due = cells.reduce((n, c) => n + c.due, 0);
    const met = cells.reduce((n, c) => n + c.met, 0);
    return due === 0 ? null : { due, met, percent: Math.round((met / due) * 1000) / 10 };
  };
  // What the server measured for this user: the whole firm, or only the people and clients they own.
  const ownOnly = !canReadFirmCompliance(user);

  return (
    <div className="page">
      <header className="page-header">
        <h1>Service standards</h1>
        <Link to="/settings/standards" className="btn btn-ghost">
          Standards and branch calendars
        </Link>
      </header>
      <p className="muted">
        How often each standard was met, by the month it came due. Only moments already past count; an item
        still open after its due moment counts as missed. Pick a figure to see the people behind its misses.
        {ownOnly ? ' These are the standards for the people and clients you own.' : null}
      </p>
      <Toolbar>
        <label className="filter">
          <span>From</span>
          <input
            type="date"
            value={query.from}
            onChange={(e) => e.target.value && update({ from: e.target.value })}
          />
        </label>
        <label className="filter">
          <span>To</span>
          <input
            type="date"
            value={query.to}
            onChange={(e) => e.target.value && update({ to: e.target.value })}
          />
        </label>
        <FilterSelect
          label="Branch"
          value={query.branchId}
          allLabel="All branches"
          options={(data?.branches ?? []).map((b) => ({ value: b.id, label: b.name }))}
          onChange={(branchId) => update({ branchId })}
        />
        {data && data.users.length > 1 ? (
          <FilterSelect
            label="Owner"
            value={query.userId}
            allLabel="Everyone"
            options={data.users.map((u) => ({ value: u.id, label: u.name }))}
            onChange={(userId) => update({ userId })}
          />
        ) : null}
      </Toolbar>
      {report.error ? <ErrorState error={report.error} retry={() => report.refetch()} /> : null}
      {report.isPending ? <Loading /> : null}
      {data ? (
        <div className={`table-wrap${report.isPlaceholderData ? ' is-stale' : ''}`}>
          <table className="table" aria-label="Compliance by standard and month">
            <thead>
              <tr>
                <th scope="col">Standard</th>
                <th scope="col" className="num">
                  Period
                </th>
                {data.months.map((m) => (
                  <th key={m} scope="col" className="num">
                    {monthLabel(m)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {data.months.length === 0 ? (
                <tr>
                  <td colSpan={2} className="table-empty">
                    Nothing came due in this period.
                  </td>
                </tr>
              ) : null}
              {data.standards.map((s) => (
                <tr key={s.key}>
                  <th scope="row">{s.label}</th>
                  <PeriodCell total={period(s.key)} />
                  {data.months.map((m) => {
                    const c = cell(s.key, m);
                    if (!c)
                      return (
                        <td key={m} className="num muted">
                          —
                        </td>
                      );
                    const on = picked?.standardKey === s.key && picked.month === m;
                    return (
                      <td key={m} className="num">
                        <button
                          type="button"
                          className="btn-link"
                          aria-pressed={on}
                          title={`${c.met} of ${c.due} met; ${c.missed} missed`}
                          onClick={() => setPicked(on ? null : { standardKey: s.key, month: m })}
                        >
                          {c.percentMet === null ? '—' : `${c.percentMet}%`}
                        </button>
                        <div className="cell-sub">
                          {c.met}/{c.due}
                        </div>
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {picked && data ? (
        <Misses
          query={{ ...query, standardKey: picked.standardKey, month: picked.month }}
          title={`${data.standards.find((s) => s.key === picked.standardKey)?.label ?? ''}, ${monthLabel(picked.month)}`}
        />
      ) : null}
    </div>
  );
}

function PeriodCell({ total }: { total: { due: number; met: number; percent: number } | null }) {
  if (!total) return <td className="num muted">—</td>;
  return (
    <td className="num period-cell" title={`${total.met} of ${total.due} met in the period`}>
      <strong>{total.percent}%</strong>
      <div className="cell-sub">
        {total.met}/{total.due}
      </div>
    </td>
  );
}

function Misses({
  query,
  title,
}: {
  query: {
    from: string;
    to: string;
    standardKey: Picked['standardKey'];
    month: string;
    branchId?: string | undefined;
    userId?: string | undefined;
  };
  title: string;
}) {
  const misses = useApi('complianceMisses', { query });
  return (
    <section className="section" aria-label="Misses">
      <h2>Missed: {title}</h2>
      {misses.error ? <ErrorState error={misses.error} retry={() => misses.refetch()} /> : null}
      {misses.isPending ? <Loading /> : null}
      {misses.data ? (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Who</th>
              <th scope="col">Due</th>
              <th scope="col">What happened</th>
              <th scope="col">Owner</th>
              <th scope="col">Branch</th>
            </tr>
          </thead>
          <tbody>
            {misses.data.items.length === 0 ? (
              <tr>
                <td colSpan={5} className="table-empty">
                  None missed.
                </td>
              </tr>
            ) : null}
            {misses.data.items.map((m) => (
              <tr key={`${m.subject.id}:${m.dueAt}`}>
                <td>
                  <Link to={m.link} className="cell-primary">
                    {m.subject.name}
                  </Link>
                </td>
                <td>
                  <When at={m.dueAt} />
                </td>
                <td>
                  {howLabels[m.how]}
                  {m.metAt ? (
                    <span className="muted">
                      {' '}
                      (<When at={m.metAt} />)
                    </span>
                  ) : null}
                </td>
                <td>{m.owner?.name ?? 'Unassigned'}</td>
                <td>{m.branch?.name ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {misses.data && misses.data.total > misses.data.items.length ? (
        <p className="muted">
          The first {misses.data.items.length} of {misses.data.total}.
        </p>
      ) : null}
    </section>
  );
}
