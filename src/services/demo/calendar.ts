/**
 * @module Office time in Massachusetts for the demo seed: local dates (YYYY-MM-DD), working days, and instants at a
 * local hour. The firm keeps office hours in America/New_York; the rule for daylight saving time is written out so the
 * result does not depend on the machine's time-zone data.
 */

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** A calendar date as the office sees it, e.g. "2026-03-31". */
export type LocalDate = string;

const pad = (n: number) => String(n).padStart(2, '0');
const dateOf = (y: number, m: number, d: number): LocalDate => `${y}-${pad(m)}-${pad(d)}`;
const utcNoon = (date: LocalDate) => Date.parse(`${date}T12:00:00Z`);

/** The n-th Sunday (1-based) of a month, as a day of the month. */
function nthSunday(year: number, month: number, n: number): number {
  const firstWeekday = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
  return 1 + ((7 - firstWeekday) % 7) + (n - 1) * 7;
}

/**
 * Hours to add to Eastern local time to get UTC: 4 in daylight saving time (second Sunday of March, 02:00, to the
 * first Sunday of November, 02:00), 5 otherwise.
 */
function easternOffsetHours(date: LocalDate, hour: number): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const start = nthSunday(y, 3, 2);
  const end = nthSunday(y, 11, 1);
  const afterStart = m > 3 || (m === 3 && (d > start || (d === start && hour >= 2)));
  const beforeEnd = m < 11 || (m === 11 && (d < end || (d === end && hour < 2)));
  return afterStart && beforeEnd ? 4 : 5;
}

/** The instant of a local wall-clock time (hour may carry a fraction: 9.5 is 09:30). */
export function at(date: LocalDate, hour: number): number {
  const whole = Math.floor(hour);
  const minutes = Math.round((hour - whole) * 60);
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d, whole + easternOffsetHours(date, whole), minutes);
}

/** The local date of an instant. */
export function localDate(instant: number): LocalDate {
  const utc = new Date(instant);
  const guess = dateOf(utc.getUTCFullYear(), utc.getUTCMonth() + 1, utc.getUTCDate());
  // Eastern time is 4–5 hours behind UTC: before that hour of the UTC day it is still the day before locally.
  return instant < at(guess, 0) ? addDays(guess, -1) : guess;
}

/** The local hour of an instant, with a fraction for the minutes. */
export const localHour = (instant: number) => (instant - at(localDate(instant), 0)) / HOUR;

export function addDays(date: LocalDate, days: number): LocalDate {
  return new Date(utcNoon(date) + days * DAY).toISOString().slice(0, 10);
}

/** Whole days from one date to another. */
export const daysBetween = (from: LocalDate, to: LocalDate) =>
  Math.round((utcNoon(to) - utcNoon(from)) / DAY);

/** 0 is Sunday, 6 Saturday. */
export const weekday = (date: LocalDate) => new Date(utcNoon(date)).getUTCDay();

export const isWorkday = (date: LocalDate) => weekday(date) !== 0 && weekday(date) !== 6;

/** The date itself when it is a working day, otherwise the next one. */
export function workdayFrom(date: LocalDate): LocalDate {
  let d = date;
  while (!isWorkday(d)) d = addDays(d, 1);
  return d;
}

/** The working day `n` working days after `date` (n = 0: `date` or the next working day). */
export function addWorkdays(date: LocalDate, n: number): LocalDate {
  let d = workdayFrom(date);
  for (let i = 0; i < n; i++) d = workdayFrom(addDays(d, 1));
  return d;
}

/** The Friday on or before a date: the last day of that week's work. */
export function fridayUntil(date: LocalDate): LocalDate {
  return addDays(date, -((weekday(date) + 2) % 7));
}

/** The last working day (a Friday) about `weeks` weeks after a start date, never before it. */
export function weeksOfWork(start: LocalDate, weeks: number): LocalDate {
  const end = fridayUntil(addDays(start, weeks * 7));
  return end < start ? start : end;
}
