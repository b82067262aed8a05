/**
 * @module Durations a service standard is set in: business hours and days (a branch's calendar decides them) or
 * calendar days and months. Vocabulary only (no time-zone library), so the web app can use it.
 */

export const durationUnits = ['business_hours', 'business_days', 'days', 'months'] as const;
export type DurationUnit = (typeof durationUnits)[number];
export interface Duration {
  amount: number;
  unit: DurationUnit;
}

const names: Record<DurationUnit, [string, string]> = {
  business_hours: ['business hour', 'business hours'],
  business_days: ['business day', 'business days'],
  days: ['day', 'days'],
  months: ['month', 'months'],
};

/** "2 business hours", "1 business day", "3 days", "1 month". */
export function describeDuration(d: Duration): string {
  return `${d.amount} ${names[d.unit][d.amount === 1 ? 0 : 1]}`;
}
