/** @module `waypoint seed --demo`: fills an empty database with the demo firm and prints how to sign in. */
import type { Command } from 'commander';
import type { Config } from '../config.ts';
import { roleLabels } from '../domain/roles.ts';
import type { DemoSeedResult, DemoSizeName } from '../services/demo-seed.ts';
import { bold, dim, table } from './output.ts';

// The seed and the store load when the command runs, so other commands do not pay for them.

/** Exit code of a command that was refused as asked (see EXIT in main.ts). */
const USAGE = 2;

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const day = (d: Date) => d.toISOString().slice(0, 10);

/** What the seed created and who can sign in, for the terminal. */
export function demoSummary(r: DemoSeedResult, totalMs?: number): string {
  const c = r.counts;
  const lines = [
    `${bold(`Seeded ${r.firm.name}`)}: the demo firm, with a year of history (${day(r.from)} to ${day(r.to)}).`,
    dim(`seed ${r.seed}, ${r.size} size`),
    '',
    table([
      ['  Staff users', String(c.users)],
      ['  Candidates', `${c.candidates}  (${c.employmentLines} earlier jobs typed in)`],
      ['  Clients', `${c.clients}  (${c.contacts} contacts)`],
      ['  Job orders', String(c.jobOrders)],
      ['  Submissions', String(c.submissions)],
      ['  Interviews and tests', `${c.interviews} and ${c.assessments}`],
      [
        '  Placements',
        `${c.placements}  (${c.redeployments} redeployments, ${c.assignmentsEnded} ended, ${c.checkIns} check-ins)`,
      ],
      ['  Logged contacts', String(c.loggedContacts)],
      ['  Touchpoints', String(c.touchpoints)],
    ]),
    '',
    `Seeded in ${seconds(r.milliseconds)}${totalMs === undefined ? '' : ` (${seconds(totalMs)} with opening the database)`}.`,
    '',
    demoAccountsText(r).trimEnd(),
  ];
  return `${lines.join('\n')}\n`;
}

/** Who can sign in to the demo firm, and with which password. */
export function demoAccountsText(r: Pick<DemoSeedResult, 'accounts' | 'password'>): string {
  const lines = [
    `Sign in with any of these accounts; the password of each is ${bold(r.password)}`,
    table(
      r.accounts.map((a) => [
        `  ${a.email}`,
        a.name,
        roleLabels[a.role],
        a.branch === 'boston' ? 'Boston' : 'Worcester',
      ]),
    ),
    dim('  (demo data only: every name, email and phone number is invented)'),
  ];
  return `${lines.join('\n')}\n`;
}

const sizes: readonly DemoSizeName[] = ['standard', 'small'];

export function registerSeedCommands(program: Command, config: () => Config) {
  program
    .command('seed')
    .description('Fill an empty database with sample data (--demo: the demo firm, Harbor Staffing)')
    .option('--demo', 'seed the demo firm: two branches, eight staff and a year of history')
    .option('--seed <n>', 'random seed: the same seed gives the same firm', '2026')
    .option(
      '--size <size>',
      'standard (about 500 candidates), or small (150, a third of the time)',
      'standard',
    )
    .action(async (opts: { demo?: boolean; seed: string; size: string }) => {
      if (!opts.demo) {
        process.stderr.write('waypoint: say what to seed: `waypoint seed --demo`\n');
        process.exitCode = USAGE;
        return;
      }
      const seed = Number(opts.seed);
      if (!Number.isSafeInteger(seed) || seed < 0) {
        process.stderr.write(`waypoint: --seed must be a whole number, not "${opts.seed}"\n`);
        process.exitCode = USAGE;
        return;
      }
      if (!(sizes as string[]).includes(opts.size)) {
        process.stderr.write(`waypoint: --size must be ${sizes.join(' or ')}\n`);
        process.exitCode = USAGE;
        return;
      }
      const started = performance.now();
      const { withContext } = await import('./with-store.ts');
      const { existingFirms, seedDemo } = await import('../services/demo-seed.ts');
      const outcome = await withContext(config(), async (ctx) => {
        const firms = await existingFirms(ctx);
        if (firms.length > 0) return { refused: firms.map((f) => f.name) };
        return { result: await seedDemo(ctx, { seed, size: opts.size as DemoSizeName }) };
      });
      if (outcome.refused) {
        process.stderr.write(
          `waypoint: this database already has a firm (${outcome.refused.join(', ')}); the demo is seeded only into an empty database.\n` +
            '  Point WAYPOINT_DATA_DIR (or DATABASE_URL) at a new, empty database to try the demo.\n',
        );
        process.exitCode = USAGE;
        return;
      }
      process.stdout.write(demoSummary(outcome.result!, performance.now() - started));
    });
}
