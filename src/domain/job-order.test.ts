import { describe, expect, it } from 'vitest';
import { DomainError } from './errors.ts';
import {
  assertJobOrderTransition,
  clientActivityForOrderStatus,
  isOrderWorkable,
  jobOrderStatuses,
  nextJobOrderStatuses,
} from './job-order.ts';

describe('job order status', () => {
  it('allows the moves a desk makes and refuses the others', () => {
    expect(() => assertJobOrderTransition('requested', 'open', 0, 1)).not.toThrow();
    expect(() => assertJobOrderTransition('open', 'on_hold', 0, 1)).not.toThrow();
    expect(() => assertJobOrderTransition('cancelled', 'open', 0, 1)).not.toThrow();
    expect(() => assertJobOrderTransition('filled', 'cancelled', 1, 1)).toThrow(DomainError);
    expect(() => assertJobOrderTransition('requested', 'filled', 0, 1)).toThrow(
      /cannot go from requested to filled/,
    );
  });

  it('is filled only when every opening has a placement', () => {
    expect(() => assertJobOrderTransition('open', 'filled', 1, 2)).toThrow(/1 of 2 are/);
    expect(() => assertJobOrderTransition('open', 'filled', 2, 2)).not.toThrow();
  });

  it('names the field at fault', () => {
    try {
      assertJobOrderTransition('filled', 'unfilled', 1, 1);
      expect.unreachable();
    } catch (error) {
      expect((error as DomainError).code).toBe('invalid_transition');
      expect((error as DomainError).issues[0]?.path).toBe('status');
    }
  });

  it('maps closing statuses to the client journey', () => {
    expect(clientActivityForOrderStatus('filled')).toBe('order_filled');
    expect(clientActivityForOrderStatus('unfilled')).toBe('order_unfilled');
    expect(clientActivityForOrderStatus('cancelled')).toBe('order_cancelled');
    expect(clientActivityForOrderStatus('on_hold')).toBeNull();
    expect(['requested', 'open', 'on_hold'].every((s) => isOrderWorkable(s as never))).toBe(true);
    expect(isOrderWorkable('filled')).toBe(false);
  });
});

describe('order moves offered to people', () => {
  it('are exactly the moves the rules accept', () => {
    for (const [filled, openings] of [
      [0, 2],
      [2, 2],
    ] as const) {
      for (const from of jobOrderStatuses) {
        for (const to of jobOrderStatuses) {
          if (to === from) continue;
          let accepted = true;
          try {
            assertJobOrderTransition(from, to, filled, openings);
          } catch {
            accepted = false;
          }
          expect(nextJobOrderStatuses(from, filled, openings).includes(to), `${from}→${to}`).toBe(accepted);
        }
      }
    }
  });
});

describe('reopening a filled order', () => {
  it('needs openings left to fill', () => {
    expect(() => assertJobOrderTransition('filled', 'open', 2, 2)).toThrow(/add openings to reopen/);
    expect(() => assertJobOrderTransition('filled', 'open', 1, 2)).not.toThrow();
    expect(nextJobOrderStatuses('filled', 2, 2)).toEqual([]);
    expect(nextJobOrderStatuses('filled', 1, 2)).toEqual(['open']);
  });
});
