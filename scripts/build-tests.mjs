// Bundles the integration suite twice, once per extension host:
//   .vscode-test/suite/node/index.js  Node extension host (code-server, desktop VS Code): mocha's Node build
//   .vscode-test/suite/web/index.js   web-worker extension host: mocha's browser build, the npm `assert`
//                                     polyfill and a small `process` shim, no Node built-ins
// Every `test/integration/**/*.test.ts` is included. The output sits inside the extension folder because
// @vscode/test-web serves the tests from the extension development path.
import * as esbuild from 'esbuild';
import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const integrationDir = join(root, 'test', 'integration');

/** Output folder of the suite bundles; the runners point the editors at it. */
export const suiteOutDir = join(root, '.vscode-test', 'suite');

/** Test files of the suite, sorted so that runs are repeatable. */
function testFiles(dir = integrationDir) {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? testFiles(join(dir, e.name)) : e.name.endsWith('.test.ts') ? [join(dir, e.name)] : []))
    .sort();
}

/** The entry each host loads: `run()` registers the test files once mocha's globals exist. */
function entrySource() {
  const imports = testFiles()
    .map((f) => `  await import(${JSON.stringify('./' + relative(root, f).split('\\').join('/'))});`)
    .join('\n');
  return [
    `import { runSuite } from './test/integration/index.ts';`,
    `export async function run() {`,
    `  await runSuite(async () => {`,
    imports,
    `  });`,
    `}`,
  ].join('\n');
}

/**
 * mocha.js is a UMD file inside a `"type": "module"` package, so esbuild keeps it as ESM and leaves its
 * `module`/`exports` checks pointing at the bundle's own CommonJS module: mocha would then replace the suite's
 * exports (`run`) with its browser instance. Shadowing those names makes it take its global branch, which
 * sets `globalThis.Mocha` as mocha.mjs expects.
 */
const mochaUmdAsGlobal = {
  name: 'mocha-umd-as-global',
  setup(build) {
    build.onLoad({ filter: /[\\/]mocha[\\/]mocha\.js$/ }, async (args) => ({
      contents: `var module, exports, define;\n${await readFile(args.path, 'utf8')}`,
      loader: 'js',
    }));
  },
};

const common = {
  bundle: true,
  format: 'cjs',
  target: 'es2022',
  sourcemap: 'inline',
  logLevel: 'warning',
  external: ['vscode'],
};

/** @type {esbuild.BuildOptions} */
const nodeBuild = {
  ...common,
  stdin: { contents: entrySource(), resolveDir: root, sourcefile: 'integration-suite.ts', loader: 'ts' },
  outfile: join(suiteOutDir, 'node', 'index.js'),
  platform: 'node',
  // Only mocha's parallel mode resolves those files at run time, and the suite never runs in parallel.
  logOverride: { 'require-resolve-not-external': 'silent' },
};

/** @type {esbuild.BuildOptions} */
const webBuild = {
  ...common,
  stdin: { contents: entrySource(), resolveDir: root, sourcefile: 'integration-suite.ts', loader: 'ts' },
  outfile: join(suiteOutDir, 'web', 'index.js'),
  platform: 'browser',
  mainFields: ['browser', 'module', 'main'],
  alias: {
    // The browser build of mocha runs without Node built-ins; `assert` comes from its npm polyfill.
    mocha: join(root, 'node_modules', 'mocha', 'mocha.mjs'),
    assert: join(root, 'node_modules', 'assert', 'build', 'assert.js'),
  },
  inject: [join(root, 'test', 'runner', 'processShim.mjs')],
  plugins: [mochaUmdAsGlobal],
  define: { global: 'globalThis' },
};

const started = Date.now();
await Promise.all([esbuild.build(nodeBuild), esbuild.build(webBuild)]);
console.log(`integration suite bundled for Node and web worker (${testFiles().length} test files) in ${Date.now() - started} ms`);
