/** @module `waypoint export …`: the firm's data out to files other tools open. */
import type { Command } from 'commander';
import type { Config } from '../config.ts';
import type { ExportEventsOptions } from './export-events.ts';

export function registerExportCommands(program: Command, config: () => Config) {
  const exportCommand = program.command('export').description('Export data for other tools (audited)');
  exportCommand
    .command('events')
    .description(
      'The touchpoint log as an event log for process mining (ProM, Disco, PM4Py, Celonis): one event per touchpoint',
    )
    .option('--format <format>', 'csv or xes (default: from the --out file name)')
    .option('--type <type>', 'candidate or client (default: both)')
    .option('--from <date>', 'only touchpoints from this date, YYYY-MM-DD (inclusive; with --to)')
    .option('--to <date>', 'only touchpoints before this date, YYYY-MM-DD (exclusive; with --from)')
    .option('--out <file>', 'write to this file (default: standard output)')
    .option('--firm <slug>', 'the firm (when there is more than one)')
    .action(async (opts: ExportEventsOptions) => {
      const { runExportEvents } = await import('./export-events.ts');
      await runExportEvents(config(), opts);
    });
}
