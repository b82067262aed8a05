/** @module The composition root of the web app: query cache, router, the session-ended handling. */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { setUnauthorizedHandler } from './api/client.ts';
import { ApiError } from './api/errors.ts';
import { requestReauth } from './app/reauth.ts';
import { appRoutes } from './app/routes.tsx';
import { hasUnsavedInput } from './app/unsaved.ts';
import './styles/app.css';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 15_000,
      // A 4xx will not change by asking again; a network blip or a 5xx may.
      retry: (count, error) =>
        !(error instanceof ApiError && error.status >= 400 && error.status < 500) && count < 2,
    },
  },
});

const router = createBrowserRouter(appRoutes);

setUnauthorizedHandler(({ method }) => {
  // A save, or a read while a form holds unsaved input, must not leave the page: ask to sign in on top of it.
  if (method !== 'GET' || hasUnsavedInput()) {
    requestReauth();
    return;
  }
  const here = `${window.location.pathname}${window.location.search}${window.location.hash}`;
  queryClient.clear();
  void router.navigate(`/login?next=${encodeURIComponent(here)}`, { replace: true });
});

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>,
);
