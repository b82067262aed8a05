// The server bundle's esbuild options, in one place: scripts/build-server.mjs builds dist/server with them, and the
// extraction test (src/services/documents/extract.test.ts) builds its probe with them, so it builds what the script
// builds and notices an entry going missing. Paths are resolved from the repository, not the working directory.
import { fileURLToPath } from 'node:url';

const fromRoot = (path) => fileURLToPath(new URL(`../${path}`, import.meta.url));

/** @type {import('./server-build-options.d.mts').ServerBuildOptions} */
export const serverBuildOptions = {
  // The document extraction worker is started by file (new Worker(…/extract-worker.js)), so it is an entry of its own.
  entryPoints: {
    main: fromRoot('src/cli/main.ts'),
    'extract-worker': fromRoot('src/services/documents/extract-worker.ts'),
  },
  outdir: fromRoot('dist/server'),
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
};
