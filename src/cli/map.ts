/** @module `waypoint map --type candidate|client …`: a journey map at the terminal, or as the API's JSON. */
import type { Config } from '../config.ts';
import { journeyMapQuery } from '../contract/journeys.ts';
import { DomainError, type FieldIssue } from '../domain/errors.ts';
import { subjectTypes } from '../domain/touchpoint.ts';
import type { MapReport } from '../services/map-report.ts';
import { mapText } from './map-text.ts';
import { runOperatorQuery } from './operator-query.ts';
import { table } from './output.ts';

export interface MapOptions {
  type?: string;
  source?: string;
  branch?: string;
  owner?: string;
  category?: string;
  from?: string;
  to?: string;
  cohort?: boolean;
  top: string;
  exact?: boolean;
  firm?: string;
  json?: boolean;
}

/** Bad usage (exit 2): one problem as the message, several listed under it by flag. */
const usage = (issues: FieldIssue[]): never => {
  if (issues.length === 1) throw new DomainError('validation', `${issues[0]!.path}: ${issues[0]!.message}`);
  throw new DomainError('validation', 'Invalid options', issues);
};

/** The options' own checks, before any database is opened (each message names the flag at fault). */
function checkOptions(o: MapOptions) {
  if (o.type === undefined || !(subjectTypes as readonly string[]).includes(o.type)) {
    usage([{ path: '--type', message: 'must be candidate or client' }]);
  }
  if ((o.from === undefined) !== (o.to === undefined)) {
    const [given, missing] = o.from === undefined ? ['--to', '--from'] : ['--from', '--to'];
    usage([{ path: given, message: `needs ${missing} too (the window is [from, to), whole UTC days)` }]);
  }
  if (o.cohort && o.from === undefined) {
    usage([{ path: '--cohort', message: 'needs a window: --from and --to' }]);
  }
  if (!/^\d+$/.test(o.top) || Number(o.top) < 1 || Number(o.top) > 100) {
    usage([{ path: '--top', message: 'must be a whole number from 1 to 100' }]);
  }
  // The rest as the API checks it (date format, from before to, lengths).
  const parsed = journeyMapQuery.safeParse({
    source: o.source,
    category: o.category,
    from: o.from,
    to: o.to,
    top: o.top,
  });
  if (!parsed.success) {
    usage(parsed.error.issues.map((i) => ({ path: `--${i.path.join('.')}`, message: i.message })));
  }
}

export async function runMap(config: Config, o: MapOptions) {
  checkOptions(o);
  const report = (await runOperatorQuery(
    config,
    {
      command: 'map',
      type: o.type as (typeof subjectTypes)[number],
      source: o.source,
      branch: o.branch,
      owner: o.owner,
      category: o.category,
      from: o.from,
      to: o.to,
      cohort: o.cohort === true,
      top: Number(o.top),
      exact: o.exact === true,
      firm: o.firm,
    },
    { journeys: true },
  )) as MapReport;
  if (report.kind === 'unresolved') {
    const what = report.field === 'branch' ? 'branch' : 'staff member';
    process.stderr.write(
      report.ambiguous
        ? `waypoint: --${report.field} "${report.value}" matches ${report.matches.length} of them; name one exactly or give its id:\n`
        : `waypoint: no ${what} matches --${report.field} "${report.value}"; the firm has:\n`,
    );
    process.stderr.write(`${table(report.matches.map((r) => [`  ${r.name}`, r.id]))}\n`);
    process.exitCode = 2;
    return;
  }
  if (o.json) {
    process.stdout.write(`${JSON.stringify(report.map, null, 2)}\n`);
    return;
  }
  const filters = [
    o.source !== undefined ? `source ${o.source}` : null,
    report.branch ? `branch ${report.branch.name}` : null,
    report.owner ? `owner ${report.owner.name}` : null,
    o.category !== undefined ? `category ${o.category}` : null,
  ].filter((f): f is string => f !== null);
  process.stdout.write(mapText(report.map, filters));
}
