import type { JourneyMapView } from '../../../contract/index.ts';
import { Section } from '../../components/Section.tsx';
import { Empty } from '../../components/states.tsx';
import { formatCount, formatShare } from '../../lib/durations.ts';
import { Duration } from './Duration.tsx';
import type { Drill } from './journey-url.ts';
import { activityLabeller } from './process-graph.ts';

interface Props {
  map: JourneyMapView;
  onDrill: (drill: Drill) => void;
}

const MAX_CHIPS = 10;

/**
 * A path as a row of chips: "Registered › Screened › Withdrew". A step repeated in a row is one chip ("Candidates
 * presented ×12"); a very long path shows its start and end, the whole of it on hover.
 */
export function PathChips({ activities, label }: { activities: string[]; label: (key: string) => string }) {
  const runs = runsOf(activities);
  const shown =
    runs.length > MAX_CHIPS ? [...runs.slice(0, MAX_CHIPS - 3), null, ...runs.slice(runs.length - 2)] : runs;
  const hiddenSteps =
    runs.length > MAX_CHIPS ? runs.slice(MAX_CHIPS - 3, runs.length - 2).reduce((n, r) => n + r.times, 0) : 0;
  return (
    <ol className="path-chips" title={activities.map(label).join(' › ')}>
      {shown.map((run, i) =>
        run === null ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the position is the identity of a step
          <li key={i} className="path-chip path-chip-more">
            … {hiddenSteps} more steps
          </li>
        ) : (
          // A path may visit an activity twice: the position keeps the keys apart.
          // biome-ignore lint/suspicious/noArrayIndexKey: the position is the identity of a step
          <li key={i} className="path-chip">
            {label(run.activity)}
            {run.times > 1 ? <span className="muted"> ×{run.times}</span> : null}
          </li>
        ),
      )}
    </ol>
  );
}

/** Repeats in a row as one step with a count. */
export function runsOf(activities: readonly string[]): { activity: string; times: number }[] {
  const runs: { activity: string; times: number }[] = [];
  for (const activity of activities) {
    const last = runs[runs.length - 1];
    if (last && last.activity === activity) last.times++;
    else runs.push({ activity, times: 1 });
  }
  return runs;
}

/** The commonest paths, start to end, with how many took each and how long it typically took. */
export function VariantsSection({ map, onDrill }: Props) {
  const label = activityLabeller(map);
  const top = map.variants.top;
  return (
    <Section title="Commonest paths" id="variants" count={map.variants.distinct}>
      {top.length === 0 ? <Empty>No journeys yet.</Empty> : null}
      <table className="table table-compact variants">
        <thead>
          <tr>
            <th scope="col">Path</th>
            <th scope="col" className="num">
              Journeys
            </th>
            <th scope="col" className="num">
              Share
            </th>
            <th scope="col" className="num">
              Typical duration
            </th>
          </tr>
        </thead>
        <tbody>
          {top.map((v) => (
            <tr key={v.key}>
              <td>
                <PathChips activities={v.activities} label={label} />
              </td>
              <td className="num">
                <button
                  type="button"
                  className="btn-link"
                  aria-label={`Path ${v.activities.map(label).join(' → ')}: ${formatCount(v.count)} journeys, list them`}
                  onClick={() => onDrill({ kind: 'variant', variant: v.key })}
                >
                  {formatCount(v.count)}
                </button>
              </td>
              <td className="num">{formatShare(v.share)}</td>
              <td className="num">
                <Duration seconds={v.medianDuration} approximate={map.approximate} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {map.variants.distinct > top.length ? (
        <p className="muted">
          {formatCount(map.variants.distinct)} distinct paths; the {top.length} commonest cover{' '}
          {formatShare(top.reduce((sum, v) => sum + v.share, 0))} of journeys.
        </p>
      ) : null}
    </Section>
  );
}
