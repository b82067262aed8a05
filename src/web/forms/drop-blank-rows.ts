/**
 * @module A resolver wrapper that ignores rows the user left empty (the spare email line of a new candidate), so
 * they neither fail validation nor reach the server, while errors of the other rows stay on the right line.
 */
import type { FieldValues, Resolver } from 'react-hook-form';

/** True when a row of a repeated group holds nothing worth saving. */
export type BlankRowTest = (row: unknown) => boolean;

/** Rows of `key` whose `field` is empty. */
export const blankWhenEmpty =
  (...fields: string[]): BlankRowTest =>
  (row) =>
    fields.every((field) => {
      const value = (row as Record<string, unknown> | null)?.[field];
      return value === null || value === undefined || String(value).trim() === '';
    });

/** Wraps `resolver` so rows matching `rules[key]` are dropped before validation and from the submitted values. */
export function withBlankRowsDropped<TIn extends FieldValues, C, TOut>(
  resolver: Resolver<TIn, C, TOut>,
  rules: Record<string, BlankRowTest>,
): Resolver<TIn, C, TOut> {
  return async (values, context, options) => {
    const cleaned: Record<string, unknown> = { ...values };
    const keptIndexes: Record<string, number[]> = {};
    for (const [key, isBlank] of Object.entries(rules)) {
      const rows: unknown = values[key];
      if (!Array.isArray(rows)) continue;
      const kept = rows.flatMap((row, index) => (isBlank(row) ? [] : [index]));
      keptIndexes[key] = kept;
      cleaned[key] = kept.map((index) => rows[index]);
    }
    const result = await resolver(cleaned as TIn, context, options);
    const errors = result.errors as Record<string, unknown>;
    for (const [key, kept] of Object.entries(keptIndexes)) {
      const rowErrors = errors[key];
      if (!Array.isArray(rowErrors)) continue;
      // Put each row's error back at the row's index in the form; keep `root`/`message` of the array itself.
      const remapped: unknown[] = Object.assign([], rowErrors);
      remapped.length = 0;
      rowErrors.forEach((error, index) => {
        const target = kept[index];
        if (error !== undefined && target !== undefined) remapped[target] = error;
      });
      errors[key] = remapped;
    }
    return result;
  };
}
