// The `assert` polyfill and its `util` dependency read a few fields of Node's `process`; a web worker has none.
// esbuild injects this module wherever the web test bundle mentions `process`.
const env = {};

/** Minimal stand-in for Node's `process` in the web-worker test bundle. */
export const process = {
  env,
  argv: [],
  browser: true,
  platform: 'browser',
  version: '',
  versions: {},
  cwd: () => '/',
  nextTick: (fn, ...args) => void Promise.resolve().then(() => fn(...args)),
};
