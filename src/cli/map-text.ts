/**
 * @module A journey map as text for a terminal: who is in it, the funnel, the commonest paths, where journeys stall
 * and where time goes. Pure: the view in, lines out.
 */
import type { JourneyMapView } from '../contract/journeys.ts';
import { humanDuration } from './durations.ts';
import { bold, dim, table } from './output.ts';

const count = (n: number) => n.toLocaleString('en-US');
const percent = (x: number | null) => (x === null ? '' : `${(x * 100).toFixed(1)} %`);
const when = (iso: string) => `${iso.slice(0, 16).replace('T', ' ')} UTC`;
const day = (iso: string | null) => (iso ?? '').slice(0, 10);

/** Right-aligns the numeric columns of a table (the table helper pads to the right). */
const rightAlign = (rows: string[][], columns: number[]) => {
  const widths = columns.map((c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  return rows.map((r) =>
    r.map((cell, c) => (columns.includes(c) ? cell.padStart(widths[columns.indexOf(c)]!) : cell)),
  );
};

function windowText(m: JourneyMapView): string {
  const w = m.window;
  if (w.mode === 'all') return 'all time';
  // Dates of a window are whole UTC days [from, to): show the last day inside it.
  const lastDay = w.to ? new Date(Date.parse(w.to) - 86_400_000).toISOString() : null;
  const range = `${day(w.from)} to ${day(lastDay)}`;
  return w.mode === 'event'
    ? `${range} (event mode: touchpoints in the window)`
    : `${range} (cohort mode: journeys that began in the window, followed to now)`;
}

/** The map as text; `filters` are the population's filters as the operator gave them (e.g. "source referral"). */
export function mapText(m: JourneyMapView, filters: string[] = []): string {
  const label = new Map(m.definition.activities.map((a) => [a.key, a.label]));
  const nameOf = (key: string) => label.get(key) ?? key;
  const out: string[] = [];
  const title = m.type === 'candidate' ? 'Candidate journeys' : 'Client journeys';
  out.push(bold(`${title}${filters.length > 0 ? ` · ${filters.join(' · ')}` : ''}`));
  out.push(
    `  ${count(m.journeys)} journeys, ${count(m.events)} events · ${windowText(m)}`,
    dim(
      `  as of ${when(m.window.asOf)} · definition v${m.definition.version}${m.definition.version === 0 ? ' (default)' : ''}` +
        ` · percentiles ${m.approximate ? 'approximate (within 1 %)' : 'exact'} · ${m.computeMs} ms`,
    ),
  );
  if (m.journeys === 0) {
    out.push('', '  No journeys in this population.');
    return `${out.join('\n')}\n`;
  }

  out.push('', bold('Funnel'));
  const funnel = m.funnel.map((s, i) => [
    `  ${i + 1}. ${nameOf(s.activity)}`,
    count(s.count),
    percent(s.conversion),
  ]);
  out.push(table(rightAlign([['  Stage', 'Journeys', 'Conversion'], ...funnel], [1, 2])));

  const top = m.variants.top;
  out.push('', bold(`Top variants (${top.length} of ${count(m.variants.distinct)} distinct paths)`));
  out.push(
    table(
      rightAlign(
        [
          ['  Journeys', 'Share', 'Typical', 'Path'],
          ...top.map((v) => [
            `  ${count(v.count)}`,
            percent(v.share),
            humanDuration(v.medianDuration),
            pathText(v.activities, nameOf),
          ]),
        ],
        [0, 1, 2],
      ),
    ),
  );

  out.push('', bold(`Stalled (${count(m.stalled.count)} journeys waiting past their step's threshold)`));
  out.push(
    m.stalled.byActivity.length === 0
      ? '  (none)'
      : table(
          rightAlign(
            [
              ['  Waiting after', 'Journeys'],
              ...[...m.stalled.byActivity]
                .sort((a, b) => b.count - a.count)
                .map((s) => [`  ${nameOf(s.activity)}`, count(s.count)]),
            ],
            [1],
          ),
        ),
  );

  out.push('', bold('Where time goes (from each step to the next touchpoint)'));
  const dwell = [...m.dwell].filter((d) => d.count > 0).sort((a, b) => b.median - a.median);
  out.push(
    dwell.length === 0
      ? '  (nothing measured)'
      : table(
          rightAlign(
            [
              ['  Step', 'Median', 'p90', 'Measured'],
              ...dwell.map((d) => [
                `  ${nameOf(d.activity)}`,
                humanDuration(d.median),
                humanDuration(d.p90),
                count(d.count),
              ]),
            ],
            [1, 2, 3],
          ),
        ),
  );
  return `${out.join('\n')}\n`;
}

/** A path in the definition's words, a step repeated in a row written once with its count ("Interviewed ×3"). */
export function pathText(activities: readonly string[], nameOf: (key: string) => string): string {
  const steps: string[] = [];
  for (let i = 0; i < activities.length; ) {
    let run = 1;
    while (activities[i + run] === activities[i]) run++;
    steps.push(run > 1 ? `${nameOf(activities[i]!)} ×${run}` : nameOf(activities[i]!));
    i += run;
  }
  return steps.join(' → ');
}
