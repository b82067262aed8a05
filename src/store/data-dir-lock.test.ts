import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { lockDataDir } from './data-dir-lock.ts';

const dirs: string[] = [];
const freshDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'wp-lock-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('the data folder lock', () => {
  it('creates a missing folder (and its parents) and keeps a second holder out until released', () => {
    const dir = join(freshDir(), 'nested', 'data');
    const release = lockDataDir(dir);
    expect(existsSync(join(dir, 'waypoint.lock'))).toBe(true);
    // A live holder (here, the test runner's parent process) keeps everyone else out.
    writeFileSync(join(dir, 'waypoint.lock'), String(process.ppid));
    expect(() => lockDataDir(dir)).toThrow(/in use by another Waypoint process \(pid \d+\)/);
    release();
    expect(existsSync(join(dir, 'waypoint.lock'))).toBe(false);
    lockDataDir(dir)();
  });

  it('takes over a lock left by a process that has died (kill -9)', () => {
    const dir = freshDir();
    mkdirSync(dir, { recursive: true });
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
    writeFileSync(join(dir, 'waypoint.lock'), dead.stdout.toString());
    const release = lockDataDir(dir);
    release();
  });
});
