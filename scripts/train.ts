// Fits the recogniser's weights on the open training corpora in ../shared/train (GUM, UNER English-EWT,
// Wikigold) and writes them to src/core/nlp/model/weights.generated.ts. Deterministic: fixed document order,
// fixed shuffling seed, rounded weights, so the same data gives the same bytes.
//
// Usage: npx tsx scripts/train.ts [--data DIR] [--check] [--cv] [--epochs N] [--seeds N]
//   --seeds  how many perceptrons (one per shuffling seed) are averaged into the weights (default 9)
//   --sweep '{"seedBase":16}'  without --cv: trains with these settings and, like any training run, overwrites the
//            weights file (to measure what a setting changes; the committed weights are the defaults', so restore
//            it with `git checkout src/core/nlp/model/weights.generated.ts` or `npm run train` afterwards)
//   --out FILE  writes the weights there instead of the committed file (to compare trainings side by side)
//   --check  re-trains and fails if the committed weights differ
//   --cv     5-fold cross-validation by document (folds by a hash of the file name), rules of scoring as the
//            project's scorer: prints entity F1 per source and type; with --sweep '{"epochs":4};{"oShift":0}'
//            one line of settings and one table per setting (see Settings)
//            --errors FILE also writes one line per gold name and per wrong prediction of the test folds
//            (kind, source, file, gold type, predicted type, error class, text, context, overlapping candidates or
//            gold names, the features of the candidate with that span) and prints the classes;
//            CV_DUMP=FILE appends each test document's gold, candidates and predictions to FILE (one JSON line
//            each) for error analysis
//            --score-harmonised scores Wikigold's buildings as places, as training reads them (see HARMONISE)
//   --no-harmonise   trains on Wikigold's buildings as its annotators typed them (ORG)
//   --no-alone   trains without the documents' sentence copies (each sentence also read as a text of its own)
//   --sentences   cross-validation also reads each test document one sentence at a time (news sentences without
//            their article) and prints a second table (with --errors, its error lines in FILE.sentences)
//   --oracle how many required gold names some candidate span matches (the span finder's recall)
//   --labels how many candidates of each corpus train towards each label, with examples of `O`
//   --tagger the span tagger alone, trained without fold 0: token accuracy and untyped span precision and recall
//            on fold 0 and on training data (TAGGER_SIZES=1 prints the tagger's size at several prunings)
//   --teach N[,N…] --holdout K[,K…] --source S[,S…]   learning from decisions on text the model never saw: trains
//            the model (tagger and both passes) without the held-out folds (default 0), then on each source's
//            held-out documents teaches the first N by file name as `eval --teach` does and scores the rest before
//            and after (one line per source and N, then its JSON; sources default to uner-ewt,wikigold);
//            --weights FILE reads the held-out model from FILE when it exists, else trains it and writes it there;
//            --grid JSON replaces the learning settings a workspace chooses between (select.ts), --grid-add adds some;
//            --genre G[,G…] holds GUM's genres G out instead of folds (GUM_G_*: academic, bio, court, interview,
//            voyage) and teaches and scores within them (source gum): one beat the model never saw;
//            --held-source S holds one corpus out whole (gum, uner-ewt, wikigold) and teaches and scores within it:
//            a corpus the model never saw, its annotation conventions included
import fs from 'node:fs';
import path from 'node:path';
import { DOMAIN, PARTS_WIN, PART_VIEW, SETTLE, SURENESS, documentCandidates, isAloneFeature, featuresOf, partView, inDomain, isSportsReport, passFeatures, typed, nameKeys, resolveEntities, type PlacedCandidates } from '../src/core/nlp/entities';
import { handRule, type MentionCandidate } from '../src/core/nlp/placedName';
import { RUN_PARTS, findNames, type ProposerOptions, type RunParts } from '../src/core/nlp/names';
import { splitParagraphs } from '../src/core/nlp/paragraphs';
import { LABELS, Perceptron, type Label, type WeightTable } from '../src/core/nlp/perceptron';
import { TAGS, Tagger, UNTYPED_TAGS, ruleTagsOf, spansOf, tokenFeatures, type TaggerTable } from '../src/core/nlp/tagger';
import { tokenize, type Token } from '../src/core/nlp/tokens';
import { useWeights } from '../src/core/nlp/recogniser';
import { teachAndScore, type TeachResult } from '../src/cli/teachEval';
import { TEACHING_GRID, type TeachingSetting } from '../src/core/learn/select';
import os from 'node:os';
import { fitSoftmax } from './softmax';
import { asPlaceIfBuilding } from './conventions';
import { mulberry32 } from './random.mjs';

const args = process.argv.slice(2);
const opt = (name: string, dflt: string): string => { const i = args.indexOf(name); return i >= 0 ? (args[i + 1] as string) : dflt; };
const DATA = path.resolve(opt('--data', path.join(__dirname, '..', '..', 'shared', 'train')));
const OUT = path.resolve(opt('--out', path.join(__dirname, '..', 'src', 'core', 'nlp', 'model', 'weights.generated.ts')));
const SOURCES = ['gum', 'uner-ewt', 'wikigold'];
/** How each source's file names begin (`--held-source` holds one source out whole). */
const SOURCE_PREFIX: Record<string, string> = { gum: 'GUM_', 'uner-ewt': 'uner_', wikigold: 'wikigold_' };
const EPOCHS = Number(opt('--epochs', '8'));
const FOLDS = 5;
// Features whose averaged weights all round to at most this are dropped from the shipped file.
const PRUNE = Number(opt('--prune', '0.05'));

interface GoldEntity { start: number; end: number; type: string; mention_start?: number; mention_end?: number; head?: { start: number; end: number }; optional?: boolean; nested?: boolean; coordination?: boolean }
/** A paragraph as the span tagger sees it: its tokens, their features and their gold tags. */
interface Para { offset: number; text: string; tokens: Token[]; features: string[][]; tags: number[] }
interface Doc { source: string; file: string; fold: number; text: string; sports: boolean; placed: PlacedCandidates[]; gold: GoldEntity[]; trainGold: GoldEntity[]; gumStyle: boolean; cands: MentionCandidate[]; paras: Para[]; copyOf?: string }

/** FNV-1a of the file name: the fold of a document, fixed in advance and independent of everything else. */
function foldOf(name: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) { h ^= name.charCodeAt(i); h = Math.imul(h, 0x01000193) >>> 0; }
  return h % FOLDS;
}

