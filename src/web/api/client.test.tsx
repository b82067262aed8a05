import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildPath, buildQuery, buildUrl, call, setCsrfToken, setUnauthorizedHandler } from './client.ts';
import { ApiError, toApiError } from './errors.ts';

const uuid = '8b0c8f0e-2f5c-4a51-9a3c-0f4b9d1c2a77';

describe('buildPath', () => {
  it('fills :params and encodes them', () => {
    expect(buildPath('/api/candidates/:id/employment/:entryId', { id: 'a b', entryId: 'x/y' })).toBe(
      '/api/candidates/a%20b/employment/x%2Fy',
    );
  });
  it('throws on a missing param rather than calling a wrong URL', () => {
    expect(() => buildPath('/api/candidates/:id', {})).toThrow(/id/);
  });
});

describe('buildQuery', () => {
  it('skips undefined, null and empty values', () => {
    expect(buildQuery({ q: 'ann', status: undefined, ownerId: null, skill: '', page: 2 })).toBe(
      '?q=ann&page=2',
    );
  });
  it('is empty without values', () => {
    expect(buildQuery({})).toBe('');
    expect(buildQuery(undefined)).toBe('');
  });
  it('repeats array values and encodes text', () => {
    expect(buildQuery({ tag: ['a', 'b c'], q: '555-0142 & co' })).toBe('?tag=a&tag=b+c&q=555-0142+%26+co');
  });
});

describe('buildUrl', () => {
  it('builds from the route table', () => {
    expect(buildUrl('getCandidate', { params: { id: uuid } })).toBe(`/api/candidates/${uuid}`);
    expect(buildUrl('listJobOrders', { query: { state: 'workable', q: 'fork' } })).toBe(
      '/api/job-orders?state=workable&q=fork',
    );
    expect(buildUrl('candidateTimeline', { params: { id: uuid }, query: { before: 40, limit: 50 } })).toBe(
      `/api/candidates/${uuid}/timeline?before=40&limit=50`,
    );
  });
});

describe('toApiError', () => {
  it('keeps the server code, message and issues', () => {
    const error = toApiError(400, {
      error: {
        code: 'validation',
        message: 'Invalid',
        issues: [{ path: 'emails.0.address', message: 'Bad' }],
      },
    });
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(400);
    expect(error.code).toBe('validation');
    expect(error.issues).toEqual([{ path: 'emails.0.address', message: 'Bad' }]);
  });
  it('recognises a version conflict', () => {
    const error = toApiError(409, {
      error: { code: 'conflict_version', message: 'Changed by someone else' },
    });
    expect(error.isConflict).toBe(true);
    expect(error.message).toBe('Changed by someone else');
  });
  it('falls back to a readable message when the body is not ours', () => {
    const error = toApiError(502, '<html>Bad gateway</html>');
    expect(error.code).toBe('server_error');
    expect(error.issues).toEqual([]);
    expect(toApiError(404, null).code).toBe('not_found');
  });
  it('says when to retry after a 429', () => {
    const error = toApiError(429, { error: { code: 'rate_limited', message: 'Slow down' } }, '30');
    expect(error.message).toBe('Slow down (retry in 30 s)');
  });
});

describe('call', () => {
  const fetchMock = vi.fn();
  const sentHeaders = (index: number) =>
    ((fetchMock.mock.calls[index] as [string, RequestInit])[1].headers ?? {}) as Record<string, string>;
  const respond = (status: number, body: unknown) =>
    fetchMock.mockResolvedValueOnce(
      new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }),
    );
  vi.stubGlobal('fetch', fetchMock);
  // The canned bodies are partial; the development-time "does not match the contract" warning is expected here.
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  afterEach(() => {
    fetchMock.mockReset();
    setCsrfToken(null);
    setUnauthorizedHandler(null);
  });

  it('sends the CSRF token on writes, with a JSON body, same-origin', async () => {
    setCsrfToken('tok-1');
    respond(201, { id: 1 });
    await call('logTouchpoint', {
      body: { subjectType: 'candidate', subjectId: uuid, channel: 'call', summary: 'Called' },
    });
    const [url, init] = fetchMock.mock.calls[0] as [string, RequestInit];
    expect(url).toBe('/api/touchpoints');
    expect(init.method).toBe('POST');
    expect(init.credentials).toBe('same-origin');
    const headers = init.headers as Record<string, string>;
    expect(headers['x-csrf-token']).toBe('tok-1');
    expect(headers['content-type']).toBe('application/json');
    expect(JSON.parse(String(init.body))).toMatchObject({ summary: 'Called' });
  });

  it('does not send the token on reads', async () => {
    setCsrfToken('tok-1');
    respond(200, { items: [] });
    await call('listBranches');
    const headers = sentHeaders(0);
    expect(headers['x-csrf-token']).toBeUndefined();
  });

  it('picks up the CSRF token from the session', async () => {
    respond(200, { user: {}, csrfToken: 'from-session' });
    await call('session');
    respond(200, { ok: true });
    await call('logout');
    const headers = sentHeaders(1);
    expect(headers['x-csrf-token']).toBe('from-session');
  });

  it('rejects with an ApiError and tells the app when the session ended', async () => {
    const onUnauthorized = vi.fn();
    setUnauthorizedHandler(onUnauthorized);
    respond(401, { error: { code: 'unauthenticated', message: 'Sign in' } });
    await expect(call('getCandidate', { params: { id: uuid } })).rejects.toMatchObject({
      status: 401,
      code: 'unauthenticated',
    });
    expect(onUnauthorized).toHaveBeenCalledWith({ route: 'getCandidate', method: 'GET' });
  });

  it('does not treat a failed sign-in as an ended session', async () => {
    const onUnauthorized = vi.fn();
    setUnauthorizedHandler(onUnauthorized);
    respond(401, { error: { code: 'unauthenticated', message: 'Wrong email or password' } });
    await expect(call('login', { body: { email: 'a@b.c', password: 'x' } })).rejects.toMatchObject({
      message: 'Wrong email or password',
    });
    expect(onUnauthorized).not.toHaveBeenCalled();
  });

  it('reports an unreachable server as a network error', async () => {
    fetchMock.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    await expect(call('listBranches')).rejects.toMatchObject({ status: 0, code: 'network' });
  });
});
