import { useQueryClient } from '@tanstack/react-query';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { apiKey, useApi } from '../../api/hooks.ts';
import { safeNext } from '../../lib/safe-next.ts';
import { SignInForm } from './SignInForm.tsx';

/** The sign-in page; after signing in, back to the page that sent the visitor here. */
export function LoginPage() {
  const [searchParams] = useSearchParams();
  const next = safeNext(searchParams.get('next'));
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const session = useApi('session', {}, { retry: false, staleTime: 0 });

  if (session.data) return <Navigate to={next} replace />;

  return (
    <main className="login-page">
      <div className="login-card">
        <div className="brand brand-large">
          <span className="brand-mark" aria-hidden="true">
            W
          </span>
          Waypoint
        </div>
        <h1>Sign in</h1>
        <SignInForm
          onSignedIn={(result) => {
            // A different person may have used this browser: start from an empty cache.
            queryClient.clear();
            queryClient.setQueryData(apiKey('session', {}), result);
            navigate(next, { replace: true });
          }}
        />
      </div>
    </main>
  );
}
