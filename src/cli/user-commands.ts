/** @module `waypoint user add`. */
import { createInterface } from 'node:readline';
import { type Command, InvalidArgumentError } from 'commander';
import type { Config } from '../config.ts';
import type { Role } from '../domain/roles.ts';

/** Reads the password without echoing it on a terminal, or as the first line of piped input. */
async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    const rl = createInterface({ input: process.stdin });
    for await (const line of rl) {
      rl.close();
      return line;
    }
    return '';
  }
  const ask = (prompt: string) =>
    new Promise<string>((resolvePassword) => {
      process.stdout.write(prompt);
      const stdin = process.stdin;
      stdin.setRawMode(true);
      stdin.resume();
      let value = '';
      const onData = (chunk: Buffer) => {
        for (const ch of chunk.toString('utf8')) {
          if (ch === '\r' || ch === '\n') {
            stdin.setRawMode(false);
            stdin.pause();
            stdin.off('data', onData);
            process.stdout.write('\n');
            resolvePassword(value);
            return;
          }
          if (ch === '\u0003') process.exit(130);
          value = ch === '\u007f' ? value.slice(0, -1) : value + ch;
        }
      };
      stdin.on('data', onData);
    });
  const first = await ask('Password: ');
  const second = await ask('Again: ');
  if (first !== second) throw new InvalidArgumentError('the two passwords differ');
  return first;
}

export function registerUserCommands(program: Command, config: () => Config, roles: readonly Role[]) {
  const user = program.command('user').description('Manage staff users');
  user
    .command('add')
    .description(
      'Add a staff user (the first one also creates the firm). The password is asked for, or read from stdin.',
    )
    .requiredOption('--email <email>', 'sign-in email')
    .requiredOption('--name <name>', 'full name')
    .option('--role <role>', `one of ${roles.join(', ')}`, 'admin')
    .option('--branch <branch>', 'branch name (created if new)', 'Main')
    .option('--firm <firm>', 'firm name (required for the first user)')
    .action(async (opts: { email: string; name: string; role: string; branch: string; firm?: string }) => {
      if (!(roles as readonly string[]).includes(opts.role)) {
        throw new InvalidArgumentError(`--role must be one of ${roles.join(', ')}`);
      }
      const password = await readPassword();
      const c = config();
      const { withContext } = await import('./with-store.ts');
      const { addUserFromCommandLine } = await import('../services/firm-setup.ts');
      const result = await withContext(c, (ctx) =>
        addUserFromCommandLine(ctx, {
          email: opts.email,
          name: opts.name,
          role: opts.role as Role,
          branch: opts.branch,
          firm: opts.firm,
          password,
        }),
      );
      if (result.created.length > 0) process.stdout.write(`Created ${result.created.join(' and ')}.\n`);
      process.stdout.write(
        `Added ${result.user.name} <${result.user.email}> as ${result.user.role.replace('_', ' ')} at ${result.branch.name}, ${result.firm.name}.\n`,
      );
    });
}
