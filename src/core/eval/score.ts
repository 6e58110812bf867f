/**
 * Scores analyses against gold annotations with the matching rules of the evaluation's reference scorer (a copy
 * is `test/fixtures/eval/score.mjs`, and a unit test keeps the two giving the same numbers on the same
 * predictions; the rules are in `eval/README.md`). Pure: documents come in as parsed JSON.
 */

/** A stretch of text in gold or predicted data. */
export interface EvalSpan {
  start: number;
  end: number;
  text?: string;
}

/**
 * A gold entity mention; GUM-style gold adds the full noun phrase and its head word. A name inside another gold
 * name (`nested`), a mention coordinating several names (`coordination`) and a name inside a phrase headed by a
 * common noun (`optional`) are optional gold: never a miss, and a prediction matching one is neither right nor
 * wrong. Type `ANY` matches a prediction of any type.
 */
export interface GoldEntity extends EvalSpan {
  type: string;
  mention_start?: number;
  mention_end?: number;
  head?: EvalSpan;
  optional?: boolean;
  nested?: boolean;
  coordination?: boolean;
}

/** A gold quote; `alt` holds other mentions naming a pronoun or role speaker; `kind` comes from PolNeAR. */
export interface GoldQuote extends EvalSpan {
  speaker?: (EvalSpan & { alt?: EvalSpan[] }) | null;
  cue?: EvalSpan | null;
  alt?: EvalSpan[];
  kind?: string;
}

/** A gold document. */
export interface GoldDoc {
  source?: string;
  annotation_layers?: string[];
  entities?: GoldEntity[];
  quotes?: GoldQuote[];
}

/** A predicted mention (the analysis contract's `mentions[]`). */
export interface PredMention extends EvalSpan {
  type: string;
  status?: string;
  optional?: boolean;
}

/** A predicted quote (the analysis contract's `quotes[]`). */
export interface PredQuote extends EvalSpan {
  speaker?: EvalSpan | null;
  cue?: EvalSpan | null;
  status?: string;
}

/** A predicted document (the analysis contract); null or missing parts count as empty. */
export interface PredDoc {
  mentions?: PredMention[];
  quotes?: PredQuote[];
}

/** One document to score: its name (`DOC.json`), its gold and its prediction (null when there is none). */
export interface DocPair {
  name: string;
  gold: GoldDoc;
  pred: PredDoc | null;
}

/** Precision, recall, F1 (rounded to 3 places as the reference does) and the number of gold items. */
export interface Prf {
  p: number;
  r: number;
  f1: number;
  n: number;
}

/** The summary, in the reference scorer's shape. */
export interface EvalSummary {
  docs: number;
  entity: Prf;
  entityOverlap: Prf;
  byType: Record<string, Prf>;
  quotes: Prf;
  speakerAcc: number | null;
  cueAcc: number | null;
}

/** What went wrong in one document, for a person to read. */
export interface Miss {
  kind: 'missed-entity' | 'spurious-entity' | 'missed-quote' | 'spurious-quote' | 'wrong-speaker' | 'wrong-cue';
  /** The gold item (missed, or the quote whose speaker or cue is wrong). */
  gold?: EvalSpan & { type?: string };
  /** The predicted item (spurious, or the prediction matched to the gold quote). */
  pred?: EvalSpan & { type?: string };
}

/** One document's scores and misses. */
export interface DocReport {
  doc: string;
  entityF1?: number;
  /** `tp/gold fp N`, as the reference prints it. */
  quotes?: string;
  misses: Miss[];
}

/** Summary and per-document reports. */
export interface EvalResult {
  summary: EvalSummary;
  documents: DocReport[];
}

