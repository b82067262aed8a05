#!/usr/bin/env node
// The `waypoint` command. It runs the prebuilt bundle in dist/server when that is newer than every source file
// (`npm run build:server` makes it; `npm start` and `npm test` do so themselves), and the TypeScript sources
// through tsx otherwise, so an edited checkout never runs stale code.
import { readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundle = join(root, 'dist', 'server', 'main.js');

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'web' && dir.endsWith('src')) continue;
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function bundleIsFresh() {
  try {
    return statSync(bundle).mtimeMs >= newestSource(join(root, 'src'));
  } catch {
    return false;
  }
}

// A short command spends most of its time compiling the embedded database's WebAssembly, and V8's optimizing tier
// then recompiles its hot parts on the other core: for a second's work that costs more than it gains. Commands that
// run long (the server, the seed) keep it. Set before any WebAssembly is compiled.
const longRunning = new Set(['serve', 'seed']);
if (!longRunning.has(process.argv[2] ?? '')) setFlagsFromString('--liftoff-only');

if (bundleIsFresh()) {
  await import(pathToFileURL(bundle).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/main.ts');
}
