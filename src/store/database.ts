/**
 * @module Opening the store: PGlite in a data folder by default, a PostgreSQL server when a URL is given. Both sit
 * behind one Drizzle database type and run one set of migrations.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type ExtractTablesWithRelations, sql } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { migrationsFolder } from '../paths.ts';
import { lockDataDir } from './data-dir-lock.ts';
import * as schema from './schema/index.ts';

export type Schema = typeof schema;
/** What every store function takes: the database or an open transaction (the same query API). */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;

export { migrationsFolder };

export interface Store {
  readonly kind: 'pglite' | 'postgres';
  readonly db: Db;
  /** Runs `fn` in one transaction: all of its writes land, or none. */
  transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T>;
  migrate(): Promise<void>;
  close(): Promise<void>;
  /**
   * Rows as arrays, for reading millions of them (the journey log) without an object per row. Parameterized like
   * every query; only src/store calls it, with its own SQL text.
   */
  queryArrays(text: string, params: unknown[]): Promise<unknown[][]>;
}

export interface StoreConfig {
  /** A PostgreSQL server URL; when absent the embedded PGlite database in `dataDir` is used. */
  databaseUrl?: string | undefined;
  dataDir?: string | undefined;
  /** Open an in-memory PGlite (tests); ignored with a URL. */
  memory?: boolean;
  /** A PGlite data-dir tarball to start from (tests clone a migrated template this way). */
  loadDataDir?: Blob | File;
}

const drizzleOptions = { schema, casing: 'snake_case' } as const;

const wrap = (
  kind: Store['kind'],
  db: Db,
  doMigrate: () => Promise<void>,
  doClose: () => Promise<void>,
  queryArrays: Store['queryArrays'],
): Store => ({
  kind,
  db,
  transaction: (fn) => db.transaction((tx) => fn(tx as unknown as Db)),
  migrate: doMigrate,
  close: doClose,
  queryArrays,
});

/**
 * Runs `fn` with a Store bound to one open transaction: its `db` is that transaction and its `transaction(fn)` is a
 * savepoint inside it, so a batch of use cases (a simulated day of the demo seed) commits once, all or nothing.
 */
export function inOneTransaction<T>(store: Store, fn: (bound: Store) => Promise<T>): Promise<T> {
  return store.transaction((tx) =>
    fn({
      kind: store.kind,
      db: tx,
      transaction: (inner) => (tx as unknown as Tx).transaction((sp) => inner(sp as unknown as Db)),
      migrate: () => Promise.reject(new Error('Migrate the store itself, not a transaction of it')),
      close: () => Promise.reject(new Error('Close the store itself, not a transaction of it')),
      queryArrays: store.queryArrays,
    }),
  );
}

/** Opens the PostgreSQL server at `url`. */
export async function openPostgres(url: string): Promise<Store> {
  // Each backend's driver loads only when used: a short command on the embedded database skips pg, and vice versa.
  const [{ default: pg }, { drizzle: drizzlePg }, { migrate: migratePg }] = await Promise.all([
    import('pg'),
    import('drizzle-orm/node-postgres'),
    import('drizzle-orm/node-postgres/migrator'),
  ]);
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // An idle client that loses its server must not take the process down with it.
  pool.on('error', () => {});
  const db = drizzlePg(pool, drizzleOptions) as unknown as Db;
  return wrap(
    'postgres',
    db,
    async () => {
      await migratePg(db as never, { migrationsFolder });
    },
    () => pool.end(),
    async (text, params) => (await pool.query({ text, values: params, rowMode: 'array' })).rows,
  );
}

/** Opens (creating on first use) the embedded database, holding the data folder's lock while open. */
export async function openPglite(config: { dataDir?: string; memory?: boolean; loadDataDir?: Blob | File }) {
  let release = () => {};
  let dataDir: string | undefined;
  if (!config.memory) {
    const root = resolve(config.dataDir ?? './data');
    release = lockDataDir(root);
    dataDir = join(root, 'pg');
    mkdirSync(root, { recursive: true });
  }
  try {
    const [{ PGlite }, { pg_trgm }, { drizzle: drizzlePglite }, { migrate: migratePglite }] =
      await Promise.all([
        import('@electric-sql/pglite'),
        import('@electric-sql/pglite/contrib/pg_trgm'),
        import('drizzle-orm/pglite'),
        import('drizzle-orm/pglite/migrator'),
      ]);
    const client = await PGlite.create({
      ...(dataDir ? { dataDir } : {}),
      ...(config.loadDataDir ? { loadDataDir: config.loadDataDir } : {}),
      extensions: { pg_trgm },
    });
    const db = drizzlePglite(client, drizzleOptions) as unknown as Db;
    return {
      client,
      store: wrap(
        'pglite',
        db,
        async () => {
          await migratePglite(db as never, { migrationsFolder });
        },
        async () => {
          try {
            if (!client.closed) await client.close();
          } finally {
            release();
          }
        },
        async (text, params) => (await client.query<unknown[]>(text, params, { rowMode: 'array' })).rows,
      ),
    };
  } catch (error) {
    release();
    throw error;
  }
}

/** Opens the store the configuration names. */
export async function openStore(config: StoreConfig): Promise<Store> {
  if (config.databaseUrl) return openPostgres(config.databaseUrl);
  return (await openPglite(config)).store;
}

/** The last migration in the folder's journal (what drizzle records as `created_at` once it is applied). */
function latestMigration(): { count: number; when: number } {
  const journal = JSON.parse(readFileSync(join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as {
    entries: { when: number }[];
  };
  return { count: journal.entries.length, when: journal.entries.at(-1)?.when ?? 0 };
}

/** Whether every migration is applied: one query, where the migrator would read and hash every file. */
async function isCurrent(store: Store): Promise<boolean> {
  const latest = latestMigration();
  try {
    const result = (await store.db.execute(
      sql`select count(*)::int as n, max(created_at)::bigint as last from drizzle.__drizzle_migrations`,
    )) as { rows: unknown[] };
    const row = result.rows[0] as { n: number | string; last: number | string | null } | undefined;
    return Number(row?.n) === latest.count && Number(row?.last) === latest.when;
  } catch {
    // No migrations table yet: a new database.
    return false;
  }
}

/** Opens the configured store and brings its schema up to date. */
export async function openMigratedStore(config: StoreConfig): Promise<Store> {
  const store = await openStore(config);
  try {
    if (!(await isCurrent(store))) await store.migrate();
    return store;
  } catch (error) {
    await store.close();
    throw error;
  }
}