interface Tally { tp: number; fp: number; fn: number }
const tally = (): Tally => ({ tp: 0, fp: 0, fn: 0 });
const add = (acc: Tally, r: Tally): void => { acc.tp += r.tp; acc.fp += r.fp; acc.fn += r.fn; };
const overlap = (a: EvalSpan, b: EvalSpan): number => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
const norm = (s: string | undefined): string =>
  (s || '').toLowerCase().replace(/[’']s$/u, '').replace(/^the\s+/u, '').replace(/[^\p{L}\p{N} ]/gu, '').trim();
const lastWord = (s: string | undefined): string => norm(s).split(' ').pop() || '';

/** A speaker is right when it overlaps the gold source, or has its normalised text, or its last word (3+ letters). */
function sameSource(g: EvalSpan, p: EvalSpan | null | undefined): boolean {
  if (!p) return false;
  return overlap(g, p) > 0 || (!!norm(p.text) && norm(p.text) === norm(g.text)) ||
    (lastWord(p.text).length >= 3 && lastWord(p.text) === lastWord(g.text));
}

/** Rounds as the reference does: `+x.toFixed(3)`. */
const round3 = (x: number): number => +x.toFixed(3);

/** F1 of a tally, rounded. */
export function f1(r: Tally): number {
  const p = r.tp / (r.tp + r.fp || 1);
  const rc = r.tp / (r.tp + r.fn || 1);
  return p + rc ? round3((2 * p * rc) / (p + rc)) : 0;
}

function prf(r: Tally): Prf {
  const p = r.tp / (r.tp + r.fp || 1);
  const rc = r.tp / (r.tp + r.fn || 1);
  return { p: round3(p), r: round3(rc), f1: f1(r), n: r.tp + r.fn };
}

interface Matched extends Tally {
  /** Index of the prediction matched to each gold item, or -1. */
  goldTo: number[];
  used: Set<number>;
}

/** Optional gold (see GoldEntity) may absorb a prediction but is never a miss. */
const optionalGold = (g: GoldEntity): boolean => !!(g.optional || g.nested || g.coordination);

/** Gold of type `ANY` stands for any type. */
const sameType = (g: GoldEntity, type: string): boolean => g.type === type || g.type === 'ANY';

/**
 * Greedy matching: the required gold in order, then the optional gold with the predictions left. `optional`
 * predictions may match but never count as false positives; optional gold never counts as a miss.
 */
function matchSets(gold: readonly GoldEntity[], pred: readonly PredMention[], ok: (g: GoldEntity, p: PredMention) => boolean): Matched {
  const used = new Set<number>();
  const goldTo: number[] = gold.map(() => -1);
  let tp = 0;
  let fn = 0;
  const take = (k: number): boolean => {
    const g = gold[k];
    let i = pred.findIndex((p, j) => !used.has(j) && !p.optional && ok(g, p));
    if (i < 0) i = pred.findIndex((p, j) => !used.has(j) && ok(g, p));
    if (i >= 0) used.add(i);
    goldTo[k] = i;
    return i >= 0;
  };
  gold.forEach((g, k) => { if (!optionalGold(g)) { if (take(k)) tp++; else fn++; } });
  gold.forEach((g, k) => { if (optionalGold(g)) take(k); });
  const fp = pred.filter((p, k) => !used.has(k) && !p.optional).length;
  return { tp, fp, fn, goldTo, used };
}

function strictOk(g: GoldEntity, p: PredMention): boolean {
  if (!sameType(g, p.type)) return false;
  if (g.head && g.mention_start !== undefined && g.mention_end !== undefined) {
    return p.start >= g.mention_start && p.end <= g.mention_end && p.start <= g.head.start && p.end >= g.head.end;
  }
  return g.start === p.start && g.end === p.end;
}

const brief = <T extends EvalSpan & { type?: string }>(x: T): EvalSpan & { type?: string } =>
  ({ start: x.start, end: x.end, text: x.text, ...(x.type ? { type: x.type } : {}) });

interface Accumulators {
  strict: Tally;
  overlap: Tally;
  byType: Record<string, Tally>;
  quotes: Tally;
  speakerGold: number;
  speakerRight: number;
  cueGold: number;
  cueRight: number;
}

function scoreEntities(gold: GoldDoc, pred: PredDoc, acc: Accumulators, row: DocReport): void {
  const gumStyle = (gold.entities || []).some((e) => e.head);
  const types = gumStyle || /^(gum|conll|uner)/u.test(gold.source || '') ? ['PERSON', 'ORG', 'PLACE'] : ['PERSON', 'ORG', 'PLACE', 'NORP'];
  const gm = (gold.entities || []).filter((e) => types.includes(e.type) || e.type === 'ANY');
  const pm: PredMention[] = (pred.mentions || []).filter((m) => m.status !== 'rejected' && types.includes(m.type));
  // GUM has no NORP layer and types groups of people as PERSON: a NORP prediction may match one.
  if (gumStyle) for (const m of pred.mentions || []) if (m.status !== 'rejected' && m.type === 'NORP') pm.push({ ...m, type: 'PERSON', optional: true });
  const r = matchSets(gm, pm, strictOk);
  add(acc.strict, r);
  row.entityF1 = f1(r);
  add(acc.overlap, matchSets(gm, pm, (g, p) => sameType(g, p.type) && overlap({ start: g.mention_start ?? g.start, end: g.mention_end ?? g.end }, p) > 0));
  for (const t of types) {
    acc.byType[t] ??= tally();
    add(acc.byType[t], matchSets(gm.filter((g) => sameType(g, t)), pm.filter((p) => p.type === t), strictOk));
  }
  gm.forEach((g, k) => { if (r.goldTo[k] < 0 && !optionalGold(g)) row.misses.push({ kind: 'missed-entity', gold: brief(g) }); });
  pm.forEach((p, k) => { if (!r.used.has(k) && !p.optional) row.misses.push({ kind: 'spurious-entity', pred: brief(p) }); });
}

/**
 * A gold quote interrupted by its attribution (`“A,” X said. “B.”` marked as one) is found when the unused
 * predicted quotes lying mostly inside it, two or more, together cover half of it. Marks them used and returns
 * the first (whose speaker and cue are judged), or -1.
 */
function interruptedQuote(g: GoldQuote, pq: readonly PredQuote[], used: Set<number>): number {
  const parts = pq.map((_, k) => k).filter((k) => !used.has(k) && overlap(g, pq[k]) >= 0.5 * (pq[k].end - pq[k].start));
  if (parts.length < 2 || parts.reduce((n, k) => n + overlap(g, pq[k]), 0) < 0.5 * (g.end - g.start)) return -1;
  for (const k of parts) used.add(k);
  return parts[0];
}

function scoreQuotes(gold: GoldDoc, pred: PredDoc, acc: Accumulators, row: DocReport): void {
  const all = gold.quotes || [];
  const gq = all.filter((x) => !x.kind || x.kind === 'direct');
  const pq = (pred.quotes || []).filter((x) => x.status !== 'rejected');
  const used = new Set<number>();
  let tp = 0;
  for (const g of gq) {
    let i = pq.findIndex((p, k) => !used.has(k) && overlap(g, p) >= 0.5 * (g.end - g.start));
    if (i < 0) i = interruptedQuote(g, pq, used);
    if (i < 0) { row.misses.push({ kind: 'missed-quote', gold: brief(g) }); continue; }
    used.add(i);
    tp++;
    const p = pq[i];
    if (g.speaker) {
      acc.speakerGold++;
      const alts = [...(g.alt || []), ...(g.speaker.alt || [])];
      if (sameSource(g.speaker, p.speaker) || alts.some((a) => sameSource(a, p.speaker))) acc.speakerRight++;
      else row.misses.push({ kind: 'wrong-speaker', gold: brief(g.speaker), pred: p.speaker ? brief(p.speaker) : undefined });
    }
    if (g.cue) {
      acc.cueGold++;
      if (p.cue && overlap(g.cue, p.cue) > 0) acc.cueRight++;
      else row.misses.push({ kind: 'wrong-cue', gold: brief(g.cue), pred: p.cue ? brief(p.cue) : undefined });
    }
  }
  const spurious = pq.filter((p, k) => !used.has(k) && !all.some((g) => overlap(g, p) > 0));
  for (const p of spurious) row.misses.push({ kind: 'spurious-quote', pred: brief(p) });
  acc.quotes.tp += tp;
  acc.quotes.fp += spurious.length;
  acc.quotes.fn += gq.length - tp;
  row.quotes = `${tp}/${gq.length} fp ${spurious.length}`;
}

/**
 * Scores documents (in the order given; the reference sorts by file name) and returns the reference summary
 * plus each document's misses. A layer missing from a gold document's `annotation_layers` is not scored there.
 */
export function scoreDocuments(pairs: readonly DocPair[]): EvalResult {
  const acc: Accumulators = { strict: tally(), overlap: tally(), byType: {}, quotes: tally(), speakerGold: 0, speakerRight: 0, cueGold: 0, cueRight: 0 };
  const documents: DocReport[] = [];
  for (const { name, gold, pred } of pairs) {
    const layers = gold.annotation_layers || ['entities', 'quotes'];
    const p: PredDoc = pred ?? { mentions: [], quotes: [] };
    const row: DocReport = { doc: name, misses: [] };
    if (layers.includes('entities')) scoreEntities(gold, p, acc, row);
    if (layers.includes('quotes')) scoreQuotes(gold, p, acc, row);
    documents.push(row);
  }
  const summary: EvalSummary = {
    docs: documents.length,
    entity: prf(acc.strict),
    entityOverlap: prf(acc.overlap),
    byType: Object.fromEntries(Object.entries(acc.byType).map(([k, v]) => [k, prf(v)])),
    quotes: prf(acc.quotes),
    speakerAcc: acc.speakerGold ? round3(acc.speakerRight / acc.speakerGold) : null,
    cueAcc: acc.cueGold ? round3(acc.cueRight / acc.cueGold) : null,
  };
  return { summary, documents };
}
