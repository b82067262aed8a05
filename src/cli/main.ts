/** @module The `waypoint` command: argv → the same services as the API, clear messages, non-zero exits on errors. */
import { Command } from 'commander';
import { loadConfig } from '../config.ts';
import { DomainError } from '../domain/errors.ts';
import { roles } from '../domain/roles.ts';
import { registerExportCommands } from './export-commands.ts';
import { registerReadCommands } from './read-commands.ts';
import { registerSeedCommands } from './seed-commands.ts';
import { isServing, registerServeCommands } from './serve-commands.ts';
import { registerUserCommands } from './user-commands.ts';

export const EXIT = { ok: 0, failure: 1, usage: 2 } as const;

const program = new Command()
  .name('waypoint')
  .description('Waypoint: the front office for staffing and recruiting firms')
  .version('0.1.0')
  .showHelpAfterError()
  .configureOutput({ outputError: (text, write) => write(text) });

const config = () => loadConfig();
registerServeCommands(program, config);
registerUserCommands(program, config, roles);
registerReadCommands(program, config);
registerSeedCommands(program, config);
registerExportCommands(program, config);

/** Writes nothing more to a stream, then resolves: output to a pipe is not lost when the process exits. */
const drained = (stream: NodeJS.WriteStream) =>
  new Promise<void>((resolve) => stream.write('', () => resolve()));

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof DomainError) {
    process.stderr.write(`waypoint: ${error.message}\n`);
    for (const issue of error.issues) process.stderr.write(`  ${issue.path}: ${issue.message}\n`);
    process.exitCode = error.code === 'validation' || error.code === 'not_found' ? EXIT.usage : EXIT.failure;
  } else {
    process.stderr.write(`waypoint: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = EXIT.failure;
  }
}
// A one-shot command is done: exit now rather than wait for the embedded database's helpers to wind down (about a
// fifth of a second). Only `serve` keeps running.
if (!isServing()) {
  await Promise.all([drained(process.stdout), drained(process.stderr)]);
  process.exit();
}
