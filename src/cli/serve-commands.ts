/** @module `waypoint serve` and `waypoint migrate`. */
import type { Command } from 'commander';
import type { Config } from '../config.ts';
import type { StartHooks } from '../main.ts';
import type { DemoSeeding } from '../services/demo-seed.ts';

// Commands load what they need when they run, so `waypoint history` does not pay for the web server's modules.

/**
 * On a first run (nobody can sign in yet), the demo firm: its staff are created before the server listens, so the
 * accounts work at once; the year's history fills in behind, while people already look around.
 */
function demoIfEmpty(): StartHooks {
  let seeding: DemoSeeding | null = null;
  return {
    beforeListen: async (ctx) => {
      const { hasNoUsers, startDemoSeed } = await import('../services/demo-seed.ts');
      if (!(await hasNoUsers(ctx))) return;
      seeding = await startDemoSeed(ctx);
      const { demoAccountsText } = await import('./seed-commands.ts');
      process.stdout.write(
        `First run: created the demo firm, ${seeding.firm.name}.\n${demoAccountsText(seeding)}`,
      );
    },
    afterListen: async () => {
      if (!seeding) return;
      process.stdout.write('Filling in its year of history in the background (about a minute)...\n');
      const result = await seeding.finish();
      const { demoSummary } = await import('./seed-commands.ts');
      process.stdout.write(demoSummary(result));
    },
  };
}

let serving = false;
/** Whether this process runs the server (and so must not exit when the command returns). */
export const isServing = () => serving;

export function registerServeCommands(program: Command, config: () => Config) {
  program
    .command('serve')
    .description('Run the web app and API (embedded database in WAYPOINT_DATA_DIR, or DATABASE_URL)')
    .option('--port <port>', 'port to listen on (default: PORT or 3000)')
    .option('--demo-if-empty', 'on a first run (no users yet), create the demo firm and fill in its history')
    .action(async (opts: { port?: string; demoIfEmpty?: boolean }) => {
      const c = config();
      if (opts.port) c.port = Number.parseInt(opts.port, 10);
      const { startServer } = await import('../main.ts');
      serving = true;
      const server = await startServer(c, opts.demoIfEmpty ? demoIfEmpty() : {});
      process.stdout.write(`Waypoint is running at ${server.url.replace('0.0.0.0', 'localhost')}\n`);
      const stop = async () => {
        await server.close();
        process.exit(0);
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });

  program
    .command('migrate')
    .description('Bring the database schema up to date (the server also does this when it starts)')
    .action(async () => {
      const c = config();
      const { withContext } = await import('./with-store.ts');
      await withContext(c, async (ctx) => {
        process.stdout.write(
          `Database is up to date (${ctx.store.kind === 'pglite' ? `embedded, ${c.dataDir}` : 'PostgreSQL server'}).\n`,
        );
      });
    });
}