function load(): Doc[] {
  const docs: Doc[] = [];
  for (const source of SOURCES) {
    const dir = path.join(DATA, source);
    for (const f of fs.readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()) {
      const text = fs.readFileSync(path.join(dir, f), 'utf8');
      const gold = (JSON.parse(fs.readFileSync(path.join(dir, f.replace(/\.txt$/, '.json')), 'utf8')) as { entities: GoldEntity[] }).entities;
      const trainGold = source === 'wikigold' && HARMONISE ? gold.map(asPlaceIfBuilding) : gold;
      const paras: Para[] = [];
      const placed: PlacedCandidates[] = splitParagraphs(text).map((p) => {
        const tokens = tokenize(p.text);
        const names = findNames(p.text, tokens, { tagger: null, runs: null, givenPlaces: false });
        paras.push({ offset: p.start, text: p.text, tokens, features: tokenFeatures(p.text, tokens, ruleTagsOf(tokens, names.candidates)), tags: goldTags(trainGold, p.start, tokens) });
        return { offset: p.start, candidates: names.candidates, lowerWords: names.lowerWords, keys: nameKeys(names.candidates), sentences: names.sentences };
      });
      const sports = isSportsReport(text);
      const cands = documentCandidates(placed);
      const doc: Doc = { source, file: f, fold: foldOf(f), text, sports, placed, gold, trainGold, gumStyle: gold.some((g) => g.head), cands, paras };
      docs.push(doc);
      if (ALONE) docs.push(...sentenceCopies(doc));
    }
  }
  return docs;
}

// Each training document is also read one sentence at a time, each sentence a document of its own (its fold the
// document's, never scored; its examples counting `copyWeight`), so that names read without their article
// (`d:alone`) are learnt as such (`--no-alone`: without the copies).
const ALONE = !args.includes('--no-alone');

/** A gold entity of a sentence starting at `s`, in the sentence's offsets. */
function shiftedGold(g: GoldEntity, s: number): GoldEntity {
  const out: GoldEntity = { ...g, start: g.start - s, end: g.end - s };
  if (g.mention_start !== undefined) out.mention_start = g.mention_start - s;
  if (g.mention_end !== undefined) out.mention_end = g.mention_end - s;
  if (g.head) out.head = { start: g.head.start - s, end: g.head.end - s };
  return out;
}

function sentenceCopies(doc: Doc): Doc[] {
  const out: Doc[] = [];
  let n = 0;
  for (const m of doc.text.matchAll(SENTENCE)) {
    const lead = (m[0].match(/^\s*/u) as RegExpMatchArray)[0].length;
    const text = m[0].slice(lead).trimEnd();
    if (!text) continue;
    const s = (m.index as number) + lead;
    const e = s + text.length;
    const inside = (g: GoldEntity): boolean => (g.mention_start ?? g.start) >= s && (g.mention_end ?? g.end) <= e;
    const gold = doc.gold.filter(inside).map((g) => shiftedGold(g, s));
    const trainGold = doc.trainGold.filter(inside).map((g) => shiftedGold(g, s));
    const tokens = tokenize(text);
    const names = findNames(text, tokens, { tagger: null, runs: null, givenPlaces: false });
    const paras: Para[] = [{ offset: 0, text, tokens, features: tokenFeatures(text, tokens, ruleTagsOf(tokens, names.candidates)), tags: goldTags(trainGold, 0, tokens) }];
    const placed: PlacedCandidates[] = [{ offset: 0, candidates: names.candidates, lowerWords: names.lowerWords, keys: nameKeys(names.candidates), sentences: names.sentences }];
    out.push({ source: doc.source, file: `${doc.file}#${n++}`, fold: doc.fold, text, sports: isSportsReport(text), placed, gold, trainGold, gumStyle: doc.gumStyle, cands: documentCandidates(placed), paras, copyOf: doc.file });
  }
  return out;
}

const SCORED = new Set(['PERSON', 'ORG', 'PLACE']);

// Training reads Wikigold's buildings as places, as GUM, UNER and DESIGN.md type them (`conventions.ts`).
const HARMONISE = !args.includes('--no-harmonise');
// Cross-validation scores Wikigold by its own convention unless asked to score by the harmonised one.
const SCORE_HARMONISED = args.includes('--score-harmonised');
const optionalGold = (g: GoldEntity): boolean => !!(g.optional || g.nested || g.coordination);

/** The gold BIO tag of each token of a paragraph: required names first, then optional ones that overlap none. */
function goldTags(gold: readonly GoldEntity[], offset: number, tokens: readonly Token[]): number[] {
  const tags = tokens.map(() => 0);
  const ordered = gold.filter((g) => SCORED.has(g.type)).sort((x, y) => Number(optionalGold(x)) - Number(optionalGold(y)) || x.start - y.start);
  for (const g of ordered) {
    const inside: number[] = [];
    tokens.forEach((t, i) => { if (t.start + offset >= g.start && t.end + offset <= g.end) inside.push(i); });
    if (inside.length === 0 || inside.some((i) => tags[i] !== 0)) continue;
    inside.forEach((i, k) => { tags[i] = TAGS.indexOf(`${k === 0 ? 'B' : 'I'}-${g.type}` as (typeof TAGS)[number]); });
  }
  return tags;
}

/** Fits the span tagger on the paragraphs of these documents (greedy decoding, shuffled by a fixed seed). */
function trainTagger(all: readonly Doc[]): Tagger {
  // The tagger reads each paragraph once: sentence copies would count their words twice.
  const docs = all.filter((d) => !d.copyOf);
  const paras = docs.flatMap((d) => d.paras.filter((p) => p.tokens.length > 0));
  const t = new Tagger(undefined, { tags: settings.taggerUntyped ? UNTYPED_TAGS : TAGS, decode: settings.taggerDecode });
  const random = mulberry32(7);
  const order = paras.map((_p, i) => i);
  for (let e = 0; e < settings.taggerEpochs; e++) {
    for (let i = order.length - 1; i > 0; i--) { const j = Math.floor(random() * (i + 1)); [order[i], order[j]] = [order[j] as number, order[i] as number]; }
    for (const i of order) { const p = paras[i] as Para; t.update(p.features, goldFor(t, p.tags)); }
  }
  if (process.env.TAGGER_SIZES) for (const prune of [0.05, 0.3, 0.5, 1]) console.error(`tagger pruned at ${prune}: ${(JSON.stringify(t.averaged(3, prune)).length / 1024).toFixed(0)} KB`);
  return new Tagger(t.averaged(3, settings.taggerPrune));
}

/** Gold tags (typed, as `goldTags` makes them) in the tagger's tag set: untyped tags keep only B and I. */
function goldFor(t: Tagger, tags: readonly number[]): number[] {
  return t.tags.length === TAGS.length ? [...tags] : tags.map((k) => (k === 0 ? 0 : k % 2 === 1 ? 1 : 2));
}

/** How the name finder proposes candidates under the current settings, with this tagger (null: the rules alone). */
function proposing(tagger: Tagger | null): ProposerOptions {
  return { tagger, inEdited: settings.inEdited, marks: settings.marks, only: settings.proposer === 'only', brands: true, runs: settings.runs, givenPlaces: false };
}

/** Re-finds a document's candidates with this tagger proposing spans beside the rules (null: the rules alone). */
function propose(d: Doc, tagger: Tagger | null): void {
  d.placed = d.paras.map((p) => {
    const names = findNames(p.text, p.tokens, proposing(tagger));
    return { offset: p.offset, candidates: names.candidates, lowerWords: names.lowerWords, keys: nameKeys(names.candidates), sentences: names.sentences };
  });
  d.cands = documentCandidates(d.placed);
}

