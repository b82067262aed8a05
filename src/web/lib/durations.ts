/** @module Durations and shares as a person reads them on a journey map: "2 d", "5 h", "38 %", "+4.2 pp". */

const oneDecimal = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });
const whole = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 });
const counts = new Intl.NumberFormat(undefined);

const MINUTE = 60;
const HOUR = 3600;
const DAY = 86_400;

// One decimal below 10 ("1.5 d" says more than "2 d"), whole numbers above ("36 d", not "36.4 d").
const amount = (value: number) => (value < 9.95 ? oneDecimal.format(value) : whole.format(value));

/**
 * Seconds as the largest unit that keeps the number small: "45 s", "12 min", "5 h", "2 d", "4 mo", "1.5 y". Each
 * unit starts where the smaller one would round up to it (59.6 s is "1 min", not "60 s").
 */
export function humanizeDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '—';
  if (seconds < 59.5) return `${whole.format(seconds)} s`;
  if (seconds < HOUR - 30) return `${whole.format(seconds / MINUTE)} min`;
  if (seconds < DAY - HOUR / 2) return `${amount(seconds / HOUR)} h`;
  if (seconds < 100 * DAY) return `${amount(seconds / DAY)} d`;
  if (seconds < 730 * DAY) return `${amount(seconds / (30 * DAY))} mo`;
  return `${amount(seconds / (365 * DAY))} y`;
}

/** A difference of durations with its sign: "+2 d", "−5 h" (a true minus sign), "±0 s". */
export function signedDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '—';
  const text = humanizeDuration(Math.abs(seconds));
  if (/^0 s$/.test(text)) return '±0 s';
  return `${seconds < 0 ? '−' : '+'}${text}`;
}

/** A whole count with the locale's grouping: 12,345. */
export const formatCount = (n: number) => counts.format(n);

/** A fraction (0..1) as a percentage: "38 %", "4.5 %", "0.3 %"; one decimal below 10 %. */
export function formatShare(fraction: number | null): string {
  if (fraction === null || !Number.isFinite(fraction)) return '—';
  const percent = fraction * 100;
  if (percent > 0 && percent < 0.05) return '<0.1 %';
  return `${amount(percent)} %`;
}

/** A difference of two percentages, in percentage points: "+4.2 pp", "−1 pp", "±0 pp". */
export function formatPoints(points: number | null): string {
  if (points === null || !Number.isFinite(points)) return '—';
  const text = amount(Math.abs(points));
  if (text === '0') return '±0 pp';
  return `${points < 0 ? '−' : '+'}${text} pp`;
}
