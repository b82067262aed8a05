/**
 * The `waypoint` command as a user runs it: a real child process on a real database (an embedded one in a temp
 * folder, or this file's database on the PostgreSQL server), checking output and exit codes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ProcessDatabase, processDatabase, runWaypoint } from '../../test/waypoint-process.ts';

let db: ProcessDatabase;
const run = (args: string[], input?: string) => runWaypoint(db.env, args, input);

beforeAll(async () => {
  db = await processDatabase();
});
afterAll(() => db.close());

describe('waypoint', () => {
  it('adds the first user, creating the firm and branch; refuses a weak password and a duplicate email', async () => {
    const weak = await run(
      ['user', 'add', '--email', 'x@cli.example', '--name', 'X', '--firm', 'CLI Staffing'],
      'password1\n',
    );
    expect(weak.code).toBe(2);
    expect(weak.stderr).toMatch(/password: This is one of the most common passwords/);

    const ok = await run(
      [
        'user',
        'add',
        '--email',
        'owner@cli.example',
        '--name',
        'Olive Owner',
        '--firm',
        'CLI Staffing',
        '--branch',
        'Lowell',
      ],
      'a-strong-pass-phrase\n',
    );
    expect(ok.stderr).toBe('');
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('Created firm "CLI Staffing" and branch "Lowell".');
    expect(ok.stdout).toContain('Added Olive Owner <owner@cli.example> as admin at Lowell, CLI Staffing.');

    const again = await run(
      ['user', 'add', '--email', 'OWNER@cli.example', '--name', 'Dup', '--role', 'recruiter'],
      'another-strong-one\n',
    );
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('Another user already has this email address');

    const badRole = await run(
      ['user', 'add', '--email', 'r@cli.example', '--name', 'R', '--role', 'boss'],
      'another-strong-one\n',
    );
    expect(badRole.code).not.toBe(0);
    expect(badRole.stderr).toContain('--role must be one of');
  });

  it('finds nothing with exit code 1, and explains an unknown command', async () => {
    const none = await run(['find', 'zzzznothing']);
    expect(none.code).toBe(1);
    expect(none.stdout).toContain('Nothing matches "zzzznothing"');
    const history = await run(['history', 'nobody@nowhere.example']);
    expect(history.code).toBe(1);
    expect(history.stderr).toContain('No candidate matches');
    const unknown = await run(['frobnicate']);
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).toContain("unknown command 'frobnicate'");
  });

  it('migrates an up-to-date database without complaint', async () => {
    const res = await run(['migrate']);
    expect(res.code).toBe(0);
    expect(res.stdout).toContain('Database is up to date');
  });
});
