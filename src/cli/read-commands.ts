/** @module `waypoint find` and `waypoint history`: the firm's records at the command line. */
import type { Command } from 'commander';
import type { Config } from '../config.ts';

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
}
