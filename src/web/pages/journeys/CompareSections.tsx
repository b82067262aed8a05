import type { JourneyMapView } from '../../../contract/index.ts';
import { Section } from '../../components/Section.tsx';
import { formatCount, formatPoints, formatShare, signedDuration } from '../../lib/durations.ts';
import { compareDwell, compareFunnels, compareHeadline, compareStalls, compareVariants } from './compare.ts';
import { Delta } from './Delta.tsx';
import { Duration } from './Duration.tsx';
import type { Drill } from './journey-url.ts';
import { activityLabeller } from './process-graph.ts';
import { PathChips } from './VariantsSection.tsx';

interface Props {
  a: JourneyMapView;
  b: JourneyMapView;
  onDrill: (segment: 'a' | 'b', drill: Drill) => void;
}

/** A count that lists its people when clicked. */
function CountButton({ count, name, onClick }: { count: number; name: string; onClick: () => void }) {
  return (
    <button
      type="button"
      className="btn-link"
      aria-label={`${name}: ${formatCount(count)}, list them`}
      onClick={onClick}
    >
      {formatCount(count)}
    </button>
  );
}

/** Segment B against segment A: the headline, the funnel, stalls, time per step and the commonest paths. */
export function CompareSections({ a, b, onDrill }: Props) {
  const label = activityLabeller(a);
  const head = compareHeadline(a, b);
  const approx = a.approximate || b.approximate;
  const funnel = compareFunnels(a, b);
  const stalls = compareStalls(a, b);
  const dwell = compareDwell(a, b);
  const variants = compareVariants(a, b);
  return (
    <>
      <p className="compare-headline">
        <span>
          <strong>A</strong> {formatCount(head.journeysA)} journeys, {formatShare(head.endToEndA)} end to end
        </span>
        <span>
          <strong>B</strong> {formatCount(head.journeysB)} journeys, {formatShare(head.endToEndB)} end to end
        </span>
        <span>
          B against A: <Delta text={formatPoints(head.endToEndDelta)} tone={head.tone} />
        </span>
      </p>
      <div className="map-grid">
        <Section title="Funnel · A against B" id="funnel">
          <table className="table table-compact compare">
            <thead>
              <tr>
                <th scope="col">Stage</th>
                <th scope="col" className="num">
                  A
                </th>
                <th scope="col" className="num">
                  A conv.
                </th>
                <th scope="col" className="num">
                  B
                </th>
                <th scope="col" className="num">
                  B conv.
                </th>
                <th scope="col" className="num">
                  Difference
                </th>
              </tr>
            </thead>
            <tbody>
              {funnel.map((row) => {
                const stageA = a.funnel.findIndex((s) => s.activity === row.activity);
                const stageB = b.funnel.findIndex((s) => s.activity === row.activity);
                return (
                  <tr key={row.activity}>
                    <th scope="row">{label(row.activity)}</th>
                    <StageCells
                      side="A"
                      stage={row.a}
                      name={label(row.activity)}
                      onDrill={() => onDrill('a', { kind: 'stage', stage: stageA })}
                    />
                    <StageCells
                      side="B"
                      stage={row.b}
                      name={label(row.activity)}
                      onDrill={() => onDrill('b', { kind: 'stage', stage: stageB })}
                    />
                    <td className="num">
                      {row.conversionDelta === null ? (
                        ''
                      ) : (
                        <Delta text={formatPoints(row.conversionDelta)} tone={row.tone} />
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </Section>
        <Section title="Stalled · A against B" id="lost">
          <table className="table table-compact compare">
            <thead>
              <tr>
                <th scope="col">Resting at</th>
                <th scope="col" className="num">
                  A
                </th>
                <th scope="col" className="num">
                  B
                </th>
                <th scope="col" className="num">
                  Rate A → B
                </th>
                <th scope="col" className="num">
                  Difference
                </th>
              </tr>
            </thead>
            <tbody>
              {stalls.map((row) => {
                const name = row.activity ? label(row.activity) : 'All stalled';
                const drill: Drill = row.activity
                  ? { kind: 'stalled', activity: row.activity }
                  : { kind: 'stalled' };
                return (
                  <tr key={row.activity ?? 'all'} className={row.activity ? undefined : 'row-total'}>
                    <th scope="row">{name}</th>
                    <td className="num">
                      <CountButton
                        count={row.a.count}
                        name={`A stalled, ${name}`}
                        onClick={() => onDrill('a', drill)}
                      />
                    </td>
                    <td className="num">
                      <CountButton
                        count={row.b.count}
                        name={`B stalled, ${name}`}
                        onClick={() => onDrill('b', drill)}
                      />
                    </td>
                    <td className="num">
                      {formatShare(row.a.rate)} → {formatShare(row.b.rate)}
                    </td>
                    <td className="num">
                      <Delta text={formatPoints(row.rateDelta)} tone={row.tone} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </Section>
        <Section title="Where time goes · A against B" id="dwell">
          <table className="table table-compact compare">
            <thead>
              <tr>
                <th scope="col">Step</th>
                <th scope="col" className="num">
                  A median
                </th>
                <th scope="col" className="num">
                  B median
                </th>
                <th scope="col" className="num">
                  Difference
                </th>
                <th scope="col" className="num">
                  A / B 90 %
                </th>
              </tr>
            </thead>
            <tbody>
              {dwell.map((row) => (
                <tr key={row.activity}>
                  <th scope="row">{label(row.activity)}</th>
                  <td className="num">
                    {row.a ? <Duration seconds={row.a.median} approximate={approx} /> : '—'}
                  </td>
                  <td className="num">
                    {row.b ? <Duration seconds={row.b.median} approximate={approx} /> : '—'}
                  </td>
                  <td className="num">
                    {row.medianDelta === null ? (
                      ''
                    ) : (
                      <Delta text={signedDuration(row.medianDelta)} tone={row.tone} />
                    )}
                  </td>
                  <td className="num muted">
                    {row.a ? <Duration seconds={row.a.p90} approximate={approx} /> : '—'} /{' '}
                    {row.b ? <Duration seconds={row.b.p90} approximate={approx} /> : '—'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </Section>
      </div>
      <div className="stack">
        <Section title="Commonest paths · A against B" id="variants">
          <table className="table table-compact compare variants">
            <thead>
              <tr>
                <th scope="col">Path</th>
                <th scope="col" className="num">
                  A
                </th>
                <th scope="col" className="num">
                  B
                </th>
                <th scope="col" className="num">
                  Share A → B
                </th>
              </tr>
            </thead>
            <tbody>
              {variants.map((row) => (
                <tr key={row.key}>
                  <td>
                    <PathChips activities={row.activities} label={label} />
                  </td>
                  <td className="num">
                    {row.a ? (
                      <CountButton
                        count={row.a.count}
                        name={`A path ${row.activities.map(label).join(' → ')}`}
                        onClick={() => onDrill('a', { kind: 'variant', variant: row.key })}
                      />
                    ) : (
                      '—'
                    )}
                  </td>
                  <td className="num">
                    {row.b ? (
                      <CountButton
                        count={row.b.count}
                        name={`B path ${row.activities.map(label).join(' → ')}`}
                        onClick={() => onDrill('b', { kind: 'variant', variant: row.key })}
                      />
                    ) : (
                      '—'
                    )}
                  </td>
                  <td className="num">
                    {formatShare(row.a?.share ?? null)} → {formatShare(row.b?.share ?? null)}
                    {row.shareDelta !== null ? (
                      <>
                        {' '}
                        <Delta text={formatPoints(row.shareDelta)} tone="neutral" />
                      </>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </Section>
      </div>
    </>
  );
}

/** One segment's count (a button to its people) and conversion in a row of the compared funnel. */
function StageCells({
  side,
  stage,
  name,
  onDrill,
}: {
  side: 'A' | 'B';
  stage: { count: number; conversion: number | null } | null | undefined;
  name: string;
  onDrill: () => void;
}) {
  return (
    <>
      <td className="num">
        {stage ? <CountButton count={stage.count} name={`${side} reached ${name}`} onClick={onDrill} /> : '—'}
      </td>
      <td className="num">{formatShare(stage?.conversion ?? null)}</td>
    </>
  );
}
