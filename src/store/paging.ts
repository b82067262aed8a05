/** @module Paging helpers shared by every list query. */
import { type SQL, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Db } from './database.ts';

/** A user's text as a literal inside a LIKE pattern (`\`, `%` and `_` escaped). */
export const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** `count(*) over ()`: the total matching rows, read alongside the page in one query. */
export const totalOver = () => sql<number>`count(*) over ()`.mapWith(Number);

/**
 * The total for a page read with `totalOver()`. A page past the end has no rows to carry the total, so only then is
 * it counted separately.
 */
export async function pageTotal(
  db: Db,
  rows: readonly { total: number }[],
  page: number,
  table: PgTable,
  where: SQL | undefined,
): Promise<number> {
  if (rows.length > 0) return rows[0]!.total;
  if (page === 1) return 0;
  const [row] = await db
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(table)
    .where(where);
  return row!.n;
}
