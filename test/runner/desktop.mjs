// Runs the integration suite in desktop VS Code through @vscode/test-electron, on machines that can download
// VS Code from its vendor (the CI machines of this project cannot: they use test/runner/node.mjs instead).
// Same suite, same fixtures workspace, other extensions disabled.
// Usage: npm run test:desktop   (VSCODE_VERSION picks the build: `stable`, `insiders` or a version number)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { copyFixtures, finish, root } from './common.mjs';

const label = 'desktop host';
const suiteIndex = join(root, '.vscode-test', 'suite', 'node', 'index.js');

/** Watches our own stdout, where test-electron copies the extension host's, for the suite's counts. */
function captureResult(onLine) {
  const write = process.stdout.write.bind(process.stdout);
  let pending = '';
  process.stdout.write = (chunk, ...rest) => {
    pending += chunk.toString();
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    lines.forEach(onLine);
    return write(chunk, ...rest);
  };
}

async function main() {
  const started = Date.now();
  const built = spawnSync(process.execPath, [join(root, 'scripts', 'build-tests.mjs')], { stdio: 'inherit' });
  if (built.status !== 0) {
    process.exitCode = finish(label, { code: 1, result: undefined, timedOut: false, blocked: 0 }, started);
    return;
  }
  const { runTests } = await import('@vscode/test-electron');
  const { parseResultLine } = await import('./common.mjs');
  let result;
  captureResult((line) => {
    result = parseResultLine(line) ?? result;
  });
  let code = 0;
  const scratch = mkdtempSync(join(tmpdir(), 'news-annotator-desktop-'));
  try {
    await runTests({
      version: process.env.VSCODE_VERSION ?? 'stable',
      extensionDevelopmentPath: root,
      extensionTestsPath: suiteIndex,
      launchArgs: [copyFixtures(scratch), '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
    });
  } catch (err) {
    console.error(`[${label}] ${err instanceof Error ? err.message : err}`);
    code = 1;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  process.exitCode = finish(label, { code, result, timedOut: false, blocked: 0 }, started);
}

await main();
