/**
 * The journey engine against the same map computed in SQL on the store, on the demo firm (a simulated year of a
 * staffing firm), on PGlite and on the PostgreSQL server: counts and percentiles identical, for the whole firm, for
 * date windows in event and cohort mode, and for every kind of segment filter. Then the live path: a touchpoint
 * recorded through the API is on the map at the next read.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestStore, type TestStore } from '../../test/db.ts';
import { signIn, testApp } from '../../test/http.ts';
import { defaultCandidateJourney, defaultClientJourney } from '../domain/journey-definition.ts';
import type { SubjectType } from '../domain/touchpoint.ts';
import { computeMap } from '../journeys/compute-map.ts';
import { mapDefinitionOf } from '../journeys/definition.ts';
import type { MapQuery } from '../journeys/model.ts';
import { journeyMapInSql } from '../store/journey-sql.ts';
import type { ServiceContext } from './context.ts';
import { DEMO_PASSWORD, seedDemo } from './demo-seed.ts';
import { loadJourneys } from './journey-loader.ts';

const NOW = new Date('2026-11-02T17:00:00Z');
const DAY = 86_400_000;
let store: TestStore;
let ctx: ServiceContext;
let firmId: string;

beforeAll(async () => {
  store = await openTestStore();
  ctx = { store, clock: { now: () => NOW } };
  firmId = (await seedDemo(ctx, { size: 'small', now: NOW })).firm.id;
}, 300_000);
afterAll(() => store.close());

const definitions = { candidate: defaultCandidateJourney, client: defaultClientJourney } as const;

async function both(
  type: SubjectType,
  query: MapQuery,
  population: { source?: string; branchId?: string; ownerId?: string; category?: string } = {},
) {
  const loaded = await loadJourneys(store, firmId, type);
  const filters: Record<string, string> = {};
  if (population.source) filters.source = population.source;
  if (population.branchId) filters.branch = population.branchId;
  if (population.ownerId) filters.owner = population.ownerId;
  if (population.category) filters.category = population.category;
  const selection = loaded.segments.select(filters, loaded.log.journeyCount);
  const def = mapDefinitionOf(definitions[type]);
  const engine = computeMap(loaded.log.columns(), def, query, { selection });
  const sql = await journeyMapInSql(store.db, firmId, type, def, query, population);
  return { engine, sql, loaded };
}

const all: MapQuery = { window: { mode: 'all' }, asOf: NOW.getTime(), topVariants: 15 };
const sixMonths = (mode: 'event' | 'cohort'): MapQuery => {
  const from = Date.parse('2026-05-01T00:00:00Z');
  const to = Date.parse('2026-11-01T00:00:00Z');
  return { window: { mode, from, to }, asOf: mode === 'event' ? to : NOW.getTime(), topVariants: 10 };
};

describe('the journey engine and SQL on the store, on the demo firm', () => {
  it.each(['candidate', 'client'] as const)('agree exactly on the whole %s map', async (type) => {
    const { engine, sql } = await both(type, all);
    expect(engine.journeys).toBeGreaterThan(10);
    expect(engine.edges.length).toBeGreaterThan(5);
    expect(engine).toEqual(sql);
  });

  it.each(['event', 'cohort'] as const)('agree exactly on a six-month window in %s mode', async (mode) => {
    for (const type of ['candidate', 'client'] as const) {
      const { engine, sql } = await both(type, sixMonths(mode));
      expect(engine.journeys).toBeGreaterThan(0);
      expect(engine).toEqual(sql);
    }
  });

  it('agree exactly on segments: source, branch, owner, category, and a segment within a window', async () => {
    const { loaded } = await both('candidate', all);
    const firstValue = (dim: 'source' | 'branch' | 'owner' | 'category') => {
      for (let j = 0; j < loaded.log.journeyCount; j++) {
        const v = loaded.segments.valueOf(j, dim);
        if (v) return v;
      }
      throw new Error(`no ${dim} in the demo`);
    };
    const populations = [
      { source: firstValue('source') },
      { branchId: firstValue('branch') },
      { ownerId: firstValue('owner') },
      { category: firstValue('category') },
    ];
    for (const population of populations) {
      const { engine, sql } = await both('candidate', all, population);
      expect(engine.journeys, JSON.stringify(population)).toBeGreaterThan(0);
      expect(engine).toEqual(sql);
    }
    const { engine, sql } = await both('candidate', sixMonths('event'), { source: firstValue('source') });
    expect(engine).toEqual(sql);
    const clientIndustry = await both('client', all, { category: 'manufacturing' });
    expect(clientIndustry.engine).toEqual(clientIndustry.sql);
  });

  it('reports stalls as of the moment asked', async () => {
    const later: MapQuery = { ...all, asOf: NOW.getTime() + 30 * DAY };
    const { engine, sql } = await both('candidate', later);
    expect(engine.stalled.count).toBeGreaterThan((await both('candidate', all)).engine.stalled.count);
    expect(engine.stalled).toEqual(sql.stalled);
  });
});

describe('the live map through the API', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await testApp(ctx);
  });
  afterAll(() => app.close());

  it('counts a touchpoint at the next read, and the live map agrees with a full computation', async () => {
    const client = await signIn(app, { email: 'ava.recruiter@harbor.example' }, DEMO_PASSWORD);
    const before = (await client.get('/api/journeys/candidate/map')).body;
    expect(before.approximate).toBe(true);
    const exact = (await client.get('/api/journeys/candidate/map?exact=true')).body;
    expect(exact.approximate).toBe(false);
    expect(before.funnel).toEqual(exact.funnel);
    expect(before.activities).toEqual(exact.activities);
    const variantRows = (m: any) => m.variants.top.map((v: any) => [v.activities, v.count]);
    expect(variantRows(before)).toEqual(variantRows(exact));
    expect(before.variants.distinct).toBe(exact.variants.distinct);
    for (const [i, v] of before.variants.top.entries()) {
      const x = exact.variants.top[i].medianDuration;
      expect(Math.abs(v.medianDuration - x)).toBeLessThanOrEqual(0.01 * x);
    }
    expect(before.edges.map((e: any) => [e.from, e.to, e.count])).toEqual(
      exact.edges.map((e: any) => [e.from, e.to, e.count]),
    );
    for (const [i, e] of before.edges.entries()) {
      const x = exact.edges[i];
      if (x.median > 0) expect(Math.abs(e.median - x.median) / x.median).toBeLessThanOrEqual(0.01);
    }
    const people = await client.get('/api/journeys/candidate/people?kind=all&pageSize=1');
    const someone = people.body.items[0].subject.id;
    const screened = (m: any) => m.activities.find((a: any) => a.activity === 'screened')?.events ?? 0;
    const started = performance.now();
    const logged = await client.post('/api/interviews', {
      candidateId: someone,
      kind: 'screening',
      scheduledAt: new Date(NOW.getTime() - 3_600_000).toISOString(),
      outcome: 'passed',
    });
    expect(logged.status).toBe(201);
    const after = (await client.get('/api/journeys/candidate/map')).body;
    expect(performance.now() - started).toBeLessThan(1000);
    expect(screened(after)).toBe(screened(before) + 1);
    const path = await client.get(`/api/journeys/candidate/path/${someone}`);
    expect(path.body.steps).toContainEqual({
      activity: 'screened',
      at: new Date(NOW.getTime() - 3_600_000).toISOString(),
    });
  });
});