/** The tagger's own typed spans of a document, as mentions. */
function taggerMentions(d: Doc, tagger: Tagger): Array<{ start: number; end: number; type: string }> {
  return d.paras.flatMap((p) => spansOf(tagger.tag(p.features), tagger.tags).map((s) => ({ start: p.offset + (p.tokens[s.a] as Token).start, end: p.offset + (p.tokens[s.b - 1] as Token).end, type: s.type })));
}

/** A predicted span matches a gold entity as the scorer matches them (GUM: inside the mention, covering the head). */
function spanMatches(g: GoldEntity, p: { start: number; end: number }): boolean {
  if (g.head && g.mention_start !== undefined && g.mention_end !== undefined) return p.start >= g.mention_start && p.end <= g.mention_end && p.start <= g.head.start && p.end >= g.head.end;
  return g.start === p.start && g.end === p.end;
}

/**
 * The label a candidate is trained towards, or null for "don't care": names the corpora leave optional (GUM's
 * nested, coordinated and optional entries, Wikigold's MISC) and what the hand rules decide (nationalities, credits …).
 */
function labelOf(doc: Doc, c: MentionCandidate): Label | null {
  if (handRule(c) !== undefined) return null;
  let optional = false;
  let overlaps = false;
  for (const g of doc.trainGold) {
    if (!spanMatches(g, c)) {
      if (SCORED.has(g.type) && g.start < c.end && c.start < g.end) overlaps = true;
      continue;
    }
    if (g.type === 'ANY') optional = true;
    // A part of a run is a name only where the whole run is not that name too (GUM's loose matching takes both).
    else if (SCORED.has(g.type) && !optionalGold(g)) return c.source.part && doc.cands.some((r) => !r.source.part && r.start <= c.start && c.end <= r.end && spanMatches(g, r)) ? 'O' : g.type as Label;
    else if (optionalGold(g) && SCORED.has(g.type)) optional = true;
  }
  // A span that cuts or merges a name (`Tower Man George F. Hauser`) is a span error, not evidence that its words
  // make no name: with `overlapSkip` it is left out of training.
  return optional || (overlaps && settings.overlapSkip) ? null : 'O';
}

/** Training settings; the defaults are what the shipped weights use (chosen by cross-validation, see MODEL.md). */
interface Settings {
  epochs: number; drop: readonly string[]; weights: Record<string, number>; domains: boolean; overlapSkip: boolean; oShift: number; prior: boolean; priorScale: number; stack: boolean; seeds: number;
  /** The span proposer: none (rules only), union (rules and tagger), only (tagger spans only), direct (the tagger's typed spans, no classifier). */
  proposer: 'none' | 'union' | 'only' | 'direct'; taggerEpochs: number; taggerPrune: number; inEdited: 'all' | 'capitalised' | 'none' | 'off'; marks: boolean;
  /** The span classifier's learner: the averaged perceptron, or multinomial logistic regression (see `fitSoftmax`). */
  learner: 'perceptron' | 'softmax';
  /** Features seen in fewer training documents than this are left out of training (the prior's features stay). */
  minDocs: number;
  /** How much an example whose label is `O` counts (the perceptron's step, the softmax's loss), against 1 for a name. */
  oWeight: number;
  /** Softmax: optimiser, base learning rate, passes, L2 strength per example (towards the prior), the factor from logits to the perceptron's units, and features whose weights all stay within ±`cut` (those units) dropped. */
  optimizer: 'adagrad' | 'sgd'; lr: number; softEpochs: number; l2: number; scale: number; cut: number; average: boolean;
  /** The tagger's decoding (Viterbi trains it as a structured perceptron) and whether its tags are typed. */
  taggerDecode: 'greedy' | 'viterbi'; taggerUntyped: boolean;
  /** Which runs of capitalised words are offered in parts (null: none), and how overlapping names are settled (see `resolveEntities`). */
  runs: RunParts | null; settle: number | null; partsWin: boolean;
  /** How much lower a run's part's prior against "no name" starts (as `oShift` for whole names). */
  partShift: number; partRich: boolean;
  /** How many times a run's part that is a name counts as an example (parts are mostly no name). */
  partNameWeight: number;
  /** Cross-validation also scores these ways of settling overlaps with the same models (one table each). */
  alsoSettle: Array<{ settle: number | null; partsWin: boolean }>;
  /** The first perceptron's shuffling seed (the others follow it): another value measures a change on other orders of the examples. */
  seedBase: number;
  /** Each perceptron trains on a bootstrap sample of the documents instead of all of them (see `bagged`). */
  bag: boolean;
  /** How much an example of a sentence copy counts, against 1 for one of a whole document. */
  copyWeight: number;
  /** Which weights a sentence copy's example moves: those read apart in a text of one sentence only, or all. */
  copyMoves: 'alone' | 'all';
  /** The first pass's margins below which its type is weak and from which it is sure, as the second pass reads them (`SURENESS`). */
  weakMargin: number; sureMargin: number;
}
let settings: Settings = {
  epochs: EPOCHS, drop: [], weights: {}, domains: false, overlapSkip: false, oShift: 2, prior: true, priorScale: 3, stack: true, seeds: Number(opt('--seeds', '9')),
  proposer: 'union', taggerEpochs: 5, taggerPrune: 0.5, inEdited: 'off', marks: true,
  learner: 'perceptron', minDocs: 1, oWeight: 1, optimizer: 'adagrad', lr: 0.1, softEpochs: 10, l2: 1e-4, scale: 3, cut: PRUNE, average: false,
  taggerDecode: 'greedy', taggerUntyped: false,
  runs: RUN_PARTS, settle: SETTLE, partsWin: PARTS_WIN, partShift: 0, partRich: PART_VIEW.rich, partNameWeight: 1, alsoSettle: [], seedBase: 13, bag: false, copyWeight: 1, copyMoves: 'alone',
  weakMargin: SURENESS.weak, sureMargin: SURENESS.sure,
};

/** Two passes: the first over each name's evidence, the second also over what the first made of the article. */
interface Stack { first: Perceptron; second?: Perceptron }

/**
 * Fits both passes. The second pass learns from first-pass types that a first pass trained without the document
 * produced (five inner folds by another hash of the file name), as analysis will see them on new text.
 */
function trainStack(docs: readonly Doc[]): Stack {
  // The inner models (without the runs' parts) give the second pass its first-pass types and each part its
  // reading as a whole name (`partView`), as analysis sees them on new text.
  const parts = docs.some((d) => d.cands.some((c) => c.source.part));
  const extra = new Map<Doc, string[][]>();
  const views = new Map<MentionCandidate, string[]>();
  if (settings.stack || parts) {
    for (let j = 0; j < FOLDS; j++) {
      const inner = (d: Doc): boolean => foldOf(`inner:${d.copyOf ?? d.file}`) === j;
      const m = train(docs.filter((d) => !inner(d)));
      for (const d of docs.filter(inner)) {
        if (settings.stack) extra.set(d, passFeatures(d.cands.map((c) => (c.source.part ? { ...c, type: null } : { ...c, ...typed(c, m, '') }))));
        for (const c of d.cands) if (c.source.part) views.set(c, partView(c, m));
      }
    }
  }
  const first = train(docs, undefined, views);
  if (!settings.stack) return { first };
  return { first, second: train(docs, extra) };
}

