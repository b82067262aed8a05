/**
 * Records the SHA-256 of every migration in src/store/migrations/migrations.lock. Migrations are append-only: once
 * one has landed its hash must never change, and the store test fails if it does. Run after adding a migration
 * (`npm run db:generate` does).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { migrationsFolder } from '../src/store/database.ts';

const lockPath = join(migrationsFolder, 'migrations.lock');
const existing = new Map(
  readFileSync(lockPath, { encoding: 'utf8', flag: 'a+' })
    .split('\n')
    .filter(Boolean)
    .map((line) => line.split('  ') as [string, string])
    .map(([hash, file]) => [file, hash]),
);
const lines: string[] = [];
for (const file of readdirSync(migrationsFolder)
  .filter((f) => f.endsWith('.sql'))
  .sort()) {
  const hash = createHash('sha256')
    .update(readFileSync(join(migrationsFolder, file)))
    .digest('hex');
  const locked = existing.get(file);
  if (locked && locked !== hash) {
    throw new Error(
      `${file} has changed since it was locked: migrations are append-only; add a new one instead`,
    );
  }
  lines.push(`${hash}  ${file}`);
}
writeFileSync(lockPath, `${lines.join('\n')}\n`);
process.stdout.write(`Locked ${lines.length} migrations.\n`);
