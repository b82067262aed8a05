import { describe, expect, it } from 'vitest';
import { journeyPeopleQuery } from '../../../contract/index.ts';
import {
  drillPatch,
  drillTitle,
  peopleQueryOf,
  populationPatch,
  populationQueryOf,
  readDrill,
  readPopulation,
  SEGMENT_B_PREFIX,
} from './journey-url.ts';

const branch = '0b6f3c1e-5d0a-4c57-9d37-2f1c6f4e8a10';
const label = (key: string) => ({ registered: 'Registered', screened: 'Screened' })[key] ?? key;

describe('population in the URL', () => {
  it('reads segment A from plain keys and segment B from b. keys', () => {
    const params = new URLSearchParams(
      `source=job_board&branchId=${branch}&from=2026-01-01&to=2026-04-01&mode=cohort&b.source=referral`,
    );
    expect(readPopulation(params)).toEqual({
      source: 'job_board',
      branchId: branch,
      from: '2026-01-01',
      to: '2026-04-01',
      mode: 'cohort',
    });
    expect(readPopulation(params, SEGMENT_B_PREFIX)).toEqual({ source: 'referral' });
  });
  it('drops values the contract refuses', () => {
    const params = new URLSearchParams('branchId=boston&from=yesterday&mode=sometimes&source=web');
    expect(readPopulation(params)).toEqual({ source: 'web' });
  });
  it('sends a window only when both ends are set, in order, and the mode only with one', () => {
    expect(populationQueryOf({ source: 'web', from: '2026-01-01', mode: 'cohort' })).toEqual({
      source: 'web',
    });
    expect(populationQueryOf({ from: '2026-05-01', to: '2026-01-01' })).toEqual({});
    expect(populationQueryOf({ from: '2026-01-01', to: '2026-02-01' })).toEqual({
      from: '2026-01-01',
      to: '2026-02-01',
      mode: 'event',
    });
  });
  it('writes every key, clearing the ones not set', () => {
    expect(populationPatch({ source: 'web' }, SEGMENT_B_PREFIX)).toMatchObject({
      'b.source': 'web',
      'b.branchId': undefined,
      'b.mode': undefined,
    });
  });
});

describe('drill-down in the URL', () => {
  it('round-trips every kind', () => {
    const states = [
      { drill: { kind: 'edge', activity: 'registered', to: 'screened' }, segment: 'a', page: 1 },
      { drill: { kind: 'dropoff', stage: 0 }, segment: 'b', page: 3 },
      { drill: { kind: 'variant', variant: 'registered,screened' }, segment: 'a', page: 1 },
      { drill: { kind: 'stalled' }, segment: 'a', page: 1 },
      { drill: { kind: 'stalled', activity: 'submitted' }, segment: 'a', page: 2 },
      { drill: { kind: 'activity', activity: 'placed' }, segment: 'a', page: 1 },
    ] as const;
    for (const state of states) {
      const params = new URLSearchParams();
      for (const [k, v] of Object.entries(drillPatch(state))) if (v !== undefined) params.set(k, v);
      expect(readDrill(params)).toEqual(state);
    }
  });
  it('ignores an incomplete drill-down and closes with null', () => {
    expect(readDrill(new URLSearchParams('drill=edge&drillActivity=registered'))).toBeNull();
    expect(readDrill(new URLSearchParams('drill=stage&drillStage=x'))).toBeNull();
    expect(Object.values(drillPatch(null)).every((v) => v === undefined)).toBe(true);
  });
  it('asks journeyPeople for the same population and the number drilled into, as the contract wants', () => {
    const query = peopleQueryOf(
      { source: 'web', from: '2026-01-01', to: '2026-02-01' },
      { drill: { kind: 'edge', activity: 'registered', to: 'screened' }, segment: 'a', page: 2 },
      25,
    );
    expect(query).toMatchObject({
      source: 'web',
      kind: 'edge',
      activity: 'registered',
      to: 'screened',
      page: 2,
    });
    expect(journeyPeopleQuery.safeParse(query).success).toBe(true);
    const dropoff = peopleQueryOf({}, { drill: { kind: 'dropoff', stage: 1 }, segment: 'a', page: 1 }, 25);
    expect(journeyPeopleQuery.safeParse(dropoff).success).toBe(true);
  });
  it('titles the list after the number', () => {
    const stages = ['registered', 'screened'];
    expect(drillTitle({ kind: 'edge', activity: 'registered', to: 'screened' }, label, stages)).toBe(
      'Registered → Screened',
    );
    expect(drillTitle({ kind: 'dropoff', stage: 0 }, label, stages)).toBe('Reached Registered, not Screened');
    expect(drillTitle({ kind: 'stalled', activity: 'screened' }, label, stages)).toBe('Stalled at Screened');
  });
});