/** Fits one pass; a run's part is an example only with its `partView` (from `views`), else left out. */
function train(docs: readonly Doc[], extra?: Map<Doc, string[][]>, views?: Map<MentionCandidate, string[]>): Perceptron {
  const { epochs: EPOCHS, drop, weights } = settings;
  const keep = (f: string): boolean => !drop.some((x) => f.startsWith(x));
  let examples: Array<[readonly string[], Label]> = [];
  // The document each example came from (its index in `docs`), for resampling by document.
  const docOf: number[] = [];
  const seenIn = new Map<string, number>();
  docs.forEach((d, di) => {
    const more = extra?.get(d);
    const inDoc = new Set<string>();
    d.cands.forEach((c, i) => {
      if (c.source.part && !views?.has(c)) return;
      const l = labelOf(d, c);
      if (!l) return;
      const own = c.source.part ? (views?.get(c) as string[]) : more ? [...featuresOf(c), ...(more[i] as string[])] : featuresOf(c);
      const f = inDomain(drop.length ? own.filter(keep) : own, settings.domains ? domainOf(d.source) : '');
      for (const x of f) inDoc.add(x);
      const times = (weights[d.source] ?? 1) * (c.source.part && l !== 'O' ? settings.partNameWeight : 1);
      for (let k = 0; k < times; k++) { examples.push([f, l]); docOf.push(di); }
    });
    for (const x of inDoc) seenIn.set(x, (seenIn.get(x) ?? 0) + 1);
  });
  if (settings.minDocs > 1) {
    // Features of one or two documents mostly memorise those documents' names: leave them out.
    const prior = priorTable().features;
    const kept = (x: string): boolean => (seenIn.get(x) as number) >= settings.minDocs || x in prior;
    examples = examples.map(([f, l]) => [f.filter(kept), l]);
  }
  if (settings.learner === 'softmax') return fitSoftmaxModel(examples);
  // One averaged perceptron per shuffling seed; their weights are averaged into one table (a linear model of the
  // same size), which makes the result depend less on the order of the examples.
  const tables: WeightTable[] = [];
  for (let s = 0; s < settings.seeds; s++) {
    const p = new Perceptron(settings.prior ? priorTable() : undefined);
    const random = mulberry32(settings.seedBase + s);
    const order = settings.bag ? bagged(docs.length, docOf, mulberry32(7919 * (settings.seedBase + s))) : examples.map((_e, i) => i);
    for (let e = 0; e < EPOCHS; e++) {
      for (let i = order.length - 1; i > 0; i--) { const j = Math.floor(random() * (i + 1)); [order[i], order[j]] = [order[j] as number, order[i] as number]; }
      for (const i of order) {
        const [f, l] = examples[i] as [readonly string[], Label];
        // A sentence copy moves only what is read apart in a text of one sentence (`d:alone…`): the weights whole
        // articles are read by learn from whole articles alone.
        const copy = !!(docs[docOf[i] as number] as Doc).copyOf;
        p.update(f, l, (l === 'O' ? settings.oWeight : 1) * (copy ? settings.copyWeight : 1), copy && settings.copyMoves === 'alone' ? f.filter(isAloneFeature) : undefined);
      }
    }
    tables.push(settings.seeds === 1 ? p.averaged(3, PRUNE) : p.averaged(6, 0));
  }
  return shifted(tables.length === 1 ? tables[0] as WeightTable : meanTable(tables));
}

/**
 * Bagging by document: the examples of `n` documents drawn with replacement (each drawn document's examples as many
 * times as it was drawn), so that each perceptron sees another sample of the corpora and their mean depends less on
 * any one document.
 */
function bagged(n: number, docOf: readonly number[], random: () => number): number[] {
  const times = new Array<number>(n).fill(0);
  for (let k = 0; k < n; k++) (times[Math.floor(random() * n)] as number)++;
  const order: number[] = [];
  docOf.forEach((d, i) => { for (let k = 0; k < (times[d] as number); k++) order.push(i); });
  return order;
}

/** The softmax model: one fit per shuffling seed, their weights averaged as the perceptrons' are. */
function fitSoftmaxModel(examples: ReadonlyArray<[readonly string[], Label]>): Perceptron {
  const tables: WeightTable[] = [];
  for (let s = 0; s < settings.seeds; s++) {
    const one = settings.seeds === 1;
    tables.push(fitSoftmax(examples, { ...settings, seed: settings.seedBase + s, prior: settings.prior ? priorTable() : undefined, digits: one ? 3 : 6, cut: one ? settings.cut : 0 }));
  }
  return shifted(tables.length === 1 ? tables[0] as WeightTable : meanTable(tables, settings.cut));
}

function shifted(table: WeightTable): Perceptron {
  // A shift of the prior against "no name", for text where capitalised words are names more often than in the
  // training corpora (measured by cross-validation, MODEL.md).
  const bias = table.features.bias as number[] | undefined;
  if (bias && settings.oShift) table.features.bias = [Math.round(((bias[0] as number) - settings.oShift) * 1000) / 1000, ...bias.slice(1)];
  const partBias = table.features['part|bias'];
  if (partBias && settings.partShift) table.features['part|bias'] = [Math.round(((partBias[0] as number) - settings.partShift) * 1000) / 1000, ...partBias.slice(1)];
  return new Perceptron(table);
}

/**
 * The mean of several weight tables over the same labels, rounded to 2 decimals and pruned as `averaged` prunes. Two
 * decimals change no decision on the development and held-out sets (weights are in the perceptron's units, tens for
 * strong evidence) and keep the nine perceptrons' union of features within the 3 MB budget.
 */
function meanTable(tables: readonly WeightTable[], prune = PRUNE): WeightTable {
  const sums = new Map<string, number[]>();
  for (const t of tables) {
    for (const [f, row] of Object.entries(t.features)) {
      const acc = sums.get(f) ?? t.labels.map(() => 0);
      row.forEach((w, k) => { acc[k] = (acc[k] as number) + w; });
      sums.set(f, acc);
    }
  }
  const features: Record<string, number[]> = {};
  for (const f of [...sums.keys()].sort()) {
    const row = (sums.get(f) as number[]).map((w) => Math.round((w / tables.length) * 100) / 100);
    if (row.some((w) => Math.abs(w) > prune)) features[f] = row;
  }
  return { labels: [...(tables[0] as WeightTable).labels], features };
}

/**
 * Where training starts: what news usage says each piece of evidence is worth (a title before a name says
 * person, a head word says organisation or place …), in the units of the perceptron's updates. Training moves
 * these weights wherever the data disagrees; the averaged result is what ships.
 */
