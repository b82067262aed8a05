/** @module A lock file that keeps a second process out of an embedded data folder (two would corrupt it). */
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { DomainError } from '../domain/errors.ts';

const LOCK_NAME = 'waypoint.lock';

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** The live process holding the folder's lock, if any. */
export function dataDirHolder(dataDir: string): number | null {
  try {
    const holder = Number.parseInt(readFileSync(join(dataDir, LOCK_NAME), 'utf8'), 10);
    return Number.isInteger(holder) && holder !== process.pid && isAlive(holder) ? holder : null;
  } catch {
    return null;
  }
}

/** Takes the folder's lock or throws `locked` naming the process that holds it. Returns the release function. */
export function lockDataDir(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, LOCK_NAME);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        rmSync(path, { force: true });
      };
      process.once('exit', release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number.parseInt(readFileSync(path, 'utf8'), 10);
      if (Number.isInteger(holder) && holder !== process.pid && isAlive(holder)) {
        throw new DomainError(
          'locked',
          `The data folder ${dataDir} is in use by another Waypoint process (pid ${holder}). ` +
            'Stop it first, or point DATABASE_URL at a PostgreSQL server to share one database.',
        );
      }
      // The holder is gone (a crash or kill -9): the lock is stale.
      rmSync(path, { force: true });
    }
  }
  throw new DomainError('locked', `Could not lock the data folder ${dataDir}`);
}
