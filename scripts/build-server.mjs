// Bundles the server and CLI (src/, not the web app) into dist/server with esbuild: one parse instead of a
// TypeScript transform per module, which is most of a short command's start-up time. Dependencies stay external.
// The options (entries included) are in server-build-options.mjs, shared with the test that runs the bundle.
import { build } from 'esbuild';
import { serverBuildOptions } from './server-build-options.mjs';

await build(serverBuildOptions);
