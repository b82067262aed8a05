import { describe, expect, it } from 'vitest';
import { assertCanPlace, endReasonFreesOpening, marginPercent } from './placement.ts';

const ok = {
  submissionStatus: 'offered' as const,
  orderStatus: 'open' as const,
  filledCount: 0,
  openings: 1,
  startDate: '2026-05-04',
  endDate: null,
};

describe('placing a candidate', () => {
  it('needs a live submission on a workable order with an opening left', () => {
    expect(() => assertCanPlace(ok)).not.toThrow();
    expect(() => assertCanPlace({ ...ok, submissionStatus: 'placed' })).toThrow(/already placed/);
    expect(() => assertCanPlace({ ...ok, submissionStatus: 'withdrew' })).toThrow(/withdrew submission/);
    expect(() => assertCanPlace({ ...ok, orderStatus: 'cancelled' })).toThrow(/cancelled/);
    expect(() => assertCanPlace({ ...ok, filledCount: 1 })).toThrow(/already filled/);
    expect(() => assertCanPlace({ ...ok, endDate: '2026-05-01' })).toThrow(/end date is before/);
  });

  it('frees the opening only when the person did not stay', () => {
    expect(endReasonFreesOpening('no_show')).toBe(true);
    expect(endReasonFreesOpening('candidate_resigned')).toBe(true);
    expect(endReasonFreesOpening('completed')).toBe(false);
    expect(endReasonFreesOpening('converted_to_hire')).toBe(false);
  });

  it('quotes margin on the bill rate', () => {
    expect(marginPercent(20, 30)).toBe(33.3);
    expect(marginPercent(20, null)).toBeNull();
    expect(marginPercent(20, 0)).toBeNull();
  });
});
