// `node bench/workspaceIndex.mjs [articles] [workers]`: builds the workspace index the way the extension's background
// build does (each article analysed in a worker thread, its analysis sent back packed, then added to the index) over
// generated news articles of about 5 KB, then times hover lookups, the cache round trip and the memory it holds.
// Run with `node --expose-gc` for a settled heap figure. Prints a table and, last, one JSON line.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { createRequire } from 'node:module';
import * as esbuild from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ARTICLES = Number(process.argv[2] ?? 5000);
const WORKERS = Number(process.argv[3] ?? Math.min(2, os.availableParallelism()));
const ARTICLE_BYTES = 5 * 1024;

// Bundled as it ships (see bench/run.mjs for why not through tsx).
const bundled = await esbuild.build({
  stdin: {
    contents: "export { createAnalyzer } from './src/core/nlp/analyze'; export { packAnnotations, unpackAnnotations } from './src/core/wire'; export { WorkspaceIndex, parseIndexCache } from './src/core/workspaceIndex';",
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true, write: false, platform: 'node', format: 'cjs', target: 'es2022', mainFields: ['module', 'main'], logLevel: 'warning',
});
const coreFile = path.join(os.tmpdir(), `news-annotator-index-bench-${process.pid}.cjs`);
fs.writeFileSync(coreFile, bundled.outputFiles[0].text);
const { unpackAnnotations, WorkspaceIndex, parseIndexCache } = createRequire(import.meta.url)(coreFile);
globalThis.gc?.();
// The bundle holds the analyser's lexicon too; the index's own memory is the heap above this.
const heapBaseMB = process.memoryUsage().heapUsed / 2 ** 20;

// ---- generated articles --------------------------------------------------------------------------------------
// A fixed seed, so every run analyses the same text. Names come from pools, so entities recur across articles as
// in a real archive (a few hundred people, organisations and places, each in many articles).
let seed = 42;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const pick = (list) => list[Math.floor(rand() * list.length)];
const FIRST = ['Maria', 'John', 'Ahmed', 'Olga', 'Peter', 'Aisha', 'Tomasz', 'Keir', 'Yvette', 'Rishi', 'Emma', 'Carlos', 'Mei', 'David', 'Sarah', 'Ivan', 'Fatima', 'Lars', 'Nadia', 'George'];
const LAST = ['Roussev', 'Okafor', 'Lindqvist', 'Cooper', 'Starmer', 'Haddad', 'Novak', 'Fernandez', 'Chen', 'Walsh', 'Petrova', 'Ibrahim', 'Murphy', 'Kowalski', 'Tanaka', 'Schmidt', 'Osei', 'Moreau', 'Rossi', 'Byrne'];
const ORGS = ['Ministry of Health', 'Bank of England', 'European Commission', 'Metropolitan Police', 'United Nations', 'World Health Organization', 'Labour Party', 'Reuters', 'Oxford University', 'Crown Prosecution Service', 'Federal Security Service', 'Red Cross'];
const PLACES = ['London', 'Moscow', 'Kyiv', 'Paris', 'Berlin', 'Manchester', 'Sofia', 'Gaza', 'Washington', 'Brussels', 'Glasgow', 'Warsaw', 'Lagos', 'Tokyo'];
const NORP = ['Russian', 'Bulgarian', 'British', 'French', 'Ukrainian', 'German', 'Polish', 'Nigerian'];
const VERBS = ['said', 'told reporters', 'added', 'warned'];
const person = () => `${pick(FIRST)} ${pick(LAST)}`;

function paragraph(i) {
  const p = person();
  const surname = p.split(' ')[1];
  const n = Math.floor(rand() * 900) + 10;
  switch (i % 4) {
    case 0: return `${p}, ${20 + (n % 50)}, a spokesperson for the ${pick(ORGS)}, arrived in ${pick(PLACES)} on ${pick(['Monday', 'Tuesday', 'Friday'])} after ${n} ${pick(NORP)} officials met their counterparts from ${pick(PLACES)} to discuss the budget.`;
    case 1: return `“We cannot accept a plan that leaves ${n} families without support,” ${surname} ${pick(VERBS)}. “The ${pick(ORGS)} must act before the winter, and ${pick(PLACES)} cannot wait.”`;
    case 2: return `According to ${pick(ORGS)}, the figures published in ${pick(PLACES)} show ${n} cases this year, up from ${n - 7} last year. ${person()} of the ${pick(ORGS)} described the rise as “worrying”.`;
    default: return `${pick(NORP)} and ${pick(NORP)} delegates in ${pick(PLACES)} said ${person()} and ${surname} had spoken to the ${pick(ORGS)} about the ${n} million pound fund, which ${pick(PLACES)} officials called “long overdue”.`;
  }
}

function article(k) {
  const out = [`${pick(PLACES)} talks: ${person()} under pressure over fund ${k}`];
  let size = out[0].length;
  for (let i = 0; size < ARTICLE_BYTES; i++) {
    const p = paragraph(i);
    out.push(p);
    size += p.length + 2;
  }
  return out.join('\n\n');
}

// ---- the build -----------------------------------------------------------------------------------------------
const workerCode = `
const { parentPort } = require('node:worker_threads');
const { createAnalyzer, packAnnotations } = require(${JSON.stringify(coreFile)});
const analyzer = createAnalyzer();
parentPort.on('message', (msg) => {
  const packed = packAnnotations(analyzer.analyze(msg.text, { path: msg.path }));
  parentPort.postMessage({ id: msg.id, packed }, [packed.mentions.buffer]);
});`;

const texts = Array.from({ length: ARTICLES }, (_, k) => article(k));
const totalBytes = texts.reduce((s, t) => s + Buffer.byteLength(t), 0);
const index = new WorkspaceIndex();
// CPU time of the whole process (the workers included) beside wall time: on a loaded machine wall time also counts
// other jobs' turns, and CPU seconds over the worker count is what the build takes on that many idle cores.
const cpuSeconds = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1e6; };
const c0 = cpuSeconds();
const t0 = performance.now();
await new Promise((resolve) => {
  let next = 0;
  let done = 0;
  const workers = Array.from({ length: WORKERS }, () => new Worker(workerCode, { eval: true }));
  const feed = (w) => {
    if (next >= ARTICLES) return;
    const id = next++;
    w.postMessage({ id, text: texts[id], path: `articles/${id}.txt` });
  };
  for (const w of workers) {
    w.on('message', ({ id, packed }) => {
      const text = texts[id];
      index.set(`file:///bench/articles/${id}.txt`, { mtime: id, size: text.length, sha256: '' }, unpackAnnotations(packed, text));
      if (++done === ARTICLES) { workers.forEach((x) => x.terminate()); resolve(); } else feed(w);
    });
    feed(w);
  }
});
const buildMs = performance.now() - t0;
const buildCpu = cpuSeconds() - c0;
texts.length = 0; // the index must not lean on the texts
globalThis.gc?.();
const heapBuiltMB = process.memoryUsage().heapUsed / 2 ** 20;

