import type { JourneyMapView } from '../../../contract/index.ts';
import { Section } from '../../components/Section.tsx';
import { Empty } from '../../components/states.tsx';
import { formatCount, formatShare } from '../../lib/durations.ts';
import type { Drill } from './journey-url.ts';
import { activityLabeller } from './process-graph.ts';

interface Props {
  map: JourneyMapView;
  onDrill: (drill: Drill) => void;
}

/** The drop-offs between funnel stages: reached stage k, not k + 1. */
export const dropOffs = (map: JourneyMapView) =>
  map.funnel.slice(0, -1).map((stage, k) => {
    const next = map.funnel[k + 1]!;
    const lost = Math.max(0, stage.count - next.count);
    return {
      stage: k,
      from: stage.activity,
      to: next.activity,
      lost,
      share: stage.count > 0 ? lost / stage.count : 0,
    };
  });

/** Where people get lost: who dropped out between stages, and whose journey has stalled, by where it rests. */
export function LostSection({ map, onDrill }: Props) {
  const label = activityLabeller(map);
  const drops = dropOffs(map);
  const worst = Math.max(1, ...drops.map((d) => d.lost));
  const stalls = [...map.stalled.byActivity].sort((x, y) => y.count - x.count);
  const most = Math.max(1, ...stalls.map((s) => s.count));
  const threshold = new Map(map.definition.activities.map((a) => [a.key, a.stallDays]));
  return (
    <Section title="Where people get lost" id="lost">
      <h3 className="subhead">Between stages</h3>
      {drops.length === 0 ? <Empty>A funnel of one stage loses nobody between stages.</Empty> : null}
      <ul className="bars">
        {drops.map((d) => (
          <li key={d.stage} className="bars-row">
            <span className="bars-name">
              {label(d.from)} <span className="muted">→ not</span> {label(d.to)}
            </span>
            <span className="bar-track" aria-hidden="true">
              <span className="bar bar-lost" style={{ width: `${(d.lost / worst) * 100}%` }} />
            </span>
            <button
              type="button"
              className="btn-link num"
              aria-label={`Reached ${label(d.from)}, not ${label(d.to)}: ${formatCount(d.lost)}, list them`}
              onClick={() => onDrill({ kind: 'dropoff', stage: d.stage })}
            >
              {formatCount(d.lost)}
            </button>
            <span className="bars-meta">{formatShare(d.share)}</span>
          </li>
        ))}
      </ul>
      <h3 className="subhead">
        Stalled{' '}
        <button
          type="button"
          className="btn-link"
          aria-label={`Stalled: ${formatCount(map.stalled.count)} journeys, list them`}
          onClick={() => onDrill({ kind: 'stalled' })}
        >
          {formatCount(map.stalled.count)} journeys
        </button>
      </h3>
      {stalls.length === 0 ? <Empty>No journey is waiting longer than its step allows.</Empty> : null}
      <ul className="bars">
        {stalls.map((s) => (
          <li key={s.activity} className="bars-row">
            <span className="bars-name">
              {label(s.activity)}
              {threshold.get(s.activity) ? (
                <span className="muted"> · over {threshold.get(s.activity)} d</span>
              ) : null}
            </span>
            <span className="bar-track" aria-hidden="true">
              <span className="bar bar-stalled" style={{ width: `${(s.count / most) * 100}%` }} />
            </span>
            <button
              type="button"
              className="btn-link num"
              aria-label={`Stalled at ${label(s.activity)}: ${formatCount(s.count)}, list them`}
              onClick={() => onDrill({ kind: 'stalled', activity: s.activity })}
            >
              {formatCount(s.count)}
            </button>
            <span className="bars-meta">{formatShare(map.journeys > 0 ? s.count / map.journeys : 0)}</span>
          </li>
        ))}
      </ul>
    </Section>
  );
}
