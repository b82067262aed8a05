/** @module `waypoint find`, `waypoint history` and `waypoint map`: the firm's records at the command line. */
import type { Command } from 'commander';
import type { Config } from '../config.ts';
import type { MapOptions } from './map.ts';

const bounded = (value: string, fallback: number, max: number) =>
  Math.min(max, Math.max(1, Number.parseInt(value, 10) || fallback));

export function registerReadCommands(program: Command, config: () => Config) {
  program
    .command('find')
    .description(
      'Find candidates, contacts, clients and job orders by any part of a name, email, phone, skill or employer',
    )
    .argument('<text...>', 'what to look for')
    .option('--firm <slug>', 'the firm (when there is more than one)')
    .option('--limit <n>', 'at most this many results', '20')
    .action(async (words: string[], opts: { firm?: string; limit: string }) => {
      const { runFind } = await import('./find.ts');
      await runFind(config(), words.join(' '), { firm: opts.firm, limit: bounded(opts.limit, 20, 50) });
    });

  program
    .command('history')
    .description("A candidate's employment history and latest touchpoints, by name, email or phone")
    .argument('<who...>', 'name, email or phone number')
    .option('--firm <slug>', 'the firm (when there is more than one)')
    .option('--touchpoints <n>', 'how many of the latest touchpoints to show', '10')
    .action(async (words: string[], opts: { firm?: string; touchpoints: string }) => {
      const { runHistory } = await import('./history.ts');
      await runHistory(config(), words.join(' '), {
        firm: opts.firm,
        touchpoints: bounded(opts.touchpoints, 10, 200),
      });
    });

  program
    .command('map')
    .description(
      'A journey map: funnel, commonest paths, stalls and where time goes, for candidates or clients (answered by the running server when there is one)',
    )
    .option('--type <type>', 'candidate or client')
    .option('--source <source>', 'only journeys from this source of awareness (e.g. referral)')
    .option('--branch <branch>', 'only this branch (a name, part of one, or an id)')
    .option('--owner <owner>', 'only journeys this staff member owns (a name, part of one, or an id)')
    .option('--category <category>', 'only this job category (candidates) or industry (clients)')
    .option('--from <date>', 'window start, YYYY-MM-DD (inclusive; with --to)')
    .option('--to <date>', 'window end, YYYY-MM-DD (exclusive; with --from)')
    .option('--cohort', 'whole journeys that began in the window (default: only touchpoints inside it)')
    .option('--top <n>', 'how many of the commonest paths to list', '10')
    .option('--exact', 'exact percentiles (default: within 1 %, faster on large firms)')
    .option('--firm <slug>', 'the firm (when there is more than one)')
    .option('--json', "print the whole map as JSON (the API's journey map)")
    .action(async (opts: MapOptions) => {
      const { runMap } = await import('./map.ts');
      await runMap(config(), opts);
    });
}
