import { createContext, type ReactNode, use } from 'react';
import { Navigate, useLocation } from 'react-router';
import type { SessionUser } from '../../contract/index.ts';
import { ApiError } from '../api/errors.ts';
import { apiKey, useApi } from '../api/hooks.ts';
import { ErrorState, Loading } from '../components/states.tsx';

export const sessionKey = apiKey('session');

const SessionContext = createContext<SessionUser | null>(null);

/** The signed-in user; only inside RequireSession. */
export function useSession(): SessionUser {
  const user = use(SessionContext);
  if (!user) throw new Error('useSession outside RequireSession');
  return user;
}

/** Renders its children for a signed-in user, or sends the visitor to sign in and back here afterwards. */
export function RequireSession({ children }: { children: ReactNode }) {
  const location = useLocation();
  const session = useApi('session', {}, { staleTime: 5 * 60_000, retry: false });
  if (session.isPending) return <Loading label="Opening Waypoint…" />;
  if (session.error) {
    if (session.error instanceof ApiError && session.error.status === 401) {
      const next = `${location.pathname}${location.search}${location.hash}`;
      return <Navigate to={`/login?next=${encodeURIComponent(next)}`} replace />;
    }
    return <ErrorState error={session.error} retry={() => session.refetch()} />;
  }
  return <SessionContext value={session.data.user}>{children}</SessionContext>;
}
