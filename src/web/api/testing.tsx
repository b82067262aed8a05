/**
 * @module For web tests only (never imported by the app): renders a screen with the real API client, hooks and
 * router on top of a fake server — `fetch` answered from a table of canned responses keyed by "METHOD /path" — so a
 * test drives what the page asks for and how it shows the answers, without a Waypoint server.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { vi } from 'vitest';

/** A canned answer: a status and a JSON body. */
export interface Answer {
  status: number;
  body: unknown;
}

/** What a handler is given: the request as the client sent it. */
export interface SentRequest {
  method: string;
  url: URL;
  body: unknown;
}

/** Answers by "METHOD /path" (no query); a function answers from the request; an array answers once per item. */
export type AnswerTable = Record<string, Answer | Answer[] | ((request: SentRequest) => Answer)>;

/** The same answer shapes the server sends. */
export const ok = (body: unknown): Answer => ({ status: 200, body });
export const fails = (status: number, code: string, message: string, issues?: unknown[]): Answer => ({
  status,
  body: { error: { code, message, ...(issues ? { issues } : {}) } },
});

/**
 * Replaces `fetch` with the fake server; returns every request it saw. A request the table has no answer for fails
 * the test with a 599, naming it, rather than hanging.
 */
export function fakeServer(table: AnswerTable) {
  const seen: SentRequest[] = [];
  const handle = async (input: string | URL | Request, init?: RequestInit) => {
    const url = new URL(String(input), 'http://waypoint.test');
    const method = (init?.method ?? 'GET').toUpperCase();
    const request = { method, url, body: init?.body ? JSON.parse(String(init.body)) : undefined };
    seen.push(request);
    const entry = table[`${method} ${url.pathname}`];
    const answer =
      typeof entry === 'function'
        ? entry(request)
        : Array.isArray(entry)
          ? entry.length > 1
            ? entry.shift()
            : entry[0]
          : entry;
    const { status, body } = answer ?? fails(599, 'unanswered', `No answer for ${method} ${url.pathname}`);
    return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  };
  vi.stubGlobal('fetch', vi.fn(handle));
  return seen;
}

/**
 * jsdom has no `showModal`: without it a `<dialog>` stays closed and its form hidden. This opens it as the browser
 * would (without the focus trap, which these tests do not look at).
 */
export function supportDialogs() {
  const proto = HTMLDialogElement.prototype;
  proto.showModal ??= function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  proto.close ??= function close(this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
}

/** Renders `ui` at `path` (matched by `pattern`) with a fresh query cache that never retries. */
export function renderWithApi(
  ui: ReactNode,
  { path = '/', pattern = '*' }: { path?: string; pattern?: string } = {},
) {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  return render(
    <QueryClientProvider client={queryClient}>
      <MemoryRouter initialEntries={[path]}>
        <Routes>
          <Route path={pattern} element={ui} />
        </Routes>
      </MemoryRouter>
    </QueryClientProvider>,
  );
}
