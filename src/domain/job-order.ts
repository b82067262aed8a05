/** @module Job orders (staffing requests) and the life of their status. */
import { DomainError } from './errors.ts';

export const jobOrderStatuses = ['requested', 'open', 'on_hold', 'filled', 'cancelled', 'unfilled'] as const;
export type JobOrderStatus = (typeof jobOrderStatuses)[number];
export const jobOrderStatusLabels: Record<JobOrderStatus, string> = {
  requested: 'Requested',
  open: 'Open',
  on_hold: 'On hold',
  filled: 'Filled',
  cancelled: 'Cancelled',
  unfilled: 'Closed unfilled',
};

export const shifts = ['day', 'evening', 'night', 'weekend', 'rotating', 'flexible'] as const;
export type Shift = (typeof shifts)[number];
/** A shift as a job seeker reads it on a posting ("Night shift"). */
export const shiftLabels: Record<Shift, string> = {
  day: 'Day shift',
  evening: 'Evening shift',
  night: 'Night shift',
  weekend: 'Weekends',
  rotating: 'Rotating shifts',
  flexible: 'Flexible hours',
};

/** Orders that can take new submissions and placements. */
export const isOrderWorkable = (status: JobOrderStatus) =>
  status === 'requested' || status === 'open' || status === 'on_hold';

const allowed: Record<JobOrderStatus, readonly JobOrderStatus[]> = {
  requested: ['open', 'on_hold', 'cancelled', 'unfilled'],
  open: ['on_hold', 'filled', 'cancelled', 'unfilled'],
  on_hold: ['open', 'cancelled', 'unfilled'],
  // A filled order reopens when a placement ends early and the client still needs the person.
  filled: ['open'],
  cancelled: ['open'],
  unfilled: ['open'],
};

/** Throws unless a person may move an order from one status to another. `filled` is reached by placements. */
export function assertJobOrderTransition(
  from: JobOrderStatus,
  to: JobOrderStatus,
  filledCount: number,
  openings: number,
) {
  if (from === to) return;
  if (!allowed[from].includes(to)) {
    throw new DomainError('invalid_transition', `A job order cannot go from ${from} to ${to}`, [
      { path: 'status', message: `cannot change from ${from} to ${to}` },
    ]);
  }
  if (from === 'filled' && isOrderWorkable(to) && filledCount >= openings) {
    throw new DomainError(
      'invalid_transition',
      'Every opening is placed: add openings to reopen this order',
      [{ path: 'status', message: 'Add openings to reopen a filled order' }],
    );
  }
  if (to === 'filled' && filledCount < openings) {
    throw new DomainError(
      'invalid_transition',
      `An order is filled when every opening has a placement (${filledCount} of ${openings} are)`,
      [{ path: 'status', message: `${filledCount} of ${openings} openings are placed` }],
    );
  }
}

/** Statuses an order may move to from `from`: `filled` only once every opening has a placement. */
export const nextJobOrderStatuses = (
  from: JobOrderStatus,
  filledCount: number,
  openings: number,
): JobOrderStatus[] =>
  allowed[from].filter((to) =>
    to === 'filled'
      ? filledCount >= openings
      : !(from === 'filled' && isOrderWorkable(to) && filledCount >= openings),
  );

/** The client-journey activity a status change stands for, if any. */
export function clientActivityForOrderStatus(to: JobOrderStatus) {
  switch (to) {
    case 'filled':
      return 'order_filled' as const;
    case 'unfilled':
      return 'order_unfilled' as const;
    case 'cancelled':
      return 'order_cancelled' as const;
    default:
      return null;
  }
}
