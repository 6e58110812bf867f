import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import * as path from 'node:path';
import * as esbuild from 'esbuild';
import { parseStore } from '../../../src/core/store/parse';
import { serializeStore } from '../../../src/core/store/serialize';
import { numberedStore } from '../../fixtures/store/crashWriter';

const KILLS = Number(process.env.STORE_CRASH_KILLS ?? 1000);

/** Starts the writer, lets it write for a random moment after its first complete write, then SIGKILLs it. */
function writeAndKill(script: string, file: string, delayMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, file], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NEWS_STORE_CRASH_WRITER: '1' } });
    let killed = false;
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    child.stdout.once('data', () => {
      setTimeout(() => {
        killed = child.kill('SIGKILL');
      }, delayMs);
    });
    child.on('exit', (code, signal) => {
      if (killed && signal === 'SIGKILL') resolve();
      else reject(new Error(`writer ended by itself (code ${code}, signal ${signal}): ${stderr}`));
    });
  });
}

describe('store: crash safety', function () {
  // 1000 process starts and kills: 500–600 s on a slow machine running two suites at once, where 600 s timed out.
  this.timeout(1_800_000);
  let dir = '';
  let script = '';
  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'news-store-crash-'));
    script = path.join(dir, 'writer.cjs');
    await esbuild.build({ entryPoints: [path.join(__dirname, '..', '..', 'fixtures', 'store', 'crashWriter.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: script, logLevel: 'error', minify: true });
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it(`leaves the old or the new content after each of ${KILLS} SIGKILLs mid-write`, async () => {
    // Several writers side by side, each on its own file, so that process start-up (most of the cost) overlaps.
    const lanes = Math.max(2, Math.min(6, availableParallelism() * 2));
    let tempLeft = 0;
    let written = 0;
    const started = Date.now();
    const lane = async (id: number): Promise<void> => {
      const laneDir = path.join(dir, `lane${id}`);
      mkdirSync(laneDir);
      const file = path.join(laneDir, 'news-annotations.json');
      let last = 0;
      for (let i = id; i < KILLS; i += lanes) {
        // A deterministic spread of moments, from right after the first write to a few writes later.
        await writeAndKill(script, file, (i * 7919) % 41);
        const text = readFileSync(file, 'utf8');
        const parsed = parseStore(text);
        assert.ok(parsed.ok, `after kill ${i}: ${parsed.ok ? '' : parsed.problem.reason}`);
        const n = Number(parsed.store.registry.get('org:sequence')?.note);
        assert.ok(n >= last && n >= 1, `after kill ${i}: sequence went from ${last} to ${n}`);
        assert.equal(text, serializeStore(numberedStore(n)), `after kill ${i}: content is neither old nor new`);
        if (n > 1) assert.ok(parseStore(readFileSync(`${file}.bak`, 'utf8')).ok, `after kill ${i}: the backup does not parse`);
        last = n;
        for (const f of readdirSync(laneDir)) {
          if (f.endsWith('.tmp')) {
            tempLeft++;
            rmSync(path.join(laneDir, f));
          }
        }
      }
      written += last;
    };
    await Promise.all(Array.from({ length: lanes }, (_, id) => lane(id)));
    console.log(`      ${KILLS} kills (${lanes} writers side by side) in ${((Date.now() - started) / 1000).toFixed(1)} s: ${written} stores written, ${tempLeft} kills landed between creating the temporary file and the rename, the file was always whole`);
  });
});
