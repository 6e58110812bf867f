// Mocha's spec reporter, plus a JSON file of how long each test and each hook took, so that `npm test` can list
// the slowest ones in its summary. Usage: mocha --reporter test/runner/timingReporter.mjs --reporter-option json=FILE
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import Mocha from 'mocha';

const { EVENT_TEST_END, EVENT_HOOK_END, EVENT_RUN_END } = Mocha.Runner.constants;

export default class TimingReporter extends Mocha.reporters.Spec {
  constructor(runner, options = {}) {
    super(runner, options);
    const file = (options.reporterOption ?? options.reporterOptions ?? {}).json;
    const timings = [];
    const record = (kind) => (runnable) => {
      timings.push({
        kind,
        title: runnable.fullTitle(),
        file: runnable.file ? relative(process.cwd(), runnable.file) : undefined,
        ms: runnable.duration ?? 0,
      });
    };
    runner.on(EVENT_TEST_END, record('test'));
    runner.on(EVENT_HOOK_END, record('hook'));
    runner.once(EVENT_RUN_END, () => {
      if (file) writeFileSync(file, JSON.stringify(timings));
    });
  }
}