const PRIOR: Record<string, Partial<Record<Label, number>>> = {
  bias: { O: 1 },
  'e:country': { PLACE: 4 }, 'e:capital': { PLACE: 3 }, 'e:metonym': { ORG: 4 }, 'e:head-org': { ORG: 3 }, 'e:head-place': { PLACE: 3 },
  'e:head-for': { ORG: 3, PLACE: -3 }, 'e:compass': { PLACE: 1.5 }, 'e:non-entity-head': { O: 4 }, 'e:acronym': { ORG: 1.5 },
  'e:acronym-known-org': { ORG: 4 }, 'e:acronym-code': { ORG: -4 }, 'e:org-suffix': { ORG: 2 }, 'e:cg-person': { PERSON: 1 },
  'e:cg-first-name': { PERSON: 1.5 }, 'e:cg-last-name': { PERSON: 0.5 }, 'e:cg-place': { PLACE: 1.5 }, 'e:acronym-branch': { ORG: 3 },
  'e:acronym-ends': { ORG: 1.5 }, 'e:cg-org-all': { ORG: 1.5 }, 'e:cg-org': { ORG: 1 }, 'e:locative': { PLACE: 1 }, 'e:locative-from': { PLACE: 0.6 },
  'e:the': { PERSON: -4 }, 'e:quoted-plural': { ORG: 1 }, 'e:apposition-role': { PERSON: 2 }, 'e:year-old': { PERSON: 3 }, 'e:title': { PERSON: 3 },
  'e:honorific': { PERSON: 2 }, 'e:role': { PERSON: 2 }, 'e:people-plural': { PERSON: 1 }, 'e:age': { PERSON: 3 }, 'e:postnominal': { PERSON: 2 },
  'e:region-after': { PLACE: 2 }, 'e:speech-verb': { PERSON: 0.5, ORG: 0.3 }, 'e:gazetteer': { PLACE: 1.2 }, 'e:gazetteer-multi': { PLACE: 3 },
  'e:bracket-acronym': { PERSON: -4, ORG: 1 }, 'd:unknown-name': { PERSON: 1 }, 'e:caps-name': { PERSON: 3 }, 'e:addressed': { PERSON: 2 }, 'e:vocative': { PERSON: 1.5 },
  'e:region-code': { PLACE: 3 },
  'e:team-context': { ORG: 1.5, PLACE: -1 }, 'e:score': { ORG: 1.5, PLACE: -1 },
};

function priorTable(): WeightTable {
  const features: Record<string, number[]> = {};
  const row = (w: Partial<Record<Label, number>>, scale: number): number[] => LABELS.map((l) => (w[l] ?? 0) * scale * settings.priorScale);
  for (const [f, w] of Object.entries(PRIOR)) {
    features[f] = row(w, 1);
    // What the article's other mentions say counts as the rules counted it: summed over the name's mentions.
    // and what a longer name ending or opening with this word says is said of the word (`Roussev` after
    // `Orlin Roussev, 47`).
    if (f.startsWith('e:')) { features[`g:${f}`] = row(w, 1); features[`l:${f}`] = row(w, 1); }
  }
  return { labels: [...LABELS], features };
}

interface Counts { tp: number; fp: number; fn: number }
const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });

/** Scores predicted mentions against a document's gold as the project's scorer does. */
function score(doc: Doc, pred: Array<{ start: number; end: number; type: string; optional?: boolean }>, into: Record<string, Counts>): void {
  const types = doc.gumStyle || /^(?:gum|conll|uner)/.test(doc.source === 'uner-ewt' ? 'uner' : doc.source) ? ['PERSON', 'ORG', 'PLACE'] : ['PERSON', 'ORG', 'PLACE', 'NORP'];
  const gm = (SCORE_HARMONISED ? doc.trainGold : doc.gold).filter((g) => types.includes(g.type) || g.type === 'ANY');
  const pm = pred.filter((p) => types.includes(p.type));
  if (doc.gumStyle) for (const p of pred) if (p.type === 'NORP') pm.push({ ...p, type: 'PERSON', optional: true });
  const ok = (g: GoldEntity, p: { start: number; end: number; type: string }): boolean => (g.type === p.type || g.type === 'ANY') && spanMatches(g, p);
  const match = (gs: GoldEntity[], ps: typeof pm, acc: Counts): void => {
    const used = new Set<number>();
    const take = (g: GoldEntity): boolean => {
      let i = ps.findIndex((p, k) => !used.has(k) && !p.optional && ok(g, p));
      if (i < 0) i = ps.findIndex((p, k) => !used.has(k) && ok(g, p));
      if (i >= 0) used.add(i);
      return i >= 0;
    };
    for (const g of gs.filter((x) => !optionalGold(x))) if (take(g)) acc.tp++; else acc.fn++;
    for (const g of gs.filter(optionalGold)) take(g);
    acc.fp += ps.filter((p, k) => !used.has(k) && !p.optional).length;
  };
  match(gm, pm, (into.all ??= zero()));
  for (const t of types) match(gm.filter((g) => g.type === t || g.type === 'ANY'), pm.filter((p) => p.type === t), (into[t] ??= zero()));
}

const f1 = (c: Counts): number => { const p = c.tp / (c.tp + c.fp || 1); const r = c.tp / (c.tp + c.fn || 1); return p + r ? (2 * p * r) / (p + r) : 0; };

/** The domain prefix of a corpus's feature copies (with `domains`; analysis reads `DOMAIN`'s). */
function domainOf(source: string): string {
  return source === 'gum' ? DOMAIN || 'gum' : source;
}

function predict(doc: Doc, model: Stack, decode = { settle: settings.settle, partsWin: settings.partsWin }): Array<{ start: number; end: number; type: string }> {
  // With per-corpus copies, each test-fold document is read with its own corpus's conventions.
  return resolveEntities(doc.placed, { countriesAsTeams: doc.sports, model: model.first, second: model.second, domain: settings.domains ? domainOf(doc.source) : '', ...decode }).mentions;
}

// `--sentences`: cross-validation also reads each test document one sentence at a time, as news sentences without
// their article are read (no other mention of a name to learn from).
const SENTENCES = args.includes('--sentences');
// A sentence ends at `.`, `!` or `?` (and a closing quotation mark) before a space and a capital, or at a line's end;
// not at the stop of a title, an initial or an abbreviation (`Mr. Smith`, `George F. Hauser`, `the U.S. Army`).
const SENTENCE = /[^\n]+?(?:(?<!\b(?:Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov|Gen|Col|Lt|Sgt|Capt|Prof|Rev|Jr|Sr|Inc|Corp|Co|Ltd|No|vs|Mt|Ft|[\p{Lu}]|[\p{Lu}]\.[\p{Lu}]))[.!?]["”’]?(?=\s+["“‘]?\p{Lu})|$)/gmu;

