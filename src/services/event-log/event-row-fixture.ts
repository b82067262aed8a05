/** Tests only: one event-log row with every field set, changed where a test says so. */
import type { EventLogRow } from './model.ts';

export const CASE_A = '6f1c1d1e-0000-4000-8000-00000000000a';

export const eventRow = (over: Partial<EventLogRow> = {}): EventLogRow => ({
  caseId: CASE_A,
  caseName: 'Ada Lovelace',
  caseType: 'candidate',
  activity: 'registered',
  at: Date.parse('2026-03-04T05:06:07.089Z'),
  resource: 'Ava Thompson',
  channel: 'form',
  direction: 'in',
  source: 'referral',
  branch: 'Boston',
  owner: 'Ava Thompson',
  category: 'warehouse',
  summary: null,
  ...over,
});
