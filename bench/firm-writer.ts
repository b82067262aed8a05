/**
 * Writes a synthetic firm through the store: a firm, two branches, eight recruiters, a candidate per journey (with
 * source, branch, owner and job category), and every touchpoint, in recording order (day by day, as a firm records
 * them). Reused when a database already holds the same firm.
 */
import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { insertCandidateBatch, insertTouchpointBatch } from '../src/store/bulk-journeys.ts';
import type { Store } from '../src/store/database.ts';
import { insertBranch, insertFirm } from '../src/store/firms.ts';
import { candidates, firms } from '../src/store/schema/index.ts';
import { insertUser } from '../src/store/users.ts';
import type { SyntheticLog } from './synthetic-log.ts';

const CATEGORIES = ['warehouse', 'manufacturing', 'office', 'healthcare', 'hospitality', 'construction'];
const BATCH = 20_000;

export interface WrittenFirm {
  firmId: string;
  /** Journey index → candidate id. */
  candidateIds: string[];
  branchIds: string[];
  ownerIds: string[];
  /** Seconds spent writing (0 when reused). */
  seconds: number;
}

export async function writeFirm(
  store: Store,
  log: SyntheticLog,
  slug: string,
  progress: (s: string) => void,
): Promise<WrittenFirm> {
  const n = log.columns.journeyIds.length;
  const [existing] = await store.db.select().from(firms).where(eq(firms.slug, slug));
  if (existing) {
    const rows = await store.db
      .select({
        id: candidates.id,
        branch: candidates.branchId,
        owner: candidates.ownerId,
        last: candidates.lastName,
      })
      .from(candidates)
      .where(eq(candidates.firmId, existing.id))
      .orderBy(candidates.lastName);
    if (rows.length === n) {
      progress(`reusing ${slug}`);
      return {
        firmId: existing.id,
        candidateIds: rows.map((r) => r.id),
        branchIds: [...new Set(rows.map((r) => r.branch))],
        ownerIds: [...new Set(rows.map((r) => r.owner!))],
        seconds: 0,
      };
    }
    throw new Error(
      `${slug} exists with ${rows.length} candidates, not ${n}: drop the database to rebuild it`,
    );
  }
  const started = performance.now();
  const firm = await insertFirm(store.db, { name: `Benchmark firm ${n}`, slug });
  const branchIds = [
    (await insertBranch(store.db, { firmId: firm.id, name: 'Boston' })).id,
    (await insertBranch(store.db, { firmId: firm.id, name: 'Worcester' })).id,
  ];
  const ownerIds: string[] = [];
  for (let u = 0; u < 8; u++) {
    ownerIds.push(
      await insertUser(store.db, {
        firmId: firm.id,
        branchId: branchIds[u % 2]!,
        email: `recruiter${u}.${slug}@bench.example`,
        emailNormalized: `recruiter${u}.${slug}@bench.example`,
        name: `Recruiter ${u}`,
        role: 'recruiter',
        // Nobody signs in to a benchmark firm.
        passwordHash: '!',
      }),
    );
  }
  const candidateIds = Array.from({ length: n }, () => randomUUID());
  for (let from = 0; from < n; from += BATCH) {
    const to = Math.min(n, from + BATCH);
    const idx = Array.from({ length: to - from }, (_, k) => from + k);
    await insertCandidateBatch(store.db, firm.id, {
      ids: idx.map((j) => candidateIds[j]!),
      firstNames: idx.map(() => 'Synthetic'),
      // Zero-padded so that candidates read back in journey order.
      lastNames: idx.map((j) => `C${String(j).padStart(8, '0')}`),
      branchIds: idx.map((j) => branchIds[log.branch[j]!]!),
      ownerIds: idx.map((j) => ownerIds[(j * 7) % 8]!),
      sources: idx.map((j) => log.sources[log.source[j]!]!),
      categories: idx.map((j) => CATEGORIES[j % CATEGORIES.length]!),
      createdAt: new Date('2025-11-01T00:00:00Z'),
    });
    if (from % (BATCH * 10) === 0) progress(`candidates ${to}/${n}`);
  }
  // Recording order is roughly time order: a counting sort of the events by day.
  const { act, at, journeyStart, journeyEnd, activityNames } = log.columns;
  const events = act.length;
  const day = (t: number) => Math.floor(t / 86_400_000);
  let minDay = Number.POSITIVE_INFINITY;
  let maxDay = 0;
  for (let e = 0; e < events; e++) {
    minDay = Math.min(minDay, day(at[e]!));
    maxDay = Math.max(maxDay, day(at[e]!));
  }
  const perDay = new Uint32Array(maxDay - minDay + 2);
  for (let e = 0; e < events; e++) perDay[day(at[e]!) - minDay + 1]!++;
  for (let d = 1; d < perDay.length; d++) perDay[d]! += perDay[d - 1]!;
  const order = new Uint32Array(events);
  const journeyOf = new Uint32Array(events);
  for (let j = 0; j < n; j++) for (let e = journeyStart[j]!; e < journeyEnd[j]!; e++) journeyOf[e] = j;
  for (let e = 0; e < events; e++) order[perDay[day(at[e]!) - minDay]!++] = e;
  for (let from = 0; from < events; from += BATCH) {
    const to = Math.min(events, from + BATCH);
    const slice = Array.from(order.subarray(from, to));
    await insertTouchpointBatch(store.db, firm.id, {
      candidateIds: slice.map((e) => candidateIds[journeyOf[e]!]!),
      activities: slice.map((e) => activityNames[act[e]!]!),
      at: slice.map((e) => at[e]!),
      actorUserIds: slice.map((e) => ownerIds[journeyOf[e]! % 8]!),
    });
    if (from % (BATCH * 25) === 0) progress(`touchpoints ${to}/${events}`);
  }
  await store.db.execute(sql`analyze`);
  return {
    firmId: firm.id,
    candidateIds,
    branchIds,
    ownerIds,
    seconds: (performance.now() - started) / 1000,
  };
}
