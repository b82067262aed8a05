/**
 * @module Where a server validation issue belongs in a form: on the field it names, or (when the form has no such
 * field) in the message above the buttons. Pure, so it is tested without React.
 */
import type { ApiIssue } from '../api/errors.ts';

/** `body.emails[0].address` or `emails.0.address` → `emails.0.address`, the dotted form react-hook-form uses. */
export function normalizeIssuePath(path: string): string {
  return path
    .replace(/\[(\d+)\]/g, '.$1')
    .replace(/^body\./, '')
    .replace(/^\.+|\.+$/g, '');
}

/** Whether `path` names a value in `values` (a key that is present, even when its value is null or empty). */
export function hasPath(values: unknown, path: string): boolean {
  if (!path) return false;
  let node: unknown = values;
  for (const segment of path.split('.')) {
    if (node === null || typeof node !== 'object' || !(segment in node)) return false;
    node = (node as Record<string, unknown>)[segment];
  }
  return true;
}

export interface IssueSplit {
  /** Issues to put on a form field, by its react-hook-form name. */
  fields: { name: string; message: string }[];
  /** Issues with no field to show them on, as "path: message" lines. */
  unmapped: string[];
}

/**
 * Splits server issues between form fields and the form-level message. `hidden` names values the form holds but
 * does not show (the record's version, the subject id…): an issue there goes to the form-level message.
 */
export function splitIssues(issues: ApiIssue[], values: unknown, hidden: readonly string[] = []): IssueSplit {
  const split: IssueSplit = { fields: [], unmapped: [] };
  for (const issue of issues) {
    const name = normalizeIssuePath(issue.path);
    const top = name.split('.')[0] ?? '';
    if (hasPath(values, name) && !hidden.includes(top)) split.fields.push({ name, message: issue.message });
    else split.unmapped.push(name ? `${name}: ${issue.message}` : issue.message);
  }
  return split;
}

/**
 * The fields of `values` that differ from `initial` (compared by value), for a PATCH that sends only what the user
 * changed. `always` keys (the version) are sent regardless.
 */
export function changedFields<T extends Record<string, unknown>>(
  values: T,
  initial: Record<string, unknown>,
  always: readonly (keyof T)[] = [],
): Partial<T> {
  const patch: Partial<T> = {};
  for (const key of Object.keys(values) as (keyof T)[]) {
    const value = values[key];
    if (value === undefined) continue;
    if (always.includes(key) || !sameValue(value, initial[key as string])) patch[key] = value;
  }
  return patch;
}

// Null, undefined and '' all mean "nothing here" to a person looking at a form.
const blank = (v: unknown) => v === null || v === undefined || v === '';
const sameValue = (a: unknown, b: unknown) =>
  (blank(a) && blank(b)) || JSON.stringify(a) === JSON.stringify(b);
