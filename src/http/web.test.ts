import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestStore, type TestStore } from '../../test/db.ts';
import { systemClock } from '../services/context.ts';
import { buildApp } from './app.ts';

let store: TestStore;
let app: FastifyInstance;
let webDir: string;

beforeAll(async () => {
  store = await openTestStore();
  webDir = mkdtempSync(join(tmpdir(), 'wp-web-'));
  mkdirSync(join(webDir, 'assets'));
  writeFileSync(join(webDir, 'index.html'), '<!doctype html><title>Waypoint</title>');
  writeFileSync(join(webDir, 'assets', 'app-abc123.js'), 'console.log(1)');
  app = await buildApp({
    ctx: { store, clock: systemClock },
    sessions: { idleMinutes: 60, maxHours: 24 },
    secureCookies: false,
    webDir,
    logLevel: 'silent',
  });
  await app.ready();
});
afterAll(async () => {
  await app.close();
  await store.close();
  rmSync(webDir, { recursive: true, force: true });
});

describe('serving the web app', () => {
  it('answers every app URL with the page, never cached', async () => {
    for (const url of ['/', '/candidates', '/candidates/5b1e/edit?x=1']) {
      const res = await app.inject({ url });
      expect(res.statusCode).toBe(200);
      expect(res.body).toContain('<title>Waypoint</title>');
      expect(res.headers['cache-control']).toBe('no-cache');
    }
  });

  it('serves hashed assets for good, and a missing one as a 404 (not the page, which would blank the screen)', async () => {
    const asset = await app.inject({ url: '/assets/app-abc123.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const missing = await app.inject({ url: '/assets/app-old999.js' });
    expect(missing.statusCode).toBe(404);
    expect(missing.headers['content-type']).toMatch(/application\/json/);
  });

  it('keeps unknown API paths and non-GET requests as JSON 404s', async () => {
    expect((await app.inject({ url: '/api/nope' })).statusCode).toBe(404);
    expect((await app.inject({ method: 'POST', url: '/candidates' })).statusCode).toBe(404);
  });
});
