// Bundles the server and CLI (src/, not the web app) into dist/server with esbuild: one parse instead of a
// TypeScript transform per module, which is most of a short command's start-up time. Dependencies stay external.
import { build } from 'esbuild';

await build({
  // The document extraction worker is started by file (new Worker(…/extract-worker.js)), so it is an entry of its own.
  entryPoints: { main: 'src/cli/main.ts', 'extract-worker': 'src/services/documents/extract-worker.ts' },
  outdir: 'dist/server',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
});
