/** @module Dates, times and money as the user's locale shows them. */

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const dateTimeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const relativeFormat = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto', style: 'narrow' });
const moneyFormat = new Intl.NumberFormat(undefined, { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/**
 * A calendar date (`2026-03-31`) in the user's locale. Parsed as local noon, not UTC midnight, so the day never
 * shifts for users west of Greenwich.
 */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '—';
  const day = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00`) : new Date(value);
  return Number.isNaN(day.getTime()) ? value : dateFormat.format(day);
}

/** An instant in the user's locale and time zone. */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '—';
  const at = new Date(value);
  return Number.isNaN(at.getTime()) ? value : dateTimeFormat.format(at);
}

const units: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

/** "2 h ago", "in 3 days", "now": how long ago an instant was, for timelines. */
export function formatRelative(value: string, now: number = Date.now()): string {
  const at = new Date(value).getTime();
  if (Number.isNaN(at)) return value;
  const seconds = (at - now) / 1000;
  for (const [unit, size] of units) {
    if (Math.abs(seconds) >= size) return relativeFormat.format(Math.trunc(seconds / size), unit);
  }
  return relativeFormat.format(0, 'second');
}

/** Money with two decimals, and the unit when it is a rate ("25.00 / hour"). */
export function formatMoney(amount: number | null | undefined, unit?: string | null): string {
  if (amount === null || amount === undefined) return '—';
  const text = moneyFormat.format(amount);
  return unit ? `${text} / ${unit}` : text;
}

/** Today as `YYYY-MM-DD` in the user's time zone, for date inputs. */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Now as a `datetime-local` input value (local time, minutes). */
export function nowLocalInput(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${todayIso(now)}T${pad(now.getHours())}:${pad(now.getMinutes())}`;
}

/** A `datetime-local` value as an ISO instant for the API; empty stays undefined. */
export function localInputToIso(value: unknown): string | undefined {
  if (typeof value !== 'string' || value === '') return undefined;
  const at = new Date(value);
  return Number.isNaN(at.getTime()) ? value : at.toISOString();
}
