import { lazy, Suspense, useMemo, useState } from 'react';
import { Link } from 'react-router';
import type { JourneyPath } from '../../../contract/index.ts';
import { useApi } from '../../api/hooks.ts';
import { Badge } from '../../components/Badge.tsx';
import { Empty, ErrorState, Loading } from '../../components/states.tsx';
import { humanizeDuration } from '../../lib/durations.ts';
import { formatDateTime } from '../../lib/format.ts';
import { humanize } from '../../lib/labels.ts';
import { type SubjectType, segmentOf } from './journey-url.ts';
import { restingFor, stripOf } from './path-steps.ts';
import { buildProcessGraph, suggestedThreshold } from './process-graph.ts';

const ProcessMap = lazy(() => import('./map/ProcessMap.tsx').then((m) => ({ default: m.ProcessMap })));

/** One person's path: a strip of numbered steps with the time between them, and on request the firm's map with it. */
export function PersonJourney({ type, subjectId }: { type: SubjectType; subjectId: string }) {
  const path = useApi('journeyPath', { params: { type, subjectId } });
  const definition = useApi('journeyDefinition', { params: { type } }, { staleTime: 5 * 60_000 });
  const [onMap, setOnMap] = useState(false);
  if (path.isPending) return <Loading label="Loading the journey…" />;
  if (path.error) return <ErrorState error={path.error} retry={() => path.refetch()} />;
  const labels = new Map(definition.data?.activities.map((a) => [a.key, a.label]) ?? []);
  const label = (key: string) => labels.get(key) ?? humanize(key);
  const p = path.data;
  if (p.steps.length === 0) return <Empty>No step of the journey yet.</Empty>;
  const strip = stripOf(p.steps);
  const resting = restingFor(p.steps);
  return (
    <div className="stack">
      <ol className="step-strip" aria-label="Steps">
        {strip.map((step) => (
          <li key={step.number} className="step">
            {step.gap !== null ? (
              <span className="step-gap" title="Time since the step before">
                {humanizeDuration(step.gap)}
              </span>
            ) : null}
            <span className="step-box" title={formatDateTime(step.firstAt)}>
              <span className="step-number">{step.number}</span>
              {label(step.activity)}
              {step.times > 1 ? <span className="step-times">×{step.times}</span> : null}
            </span>
          </li>
        ))}
        <li className="step step-now">
          {resting !== null ? <span className="step-gap">{humanizeDuration(resting)}</span> : null}
          <span className="step-box step-box-now">
            now
            {p.stalled ? <Badge tone="stalled">Stalled</Badge> : null}
          </span>
        </li>
      </ol>
      <div className="row-gap">
        <button
          type="button"
          className="btn btn-small"
          aria-expanded={onMap}
          onClick={() => setOnMap(!onMap)}
        >
          {onMap ? 'Hide the map' : 'Show on the map'}
        </button>
        <Link to={`/journeys/${segmentOf(type)}`} className="btn btn-small btn-ghost">
          Open the {type} journey map
        </Link>
      </div>
      {onMap ? <PathOnMap type={type} path={p} /> : null}
    </div>
  );
}

/** The firm's whole map, the person's steps numbered on it and the rest faded. */
function PathOnMap({ type, path }: { type: SubjectType; path: JourneyPath }) {
  const map = useApi('journeyMap', { params: { type }, query: {} });
  const graph = useMemo(
    () =>
      map.data
        ? buildProcessGraph(map.data, { minPercent: suggestedThreshold(map.data), path: path.steps })
        : null,
    [map.data, path.steps],
  );
  if (map.isPending) return <Loading label="Loading the map…" />;
  if (map.error) return <ErrorState error={map.error} retry={() => map.refetch()} />;
  if (!graph || !map.data) return null;
  return (
    <Suspense fallback={<Loading label="Loading the map…" />}>
      <ProcessMap
        graph={graph}
        approximate={map.data.approximate}
        label={`${path.subject.name}'s path on the ${type} journey map`}
        dimOffPath
      />
    </Suspense>
  );
}
