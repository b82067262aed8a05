import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import type { JourneyMapView } from '../../../contract/index.ts';
import { useApi } from '../../api/hooks.ts';
import { Badge } from '../../components/Badge.tsx';
import { Empty, ErrorState, Loading } from '../../components/states.tsx';
import { When } from '../../components/When.tsx';
import { formatCount } from '../../lib/durations.ts';
import {
  type DrillState,
  drillTitle,
  type Population,
  peopleQueryOf,
  personPath,
  type SubjectType,
} from './journey-url.ts';
import { activityLabeller } from './process-graph.ts';

interface Props {
  type: SubjectType;
  state: DrillState;
  population: Population;
  /** The map the number came from: its labels and stages. */
  map: JourneyMapView | undefined;
  /** "Segment B" when comparing. */
  segmentName?: string;
  onPage: (page: number) => void;
  onClose: () => void;
}

const PAGE_SIZE = 25;

/**
 * The people behind one number of the map, beside it (not over it: another number can be clicked while it is open).
 * Each name opens the person's page, with their timeline.
 */
export function PeoplePanel({ type, state, population, map, segmentName, onPage, onClose }: Props) {
  const people = useApi(
    'journeyPeople',
    { params: { type }, query: peopleQueryOf(population, state, PAGE_SIZE) },
    { placeholderData: (previous) => previous },
  );
  const label = map ? activityLabeller(map) : (key: string) => key;
  const title = drillTitle(state.drill, label, map?.definition.stages ?? []);
  const heading = useRef<HTMLHeadingElement>(null);
  // Focus follows the click into the list, so a keyboard user lands on what they asked for.
  // biome-ignore lint/correctness/useExhaustiveDependencies: focus again whenever a new number is opened
  useEffect(() => heading.current?.focus(), [title, segmentName]);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  const data = people.data;
  const pages = data ? Math.max(1, Math.ceil(data.total / data.pageSize)) : 1;
  return (
    <aside className="drill-panel" aria-labelledby="drill-title">
      <header className="drill-header">
        <div>
          <h2 id="drill-title" ref={heading} tabIndex={-1}>
            {title}
          </h2>
          <p className="muted">
            {segmentName ? `${segmentName} · ` : ''}
            {data ? `${formatCount(data.total)} ${data.total === 1 ? 'journey' : 'journeys'}` : 'Loading…'}
          </p>
        </div>
        <button type="button" className="btn-icon" onClick={onClose} aria-label="Close the list of people">
          ×
        </button>
      </header>
      <div className={`drill-body${people.isPlaceholderData ? ' is-stale' : ''}`}>
        {people.isPending ? <Loading label="Finding the people…" /> : null}
        {people.error ? <ErrorState error={people.error} retry={() => people.refetch()} /> : null}
        {data && data.items.length === 0 ? <Empty>Nobody here.</Empty> : null}
        {data && data.items.length > 0 ? (
          <ul className="people" aria-label="People">
            {data.items.map((person) => (
              <li key={person.subject.id} className="person">
                <div className="person-line">
                  <Link to={personPath(type, person.subject.id)} className="person-name">
                    {person.subject.name}
                  </Link>
                  {person.stalled ? <Badge tone="stalled">Stalled</Badge> : null}
                  <span className="person-waiting" title="Days since the last touchpoint">
                    {Math.floor(person.waitingDays)} d waiting
                  </span>
                </div>
                {person.subtitle ? <p className="person-sub">{person.subtitle}</p> : null}
                <p className="person-meta">
                  <span>
                    Last: {label(person.lastActivity)} <When at={person.lastAt} />
                  </span>
                  <span>Owner: {person.owner?.name ?? 'Unassigned'}</span>
                  {person.branch ? <span>{person.branch.name}</span> : null}
                  <span>{formatCount(person.touchpoints)} touchpoints</span>
                </p>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      {data && pages > 1 ? (
        <nav className="pager" aria-label="Pages of people">
          <button
            type="button"
            className="btn"
            disabled={state.page <= 1}
            onClick={() => onPage(state.page - 1)}
          >
            Previous page
          </button>
          <span className="pager-page">
            Page {state.page} of {pages}
          </span>
          <button
            type="button"
            className="btn"
            disabled={state.page >= pages}
            onClick={() => onPage(state.page + 1)}
          >
            Next page
          </button>
        </nav>
      ) : null}
    </aside>
  );
}
