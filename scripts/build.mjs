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

// Libraries the desktop extension needs only once a file is validated or exported. They go to bundles of their own
// under dist/vendor/, required on first use (see their `require` calls in src/core), so that activation compiles
// a small bundle. The web build has no such files to load and keeps them inline.
const VENDORED = { ajv: 'ajv', 'csv-stringify/browser/esm/sync': 'csv-stringify' };
const vendorSplit = {
  name: 'vendor-split',
  setup(build) {
    const filter = new RegExp(`^(${Object.keys(VENDORED).map((k) => k.replace(/[/.]/g, '\\$&')).join('|')})$`);
    build.onResolve({ filter }, (args) => ({ path: `./vendor/${VENDORED[args.path]}.js`, external: true }));
  },
};

/** @type {esbuild.BuildOptions[]} */
const builds = [
  {
    ...common,
    entryPoints: { extension: 'src/extension.ts' },
    outdir: 'dist',
    platform: 'node',
    format: 'cjs',
    external: ['vscode'],
    plugins: [vendorSplit],
  },
  {
    ...common,
    entryPoints: { analyzerWorker: 'src/analyzerWorker.ts' },
    outdir: 'dist',
    platform: 'node',
    format: 'cjs',
  },
  {
    ...common,
    entryPoints: Object.fromEntries(Object.entries(VENDORED).map(([spec, name]) => [`vendor/${name}`, spec])),
    outdir: 'dist',
    platform: 'node',
    format: 'cjs',
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