// ---- lookups: what a hover asks (counts of an entity outside the open articles) and references (its articles)
const ids = [...new Set(index.all().flatMap((e) => e.annotations.mentions.map((m) => m.entityId)))];
// Wall times per call (sorted, for percentiles) and CPU time over all calls (the mean, free of other jobs' turns).
function timeCalls(fn) {
  const wall = [];
  const c = cpuSeconds();
  for (let i = 0; i < 2000; i++) {
    const t = performance.now();
    fn(i);
    wall.push(performance.now() - t);
  }
  return { wall: wall.sort((x, y) => x - y), cpuMeanMs: ((cpuSeconds() - c) * 1000) / 2000 };
}
const hover = timeCalls((i) => index.counts(ids[i % ids.length], new Set([`file:///bench/articles/${i % ARTICLES}.txt`])));
const references = timeCalls((i) => index.articlesOf(ids[i % ids.length]));
const lookups = hover.wall;

// ---- the cache round trip (in a function, so the cache text is garbage once it returns)
function roundTrip() {
  const meta = { analyzer: 'bench', decisions: {} };
  let t = performance.now();
  const cache = index.serialize(meta);
  const write = performance.now() - t;
  t = performance.now();
  const c = cpuSeconds();
  const read = parseIndexCache(cache).index;
  return { writeMs: write, readMs: performance.now() - t, readCpuMs: (cpuSeconds() - c) * 1000, cacheBytes: Buffer.byteLength(cache), loaded: read };
}
const { writeMs, readMs, readCpuMs, cacheBytes, loaded } = roundTrip();
const mentions = index.all().reduce((n, e) => n + e.annotations.mentions.length, 0);
// What a reload holds: the index read from the cache, nothing else.
for (const key of index.keys()) index.delete(key);
globalThis.gc?.();
const heapMB = process.memoryUsage().heapUsed / 2 ** 20;
const rssMB = process.memoryUsage().rss / 2 ** 20;
fs.rmSync(coreFile, { force: true });

