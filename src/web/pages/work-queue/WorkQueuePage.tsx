import { Link } from 'react-router';
import { type WorkItem, type WorkQueueView, workQueueQuery } from '../../../contract/index.ts';
import { useApi } from '../../api/hooks.ts';
import { Badge } from '../../components/Badge.tsx';
import { ErrorState, Loading } from '../../components/states.tsx';
import { FilterSelect, Toolbar } from '../../components/table.tsx';
import { When } from '../../components/When.tsx';
import { useListState } from '../../lib/use-list-state.ts';

export const stateLabels: Record<WorkItem['state'], string> = {
  escalated: 'Escalated',
  overdue: 'Overdue',
  due: 'Due today',
  stalled: 'Stalled',
  upcoming: 'Coming up',
};
const stateTones: Record<WorkItem['state'], string> = {
  escalated: 'failed',
  overdue: 'rejected',
  due: 'requested',
  stalled: 'stalled',
  upcoming: 'scheduled',
};

/** The queue as the server ordered it (most urgent first): one row per item, each linking to where to act. */
export function WorkQueueTable({ queue }: { queue: WorkQueueView }) {
  return (
    <table className="table" aria-label="Work queue">
      <thead>
        <tr>
          <th scope="col">State</th>
          <th scope="col">Who</th>
          <th scope="col">What</th>
          <th scope="col">Due</th>
          <th scope="col">Owner</th>
        </tr>
      </thead>
      <tbody>
        {queue.items.length === 0 ? (
          <tr>
            <td colSpan={5} className="table-empty">
              Nothing needs attention right now.
            </td>
          </tr>
        ) : null}
        {queue.items.map((item) => (
          <tr key={item.key} data-state={item.state}>
            <td>
              <Badge tone={stateTones[item.state]}>{stateLabels[item.state]}</Badge>
            </td>
            <td>
              <Link to={item.link} className="cell-primary">
                {item.subject?.name ?? item.label}
              </Link>
              {item.subject ? (
                <div className="cell-sub">{item.subject.type === 'candidate' ? 'Candidate' : 'Client'}</div>
              ) : null}
            </td>
            <td>
              <div>{item.label}</div>
              <div className="cell-sub">{item.reason}</div>
            </td>
            <td>{item.dueAt ? <When at={item.dueAt} /> : '—'}</td>
            <td>{item.owner?.name ?? 'Unassigned'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** "My work": who needs attention now; a manager can open the queue of a user of their branch, an admin anyone's. */
export function WorkQueuePage() {
  const { query, update } = useListState(workQueueQuery);
  const queue = useApi('workQueue', { query }, { placeholderData: (previous) => previous });
  const data = queue.data;
  const own = !query.userId || data?.canView[0]?.id === query.userId;

  return (
    <div className="page">
      <header className="page-header">
        <h1>{own || !data ? 'My work' : `Work of ${data.user.name}`}</h1>
      </header>
      <p className="muted">
        The firm's service standards due, overdue and escalated, stalled journeys, replies waiting, status
        updates to send and messages that failed: most urgent first. Logging the contact clears an item.
      </p>
      {data && data.canView.length > 1 ? (
        <Toolbar>
          <FilterSelect
            label="Whose work"
            value={query.userId}
            allLabel="Mine"
            options={data.canView.slice(1).map((u) => ({ value: u.id, label: u.name }))}
            onChange={(userId) => update({ userId })}
          />
        </Toolbar>
      ) : null}
      {queue.error ? <ErrorState error={queue.error} retry={() => queue.refetch()} /> : null}
      {queue.isPending ? <Loading /> : null}
      {data ? (
        <>
          <p className="muted">
            {(Object.keys(stateLabels) as WorkItem['state'][])
              .map((s) => `${data.counts[s]} ${stateLabels[s].toLowerCase()}`)
              .join(' · ')}
          </p>
          <div className={`table-wrap${queue.isPlaceholderData ? ' is-stale' : ''}`}>
            <WorkQueueTable queue={data} />
          </div>
        </>
      ) : null}
    </div>
  );
}
