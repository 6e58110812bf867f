// Runs the integration suite in VS Code's Node extension host, served by code-server and driven by Chromium.
// code-server has no --extensionTestsPath, so the run uses the workbench's own browser-integration scheme: the
// smoke-test driver option makes the workbench honour the development payload in the URL (extension folder and
// test module), and report the suite's console and exit code through the page's automation hooks.
// Usage: node test/runner/node.mjs [--json FILE]   (after scripts/setup-test-hosts.sh and build-tests.mjs)
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { codeServer, killGroup, node24, startCodeServer, waitUntilServing, workbenchUrl } from './codeServer.mjs';
import { copyFixtures, driveWorkbench, finish, freePort, root } from './common.mjs';

const label = 'node host';
const suiteIndex = join(root, '.vscode-test', 'suite', 'node', 'index.js');

for (const [what, path] of [['Node 24', node24], ['code-server', codeServer], ['the Node test bundle', suiteIndex]]) {
  if (!existsSync(path)) {
    console.error(`[${label}] ${what} is missing at ${path}: run scripts/setup-test-hosts.sh and scripts/build-tests.mjs`);
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
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
    outcome = await driveWorkbench({ url: workbenchUrl(port, workspace, root, suiteIndex), allowedHosts: [`127.0.0.1:${port}`], label });
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
