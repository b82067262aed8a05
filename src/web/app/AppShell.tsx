import { useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { call } from '../api/client.ts';
import { apiKey } from '../api/hooks.ts';
import { Dialog } from '../components/Dialog.tsx';
import { PageErrorBoundary } from '../components/PageErrorBoundary.tsx';
import { Loading } from '../components/states.tsx';
import { Toaster } from '../components/toast.tsx';
import { roleLabels } from '../lib/labels.ts';
import { AttentionBadge } from '../pages/attention/AttentionBadge.tsx';
import { SignInForm } from '../pages/login/SignInForm.tsx';
import { MessagesBadge } from '../pages/messages/MessagesBadge.tsx';
import { usePaletteShortcut } from '../palette/use-palette-shortcut.ts';
import { reauthDone, useReauthNeeded } from './reauth.ts';
import { useSession } from './session.tsx';
import { ConfirmLeave, UnsavedChangesGuard } from './UnsavedChangesGuard.tsx';
import { hasUnsavedInput, leaveWithoutAsking } from './unsaved.ts';

const nav: { to: string; label: string; end?: boolean; badge?: boolean; messagesBadge?: boolean }[] = [
  { to: '/', label: 'Home', end: true },
  { to: '/candidates', label: 'Candidates' },
  { to: '/clients', label: 'Clients' },
  { to: '/contacts', label: 'Contacts' },
  { to: '/job-orders', label: 'Job orders' },
  { to: '/journeys/candidates', label: 'Candidate journeys' },
  { to: '/journeys/clients', label: 'Client journeys' },
  { to: '/work', label: 'My work' },
  { to: '/attention', label: 'Needs attention', badge: true },
  { to: '/compliance', label: 'Service standards' },
  { to: '/messages', label: 'Messages', messagesBadge: true },
];

// cmdk loads with the palette, not with the first page; it is fetched once the browser is idle.
const loadPalette = () => import('../palette/CommandPalette.tsx');
const CommandPalette = lazy(() => loadPalette().then((m) => ({ default: m.CommandPalette })));

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** Left navigation, the top bar (search, who is signed in, sign out) and the current page. */
export function AppShell() {
  const user = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [paletteOpen, setPaletteOpen] = useState(false);
  const togglePalette = useCallback(() => setPaletteOpen((open) => !open), []);
  usePaletteShortcut(togglePalette);
  const reauth = useReauthNeeded();
  useEffect(() => {
    const id = window.setTimeout(() => void loadPalette(), 1500);
    return () => window.clearTimeout(id);
  }, []);

  const [confirmSignOut, setConfirmSignOut] = useState(false);

  const signOut = async () => {
    setConfirmSignOut(false);
    try {
      await call('logout');
    } finally {
      queryClient.clear();
      leaveWithoutAsking();
      navigate('/login', { replace: true });
    }
  };

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <aside className="sidebar">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">
            W
          </span>
          Waypoint
        </div>
        <nav aria-label="Main">
          <ul>
            {nav.map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} end={item.end} className="nav-link">
                  {item.label}
                  {item.badge ? <AttentionBadge /> : null}
                  {item.messagesBadge ? <MessagesBadge /> : null}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="sidebar-firm">{user.firmName}</div>
      </aside>
      <header className="topbar">
        <button type="button" className="search-trigger" onClick={() => setPaletteOpen(true)}>
          <span>Search…</span>
          <kbd>{isMac ? '⌘ K' : 'Ctrl K'}</kbd>
        </button>
        <div className="topbar-user">
          <span className="user-name">{user.name}</span>
          <span className="user-meta">
            {roleLabels[user.role]} · {user.branchName}
          </span>
        </div>
        <button
          type="button"
          className="btn btn-ghost"
          // Ask before the session ends, not after: once signed out, nothing typed could be saved any more.
          onClick={() => (hasUnsavedInput() ? setConfirmSignOut(true) : void signOut())}
        >
          Sign out
        </button>
      </header>
      <main id="main" className="main" tabIndex={-1}>
        <PageErrorBoundary resetKey={location.pathname}>
          <Suspense fallback={<Loading />}>
            <Outlet />
          </Suspense>
        </PageErrorBoundary>
      </main>
      <Toaster />
      <UnsavedChangesGuard />
      {confirmSignOut ? (
        <ConfirmLeave
          onStay={() => setConfirmSignOut(false)}
          onLeave={() => void signOut()}
          leaveLabel="Sign out without saving"
        />
      ) : null}
      {paletteOpen ? (
        <Suspense fallback={null}>
          <CommandPalette onClose={() => setPaletteOpen(false)} />
        </Suspense>
      ) : null}
      {reauth ? (
        // Closing keeps the page as it is (to copy what was typed); the next save asks again.
        <Dialog title="Your session has ended" onClose={reauthDone}>
          <div className="stack">
            <p className="muted">
              Sign in again to continue. What you typed is still on the page behind this box.
            </p>
            <SignInForm
              defaultEmail={user.email}
              onSignedIn={(session) => {
                if (session.user.id !== user.id) {
                  // Someone else signed in: nothing of the previous user's screen may stay.
                  window.location.assign('/');
                  return;
                }
                queryClient.setQueryData(apiKey('session', {}), session);
                reauthDone();
                void queryClient.invalidateQueries();
              }}
            />
          </div>
        </Dialog>
      ) : null}
    </div>
  );
}