const rows = [
  ['articles', `${ARTICLES} (${(totalBytes / ARTICLES / 1024).toFixed(1)} KB each)`],
  ['analysis workers', String(WORKERS)],
  ['mentions indexed / entities', `${mentions} / ${ids.length}`],
  ['first build (analysis + index), wall', `${(buildMs / 1000).toFixed(1)} s`],
  ['first build, CPU / per worker', `${buildCpu.toFixed(1)} s / ${(buildCpu / WORKERS).toFixed(1)} s`],
  ['hover count lookup, median / p99 / max wall', `${lookups[1000].toFixed(3)} / ${lookups[1980].toFixed(3)} / ${lookups[1999].toFixed(3)} ms (mean CPU ${hover.cpuMeanMs.toFixed(3)} ms)`],
  ['references: articles of an entity, median / max', `${references.wall[1000].toFixed(3)} / ${references.wall[1999].toFixed(3)} ms (mean CPU ${references.cpuMeanMs.toFixed(3)} ms)`],
  ['cache write / read (read CPU)', `${writeMs.toFixed(0)} / ${readMs.toFixed(0)} ms (${readCpuMs.toFixed(0)} ms) (${(cacheBytes / 2 ** 20).toFixed(1)} MB)`],
  ['heap: index as built / as read from the cache', `${heapBuiltMB.toFixed(0)} / ${heapMB.toFixed(0)} MB, of which the code ${heapBaseMB.toFixed(0)} MB${globalThis.gc ? '' : ' (run with --expose-gc for a settled figure)'}`],
  ['rss', `${rssMB.toFixed(0)} MB`],
];
for (const [k, v] of rows) console.log(`${k.padEnd(50)} ${v}`);
console.log(JSON.stringify({
  articles: ARTICLES, workers: WORKERS, buildSeconds: +(buildMs / 1000).toFixed(1), buildCpuSeconds: +buildCpu.toFixed(1), lookupMedianMs: +lookups[1000].toFixed(3),
  lookupMaxMs: +lookups[1999].toFixed(3), cacheMB: +(cacheBytes / 2 ** 20).toFixed(1), cacheReadMs: Math.round(readMs), cacheReadCpuMs: Math.round(readCpuMs), lookupP99Ms: +lookups[1980].toFixed(3), lookupCpuMeanMs: +hover.cpuMeanMs.toFixed(3), referencesMaxMs: +references.wall[1999].toFixed(3), heapBaseMB: Math.round(heapBaseMB), heapBuiltMB: Math.round(heapBuiltMB), heapMB: Math.round(heapMB),
  loadedArticles: loaded.size,
}));
