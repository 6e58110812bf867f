// Pieces shared by the integration runners: a free port, a locked-down Chromium driving the workbench, the
// result channel from the extension host, and the closing summary line.
import { createServer } from 'node:net';
import { appendFileSync, cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format } from 'node:util';

/** Repository root. */
export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Folder the editors open: the fixtures workspace. */
export const fixturesWorkspace = join(root, 'test', 'fixtures', 'workspace');

/**
 * A fresh copy of the fixtures workspace inside `scratch`. Editors that write to disk (the Node host, desktop
 * VS Code) then never touch tracked files, and every run starts from the same state.
 */
export function copyFixtures(scratch) {
  const copy = join(scratch, 'workspace');
  cpSync(fixturesWorkspace, copy, { recursive: true });
  return copy;
}

/** Where scripts/setup-test-hosts.sh installs the editors. */
export const toolsDir = join(root, '.tools');

/** Prefix of the line carrying the suite's counts (kept in step with test/integration/index.ts). */
const RESULT_MARKER = '[news-annotator:integration-result]';

/** Prefix the suite puts on its reporter's lines (kept in step with test/integration/index.ts). */
const OUTPUT_TAG = '[news-annotator:test] ';

/** Debian's Chromium; playwright's own browser download is not reachable here. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** How long one host may take to run the whole suite, in ms. */
export const suiteTimeoutMs = Number(process.env.NEWS_ANNOTATOR_TEST_TIMEOUT_MS ?? 600_000);

/** A TCP port that was free a moment ago on the loopback interface. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Reads `--name value` from the command line. */
export function argValue(name) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** True for URLs served by the local test server (any port on the loopback names) or by the page itself. */
export function isLocalUrl(url, allowedHosts) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (!['http:', 'https:', 'ws:', 'wss:'].includes(parsed.protocol)) return true;
  return allowedHosts.some((h) => parsed.host === h || parsed.host.endsWith(`.${h}`));
}

/**
 * Pulls the counts out of one console line from the extension host, or undefined when the line is something
 * else. The line may arrive wrapped in the host's own prefix, so the marker is searched, not anchored.
 */
export function parseResultLine(line) {
  const at = line.indexOf(RESULT_MARKER);
  if (at < 0) return undefined;
  try {
    const json = JSON.parse(line.slice(at + RESULT_MARKER.length).trim().match(/^\{[^}]*\}/)?.[0] ?? '');
    if (Number.isInteger(json.passes) && Number.isInteger(json.failures)) return json;
  } catch {
    // fall through: a line that merely mentions the marker is not a result
  }
  return undefined;
}

/** Formats console arguments forwarded from the page as console.log would (mocha's reporters use `%s`, `%d`). */
function formatArgs(args) {
  return format(...(Array.isArray(args) ? args : [args]));
}

/** Where each host's full page log goes; the terminal shows only the suite's own lines. */
export function logFile(label) {
  return join(root, '.vscode-test', 'logs', `${label.replace(/\W+/g, '-')}.log`);
}

/**
 * Routes one console message from the page: the suite's own lines (tagged) to our stdout, the counts to
 * `onResult`, and everything (the workbench is chatty, more so offline) to the log file.
 */
function routeLine(type, args, log, onResult) {
  const line = formatArgs(args);
  appendFileSync(log, `[${type}] ${line}\n`);
  const result = parseResultLine(line);
  if (result) onResult(result);
  else if (line.startsWith(OUTPUT_TAG)) console.log(line.slice(OUTPUT_TAG.length));
}

/** The last lines of the page log, for a run that ended without counts. */
function logTail(log, lines = 40) {
  return readFileSync(log, 'utf8').split('\n').slice(-lines - 1).join('\n');
}

/**
 * Opens `url` in a headless Chromium that may reach only `allowedHosts`, forwards the suite's output to ours,
 * and resolves with the exit code the workbench reports through the smoke-test driver hooks
 * (`codeAutomationLog` / `codeAutomationExit`), plus the counts printed by the suite.
 */
export async function driveWorkbench({ url, allowedHosts, label, timeoutMs = suiteTimeoutMs }) {
  const { chromium } = await import('playwright-core');
  if (!existsSync(chromiumPath)) {
    throw new Error(`${chromiumPath} not found: install Debian's chromium (scripts/setup-test-hosts.sh does)`);
  }
  const log = logFile(label);
  mkdirSync(dirname(log), { recursive: true });
  writeFileSync(log, `${new Date().toISOString()} ${url}\n`);
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-extensions'],
  });
  let result;
  let blocked = 0;
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.route('**/*', (route) => {
      if (isLocalUrl(route.request().url(), allowedHosts)) return route.continue();
      blocked++;
      appendFileSync(log, `[blocked] ${route.request().url()}\n`);
      return route.abort('blockedbyclient');
    });
    const page = await context.newPage();
    const exited = new Promise((resolve) => {
      void page.exposeFunction('codeAutomationExit', (code) => resolve(Number(code)));
    });
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      routeLine(type, args, log, (r) => {
        result = r;
      });
    });
    page.on('pageerror', (err) => appendFileSync(log, `[pageerror] ${err.message}\n`));
    await page.goto(url);
    let timer;
    const timedOut = new Promise((resolve) => {
      timer = setTimeout(() => resolve('timeout'), timeoutMs);
    });
    const code = await Promise.race([exited, timedOut]);
    clearTimeout(timer);
    if (code === 'timeout') {
      await page.screenshot({ path: log.replace(/\.log$/, '-timeout.png') }).catch(() => {});
    }
    if (code === 'timeout' || !result) {
      console.error(`[${label}] last lines of the page log (${log}):\n${logTail(log)}`);
    }
    return code === 'timeout' ? { code: 1, result, timedOut: true, blocked } : { code, result, timedOut: false, blocked };
  } finally {
    await browser.close().catch(() => {});
  }
}

/**
 * Prints the closing summary and writes the counts for scripts/test.mjs (`--json FILE`). A run that reported
 * no counts, timed out or exited non-zero without a failing test counts as one failure, so it can never pass
 * silently.
 */
export function finish(label, outcome, started) {
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const passed = outcome.result?.passes ?? 0;
  let failed = outcome.result?.failures ?? 0;
  if (outcome.timedOut) console.error(`[${label}] timed out after ${suiteTimeoutMs / 1000} s`);
  else if (!outcome.result) console.error(`[${label}] the extension host reported no test results (exit code ${outcome.code})`);
  if (outcome.code !== 0 && failed === 0) failed = 1;
  if (!outcome.result && outcome.code === 0) failed = 1;
  const blocked = outcome.blocked ? `; ${outcome.blocked} request(s) outside the local server blocked` : '';
  const log = existsSync(logFile(label)) ? `; full log in ${relative(root, logFile(label))}` : '';
  console.log(`[${label}] finished in ${seconds} s${blocked}${log}`);
  const json = argValue('json');
  if (json) writeFileSync(json, JSON.stringify({ passed, failed, seconds: Number(seconds) }));
  console.log(`${passed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}