/** A document's names found and typed one sentence at a time (`--sentences`). */
function predictSentences(doc: Doc, model: Stack, tagger: Tagger | null): Array<{ start: number; end: number; type: string }> {
  const out: Array<{ start: number; end: number; type: string }> = [];
  for (const m of doc.text.matchAll(SENTENCE)) {
    const lead = (m[0].match(/^\s*/u) as RegExpMatchArray)[0].length;
    const text = m[0].slice(lead).trimEnd();
    if (!text) continue;
    const tokens = tokenize(text);
    const names = findNames(text, tokens, proposing(tagger));
    const placed = [{ offset: (m.index as number) + lead, candidates: names.candidates, lowerWords: names.lowerWords, keys: nameKeys(names.candidates), sentences: names.sentences }];
    out.push(...resolveEntities(placed, { countriesAsTeams: isSportsReport(text), model: model.first, second: model.second, settle: settings.settle, partsWin: settings.partsWin }).mentions);
  }
  return out;
}

/**
 * A tagger trained without the documents of the given folds. A document's proposals come from a tagger that did
 * not see it: those of the test fold from one trained without it, those of a training document from one trained
 * without its fold and the test fold (so the classifier learns from proposals as analysis makes them on new text).
 */
function taggerWithout(docs: readonly Doc[], folds: readonly number[], cache: Map<string, Tagger>): Tagger {
  const key = [...folds].sort().join(',');
  let t = cache.get(key);
  if (!t) { t = trainTagger(docs.filter((d) => !folds.includes(d.fold))); cache.set(key, t); }
  return t;
}

const cvTaggers = new Map<string, Map<string, Tagger>>();

/**
 * Classifies a test document's errors. A required gold name is `ok` (found with its type), `type` (a candidate has
 * its span but it was typed otherwise or as no name), `boundary` (candidates overlap it, none with its span) or
 * `nocand` (no candidate touches it). A wrong prediction is `type` (a gold name of another type has its span),
 * `boundary` (it overlaps a gold name) or `spurious`.
 */
function errorLines(d: Doc, pred: ReadonlyArray<{ start: number; end: number; type: string }>): string[] {
  const ctx = (s: number, e: number): string => `${d.text.slice(Math.max(0, s - 40), s)}[${d.text.slice(s, e)}]${d.text.slice(e, e + 40)}`.replace(/\s+/g, ' ');
  // The last column: the local and document features of the candidate with the span, if any (for sorting errors by evidence).
  const feats = (c: MentionCandidate | undefined): string => (c ? [...c.features, ...c.doc].join(' ') : '');
  const line = (kind: string, gold: string, type: string, cls: string, s: number, e: number, more = '', c = d.cands.find((x) => x.start === s && x.end === e)): string =>
    [kind, d.source, d.file, gold, type, cls, d.text.slice(s, e).replace(/\s+/g, ' '), ctx(s, e), more, feats(c)].join('\t');
  const overlap = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;
  const out: string[] = [];
  for (const g of d.gold) {
    if (!SCORED.has(g.type) || optionalGold(g)) continue;
    const hit = pred.find((p) => p.type === g.type && spanMatches(g, p));
    if (hit) { out.push(line('TP', g.type, g.type, 'ok', g.start, g.end)); continue; }
    const near = d.cands.filter((c) => overlap(c, g)).map((c) => c.text).join(' / ');
    const same = d.cands.find((c) => spanMatches(g, c));
    if (same) out.push(line('FN', g.type, pred.find((p) => spanMatches(g, p))?.type ?? 'O', 'type', g.start, g.end, near, same));
    else out.push(line('FN', g.type, '-', near ? 'boundary' : 'nocand', g.start, g.end, near));
  }
  for (const p of pred) {
    if (!SCORED.has(p.type) && !(p.type === 'NORP' && d.source === 'wikigold')) continue;
    if (d.gold.some((g) => (g.type === p.type || g.type === 'ANY') && spanMatches(g, p))) continue;
    if (d.gumStyle && d.gold.some((g) => optionalGold(g) && g.type === p.type && spanMatches(g, p))) continue;
    const same = d.gold.find((g) => SCORED.has(g.type) && !optionalGold(g) && spanMatches(g, p));
    const near = d.gold.filter((g) => SCORED.has(g.type) && overlap(g, p));
    const cls = same ? 'type' : near.length ? 'boundary' : 'spurious';
    out.push(line('FP', same?.type ?? (near[0]?.type ?? 'O'), p.type, cls, p.start, p.end, near.map((g) => d.text.slice(g.start, g.end)).join(' / ')));
  }
  return out;
}

/** Counts of the error lines by source, type and class (gold misses by the gold type, false positives by the predicted one). */
function errorSummary(lines: readonly string[]): void {
  const n = new Map<string, number>();
  for (const l of lines) {
    const [kind, source, , gold, type, cls] = l.split('\t') as string[];
    if (kind === 'TP') continue;
    const key = `${source} ${kind === 'FN' ? `${gold} missed` : `${type} false`} ${cls}${kind === 'FN' && cls === 'type' ? `→${type}` : kind === 'FP' && cls === 'type' ? `←${gold}` : ''}`;
    n.set(key, (n.get(key) ?? 0) + 1);
  }
  for (const k of [...n.keys()].sort()) console.log(`${k.padEnd(40)} ${n.get(k)}`);
}

