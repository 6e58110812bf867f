// Tokenises large and hostile inputs with the `news` TextMate grammar, the way VS Code does (vscode-textmate
// on vscode-oniguruma, one line at a time, carrying the rule stack), and prints the time and throughput of
// each case. A catastrophic regular expression shows up here as a case that takes seconds instead of
// milliseconds. Run with `node bench/grammar.mjs`; `runGrammarBench()` returns the figures to other scripts.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(ROOT, 'package.json'));
const textmate = require('vscode-textmate');
const oniguruma = require('vscode-oniguruma');

const ONE_MB = 1024 * 1024;
/** A case slower than this is reported as a failure: the grammar would freeze the editor on such a file. */
const BUDGET_MS = 10_000;

/** Loads the grammar through the same registry API VS Code uses. */
async function loadGrammar() {
  const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns) => new oniguruma.OnigScanner(patterns),
      createOnigString: (text) => new oniguruma.OnigString(text),
    }),
    loadGrammar: async (scopeName) => {
      if (scopeName !== 'source.news') return null;
      const path = join(ROOT, 'syntaxes', 'news.tmLanguage.json');
      return textmate.parseRawGrammar(readFileSync(path, 'utf8'), path);
    },
  });
  return registry.loadGrammar('source.news');
}

/** Paragraphs of the seed articles and of the dev-gum evaluation articles. */
function sampleParagraphs() {
  const folders = [join(ROOT, 'seeds'), join(ROOT, 'eval', 'dev-gum')];
  const paragraphs = [];
  for (const folder of folders) {
    if (!existsSync(folder)) continue;
    for (const name of readdirSync(folder).sort()) {
      if (!name.endsWith('.txt')) continue;
      const text = readFileSync(join(folder, name), 'utf8');
      paragraphs.push(...text.split(/\r?\n/).filter((line) => line.trim() !== ''));
    }
  }
  return paragraphs;
}

/** Repeats paragraphs, separated by `separator`, until the text reaches `size` characters. */
function repeatTo(paragraphs, separator, size) {
  const parts = [];
  let length = 0;
  for (let i = 0; length < size; i++) {
    const paragraph = paragraphs[i % paragraphs.length];
    parts.push(paragraph);
    length += paragraph.length + separator.length;
  }
  return parts.join(separator);
}

/** The inputs: realistic text at scale, one enormous line, and thousands of quotation marks that never close. */
function buildCases(paragraphs) {
  const opening = Array.from({ length: 10_000 }, (_, i) => `word${i} “`).join(' ');
  return [
    { name: '1 MB article (paragraphs)', text: repeatTo(paragraphs, '\n\n', ONE_MB) },
    { name: '1 MB single line', text: repeatTo(paragraphs, ' ', ONE_MB) },
    { name: '10,000 unmatched “ on one line', text: opening },
    { name: '10,000 unmatched “, one per line', text: Array.from({ length: 10_000 }, (_, i) => `Line ${i} said “never closed`).join('\n') },
    { name: '10,000 unmatched “ in one paragraph', text: Array.from({ length: 10_000 }, () => '“').join('\n') },
    { name: '10,000 stray ” ’ » on one line', text: '” ’ » '.repeat(10_000) },
    { name: '10,000 straight " and \' marks', text: `"a 'b `.repeat(10_000) },
    { name: 'near misses of every line rule', text: nearMisses() },
  ];
}

/**
 * Long lines that almost match each whole-line rule and fail at their very end, where a backtracking
 * regular expression would try every way of splitting them.
 */
function nearMisses() {
  const n = 5_000;
  return [
    `By ${'Jane Doe, '.repeat(n)}x.`,
    `${'AP via Getty Images/Jane Doe, '.repeat(n)}x.`,
    `${'MOSCOW, '.repeat(n)}x`,
    `${'Belle Image: Nick Moreau. '.repeat(n)}`,
    `${'Vladimir Putin'.repeat(n)}Gettyx`,
    `${'Updated: 12 March 2025 14:05 GMT | '.repeat(n)}x`,
    `${'1,'.repeat(n)}a ${'a.'.repeat(n)}@ http://${'.'.repeat(n)}`,
    `A${' '.repeat(n * 10)}b.`,
  ].join('\n\n');
}

/** Tokenises `text` line by line and returns the elapsed milliseconds. */
function tokenize(grammar, text) {
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  let stack = textmate.INITIAL;
  for (const line of text.split('\n')) {
    stack = grammar.tokenizeLine2(line, stack).ruleStack;
  }
  const cpu = process.cpuUsage(cpuStart);
  // CPU time as well as wall time: on a busy machine the wall clock also counts other processes' turns.
  return { ms: performance.now() - start, cpuMs: (cpu.user + cpu.system) / 1000 };
}

/**
 * Runs every case once after a warm-up and returns `{ name, kb, ms, cpuMs, kbPerSecond, ok }` per case
 * (`ms` is wall time, `kbPerSecond` is computed from it).
 * @returns {Promise<Array<{name: string, kb: number, ms: number, cpuMs: number, kbPerSecond: number, ok: boolean}>>}
 */
export async function runGrammarBench() {
  const grammar = await loadGrammar();
  if (!grammar) throw new Error('source.news grammar not found');
  const paragraphs = sampleParagraphs();
  if (paragraphs.length === 0) throw new Error('no sample paragraphs found in seeds/');
  tokenize(grammar, paragraphs.join('\n\n'));
  return buildCases(paragraphs).map(({ name, text }) => {
    const { ms, cpuMs } = tokenize(grammar, text);
    const kb = Buffer.byteLength(text, 'utf8') / 1024;
    return { name, kb, ms, cpuMs, kbPerSecond: kb / (ms / 1000), ok: ms < BUDGET_MS };
  });
}

async function main() {
  const results = await runGrammarBench();
  for (const r of results) {
    const figures = `${r.ms.toFixed(0).padStart(6)} ms  ${r.kbPerSecond.toFixed(0).padStart(7)} KB/s  (${r.kb.toFixed(0)} KB, cpu ${r.cpuMs.toFixed(0)} ms)`;
    console.log(`grammar  ${r.name.padEnd(38)} ${figures}${r.ok ? '' : '  TOO SLOW'}`);
  }
  if (results.some((r) => !r.ok)) process.exitCode = 1;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await main();
}
