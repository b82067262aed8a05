import { useApi } from '../../api/hooks.ts';

/**
 * How many of my journeys have stalled, beside "Needs attention" in the navigation. One small read (a page of one)
 * per few minutes; nothing shows while it loads or if it fails.
 */
export function AttentionBadge() {
  const mine = useApi(
    'attention',
    { query: { scope: 'mine', pageSize: 1 } },
    { staleTime: 2 * 60_000, refetchInterval: 5 * 60_000, retry: false },
  );
  const total = mine.data?.total ?? 0;
  if (total === 0) return null;
  return (
    <span className="nav-badge" title={`${total} of your journeys have stalled`}>
      <span className="visually-hidden">: </span>
      {total > 99 ? '99+' : total}
      <span className="visually-hidden"> stalled</span>
    </span>
  );
}