function crossValidate(docs: readonly Doc[]): void {
  PART_VIEW.rich = settings.partRich;
  SURENESS.weak = settings.weakMargin;
  SURENESS.sure = settings.sureMargin;
  const errorsFile = opt('--errors', '');
  const errors: string[] = [];
  const aloneErrors: string[] = [];
  const table: Record<string, Record<string, Counts>> = {};
  const also: Record<string, Record<string, Record<string, Counts>>> = {};
  const alone: Record<string, Record<string, Counts>> = {};
  // Taggers depend only on their own settings: a sweep over the classifier's settings trains them once.
  const key = JSON.stringify([settings.taggerEpochs, settings.taggerPrune, settings.taggerDecode, settings.taggerUntyped]);
  const taggers = cvTaggers.get(key) ?? new Map<string, Tagger>();
  cvTaggers.set(key, taggers);
  const ceiling: Record<string, [number, number]> = {};
  for (let k = 0; k < FOLDS; k++) {
    const useTagger = settings.proposer !== 'none';
    if (settings.proposer === 'direct') {
      const tagger = taggerWithout(docs, [k], taggers);
      for (const d of docs.filter((x) => x.fold === k && !x.copyOf)) score(d, taggerMentions(d, tagger), (table[d.source] ??= {}));
      continue;
    }
    for (const d of docs) if (d.fold !== k) propose(d, useTagger ? taggerWithout(docs, [k, d.fold], taggers) : null);
    const model = trainStack(docs.filter((d) => d.fold !== k));
    for (const d of docs.filter((x) => x.fold === k && !x.copyOf)) {
      propose(d, useTagger ? taggerWithout(docs, [k], taggers) : null);
      const pred = predict(d, model);
      score(d, pred, (table[d.source] ??= {}));
      if (SENTENCES) {
        const each = predictSentences(d, model, useTagger ? taggerWithout(docs, [k], taggers) : null);
        score(d, each, (alone[d.source] ??= {}));
        if (errorsFile) aloneErrors.push(...errorLines(d, each));
      }
      for (const x of settings.alsoSettle) score(d, predict(d, model, x), ((also[JSON.stringify(x)] ??= {})[d.source] ??= {}));
      coverage(d, (ceiling[d.source] ??= [0, 0]));
      if (errorsFile) errors.push(...errorLines(d, pred));
      // CV_DUMP=FILE writes each test document's gold, candidates and predictions (one JSON line each) for error analysis.
      if (process.env.CV_DUMP) fs.appendFileSync(process.env.CV_DUMP, `${JSON.stringify({ source: d.source, file: d.file, text: d.text, gold: d.gold, cands: d.cands.map((c) => ({ start: c.start, end: c.end, tagger: c.features.includes('src=tagger'), part: !!c.source.part })), pred })}\n`);
    }
  }
  for (const [s, [n, m]] of Object.entries(ceiling)) console.log(`${s} candidates match ${n}/${m} = ${(n / m).toFixed(3)} of required names`);
  const print = (tables: Record<string, Record<string, Counts>>): void => {
    for (const [source, t] of Object.entries(tables)) {
      console.log(`${source.padEnd(9)} F1 ${f1(t.all as Counts).toFixed(3)}  ${['PERSON', 'ORG', 'PLACE'].map((x) => `${x} ${f1(t[x] as Counts).toFixed(3)}`).join('  ')}`);
    }
  };
  print(table);
  if (SENTENCES) { console.log('each sentence alone:'); print(alone); }
  for (const [x, t] of Object.entries(also)) { console.log(`settled with ${x}:`); print(t); }
  if (errorsFile) { fs.writeFileSync(errorsFile, `${errors.join('\n')}\n`); errorSummary(errors); }
  if (errorsFile && SENTENCES) fs.writeFileSync(`${errorsFile}.sentences`, `${aloneErrors.join('\n')}\n`);
}

/** Counts the required gold names of a document that some candidate matches. */
function coverage(d: Doc, acc: [number, number]): void {
  for (const g of d.gold) {
    if (!SCORED.has(g.type) || optionalGold(g)) continue;
    acc[1]++;
    if (d.cands.some((c) => spanMatches(g, c))) acc[0]++;
  }
}

/** How many required gold names some candidate span could match: the most the typing could find. */
function oracle(docs: readonly Doc[]): void {
  const by: Record<string, [number, number]> = {};
  for (const d of docs) {
    const r = (by[d.source] ??= [0, 0]);
    for (const g of d.gold) {
      if (!SCORED.has(g.type) || optionalGold(g)) continue;
      r[1]++;
      if (d.cands.some((c) => spanMatches(g, c))) r[0]++;
      else if (process.env.ORACLE_VERBOSE === d.source) console.log(`${d.file} ${g.type} ${d.text.slice(g.start, g.end)} | ${d.cands.filter((c) => c.end > g.start && c.start < g.end).map((c) => c.text).join(' / ')}`);
    }
  }
  for (const [s, [n, m]] of Object.entries(by)) console.log(`${s}: ${n}/${m} = ${(n / m).toFixed(3)}`);
}

const NOTICE = `// Generated by scripts/train.ts (npm run train) from the GUM, UNER English-EWT and Wikigold corpora. Do not edit.
// These weights are a work derived from that data and are licensed under CC BY-SA 4.0
// (https://creativecommons.org/licenses/by-sa/4.0/), apart from the code's MIT licence. Attribution:
// GUM: Zeldes, A. (2017) "The GUM Corpus: Creating Multilayer Resources in the Classroom", Language Resources and
//   Evaluation 51(3), annotations CC BY 4.0.
// UNER: Mayhew et al. (2024) "Universal NER: A Gold-Standard Multilingual Named Entity Recognition Benchmark",
//   NAACL, CC BY-SA 4.0 (over Universal Dependencies English EWT, CC BY-SA 4.0).
// Wikigold: Balasuriya, D. et al. (2009) "Named Entity Recognition in Wikipedia", CC BY 4.0.
`;

function weightsJson(model: Stack, tagger: TaggerTable | null): string {
  return JSON.stringify({ ...model.first.averaged(3, 0), ...(model.second ? { second: model.second.averaged(3, 0) } : {}), ...(tagger ? { tagger } : {}) });
}

function weightsFile(model: Stack, tagger: TaggerTable | null): string {
  const json = weightsJson(model, tagger);
  return `${NOTICE}\n/** The recogniser's averaged perceptron weights (labels, then one row per feature), as JSON. */\nexport const WEIGHTS = ${JSON.stringify(json)};\n`;
}

/** `a.bcd`, the way the tables of MODEL.md print F1. */
const f3 = (x: number): string => x.toFixed(3);

/**
 * Learning from decisions measured on text the model never saw: the weights (tagger and both passes) are trained
 * without the held-out folds, as the cross-validation trains them, and the analyser uses them in place of the
 * shipped ones; then each source's held-out documents go through `eval --teach` (the editor's decision path).
 */
