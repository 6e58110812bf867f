/**
 * Mocha bootstrap for the integration suite. The same code runs in the Node extension host (desktop VS Code,
 * code-server) and in the web-worker extension host (vscode.dev): the test bundles decide which mocha build is
 * linked in, and this file only relies on what both builds share.
 */
import MochaModule from 'mocha';

/** Counts reported by one run of the suite. */
export interface SuiteResult {
  passes: number;
  failures: number;
  pending: number;
}

/**
 * Prefix of the one line that carries the counts back to the runner. The runner reads the extension host's
 * console (the only channel both hosts forward to the page), so the counts travel as text.
 */
export const RESULT_MARKER = '[news-annotator:integration-result]';

/**
 * Prefix on every line the reporter prints. The page's console also carries the workbench's own (plentiful)
 * logging; the tag lets the runner show only the suite's output.
 */
export const OUTPUT_TAG = '[news-annotator:test] ';

type MochaClass = typeof MochaModule;

/** A console.log that tags its line, keeping mocha's `%s`/`%d` format string working. */
function taggedLog(log: (...args: unknown[]) => void): (...args: unknown[]) => void {
  return (first?: unknown, ...rest: unknown[]) =>
    typeof first === 'string' ? log(OUTPUT_TAG + first, ...rest) : log(OUTPUT_TAG, ...(first === undefined ? rest : [first, ...rest]));
}

/** The browser build registers `Mocha` on the global object; the Node build is the module itself. */
function mochaClass(): MochaClass {
  const fromGlobal = (globalThis as { Mocha?: MochaClass }).Mocha;
  return typeof fromGlobal === 'function' ? fromGlobal : MochaModule;
}

/** Formats the counts as the runner expects to find them. */
export function formatResult(result: SuiteResult): string {
  return `${RESULT_MARKER} ${JSON.stringify(result)}`;
}

function runMocha(mocha: InstanceType<MochaClass>): Promise<SuiteResult> {
  return new Promise((resolve) => {
    const result: SuiteResult = { passes: 0, failures: 0, pending: 0 };
    const runner = mocha.run(() => resolve(result));
    // Counted from events rather than `runner.stats`, which only exists once a reporter has attached to it.
    runner.on('pass', () => result.passes++);
    runner.on('fail', () => result.failures++);
    runner.on('pending', () => result.pending++);
  });
}

/**
 * Runs the suite: sets up mocha's `describe`/`it` globals, lets `loadTests` register the test files (they must
 * be loaded after the globals exist, hence a callback rather than static imports), and rejects when any test
 * fails so that the extension host reports a non-zero exit code.
 */
export async function runSuite(loadTests: () => Promise<void>): Promise<SuiteResult> {
  const Mocha = mochaClass();
  // Every reporter writes through Base.consoleLog, which mocha reads at each call.
  Mocha.reporters.Base.consoleLog = taggedLog(console.log.bind(console));
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', color: false, timeout: 60_000 });
  mocha.suite.emit('pre-require', globalThis, 'integration', mocha);
  await loadTests();
  const result = await runMocha(mocha);
  console.log(formatResult(result));
  if (result.failures > 0) {
    throw new Error(`${result.failures} integration test(s) failed`);
  }
  return result;
}
