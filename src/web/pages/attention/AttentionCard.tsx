import { Link } from 'react-router';
import { useApi } from '../../api/hooks.ts';
import { Section } from '../../components/Section.tsx';
import { Empty, ErrorState, Loading } from '../../components/states.tsx';
import { personPath } from '../journeys/journey-url.ts';

/** The home page's five longest-waiting stalled journeys of mine. */
export function AttentionCard() {
  const mine = useApi('attention', { query: { scope: 'mine', pageSize: 5 } });
  return (
    <Section
      title="Needs attention"
      count={mine.data?.total}
      actions={
        <Link to="/attention" className="btn-link">
          All
        </Link>
      }
    >
      {mine.isPending ? <Loading /> : null}
      {mine.error ? <ErrorState error={mine.error} retry={() => mine.refetch()} /> : null}
      {mine.data?.items.length === 0 ? <Empty>None of your journeys has stalled.</Empty> : null}
      <ul className="mini-list">
        {mine.data?.items.map((item) => (
          <li key={`${item.type}:${item.subject.id}`} className="mini-stacked">
            <div className="mini-line">
              <Link to={personPath(item.type, item.subject.id)}>{item.subject.name}</Link>
              <span className="mini-meta">{Math.floor(item.waitingDays)} d waiting</span>
            </div>
            <span className="mini-meta">
              {item.type === 'candidate' ? 'Candidate' : 'Client'} · at {item.lastActivityLabel}, allowed{' '}
              {item.thresholdDays} d
            </span>
          </li>
        ))}
      </ul>
    </Section>
  );
}
