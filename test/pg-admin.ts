/** Creating and dropping the test run's own databases on the PostgreSQL server. */
import pg from 'pg';

/** The same server and credentials, another database. */
export function databaseUrl(base: string, database: string) {
  const url = new URL(base);
  url.pathname = `/${database}`;
  return url.toString();
}

/** A connection to the maintenance database, to create and drop others. */
export const adminUrl = (base: string) => base;

// Database names are generated here from digits and letters only, never from input: quoting them is safe.
const assertName = (name: string) => {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`unexpected database name ${name}`);
};

export async function runAdmin(base: string, statement: string) {
  const client = new pg.Client({ connectionString: adminUrl(base) });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

export async function createDatabaseFrom(base: string, name: string, template: string) {
  assertName(name);
  assertName(template);
  await runAdmin(base, `CREATE DATABASE ${name} TEMPLATE ${template}`);
}

export async function dropDatabase(base: string, name: string) {
  assertName(name);
  await runAdmin(base, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
}
