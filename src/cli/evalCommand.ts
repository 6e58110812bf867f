import fs from 'node:fs';
import path from 'node:path';
import { scoreDocuments, type DocPair, type DocReport, type EvalResult, type EvalSpan, type GoldDoc, type Miss, type PredDoc, type Prf } from '../core/eval/score';
import { analyze } from '../core/nlp/analyze';
import { parse, stringOption } from './args';
import { teachAndScore } from './teachEval';

/** Help of `eval`. */
export const EVAL_HELP = `Usage: news-annotator eval GOLD_DIR... [--pred PRED_DIR] [--json]
       news-annotator eval GOLD_DIR --teach N

Measures the analyser against annotated articles. Each GOLD_DIR holds DOC.json gold files and the DOC.txt
articles they annotate; every DOC.txt is analysed and scored against its DOC.json with the matching rules of
the repository's eval/README.md. The repository's development sets are eval/dev (the seed article) and
eval/dev-gum (eight Wikinews articles of the GUM corpus); \`npm run eval\` scores those and the held-out
articles in test/fixtures/heldout.

Prints, for each GOLD_DIR, precision, recall and F1 of entity mentions overall and by type, quote F1, speaker
and cue accuracy, and each document's misses (gold mentions and quotes not found, spurious ones, wrong speakers
and cues); then one table of all the sets, as in the README.

Options:
      --pred DIR   score the analysis JSON files in DIR (DOC.json, the analysis contract) instead of
                   analysing the articles
      --json       print one JSON object: { sets: [{ gold, summary, documents }] }
      --teach N    play an annotator who brings the first N articles (by file name) exactly to the gold,
                   let the analyser learn from those decisions as the editor does, and score the other
                   articles with the shipped and the taught recogniser; the last line is one JSON object
                   { taught, scored, before, after } (before and after: summaries as with --json)
  -h, --help       show this help

Exit codes: 0 success, 1 a folder or file could not be read, 2 usage error.
`;

