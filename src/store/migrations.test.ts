import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrationsFolder } from './database.ts';

const sqlFiles = () =>
  readdirSync(migrationsFolder)
    .filter((f) => f.endsWith('.sql'))
    .sort();
const lock = () =>
  new Map(
    readFileSync(join(migrationsFolder, 'migrations.lock'), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => line.split('  ') as [string, string])
      .map(([hash, file]) => [file, hash]),
  );

describe('migrations', () => {
  it('are append-only: every locked migration is unchanged and still there', () => {
    const locked = lock();
    const files = new Set(sqlFiles());
    for (const [file, hash] of locked) {
      expect(files.has(file), `${file} was removed`).toBe(true);
      const actual = createHash('sha256')
        .update(readFileSync(join(migrationsFolder, file)))
        .digest('hex');
      expect(actual, `${file} was edited after it was locked; add a new migration instead`).toBe(hash);
    }
  });

  it('are all locked and numbered in sequence, matching the journal', () => {
    const files = sqlFiles();
    expect(
      files.filter((f) => !lock().has(f)),
      'run `npm run db:generate` (or scripts/lock-migrations.ts)',
    ).toEqual([]);
    for (const [i, file] of files.entries()) expect(file.startsWith(String(i).padStart(4, '0'))).toBe(true);
    const journal = JSON.parse(readFileSync(join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as {
      entries: { idx: number; tag: string }[];
    };
    expect(journal.entries.map((e) => `${e.tag}.sql`)).toEqual(files);
    expect(journal.entries.map((e) => e.idx)).toEqual(files.map((_, i) => i));
  });
});
