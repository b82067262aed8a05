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

/** The funnel: how many journeys reached each stage in order, and how many of the stage before got there. */
export function FunnelSection({ map, onDrill }: Props) {
  const label = activityLabeller(map);
  const first = map.funnel[0]?.count ?? 0;
  return (
    <Section title="Funnel" id="funnel">
      {map.funnel.length === 0 ? <Empty>The definition names no stages.</Empty> : null}
      <ol className="funnel">
        {map.funnel.map((stage, k) => (
          <li key={stage.activity} className="funnel-row">
            <span className="funnel-stage" aria-hidden="true">
              {k + 1}
            </span>
            <span className="funnel-name">{label(stage.activity)}</span>
            <span className="bar-track" aria-hidden="true">
              <span
                className="bar bar-stage"
                style={{ width: `${first > 0 ? (stage.count / first) * 100 : 0}%` }}
              />
            </span>
            <button
              type="button"
              className="btn-link num"
              aria-label={`${label(stage.activity)}: ${formatCount(stage.count)} reached, list them`}
              onClick={() => onDrill({ kind: 'stage', stage: k })}
            >
              {formatCount(stage.count)}
            </button>
            <span className="funnel-conversion">
              {stage.conversion === null ? (
                <span className="muted">start</span>
              ) : (
                <>
                  {formatShare(stage.conversion)} <span className="muted">of the stage before</span>
                </>
              )}
            </span>
          </li>
        ))}
      </ol>
      {map.funnel.length > 1 && first > 0 ? (
        <p className="muted funnel-total">
          {formatShare((map.funnel[map.funnel.length - 1]?.count ?? 0) / first)} of those who reached{' '}
          {label(map.funnel[0]!.activity)} reached {label(map.funnel[map.funnel.length - 1]!.activity)}. A
          stage counts when the stages before it came first, in order.
        </p>
      ) : null}
    </Section>
  );
}
