import { useApi } from '../../api/hooks.ts';

/**
 * What waits for me beside "Messages" in the navigation: proposed status updates, failed messages and messages to
 * file. Nothing shows while it loads or if it fails.
 */
export function MessagesBadge() {
  const counts = useApi(
    'messageCounts',
    {},
    { staleTime: 60_000, refetchInterval: 2 * 60_000, retry: false },
  );
  const total = counts.data ? counts.data.proposed + counts.data.failed + counts.data.triage : 0;
  if (total === 0) return null;
  return (
    <span className="nav-badge" title={`${total} messages need you: proposed, failed or to file`}>
      <span className="visually-hidden">: </span>
      {total > 99 ? '99+' : total}
      <span className="visually-hidden"> need you</span>
    </span>
  );
}
