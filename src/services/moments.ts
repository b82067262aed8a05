/** @module When a date-only fact (a start date, a test date) happened, as a touchpoint's moment. */

/**
 * A date's touchpoint moment: noon UTC of that day (so it reads as that day in every American and European time
 * zone), or now when noon has not yet come.
 */
export function momentOf(date: string, now: Date): Date {
  const noon = new Date(`${date}T12:00:00Z`);
  return noon.getTime() < now.getTime() ? noon : now;
}

export const latest = (...dates: Date[]) => new Date(Math.max(...dates.map((d) => d.getTime())));
