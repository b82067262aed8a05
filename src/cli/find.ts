/** @module `waypoint find <text>`. */
import type { Config } from '../config.ts';
import type { SearchHit } from '../contract/search.ts';
import { runOperatorQuery } from './operator-query.ts';
import { dim, oneLine, table } from './output.ts';

const typeLabel = {
  candidate: 'Candidate',
  client: 'Client',
  contact: 'Contact',
  job_order: 'Job order',
} as const;

export async function runFind(
  config: Config,
  text: string,
  opts: { firm?: string | undefined; limit: number },
) {
  const hits = (await runOperatorQuery(config, {
    command: 'find',
    text,
    limit: opts.limit,
    firm: opts.firm,
  })) as {
    items: SearchHit[];
  };
  if (hits.items.length === 0) {
    process.stdout.write(`Nothing matches "${text}".\n`);
    process.exitCode = 1;
    return;
  }
  const rows = hits.items.map((h) => [
    typeLabel[h.type],
    h.title,
    oneLine(h.subtitle, 60),
    dim(`${h.matchedOn}: ${h.matched}`),
    dim(h.id),
  ]);
  process.stdout.write(`${table(rows)}\n`);
}
