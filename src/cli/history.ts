/** @module `waypoint history <name|email|phone>`: employment history and the latest touchpoints. */
import type { Config } from '../config.ts';
import type { HistoryReport } from '../services/history-report.ts';
import { runOperatorQuery } from './operator-query.ts';
import { bold, dim, oneLine, table } from './output.ts';

export async function runHistory(
  config: Config,
  who: string,
  opts: { firm?: string | undefined; touchpoints: number },
) {
  const out = (await runOperatorQuery(config, {
    command: 'history',
    who,
    touchpoints: opts.touchpoints,
    firm: opts.firm,
  })) as HistoryReport;
  if (out.kind === 'none') {
    process.stderr.write(`No candidate matches "${who}".\n`);
    process.exitCode = 1;
    return;
  }
  if (out.kind === 'many') {
    process.stderr.write(
      `"${who}" matches ${out.hits.length} candidates; be more specific (an email or phone is exact):\n`,
    );
    process.stderr.write(
      `${table(out.hits.map((h) => [h.title, oneLine(h.subtitle, 60), dim(`${h.matchedOn}: ${h.matched}`)]))}\n`,
    );
    process.exitCode = 2;
    return;
  }
  const { candidate: c, history, timeline } = out;
  const facts = [
    c.emails[0]?.address,
    c.phones[0]?.number,
    c.city,
    c.status.replace('_', ' '),
    c.owner ? `owner ${c.owner.name}` : null,
  ];
  const lines = [
    bold(`${c.firstName} ${c.lastName}`) + (c.headline ? ` — ${c.headline}` : ''),
    dim(facts.filter(Boolean).join(' · ')),
  ];
  lines.push('', bold('Employment history'));
  lines.push(
    history.items.length === 0
      ? '  (none recorded)'
      : table(
          history.items.map((h) => [
            `  ${h.startDate ?? '?'} – ${h.current ? 'now' : (h.endDate ?? '?')}`,
            h.title,
            h.employer,
            h.origin === 'placement' ? 'placed by us' : '',
            h.payRate !== null ? `${h.payRate.toFixed(2)}/${h.payUnit ?? 'hour'}` : '',
            oneLine(h.reasonForLeaving, 40),
          ]),
        ),
  );
  lines.push('', bold('Latest touchpoints'));
  lines.push(
    timeline.items.length === 0
      ? '  (none)'
      : table(
          timeline.items.map((t) => [
            `  ${t.occurredAt.slice(0, 16).replace('T', ' ')}`,
            t.activityLabel,
            t.channel + (t.direction ? ` ${t.direction}` : ''),
            t.actor?.name ?? (t.actorType === 'system' ? 'Waypoint' : 'candidate'),
            oneLine([t.jobOrder?.name, t.summary].filter(Boolean).join(': '), 60),
          ]),
        ),
  );
  process.stdout.write(`${lines.join('\n')}\n`);
}
