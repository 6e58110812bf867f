import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { createAnalysisPool, defaultWorkerCount } from '../../../src/cli/analysisPool';
import { annotateEach, annotateOptions, annotatePaths } from '../../../src/cli/annotateCommand';
import { UsageError } from '../../../src/cli/io';
import { analyze } from '../../../src/core/nlp/analyze';
import { applyOperation } from '../../../src/core/store/operations';
import { serializeStore } from '../../../src/core/store/serialize';
import { emptyStore } from '../../../src/core/store/types';

const ROOT = join(__dirname, '..', '..', '..');
const SEED = readFileSync(join(ROOT, 'test', 'fixtures', 'nlp', 'seed-article.txt'), 'utf8');
const OPTIONS = { includeRejected: false, maxKb: 1024 };

describe('perf: the CLI analysis pool', function () {
  this.timeout(180_000);
  let dir: string;
  let script: string;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'news-pool-'));
    // The worker as the build makes it (scripts/build.mjs bundles the same entry into dist/).
    script = join(dir, 'annotateWorker.js');
    await esbuild.build({
      entryPoints: [join(ROOT, 'src', 'cli', 'annotateWorker.ts')], outfile: script, bundle: true, platform: 'node',
      format: 'cjs', target: 'es2022', mainFields: ['module', 'main'], logLevel: 'warning',
    });
    const paragraphs = SEED.split('\n').filter((l) => l.trim());
    mkdirSync(join(dir, 'articles', 'more'), { recursive: true });
    // Twelve different articles: the seed's paragraphs rotated, so each shares some paragraphs with the others.
    for (let i = 0; i < 12; i++) {
      const text = [...paragraphs.slice(i % paragraphs.length), ...paragraphs.slice(0, i % paragraphs.length)].join('\n\n');
      writeFileSync(join(dir, 'articles', i % 3 ? '' : 'more', `a${String(i).padStart(2, '0')}.txt`), text);
    }
    writeFileSync(join(dir, 'articles', 'broken.txt'), Buffer.from([0xff, 0xfe, 0x00, 0x41]));
  });

  after(() => rmSync(dir, { recursive: true, force: true }));

  it('gives on two workers exactly what one thread gives, in the same order, with the same failures', async () => {
    const threaded = await annotatePaths(['articles'], OPTIONS, dir, { workers: 2, script });
    const inline = await annotatePaths(['articles'], OPTIONS, dir, { workers: 0 });
    assert.equal(threaded.items.length, 12);
    assert.deepEqual(threaded.items.map((i) => i.article.display), inline.items.map((i) => i.article.display));
    assert.deepEqual(threaded.items.map((i) => i.annotations), inline.items.map((i) => i.annotations));
    assert.deepEqual(threaded.failures, inline.failures);
    assert.deepEqual(threaded.failures, ['articles/broken.txt: binary file, not text']);
  });

  it('suggests what the workspace file\'s decisions taught, on workers as in one thread (annotate --store)', async () => {
    // Brightwater made an organisation in one article; the shipped model does not read it so in another.
    const A = 'Brightwater said on Monday it would cut 200 jobs. Brightwater shares fell sharply.';
    const B = 'Brightwater said it would close two plants in Ohio by the end of the year.';
    const ws = join(dir, 'taught');
    mkdirSync(ws, { recursive: true });
    writeFileSync(join(ws, 'a.txt'), A);
    writeFileSync(join(ws, 'b.txt'), B);
    let store = emptyStore();
    for (let i = A.indexOf('Brightwater'); i >= 0; i = A.indexOf('Brightwater', i + 1)) {
      store = applyOperation(store, 'a.txt', A, { kind: 'addMention', mention: { start: i, end: i + 'Brightwater'.length, type: 'ORG' } });
    }
    writeFileSync(join(ws, 'news-annotations.json'), serializeStore(store));
    const typeOfB = (r: Awaited<ReturnType<typeof annotatePaths>>): string | undefined => r.items.find((i) => i.article.display.endsWith('b.txt'))?.annotations.mentions.find((m) => m.text === 'Brightwater')?.type;
    assert.notEqual(typeOfB(await annotatePaths(['b.txt'], OPTIONS, ws)), 'ORG', 'without the workspace file: the shipped model');
    for (const workers of [0, 2]) {
      const r = await annotatePaths(['b.txt', 'a.txt'], { ...OPTIONS, store: 'news-annotations.json' }, ws, { workers, script });
      assert.deepEqual(r.failures, []);
      assert.equal(typeOfB(r), 'ORG', `${workers} workers`);
    }
  });

  it('matches a fresh analysis of each article', async () => {
    const pool = createAnalysisPool(2, { workers: 2, script });
    try {
      const texts = [SEED, 'Angela Merkel visited Paris on Monday.', '“We will respond,” said Vladimir Putin.'];
      const results = await Promise.all(texts.map((t, i) => pool.analyze(t, `t${i}.txt`)));
      results.forEach((r, i) => assert.deepEqual(r, analyze(texts[i] as string, { path: `t${i}.txt` })));
    } finally {
      await pool.close();
    }
  });

  it('hands articles over one by one, in input order, reporting progress after each', async () => {
    const seen: string[] = [];
    const handedAt: number[] = [];
    const progress: Array<[number, number]> = [];
    const failures = await annotateEach(['articles'], OPTIONS, (item) => {
      seen.push(item.article.display);
      handedAt.push(progress.length);
    }, dir, { workers: 2, script, progress: (done, total) => progress.push([done, total]) });
    assert.deepEqual(seen, [...seen].sort());
    assert.equal(seen.length, 12);
    // Each article is handed over as it is done, between progress reports, not all at the end.
    assert.equal(handedAt[0], 0);
    assert.ok(handedAt.every((n, i) => i === 0 || n > (handedAt[i - 1] as number)));
    assert.deepEqual(progress.map(([d]) => d), Array.from({ length: 13 }, (_, i) => i + 1));
    assert.ok(progress.every(([, t]) => t === 13));
    assert.equal(failures.length, 1);
  });

  it('fails the articles, without hanging, when the workers die', async () => {
    const broken = join(dir, 'brokenWorker.js');
    writeFileSync(broken, "throw new Error('worker could not start');\n");
    const r = await annotatePaths(['articles'], OPTIONS, dir, { workers: 2, script: broken });
    assert.equal(r.items.length, 0);
    assert.equal(r.failures.length, 13);
    assert.ok(r.failures.filter((f) => f.includes('analysis failed (worker could not start)')).length === 12, r.failures.join('\n'));
  });

  it('--jobs sets the number of analysis threads (at most one per core); anything but a whole number above 0 is a usage error', () => {
    assert.equal(annotateOptions(['-j', '3', 'a']).options.jobs, Math.min(3, availableParallelism()));
    assert.equal(annotateOptions(['a']).options.jobs, undefined);
    for (const bad of ['0', '-1', '1.5', 'x']) assert.throws(() => annotateOptions(['--jobs', bad, 'a']), UsageError);
  });

  it('stays in this thread for a short run, and uses every core for a long one', () => {
    assert.equal(defaultWorkerCount(3), 0);
    const cores = availableParallelism();
    assert.equal(defaultWorkerCount(10_000), cores < 2 ? 0 : cores);
  });
});
