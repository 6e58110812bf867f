// Builds every bundle from the same sources: the desktop extension (Node), the web extension (web worker),
// and the CLI. `--production` minifies with source maps; `--watch` rebuilds on change.
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  sourcemap: production ? 'linked' : 'inline',
  minify: production,
  logLevel: 'warning',
  target: 'es2022',
  legalComments: 'none',
  // Prefer ES module entry points: some packages' `main` is a UMD wrapper whose dynamic requires esbuild cannot follow.
  mainFields: ['module', 'main'],
};

// The web build runs analysis in its own worker-hosted extension host, so it swaps the worker_threads host.
const webAnalyzerHost = {
  name: 'web-analyzer-host',
  setup(build) {
    build.onResolve({ filter: /\/analyzerHost$/ }, (args) => ({
      path: new URL(`./${args.path}.web.ts`, `file://${args.resolveDir}/`).pathname,
    }));
  },
};

/** @type {esbuild.BuildOptions[]} */
const builds = [
  {
    ...common,
    entryPoints: { extension: 'src/extension.ts', analyzerWorker: 'src/analyzerWorker.ts' },
    outdir: 'dist',
    platform: 'node',
    format: 'cjs',
    external: ['vscode'],
  },
  {
    ...common,
    entryPoints: { extension: 'src/extension.ts' },
    outdir: 'dist/web',
    platform: 'browser',
    format: 'cjs',
    mainFields: ['browser', 'module', 'main'],
    external: ['vscode'],
    plugins: [webAnalyzerHost],
    define: { 'process.env.NODE_ENV': production ? '"production"' : '"development"' },
  },
  {
    ...common,
    // The CLI and the workers of its analysis pool (the same core, one thread per core over large folders).
    entryPoints: { cli: 'src/cli.ts', annotateWorker: 'src/cli/annotateWorker.ts' },
    outdir: 'dist',
    platform: 'node',
    format: 'cjs',
    banner: { js: '#!/usr/bin/env node' },
  },
];

if (watch) {
  for (const b of builds) {
    const ctx = await esbuild.context(b);
    await ctx.watch();
  }
  console.log('[watch] watching for changes');
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
}
