/**
 * @module What a message states about the job: a rate, a start date, a job title. The contact guard compares these
 * with the job order and with what a colleague last sent. Reading free text is heuristic by nature, so this reads
 * only plain, common forms ("$18.50/hour", "starts on December 1", "the Forklift Operator position") and stays
 * quiet when unsure: a missed conflict costs less than a guard that cries wolf until people stop reading it.
 */
import type { FactKey, MessageFacts } from './messaging.ts';

const UNITS: Record<string, string> = {
  hour: 'hour',
  hr: 'hour',
  h: 'hour',
  hourly: 'hour',
  day: 'day',
  daily: 'day',
  week: 'week',
  wk: 'week',
  weekly: 'week',
  month: 'month',
  year: 'year',
  yr: 'year',
  annum: 'year',
  annually: 'year',
};

/** A rate as the guard compares it: the amount with two decimals, and its unit when stated. */
export interface Rate {
  amount: string;
  unit: string | null;
}

export const formatRate = (r: Rate) => `$${r.amount}${r.unit ? `/${r.unit}` : ''}`;

export function parseRate(text: string): Rate | null {
  const m = /^\$(\d+(?:\.\d{2})?)(?:\/(\w+))?$/.exec(text);
  if (!m) return null;
  return { amount: Number(m[1]).toFixed(2), unit: m[2] ?? null };
}

const MONEY =
  /\$\s?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?(?:\s*(?:\/|per|an|a)\s*(hour|hr|h|day|week|wk|month|year|yr|annum)\b|\s+(hourly|daily|weekly|annually)\b)?/gi;
const BILL_WORDS = /\b(bill|billing|charge|markup|invoice)\b/i;
const PAY_WORDS = /\b(pay|pays|paid|wage|salary|earn|rate)\b/i;

/** Every rate in a text with the few words before it (which say whether it is pay or bill). */
function ratesIn(text: string): { rate: Rate; before: string }[] {
  const out: { rate: Rate; before: string }[] = [];
  for (const m of text.matchAll(MONEY)) {
    const whole = m[1]!.replaceAll(',', '');
    const cents = (m[2] ?? '').padEnd(2, '0');
    const unitWord = (m[3] ?? m[4])?.toLowerCase();
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    out.push({
      rate: { amount: `${whole}.${cents || '00'}`, unit: unitWord ? (UNITS[unitWord] ?? null) : null },
      before,
    });
  }
  return out;
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const MONTH_RE =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const START = String.raw`\bstart(?:s|ing)?(?:\s+date)?(?:\s*:|\s+(?:is|will\s+be|on|from))*\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?`;
const START_ISO = new RegExp(`${START}(\\d{4})-(\\d{2})-(\\d{2})`, 'i');
const START_US = new RegExp(`${START}(\\d{1,2})/(\\d{1,2})(?:/(\\d{2,4}))?\\b`, 'i');
const START_WORDS = new RegExp(
  `${START}${MONTH_RE}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?`,
  'i',
);

const iso = (y: number, m: number, d: number) =>
  `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

function validDay(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** A date without a year is the next one on or after today (a message talks about a start to come). */
function withYear(m: number, d: number, year: string | undefined, today: string): string | null {
  if (year) {
    const y = year.length === 2 ? 2000 + Number(year) : Number(year);
    return validDay(y, m, d) ? iso(y, m, d) : null;
  }
  const thisYear = Number(today.slice(0, 4));
  for (const y of [thisYear, thisYear + 1]) {
    if (validDay(y, m, d) && iso(y, m, d) >= today) return iso(y, m, d);
  }
  return null;
}

/** The start date a text names ("starts on December 1", "start date: 12/1/2026"), as YYYY-MM-DD. */
export function startDateIn(text: string, today: string): string | null {
  const a = START_ISO.exec(text);
  if (a) return validDay(Number(a[1]), Number(a[2]), Number(a[3])) ? `${a[1]}-${a[2]}-${a[3]}` : null;
  const w = START_WORDS.exec(text);
  if (w) {
    const month = MONTHS.findIndex((name) => name.startsWith(w[1]!.toLowerCase().slice(0, 3))) + 1;
    return withYear(month, Number(w[2]), w[3], today);
  }
  const u = START_US.exec(text);
  if (u) return withYear(Number(u[1]), Number(u[2]), u[3], today);
  return null;
}

const TITLE =
  /\b(?:the|a|an|our|as\s+an?|as)\s+((?:[A-Z][\w&/-]*\s+){0,4}?[A-Z][\w&/-]*)\s+(?:position|role|job|opening|vacancy)\b|\b(?:[Pp]osition|[Rr]ole|[Jj]ob [Tt]itle|[Oo]pening)\s*(?::|of|as|for)\s*(?:an?\s+)?((?:[A-Z][\w&/-]*)(?:\s+[A-Z][\w&/-]*){0,4})/;

/** The job title a text names ("the Forklift Operator position", "role: Forklift Operator"). */
export function jobTitleIn(text: string): string | null {
  const m = TITLE.exec(text);
  const title = (m?.[1] ?? m?.[2])?.trim();
  return title && title.length >= 3 ? title : null;
}

/**
 * The facts a message states. A rate is the person's pay when the message is to a candidate and the firm's bill rate
 * when it is to a client, unless the words before it say otherwise.
 */
export function factsOf(text: string, audience: 'candidate' | 'contact', today: string): MessageFacts {
  const facts: MessageFacts = {};
  for (const { rate, before } of ratesIn(text)) {
    let key: FactKey = audience === 'candidate' ? 'payRate' : 'billRate';
    if (BILL_WORDS.test(before)) key = 'billRate';
    else if (PAY_WORDS.test(before) && audience === 'candidate') key = 'payRate';
    facts[key] ??= formatRate(rate);
  }
  const start = startDateIn(text, today);
  if (start) facts.startDate = start;
  const title = jobTitleIn(text);
  if (title) facts.jobTitle = title;
  return facts;
}

/** Whether two rates differ: the amounts differ, or both name a unit and the units differ. */
export function ratesDiffer(a: string, b: string): boolean {
  const x = parseRate(a);
  const y = parseRate(b);
  if (!x || !y) return a !== b;
  if (x.amount !== y.amount) return true;
  return x.unit !== null && y.unit !== null && x.unit !== y.unit;
}

const words = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9 ]/g, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .join(' ');

/** Whether two titles name different jobs (one containing the other, like "Operator" in "Forklift Operator", does not). */
export function titlesDiffer(a: string, b: string): boolean {
  const x = words(a);
  const y = words(b);
  return !(x === y || x.includes(y) || y.includes(x));
}

/** Whether two stated facts of one kind differ. */
export function factsDiffer(key: FactKey, a: string, b: string): boolean {
  if (key === 'payRate' || key === 'billRate') return ratesDiffer(a, b);
  if (key === 'jobTitle') return titlesDiffer(a, b);
  return a !== b;
}
