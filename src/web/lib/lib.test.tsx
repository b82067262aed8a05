import { describe, expect, it } from 'vitest';
import { listCandidatesQuery, listJobOrdersQuery } from '../../contract/index.ts';
import { formatDate, formatMoney, formatRelative, localInputToIso, todayIso } from './format.ts';
import { safeNext } from './safe-next.ts';
import { nextJobOrderStatuses, nextSubmissionStatuses } from './transitions.ts';
import { parseLenient } from './use-list-state.ts';

describe('parseLenient', () => {
  it('reads list state from URL strings with the contract schema', () => {
    const query = parseLenient(listCandidatesQuery, {
      page: '3',
      sort: 'name',
      order: 'desc',
      status: 'active',
    });
    expect(query).toMatchObject({ page: 3, pageSize: 25, sort: 'name', order: 'desc', status: 'active' });
  });
  it('drops values the schema rejects and keeps the rest', () => {
    const query = parseLenient(listJobOrdersQuery, {
      sort: 'password',
      state: 'workable',
      page: '-1',
      junk: 'x',
    });
    expect(query).toMatchObject({ sort: 'createdAt', state: 'workable', page: 1 });
    expect('junk' in query).toBe(false);
  });
});

describe('safeNext', () => {
  it('allows paths on this site only', () => {
    expect(safeNext('/candidates/1#employment')).toBe('/candidates/1#employment');
    expect(safeNext('//evil.example')).toBe('/');
    expect(safeNext('https://evil.example')).toBe('/');
    expect(safeNext('/\\evil.example')).toBe('/');
    expect(safeNext(null)).toBe('/');
    expect(safeNext('/login?next=/x')).toBe('/');
  });
});

describe('format', () => {
  it('shows money with two decimals and the unit', () => {
    expect(formatMoney(25, 'hour')).toMatch(/^25[.,]00 \/ hour$/);
    expect(formatMoney(null)).toBe('—');
  });
  it('keeps calendar dates on their day', () => {
    expect(formatDate('2026-03-31')).toMatch(/31/);
    expect(formatDate(null)).toBe('—');
  });
  it('says how long ago', () => {
    const now = Date.parse('2026-03-31T12:00:00Z');
    expect(formatRelative('2026-03-31T10:00:00Z', now)).toMatch(/2/);
    expect(formatRelative('2026-03-31T11:59:59Z', now)).toMatch(/now/);
  });
  it('turns local inputs into ISO instants', () => {
    expect(localInputToIso('')).toBeUndefined();
    expect(localInputToIso('2026-03-31T09:30')).toMatch(/^2026-03-3\dT\d\d:30:00\.000Z$/);
    expect(todayIso(new Date(2026, 0, 5))).toBe('2026-01-05');
  });
});

describe('transitions', () => {
  it('offers only moves the domain allows', () => {
    expect(nextSubmissionStatuses('submitted')).toEqual([
      'client_interview',
      'offered',
      'rejected',
      'withdrew',
    ]);
    expect(nextSubmissionStatuses('placed')).toEqual([]);
    expect(nextJobOrderStatuses('open', 0, 2)).toEqual(['on_hold', 'cancelled', 'unfilled']);
    expect(nextJobOrderStatuses('open', 2, 2)).toContain('filled');
  });
});
