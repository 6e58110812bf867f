// Pieces shared by the integration runners: a free port, a locked-down Chromium driving the workbench, the
// result channel from the extension host, and the closing summary line.
import { createServer } from 'node:net';
import { existsSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format } from 'node:util';

/** Repository root. */
export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Folder the editors open: the fixtures workspace. */
export const fixturesWorkspace = join(root, 'test', 'fixtures', 'workspace');

/** Where scripts/setup-test-hosts.sh installs the editors. */
export const toolsDir = join(root, '.tools');

/** Prefix of the line carrying the suite's counts (kept in step with test/integration/index.ts). */
const RESULT_MARKER = '[news-annotator:integration-result]';

/** Debian's Chromium; playwright's own browser download is not reachable here. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** How long one host may take to run the whole suite, in ms. */
export const suiteTimeoutMs = Number(process.env.NEWS_ANNOTATOR_TEST_TIMEOUT_MS ?? 300_000);

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

/**
 * Opens `url` in a headless Chromium that may reach only `allowedHosts`, forwards the extension host's console
 * to ours, and resolves with the exit code the workbench reports through the smoke-test driver hooks
 * (`codeAutomationLog` / `codeAutomationExit`), plus the counts printed by the suite.
 */
export async function driveWorkbench({ url, allowedHosts, label, timeoutMs = suiteTimeoutMs }) {
  const { chromium } = await import('playwright-core');
  if (!existsSync(chromiumPath)) {
    throw new Error(`${chromiumPath} not found: install Debian's chromium (scripts/setup-test-hosts.sh does)`);
  }
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
      return route.abort('blockedbyclient');
    });
    const page = await context.newPage();
    const exited = new Promise((resolve) => {
      void page.exposeFunction('codeAutomationExit', (code) => resolve(Number(code)));
    });
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      const line = formatArgs(args);
      result = parseResultLine(line) ?? result;
      const write = type === 'error' || type === 'warn' ? console.error : console.log;
      write(line);
    });
    page.on('pageerror', (err) => console.error(`[${label}] page error: ${err.message}`));
    await page.goto(url);
    let timer;
    const timedOut = new Promise((resolve) => {
      timer = setTimeout(() => resolve('timeout'), timeoutMs);
    });
    const code = await Promise.race([exited, timedOut]);
    clearTimeout(timer);
    if (code === 'timeout') {
      await page.screenshot({ path: join(root, '.vscode-test', `${label}-timeout.png`) }).catch(() => {});
      return { code: 1, result, timedOut: true, blocked };
    }
    return { code, result, timedOut: false, blocked };
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
  if (outcome.blocked) console.log(`[${label}] ${outcome.blocked} request(s) outside the local server were blocked`);
  console.log(`[${label}] finished in ${seconds} s`);
  const json = argValue('json');
  if (json) writeFileSync(json, JSON.stringify({ passed, failed, seconds: Number(seconds) }));
  console.log(`${passed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}
