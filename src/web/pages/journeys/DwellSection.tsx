import type { JourneyMapView } from '../../../contract/index.ts';
import { Section } from '../../components/Section.tsx';
import { Empty } from '../../components/states.tsx';
import { Duration } from './Duration.tsx';
import type { Drill } from './journey-url.ts';
import { activityLabeller } from './process-graph.ts';

interface Props {
  map: JourneyMapView;
  onDrill: (drill: Drill) => void;
}

/** Where time goes: per activity, how long until the journey's next step; median and 90th percentile as bars. */
export function DwellSection({ map, onDrill }: Props) {
  const label = activityLabeller(map);
  const rows = [...map.dwell].sort((x, y) => y.median - x.median || y.p90 - x.p90);
  // One very long tail (a 90th percentile of months) would flatten every other bar: the scale stops at four times the
  // longest median, and a bar past it is drawn to the end.
  const longest = Math.max(
    1,
    Math.min(Math.max(...rows.map((d) => d.p90), 0), 4 * Math.max(...rows.map((d) => d.median), 0)),
  );
  const width = (seconds: number) => `${Math.min(100, (seconds / longest) * 100)}%`;
  return (
    <Section title="Where time goes" id="dwell">
      <p className="muted legend">
        Time from each step to the next one. <span className="legend-swatch bar-median" aria-hidden="true" />{' '}
        median <span className="legend-swatch bar-p90" aria-hidden="true" /> 90 % within
      </p>
      {rows.length === 0 ? <Empty>No journey has moved on from a step yet.</Empty> : null}
      <ul className="bars">
        {rows.map((d) => (
          <li key={d.activity} className="bars-row">
            <button
              type="button"
              className="btn-link bars-name"
              aria-label={`${label(d.activity)}: list the journeys`}
              onClick={() => onDrill({ kind: 'activity', activity: d.activity })}
            >
              {label(d.activity)}
            </button>
            <span className="bar-track bar-track-double" aria-hidden="true">
              <span className="bar bar-p90" style={{ width: width(d.p90) }} />
              <span className="bar bar-median" style={{ width: width(d.median) }} />
            </span>
            <span className="bars-meta dwell-times">
              <Duration seconds={d.median} approximate={map.approximate} />
              <span className="muted"> · </span>
              <Duration seconds={d.p90} approximate={map.approximate} />
            </span>
          </li>
        ))}
      </ul>
    </Section>
  );
}
