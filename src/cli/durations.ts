/** @module Durations as a person reads them at a terminal: "40 s", "12 min", "5.5 h", "3.2 d", "41 d". */

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** One decimal below ten (where it tells something), whole numbers above. */
const amount = (n: number) => (n < 10 ? (Math.round(n * 10) / 10).toString() : Math.round(n).toString());

/** Seconds, humanized to the largest unit that fits; "–" for no value (a timing with nothing measured). */
export function humanDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '–';
  const s = Math.max(0, seconds);
  if (s < MINUTE) return `${Math.round(s)} s`;
  if (s < HOUR) return `${Math.round(s / MINUTE)} min`;
  if (s < DAY) return `${amount(s / HOUR)} h`;
  return `${amount(s / DAY)} d`;
}
