// `npm run bench`: speed figures side by side with raw compromise in the same process, because only ratios are
// stable on a noisy machine. Prints a table and, as its last line, one JSON object with the headline figures.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance, monitorEventLoopDelay } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import os from 'node:os';
import { createRequire } from 'node:module';
import * as esbuild from 'esbuild';
import nlp from 'compromise';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// The analyser is measured as it ships: bundled by esbuild with the settings of scripts/build.mjs. Loaded from
// the TypeScript sources through tsx instead, every call across modules goes through a getter, which makes hot
// loops (the SHA-256 of the document above all) many times slower than in the extension or the CLI.
const bundled = await esbuild.build({
  stdin: {
    contents: "export { analyze, createAnalyzer } from './src/core/nlp/analyze'; export { unpackAnnotations } from './src/core/wire'; export { useNodeDigest } from './src/node/digest';",
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  write: false,
  platform: 'node',
  format: 'cjs',
  target: 'es2022',
  mainFields: ['module', 'main'],
  logLevel: 'warning',
});
const coreFile = path.join(os.tmpdir(), `news-annotator-bench-${process.pid}.cjs`);
fs.writeFileSync(coreFile, bundled.outputFiles[0].text);
const { analyze, createAnalyzer, unpackAnnotations, useNodeDigest } = createRequire(import.meta.url)(coreFile);
fs.rmSync(coreFile, { force: true });
// The desktop worker and the CLI hash documents with Node's native SHA-256 (`src/node/digest.ts`); so does the bench.
useNodeDigest();

// ---- inputs --------------------------------------------------------------------------------------------------
const seedDir = path.join(root, 'seeds');
const seed = fs.readFileSync(path.join(seedDir, fs.readdirSync(seedDir).filter((f) => f.endsWith('.txt')).sort()[0]), 'utf8');
// The GUM development articles in the repository: varied news paragraphs, the same in every clone.
const extraDir = path.join(root, 'eval', 'dev-gum');
const sources = [seed];
if (fs.existsSync(extraDir)) for (const f of fs.readdirSync(extraDir).sort()) if (f.endsWith('.txt')) sources.push(fs.readFileSync(path.join(extraDir, f), 'utf8'));
const paragraphs = sources.flatMap((t) => t.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean));

/** An article of about `bytes` made of varied paragraphs; a counter keeps paragraphs distinct so no cache hides work. */
function article(bytes) {
  const out = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const p = `${paragraphs[i % paragraphs.length]} (${i})`;
    out.push(p);
    size += p.length + 2;
  }
  return out.join('\n\n');
}

// ---- measurers -----------------------------------------------------------------------------------------------
/** Raw compromise as a baseline: people, places, organisations and quotations with offsets, per paragraph. */
function rawCompromise(text) {
  let n = 0;
  for (const para of text.split(/\n+/)) {
    if (!para.trim()) continue;
    const doc = nlp(para);
    for (const sel of [doc.people(), doc.places(), doc.organizations(), doc.quotations()]) n += sel.json({ offset: true }).length;
  }
  return n;
}

// CPU time of this process alongside wall time: on a machine shared with other jobs, wall time also counts the
// time the scheduler gave to others, while CPU time is the work done (the figures below are wall time; the
// `cpu…` fields of the summary repeat the load-sensitive ones in CPU time).
const cpuMs = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };

/** Mean wall and CPU milliseconds of `runs` calls of `fn`. */
function timed(fn, runs = 1) {
  const t0 = performance.now();
  const c0 = cpuMs();
  for (let i = 0; i < runs; i++) fn();
  return { wall: (performance.now() - t0) / runs, cpu: (cpuMs() - c0) / runs };
}

const time = (fn, runs = 1) => timed(fn, runs).wall;

const kb = (s) => Buffer.byteLength(s, 'utf8') / 1024;
const rows = [];
const row = (name, ms, text) => rows.push({ case: name, ms: +ms.toFixed(2), 'KB/s': text ? +(kb(text) / (ms / 1000)).toFixed(0) : '' });

// Warm up both so that JIT and lexicon loading are not measured as throughput.
rawCompromise(seed);
analyze(seed);

// Seed: cold (fresh analyser), warm (cached paragraphs), and raw compromise.
const seedCold = time(() => createAnalyzer().analyze(seed), 5);
const warm = createAnalyzer();
warm.analyze(seed);
const seedWarm = time(() => warm.analyze(seed), 20);
const seedRaw = time(() => rawCompromise(seed), 5);
row('seed article: raw compromise', seedRaw, seed);
row('seed article: analyser, cold', seedCold, seed);
row('seed article: analyser, warm cache', seedWarm, seed);

// Throughput and growth: 100 KB and 1 MB, cold analyser, against raw compromise on the same text.
const a100 = article(100 * 1024);
const a1m = article(1024 * 1024);
const raw100 = time(() => rawCompromise(a100));
const ours100T = timed(() => createAnalyzer().analyze(a100));
const raw1mT = timed(() => rawCompromise(a1m));
const ours1mT = timed(() => createAnalyzer().analyze(a1m));
const [ours100, raw1m, ours1m] = [ours100T.wall, raw1mT.wall, ours1mT.wall];
row('100 KB: raw compromise', raw100, a100);
row('100 KB: analyser, cold', ours100, a100);
row('1 MB: raw compromise', raw1m, a1m);
row('1 MB: analyser, cold', ours1m, a1m);

