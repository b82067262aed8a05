/** @module react-query bindings for the API client: one cache key per route and input. */
import {
  type QueryClient,
  type UseQueryOptions,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { type CallInput, type CallOutput, call, type ReadRoute, type WriteRoute } from './client.ts';
import type { ApiError } from './errors.ts';
import { invalidatedBy } from './invalidation.ts';

/** The cache key of a read: the route name first, so a write can invalidate every read of a route at once. */
export const apiKey = <N extends ReadRoute>(name: N, input?: CallInput<N>) =>
  ['api', name, input ?? {}] as const;

type ReadOptions<N extends ReadRoute> = Omit<
  UseQueryOptions<CallOutput<N>, ApiError, CallOutput<N>, ReturnType<typeof apiKey<N>>>,
  'queryKey' | 'queryFn'
>;

/** Reads route `name` through the cache. */
export function useApi<N extends ReadRoute>(name: N, input: CallInput<N>, options?: ReadOptions<N>) {
  return useQuery({
    queryKey: apiKey(name, input),
    queryFn: () => (call as (n: N, i: CallInput<N>) => Promise<CallOutput<N>>)(name, input),
    ...options,
  });
}

/** Marks every cached read that a write to `name` may have changed as stale (active ones refetch). */
export function invalidateAfter(queryClient: QueryClient, name: WriteRoute) {
  const stale = new Set<string>(invalidatedBy[name]);
  return queryClient.invalidateQueries({
    predicate: (query) => query.queryKey[0] === 'api' && stale.has(String(query.queryKey[1])),
  });
}

/** A write to route `name`; on success the reads it affects are invalidated. */
export function useApiMutation<N extends WriteRoute>(name: N) {
  const queryClient = useQueryClient();
  return useMutation<CallOutput<N>, ApiError, CallInput<N>>({
    mutationFn: (input) => (call as (n: N, i: CallInput<N>) => Promise<CallOutput<N>>)(name, input),
    onSuccess: () => invalidateAfter(queryClient, name),
  });
}
