/**
 * @module `setValueAs` helpers: form controls hold strings, the contract wants numbers, nulls and ISO dates.
 * An emptied optional field becomes null so the server clears it.
 */

/** '' → null, otherwise a number (NaN stays NaN so the schema reports it). */
export const numberOrNull = (value: unknown) =>
  value === '' || value === null || value === undefined ? null : Number(value);

/** '' → null (optional dates and nullable selects). */
export const emptyToNull = (value: unknown) => (value === '' || value === undefined ? null : value);

/** '' → undefined (optional selects that may not be null). */
export const emptyToUndefined = (value: unknown) => (value === '' || value === null ? undefined : value);