// One keystroke in a 200 KB article: the cached analyser re-runs one paragraph and regroups the document. Measured
// while typing goes on: five keystrokes first, so that the collection of the cold analyses' garbage (the 1 MB runs
// above) and the compilation of the incremental path are not charged to the average of the forty measured.
const a200 = article(200 * 1024);
const editor = createAnalyzer();
editor.analyze(a200);
const at = Math.floor(a200.length / 2);
let edited = a200;
const keystroke = () => {
  edited = `${edited.slice(0, at)}x${edited.slice(at)}`;
  editor.analyze(edited);
};
for (let i = 0; i < 5; i++) keystroke();
const editT = timed(keystroke, 40);
const editMs = editT.wall;
row('200 KB: one keystroke, re-analysis', editMs);

// Main-thread blocking during a 1 MB analysis in the desktop build's worker (dist/analyzerWorker.js).
let maxBlockMs = null;
const workerScript = path.join(root, 'dist', 'analyzerWorker.js');
if (fs.existsSync(workerScript)) {
  const worker = new Worker(workerScript);
  const histogram = monitorEventLoopDelay({ resolution: 1 });
  const roundTrip = (text) => new Promise((resolve, reject) => {
    worker.once('message', (m) => (m.error ? reject(new Error(m.error)) : resolve(unpackAnnotations(m.packed, text))));
    worker.postMessage({ id: 1, text, path: 'bench.txt' });
  });
  await roundTrip(seed); // load compromise in the worker before measuring
  histogram.enable();
  const t0 = performance.now();
  await roundTrip(a1m);
  const workerMs = performance.now() - t0;
  histogram.disable();
  await worker.terminate();
  maxBlockMs = +(histogram.max / 1e6).toFixed(1);
  row('1 MB: analyser in worker, wall time', workerMs, a1m);
}

// Activation: loading the extension bundle (the NLP stays out of it) and running activate() against a
// recording stand-in for the editor API, which answers every call with another stand-in.
let activationMs = null;
const bundle = path.join(root, 'dist', 'extension.js');
if (fs.existsSync(bundle)) {
  const Module = (await import('node:module')).default;
  const standIn = () => new Proxy(function () {}, {
    get: (_t, p) => (p === 'then' ? undefined : p === Symbol.toPrimitive ? () => 0 : standIn()),
    set: () => true,
    apply: () => standIn(),
    construct: () => standIn(),
  });
  const api = Object.fromEntries(['window', 'workspace', 'languages', 'commands', 'env', 'extensions', 'l10n', 'EventEmitter',
    'ThemeColor', 'ThemeIcon', 'Range', 'Position', 'Selection', 'Uri', 'Hover', 'MarkdownString', 'CodeAction', 'CodeActionKind',
    'StatusBarAlignment', 'OverviewRulerLane', 'DecorationRangeBehavior', 'TreeItem', 'TreeItemCollapsibleState', 'Diagnostic',
    'DiagnosticSeverity', 'Location', 'SymbolKind', 'DocumentSymbol', 'RelativePattern', 'ConfigurationTarget', 'ProgressLocation',
    'Disposable', 'TextEditorRevealType', 'FileType'].map((k) => [k, standIn()]));
  const original = Module._load;
  Module._load = function (request, ...rest) { return request === 'vscode' ? api : original.call(this, request, ...rest); };
  const t0 = performance.now();
  const ext = Module.createRequire(bundle)(bundle);
  ext.activate({ subscriptions: [], extensionUri: { fsPath: root }, extensionPath: root, extension: { packageJSON: { version: 'bench' } }, storageUri: undefined, globalState: standIn(), workspaceState: standIn() });
  activationMs = +(performance.now() - t0).toFixed(1);
  Module._load = original;
  row('activation (bundle load + activate)', activationMs);
}

// Grammar tokenisation, if the grammar benchmark is present.
const grammarBench = path.join(root, 'bench', 'grammar.mjs');

console.table(rows);
const summary = {
  seedMs: +seedWarm.toFixed(2),
  seedColdMs: +seedCold.toFixed(2),
  compromiseSeedMs: +seedRaw.toFixed(2),
  kbPerSec: +(kb(a1m) / (ours1m / 1000)).toFixed(0),
  compromiseKbPerSec: +(kb(a1m) / (raw1m / 1000)).toFixed(0),
  throughputVsCompromise: +(raw1m / ours1m).toFixed(2),
  growth1MBover100KB: +(ours1m / ours100).toFixed(2),
  compromiseGrowth1MBover100KB: +(raw1m / raw100).toFixed(2),
  editMs200KB: +editMs.toFixed(2),
  cpuEditMs200KB: +editT.cpu.toFixed(2),
  cpuThroughputVsCompromise: +(raw1mT.cpu / ours1mT.cpu).toFixed(2),
  cpuGrowth1MBover100KB: +(ours1mT.cpu / ours100T.cpu).toFixed(2),
  activationMs,
  maxBlockMs,
};
if (fs.existsSync(grammarBench)) {
  const { execFileSync } = await import('node:child_process');
  process.stdout.write(execFileSync(process.execPath, [grammarBench], { encoding: 'utf8' }));
}
console.log(JSON.stringify(summary));
