import { Link } from 'react-router';
import { useApi } from '../../api/hooks.ts';
import { useSession } from '../../app/session.tsx';
import { Badge } from '../../components/Badge.tsx';
import { Section } from '../../components/Section.tsx';
import { Empty, ErrorState, Loading } from '../../components/states.tsx';
import { Timeline } from '../../components/Timeline.tsx';
import { When } from '../../components/When.tsx';
import { candidateStatusLabels, jobOrderStatusLabels, labelOf } from '../../lib/labels.ts';
import { AttentionCard } from '../attention/AttentionCard.tsx';

/** The start of the day: what happened firm-wide, my candidates, the orders still to fill. */
export function HomePage() {
  const user = useSession();
  const mine = useApi('listCandidates', {
    query: { ownerId: user.id, sort: 'updatedAt', order: 'desc', pageSize: 10 },
  });
  const orders = useApi('listJobOrders', {
    query: { state: 'workable', sort: 'updatedAt', order: 'desc', pageSize: 10 },
  });

  return (
    <div className="page">
      <header className="page-header">
        <h1>
          Good {greeting()}, {user.name.split(' ')[0]}
        </h1>
        <div className="quick-actions">
          <Link to="/candidates/new" className="btn">
            New candidate
          </Link>
          <Link to="/job-orders/new" className="btn">
            New job order
          </Link>
        </div>
      </header>
      <div className="home-grid">
        <Section title="Recent touchpoints" id="recent" className="home-feed">
          <Timeline route="recentTouchpoints" pageSize={30} showSubject emptyText="Nothing logged yet." />
        </Section>
        <div className="home-side">
          <AttentionCard />
          <Section
            title="My candidates"
            count={mine.data?.total}
            actions={
              <Link to={`/candidates?ownerId=${user.id}`} className="btn-link">
                All
              </Link>
            }
          >
            {mine.isPending ? <Loading /> : null}
            {mine.error ? <ErrorState error={mine.error} retry={() => mine.refetch()} /> : null}
            {mine.data?.items.length === 0 ? <Empty>You own no candidates yet.</Empty> : null}
            <ul className="mini-list">
              {mine.data?.items.map((c) => (
                <li key={c.id}>
                  <Link to={`/candidates/${c.id}`}>
                    {c.firstName} {c.lastName}
                  </Link>
                  <Badge tone={c.status}>{labelOf(candidateStatusLabels, c.status)}</Badge>
                  <span className="mini-meta">
                    <When at={c.updatedAt} />
                  </span>
                </li>
              ))}
            </ul>
          </Section>
          <Section
            title="Open job orders"
            count={orders.data?.total}
            actions={
              <Link to="/job-orders?state=workable" className="btn-link">
                All
              </Link>
            }
          >
            {orders.isPending ? <Loading /> : null}
            {orders.error ? <ErrorState error={orders.error} retry={() => orders.refetch()} /> : null}
            {orders.data?.items.length === 0 ? <Empty>No open job orders.</Empty> : null}
            <ul className="mini-list">
              {orders.data?.items.map((o) => (
                // Title and status on one line, the client and progress under it: long titles stay readable.
                <li key={o.id} className="mini-stacked">
                  <div className="mini-line">
                    <Link to={`/job-orders/${o.id}`}>{o.title}</Link>
                    <Badge tone={o.status}>{labelOf(jobOrderStatusLabels, o.status)}</Badge>
                  </div>
                  <span className="mini-meta">
                    {o.client.name} · {o.filled}/{o.openings} filled · {o.submissions} in pipeline
                  </span>
                </li>
              ))}
            </ul>
          </Section>
        </div>
      </div>
    </div>
  );
}

function greeting() {
  const hour = new Date().getHours();
  return hour < 12 ? 'morning' : hour < 18 ? 'afternoon' : 'evening';
}