/** Scores of one gold folder. */
export interface EvalSet extends EvalResult {
  gold: string;
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

/** The prediction for one gold file: read from `predDir`, or the analysis of the article next to the gold. */
function predictionFor(goldDir: string, name: string, predDir: string | undefined): PredDoc | null {
  if (predDir !== undefined) {
    // As the reference scorer: a missing or unreadable prediction counts as empty.
    const pred = readJson(path.join(predDir, name));
    return pred && typeof pred === 'object' ? (pred as PredDoc) : null;
  }
  const txt = path.join(goldDir, name.replace(/\.json$/u, '.txt'));
  if (!fs.existsSync(txt)) return null;
  return analyze(fs.readFileSync(txt, 'utf8'), { path: path.basename(txt) });
}

/** Scores one gold folder; throws an Error with a one-line message when it cannot be read. */
export function evaluateFolder(goldDir: string, predDir?: string): EvalSet {
  if (!fs.existsSync(goldDir) || !fs.statSync(goldDir).isDirectory()) throw new Error(`not a folder: ${goldDir}`);
  if (predDir !== undefined && (!fs.existsSync(predDir) || !fs.statSync(predDir).isDirectory())) throw new Error(`not a folder: ${predDir}`);
  const names = fs.readdirSync(goldDir).filter((f) => f.endsWith('.json')).sort();
  if (!names.length) throw new Error(`no gold files (DOC.json) in ${goldDir}`);
  const pairs: DocPair[] = names.map((name) => {
    const gold = readJson(path.join(goldDir, name));
    if (!gold || typeof gold !== 'object') throw new Error(`cannot read gold file ${path.join(goldDir, name)}`);
    return { name, gold: gold as GoldDoc, pred: predictionFor(goldDir, name, predDir) };
  });
  return { gold: goldDir, ...scoreDocuments(pairs) };
}

const num = (x: number): string => x.toFixed(3);
const prfLine = (label: string, r: Prf): string => `${label.padEnd(10)} P ${num(r.p)}  R ${num(r.r)}  F1 ${num(r.f1)}  (${r.n} gold)`;
const shown = (s: EvalSpan | undefined): string => (s ? `"${(s.text ?? '').replace(/\s+/gu, ' ').slice(0, 80)}" ${s.start}-${s.end}` : 'none');

/** One miss as a line a person can act on. */
export function formatMiss(m: Miss): string {
  switch (m.kind) {
    case 'missed-entity': return `missed ${m.gold?.type} ${shown(m.gold)}`;
    case 'spurious-entity': return `spurious ${m.pred?.type} ${shown(m.pred)}`;
    case 'missed-quote': return `missed quote ${shown(m.gold)}`;
    case 'spurious-quote': return `spurious quote ${shown(m.pred)}`;
    case 'wrong-speaker': return `wrong speaker: gold ${shown(m.gold)}, predicted ${shown(m.pred)}`;
    case 'wrong-cue': return `wrong cue: gold ${shown(m.gold)}, predicted ${shown(m.pred)}`;
  }
}

function formatDocument(d: DocReport): string[] {
  const head = [`  ${d.doc}`];
  if (d.entityF1 !== undefined) head.push(`entity F1 ${num(d.entityF1)}`);
  if (d.quotes !== undefined) head.push(`quotes ${d.quotes}`);
  return [head.join('  '), ...d.misses.map((m) => `    ${formatMiss(m)}`)];
}

const two = (x: number | null | undefined): string => (x === null || x === undefined ? '–' : x.toFixed(2));

/** F1 to two places, or a dash where the gold has nothing to find (a set with quote gold only scores no names, one with entity gold only no quotes). */
const twoF1 = (r: { f1: number; n: number } | undefined): string => (r && r.n > 0 ? r.f1.toFixed(2) : '–');

/** The closing table of all sets, in the README's Markdown form (F1 and accuracies to two places). */
export function formatTable(sets: readonly EvalSet[]): string[] {
  const lines = ['| set | entity F1 | PERSON | ORG | PLACE | NORP | quote F1 | speaker | cue |', '| --- | --- | --- | --- | --- | --- | --- | --- | --- |'];
  for (const { gold, summary: s } of sets) {
    const cells = [
      `${gold} (${s.docs} document${s.docs === 1 ? '' : 's'})`,
      twoF1(s.entity),
      ...['PERSON', 'ORG', 'PLACE', 'NORP'].map((t) => twoF1(s.byType[t])),
      twoF1(s.quotes),
      two(s.speakerAcc),
      two(s.cueAcc),
    ];
    lines.push(`| ${cells.join(' | ')} |`);
  }
  return lines;
}

/** The text report of one gold folder. */
export function formatSet(set: EvalSet): string[] {
  const s = set.summary;
  const lines = [`${set.gold} (${s.docs} document${s.docs === 1 ? '' : 's'})`, `  ${prfLine('entities', s.entity)}  overlap F1 ${num(s.entityOverlap.f1)}`];
  for (const [type, r] of Object.entries(s.byType)) lines.push(`    ${prfLine(type, r)}`);
  lines.push(`  ${prfLine('quotes', s.quotes)}`);
  lines.push(`  speaker accuracy ${s.speakerAcc === null ? 'n/a' : num(s.speakerAcc)}  cue accuracy ${s.cueAcc === null ? 'n/a' : num(s.cueAcc)}`);
  lines.push('', 'Misses by document:');
  for (const d of set.documents) lines.push(...formatDocument(d));
  return lines;
}

/**
 * `news-annotator eval GOLD_DIR... [--pred PRED_DIR] [--json]`: writes the report line by line to `out`, and
 * errors to `err` (standard error on the command line, so that a report piped elsewhere holds only the report);
 * returns the exit code (0 success, 1 unreadable input, 2 usage error). Never throws.
 */
export async function runEval(args: string[], out: (line: string) => void, err: (line: string) => void = out): Promise<number> {
  let parsed;
  try {
    parsed = parse(args, { pred: { type: 'string' }, json: { type: 'boolean' }, teach: { type: 'string' }, help: { type: 'boolean', short: 'h' } });
  } catch (e) {
    err(`news-annotator eval: ${(e as Error).message}`);
    return 2;
  }
  if (parsed.values.help) {
    for (const line of EVAL_HELP.trimEnd().split('\n')) out(line);
    return 0;
  }
  if (!parsed.positionals.length) {
    err('news-annotator eval: give at least one GOLD_DIR (see news-annotator eval --help)');
    return 2;
  }
  const teach = stringOption(parsed, 'teach');
  if (teach !== undefined) return runTeach(parsed.positionals, teach, stringOption(parsed, 'pred'), out);
  const predDir = stringOption(parsed, 'pred');
  const sets: EvalSet[] = [];
  try {
    for (const dir of parsed.positionals) sets.push(evaluateFolder(dir, predDir));
  } catch (e) {
    err(`news-annotator eval: ${(e as Error).message}`);
    return 1;
  }
  if (parsed.values.json) out(JSON.stringify({ sets }));
  else {
    for (const set of sets) for (const line of [...formatSet(set), '']) out(line);
    for (const line of formatTable(sets)) out(line);
  }
  return 0;
}

/** `eval GOLD_DIR --teach N`: what teaching the first N articles gains on the others. */
function runTeach(dirs: readonly string[], teach: string, pred: string | undefined, out: (line: string) => void): number {
  const n = Number(teach);
  if (!/^\d+$/u.test(teach) || !Number.isSafeInteger(n)) {
    out(`news-annotator eval: --teach takes a number of articles, not "${teach}"`);
    return 2;
  }
  if (dirs.length !== 1 || pred !== undefined) {
    out('news-annotator eval: --teach takes one GOLD_DIR and no --pred');
    return 2;
  }
  let r;
  try {
    r = teachAndScore(dirs[0] as string, n);
  } catch (err) {
    out(`news-annotator eval: ${(err as Error).message}`);
    return 1;
  }
  const line = (label: string, s: typeof r.before): string => `${label.padEnd(7)} ${prfLine('entities', s.entity)}  quotes F1 ${num(s.quotes.f1)}`;
  out(`${dirs[0]}: taught ${r.taught} article${r.taught === 1 ? '' : 's'} (${r.decisions} decisions, ${r.examples} learnt from), scored ${r.scored}`);
  out(`learning: ${r.learning}`);
  out(line('before', r.before));
  out(line('after', r.after));
  out(JSON.stringify({ taught: r.taught, scored: r.scored, before: r.before, after: r.after }));
  return 0;
}
