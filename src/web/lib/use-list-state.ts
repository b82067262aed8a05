import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { z } from 'zod';

/**
 * Reads a list's query (search, filters, sort, page) from the URL with the contract's own schema, so back/forward
 * and reload restore the list and a hand-edited URL cannot produce a request the server would refuse: a value the
 * schema rejects is dropped and its default used.
 */
export function parseLenient<S extends z.ZodType>(schema: S, raw: Record<string, string>): z.output<S> {
  const input: Record<string, string> = { ...raw };
  for (let attempt = 0; attempt < 5; attempt++) {
    const result = schema.safeParse(input);
    if (result.success) return result.data;
    for (const issue of result.error.issues) {
      const key = issue.path[0];
      if (typeof key === 'string') delete input[key];
      // An unknown key is reported on the object itself, with the offending names in `keys`.
      if ('keys' in issue && Array.isArray(issue.keys)) for (const k of issue.keys) delete input[String(k)];
    }
  }
  return schema.parse({});
}

export type ListPatch = Record<string, string | number | undefined>;

/** List state in the URL; `defaults` fill keys the URL does not set (e.g. newest first). */
export function useListState<S extends z.ZodType>(schema: S, defaults: Record<string, string> = {}) {
  const [searchParams, setSearchParams] = useSearchParams();
  const defaultsKey = JSON.stringify(defaults);
  // biome-ignore lint/correctness/useExhaustiveDependencies: defaults are compared by value through defaultsKey
  const query = useMemo(
    () => parseLenient(schema, { ...defaults, ...Object.fromEntries(searchParams) }),
    [schema, searchParams, defaultsKey],
  );

  /** Changes some keys; any change other than the page goes back to page 1. `replace` for typing. */
  const update = useCallback(
    (patch: ListPatch, options: { replace?: boolean } = {}) => {
      setSearchParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          for (const [key, value] of Object.entries(patch)) {
            if (value === undefined || value === '') next.delete(key);
            else next.set(key, String(value));
          }
          if (!('page' in patch)) next.delete('page');
          return next;
        },
        { replace: options.replace ?? false },
      );
    },
    [setSearchParams],
  );

  return { query, update, raw: searchParams };
}