function teachHeldOut(ns: readonly number[], holdout: readonly number[], sources: readonly string[], weightsCache: string, grid?: readonly TeachingSetting[], genres: readonly string[] = [], heldSource = ''): void {
  const t0 = Date.now();
  const held = (file: string): boolean => (heldSource ? file.startsWith(SOURCE_PREFIX[heldSource] as string) : genres.length ? genres.some((g) => file.startsWith(`GUM_${g}_`)) : holdout.includes(foldOf(file)));
  if (weightsCache && fs.existsSync(weightsCache)) useWeights(fs.readFileSync(weightsCache, 'utf8'));
  else {
    const docs = load();
    const taggers = new Map<string, Tagger>();
    let tagger: Tagger | null = null;
    if (settings.proposer !== 'none') {
      if (genres.length) {
        // Each training document's candidates come from a tagger trained without its fold and without the genres.
        const without = (fold: number | null): Tagger => {
          const key = `${genres.join(',')}|${fold}`;
          let t = taggers.get(key);
          if (!t) { t = trainTagger(docs.filter((x) => !held(x.file) && x.fold !== fold)); taggers.set(key, t); }
          return t;
        };
        for (const d of docs) if (!held(d.file)) propose(d, without(d.fold));
        tagger = without(null);
      } else {
        for (const d of docs) if (!held(d.file)) propose(d, taggerWithout(docs, [...holdout, d.fold], taggers));
        tagger = taggerWithout(docs, holdout, taggers);
      }
    }
    const json = weightsJson(trainStack(docs.filter((d) => !held(d.file))), tagger ? tagger.averaged(3, 0) : null);
    if (weightsCache) fs.writeFileSync(weightsCache, json);
    useWeights(json);
    console.error(`trained without ${heldSource || (genres.length ? `GUM's ${genres.join(', ')}` : `fold${holdout.length > 1 ? 's' : ''} ${holdout.join(', ')}`)} in ${Date.now() - t0} ms`);
  }
  for (const source of sources) {
    // The held-out documents of the source as a gold folder (links to the training files, so nothing is copied).
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), `teach-${source}-`));
    try {
      const mine = fs.readdirSync(path.join(DATA, source)).filter((f) => f.endsWith('.txt') && held(f)).sort();
      for (const f of mine) for (const ext of ['.txt', '.json']) fs.symlinkSync(path.join(DATA, source, f.replace(/\.txt$/u, ext)), path.join(dir, f.replace(/\.txt$/u, ext)));
      for (const n of ns) {
        if (n >= mine.length) { console.log(`${source}: only ${mine.length} held-out documents, none left to score after teaching ${n}`); continue; }
        const r: TeachResult = teachAndScore(dir, n, grid);
        const ty = (s: TeachResult['before']): string => ['PERSON', 'ORG', 'PLACE'].map((x) => `${x} ${f3(s.byType[x]?.f1 ?? 0)}`).join(' ');
        console.log(`${source} ${heldSource ? 'held out whole' : genres.length ? genres.join(',') : `fold ${holdout.join(',')}`}: taught ${r.taught} (${r.decisions} decisions, ${r.examples} learnt from), scored ${r.scored}: F1 ${f3(r.before.entity.f1)} → ${f3(r.after.entity.f1)} (P ${f3(r.before.entity.p)} → ${f3(r.after.entity.p)}, R ${f3(r.before.entity.r)} → ${f3(r.after.entity.r)}; ${ty(r.before)} → ${ty(r.after)}); ${r.learning}`);
        console.log(JSON.stringify({ source, holdout: heldSource ? [heldSource] : genres.length ? genres : holdout, taught: r.taught, scored: r.scored, before: r.before, after: r.after }));
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
}

function main(): void {
  if (args.includes('--teach')) {
    const list = (name: string, dflt: string): string[] => opt(name, dflt).split(',').map((x) => x.trim()).filter(Boolean);
    const ns = list('--teach', '25').map(Number);
    const holdout = list('--holdout', '0').map(Number);
    if (ns.some((n) => !Number.isSafeInteger(n) || n < 0) || holdout.some((k) => !Number.isSafeInteger(k) || k < 0 || k >= FOLDS)) throw new Error('--teach takes numbers of documents, --holdout fold numbers 0-4');
    const genres = list('--genre', '');
    const heldSource = opt('--held-source', '');
    if (heldSource && !(heldSource in SOURCE_PREFIX)) throw new Error(`unknown source ${heldSource} (${SOURCES.join(', ')})`);
    const sources = list('--source', heldSource || (genres.length ? 'gum' : 'uner-ewt,wikigold'));
    for (const s of sources) if (!SOURCES.includes(s)) throw new Error(`unknown source ${s} (${SOURCES.join(', ')})`);
    // --grid replaces the settings a workspace chooses between (one setting: always that one); --grid-add adds to them.
    const grid = opt('--grid', '') ? (JSON.parse(opt('--grid', '')) as TeachingSetting[]) : opt('--grid-add', '') ? [...TEACHING_GRID, ...(JSON.parse(opt('--grid-add', '')) as TeachingSetting[])] : undefined;
    teachHeldOut(ns, holdout, sources, opt('--weights', ''), grid, genres, heldSource);
    return;
  }
  const t0 = Date.now();
  const docs = load();
  console.error(`${docs.length} documents, ${docs.reduce((n, d) => n + d.cands.length, 0)} candidates (${Date.now() - t0} ms)`);
  if (args.includes('--cv')) {
    const sweep = opt('--sweep', '');
    if (!sweep) { crossValidate(docs); return; }
    for (const json of sweep.split(';')) { settings = { ...settings, ...(JSON.parse(json) as Partial<Settings>) }; console.log(JSON.stringify(settings)); const t = Date.now(); crossValidate(docs); console.log(`(${((Date.now() - t) / 1000).toFixed(0)} s)`); }
    return;
  }
  if (args.includes('--oracle')) { oracle(docs); return; }
  if (args.includes('--tagger')) {
    // The tagger alone on fold 0 (untyped spans against the gold tags' spans), and on its own training data.
    const t = trainTagger(docs.filter((d) => d.fold !== 0));
    for (const [name, set] of [['test', docs.filter((d) => d.fold === 0)], ['train', docs.filter((d) => d.fold === 1)]] as const) {
      for (const src of SOURCES) {
        let tp = 0; let np = 0; let ng = 0; let acc = 0; let n = 0;
        for (const d of set.filter((x) => x.source === src)) for (const p of d.paras) {
          const tags = t.tag(p.features);
          const gold = goldFor(t, p.tags);
          tags.forEach((k, i) => { n++; if (k === gold[i]) acc++; });
          const g = new Set(spansOf(gold, t.tags).map((x) => `${x.a},${x.b}`));
          const q = spansOf(tags, t.tags).map((x) => `${x.a},${x.b}`);
          np += q.length; ng += g.size; tp += q.filter((x) => g.has(x)).length;
        }
        console.log(`${name} ${src}: token accuracy ${(acc / n).toFixed(3)}, spans P ${(tp / np).toFixed(3)} R ${(tp / ng).toFixed(3)}`);
      }
    }
    return;
  }
  if (args.includes('--labels')) {
    for (const src of SOURCES) {
      const n: Record<string, number> = {};
      const ex: string[] = [];
      for (const d of docs.filter((x) => x.source === src)) for (const c of d.cands) { const l = labelOf(d, c) ?? 'skip'; n[l] = (n[l] ?? 0) + 1; if (l === 'O' && ex.length < 40 && d.fold === 0) ex.push(c.text); }
      console.log(src, JSON.stringify(n), ex.join(' | '));
    }
    return;
  }
  if (opt('--sweep', '')) settings = { ...settings, ...(JSON.parse(opt('--sweep', '')) as Partial<Settings>) };
  // The shipped tagger sees every document; the classifier learns from proposals made by taggers that did not.
  let tagger: Tagger | null = null;
  if (settings.proposer !== 'none') {
    const taggers = new Map<string, Tagger>();
    for (const d of docs) propose(d, taggerWithout(docs, [d.fold], taggers));
    tagger = trainTagger(docs);
  }
  const text = weightsFile(trainStack(docs), tagger ? tagger.averaged(3, 0) : null);
  if (args.includes('--check')) {
    const same = fs.existsSync(OUT) && fs.readFileSync(OUT, 'utf8') === text;
    console.log(same ? 'weights up to date' : 'weights differ from a fresh training run: run npm run train');
    process.exitCode = same ? 0 : 1;
    return;
  }
  fs.writeFileSync(OUT, text);
  console.log(`wrote ${path.relative(process.cwd(), OUT)} (${(text.length / 1024).toFixed(0)} KB, ${LABELS.length} labels) in ${Date.now() - t0} ms`);
}

main();
