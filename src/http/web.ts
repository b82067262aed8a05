/** @module Serving the built web app: hashed assets cached for good, every app URL answered with index.html. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

export async function registerWebApp(app: FastifyInstance, webDir: string) {
  if (!existsSync(join(webDir, 'index.html'))) {
    app.log.warn(`No web app at ${webDir}: run "npm run build:web". The API is served without it.`);
    return false;
  }
  await app.register(fastifyStatic, {
    root: webDir,
    prefix: '/',
    wildcard: false,
    index: false,
    setHeaders: (res, path) => {
      // Vite names assets by content hash: a name never changes meaning, so browsers may keep it.
      res.header(
        'cache-control',
        path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });
  return true;
}
