/**
 * @module Business time: a branch's working week, its holidays and its time zone, and adding business hours or
 * days to a moment. Service standards are measured in it ("answer within 2 business hours"). Pure; uses Luxon for
 * time zones (daylight-saving changes included).
 */
import { DateTime } from 'luxon';

/** Per ISO weekday (1 = Monday … 7 = Sunday): the opening hours, `[["09:00","17:00"]]`; none for a day off. */
export type WorkingWeek = Record<string, [string, string][]>;

export interface BusinessCalendar {
  zone: string;
  week: WorkingWeek;
  /** Days off, `YYYY-MM-DD` in the calendar's zone. */
  holidays: ReadonlySet<string>;
}

export const defaultWeek: WorkingWeek = {
  '1': [['08:00', '17:00']],
  '2': [['08:00', '17:00']],
  '3': [['08:00', '17:00']],
  '4': [['08:00', '17:00']],
  '5': [['08:00', '17:00']],
  '6': [],
  '7': [],
};

import type { Duration } from './durations.ts';

export { type Duration, type DurationUnit, describeDuration, durationUnits } from './durations.ts';

const HHMM = /^([01]\d|2[0-3]):([0-5]\d)$|^24:00$/;
const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** Whether a working week is well formed: times HH:MM, each interval opens before it closes, none overlap. */
export function weekProblems(week: WorkingWeek): string[] {
  const problems: string[] = [];
  for (const [day, intervals] of Object.entries(week)) {
    if (!/^[1-7]$/.test(day)) problems.push(`${day}: not a weekday (1 to 7)`);
    let lastEnd = -1;
    for (const [open, close] of [...intervals].sort((a, b) => a[0].localeCompare(b[0]))) {
      if (!HHMM.test(open) || !HHMM.test(close)) problems.push(`${day}: use HH:MM times`);
      else if (minutesOf(open) >= minutesOf(close)) problems.push(`${day}: ${open} is not before ${close}`);
      else if (minutesOf(open) < lastEnd) problems.push(`${day}: hours overlap`);
      lastEnd = Math.max(lastEnd, minutesOf(close));
    }
  }
  return problems;
}

/** The local clock time `hh:mm` of a local day (`24:00`: the next midnight); wall-clock, so right on DST days. */
function clockOn(day: DateTime, hhmm: string): DateTime {
  if (hhmm === '24:00') return day.startOf('day').plus({ days: 1 });
  const m = minutesOf(hhmm);
  return day.set({ hour: Math.floor(m / 60), minute: m % 60, second: 0, millisecond: 0 });
}

// Per calendar, each local day's intervals once: the evaluator asks for the same days over and over.
const dayCache = new WeakMap<BusinessCalendar, Map<string, [DateTime, DateTime][]>>();

/** The opening intervals of one local day, as instants (none on a holiday or a day off). */
function intervalsOn(cal: BusinessCalendar, day: DateTime): [DateTime, DateTime][] {
  let cache = dayCache.get(cal);
  if (!cache) {
    cache = new Map();
    dayCache.set(cal, cache);
  }
  const key = `${day.year}-${day.month}-${day.day}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const hours = cal.holidays.has(day.toISODate()!) ? [] : (cal.week[String(day.weekday)] ?? []);
  const intervals = hours
    .map(([open, close]): [DateTime, DateTime] => [clockOn(day, open), clockOn(day, close)])
    .sort((a, b) => a[0].toMillis() - b[0].toMillis());
  if (cache.size > 20_000) cache.clear();
  cache.set(key, intervals);
  return intervals;
}

// A calendar with no working hours at all would make business time endless: stop looking after two years.
const MAX_DAYS = 730;

/** The working intervals from `from` on, in order (the first clipped to start at `from`). */
function* openIntervals(cal: BusinessCalendar, from: Date): Generator<[number, number]> {
  const start = DateTime.fromJSDate(from, { zone: cal.zone });
  for (let i = 0; i < MAX_DAYS; i++) {
    const day = start.startOf('day').plus({ days: i });
    for (const [open, close] of intervalsOn(cal, day)) {
      const a = Math.max(open.toMillis(), from.getTime());
      const b = close.toMillis();
      if (a < b) yield [a, b];
    }
  }
}

/** The first working moment at or after `at`. */
export function nextOpen(cal: BusinessCalendar, at: Date): Date {
  for (const [a] of openIntervals(cal, at)) return new Date(a);
  return at;
}

/** `at` plus `hours` of working time. */
export function addBusinessHours(cal: BusinessCalendar, at: Date, hours: number): Date {
  let left = hours * 3_600_000;
  for (const [a, b] of openIntervals(cal, at)) {
    if (b - a >= left) return new Date(a + left);
    left -= b - a;
  }
  return at;
}

/**
 * `at` plus `days` working days: the same local time on the `days`-th working day after the first working moment
 * at or after `at` (a Friday 16:00 registration, 1 business day: Monday 16:00). A time outside that day's hours
 * rolls to its next opening.
 */
export function addBusinessDays(cal: BusinessCalendar, at: Date, days: number): Date {
  const start = DateTime.fromJSDate(nextOpen(cal, at), { zone: cal.zone });
  let day = start;
  let counted = 0;
  for (let i = 0; i < MAX_DAYS && counted < days; i++) {
    day = day.plus({ days: 1 });
    if (intervalsOn(cal, day).length > 0) counted++;
  }
  const target = day.set({
    hour: start.hour,
    minute: start.minute,
    second: start.second,
    millisecond: start.millisecond,
  });
  return nextOpen(cal, target.toJSDate());
}

/** `at` plus a duration in business or calendar time. */
export function addDuration(cal: BusinessCalendar, at: Date, d: Duration): Date {
  switch (d.unit) {
    case 'business_hours':
      return addBusinessHours(cal, at, d.amount);
    case 'business_days':
      return addBusinessDays(cal, at, d.amount);
    case 'days':
      return DateTime.fromJSDate(at, { zone: cal.zone }).plus({ days: d.amount }).toJSDate();
    case 'months':
      return DateTime.fromJSDate(at, { zone: cal.zone }).plus({ months: d.amount }).toJSDate();
  }
}

/** The local date (YYYY-MM-DD) and hour of a moment in the calendar's zone. */
export function localParts(cal: BusinessCalendar, at: Date): { date: string; hour: number; weekday: number } {
  const t = DateTime.fromJSDate(at, { zone: cal.zone });
  return { date: t.toISODate()!, hour: t.hour, weekday: t.weekday };
}

/** Whether a local date is a working day in the calendar. */
export function isWorkingDay(cal: BusinessCalendar, date: string): boolean {
  return intervalsOn(cal, DateTime.fromISO(date, { zone: cal.zone })).length > 0;
}
