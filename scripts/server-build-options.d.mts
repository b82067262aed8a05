import type { BuildOptions } from 'esbuild';

/** The server bundle's esbuild options, with its entries by output name (`main`, `extract-worker`). */
export type ServerBuildOptions = BuildOptions & { entryPoints: Record<string, string>; outdir: string };

/** What scripts/build-server.mjs builds dist/server with. */
export declare const serverBuildOptions: ServerBuildOptions;
