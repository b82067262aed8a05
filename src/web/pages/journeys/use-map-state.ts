import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import {
  type DrillState,
  drillPatch,
  type Population,
  populationPatch,
  readDrill,
  readPopulation,
  SEGMENT_B_PREFIX,
} from './journey-url.ts';
import { thresholdStops } from './process-graph.ts';

export type Patch = Record<string, string | undefined>;

/**
 * The journey map page's state, all of it in the URL: segment A's population, comparing (and segment B's), exact
 * times, the transition threshold, and the open drill-down.
 */
export function useMapState() {
  const [params, setParams] = useSearchParams();
  const a = useMemo(() => readPopulation(params), [params]);
  const b = useMemo(() => readPopulation(params, SEGMENT_B_PREFIX), [params]);
  const compare = params.get('compare') === '1';
  const exact = params.get('exact') === 'true';
  const pathsRaw = Number(params.get('paths'));
  const paths =
    (thresholdStops as readonly number[]).includes(pathsRaw) && params.has('paths') ? pathsRaw : null;
  const drill = useMemo(() => readDrill(params), [params]);

  const update = useCallback(
    (patch: Patch, options: { replace?: boolean } = {}) =>
      setParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          for (const [key, value] of Object.entries(patch)) {
            if (value === undefined || value === '') next.delete(key);
            else next.set(key, value);
          }
          return next;
        },
        { replace: options.replace ?? false },
      ),
    [setParams],
  );

  const setPopulation = useCallback(
    (segment: 'a' | 'b', population: Population) =>
      // A new population is a new list behind the open number: back to its first page.
      update({
        ...populationPatch(population, segment === 'b' ? SEGMENT_B_PREFIX : ''),
        drillPage: undefined,
      }),
    [update],
  );

  const setCompare = useCallback(
    (on: boolean) =>
      update({
        compare: on ? '1' : undefined,
        // B starts as a copy of A, so changing one filter shows what that filter does.
        ...populationPatch(on ? a : {}, SEGMENT_B_PREFIX),
        ...(on ? {} : drillPatch(null)),
      }),
    [update, a],
  );

  const openDrill = useCallback((state: DrillState | null) => update(drillPatch(state)), [update]);

  return { a, b, compare, exact, paths, drill, update, setPopulation, setCompare, openDrill };
}
