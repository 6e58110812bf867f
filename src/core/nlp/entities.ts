import type { Entity, EntityType, ExplainTarget, Mention } from '../model';
import { PART_PREFIX, countryOf, describeFeature } from './evidence';
import { NAME_PARTICLES, ORG_HEADS, SPORTS_CUES } from './lexicon';
import type { Candidate } from './names';
import { settleOverlaps, settleSegments } from './overlaps';
import { LABELS, type Label, type Perceptron } from './perceptron';
import { recogniser } from './recogniser';
import { hasSportsSlug } from './tables';
import { featureIndex, handRule, hypothesis, shapeOf, type Item, type MentionCandidate } from './placedName';
import { applyTypedRules } from './typedRules';

/** The candidates of one paragraph, placed at the paragraph's offset in the document. */
export interface PlacedCandidates {
  offset: number;
  candidates: readonly Candidate[];
  /** Words the paragraph writes in lower case. */
  lowerWords: ReadonlySet<string>;
  /** The candidates' grouping keys (`nameKeys`), when the paragraph pass has already computed them. */
  keys?: NameKeys;
  /** How many sentences the paragraph holds, where known (unknown counts as several). */
  sentences?: number;
}

/** What grouping needs of each candidate of a paragraph, computed once with the paragraph and cached with it. */
export interface NameKeys {
  /** The key under which mentions of one name meet. */
  keys: readonly string[];
  /** Initials of multi-word names (empty for one word). */
  initials: readonly string[];
}

/** The grouping keys and initials of a paragraph's candidates. */
export function nameKeys(candidates: readonly Candidate[]): NameKeys {
  return { keys: candidates.map((c) => keyOf(c.text)), initials: candidates.map((c) => (c.words > 1 ? initials(c.text) : '')) };
}

/** Mentions and the entities that group them. */
export interface EntityResult {
  mentions: Mention[];
  entities: Entity[];
}


const ID_PREFIX: Record<EntityType, string> = { PERSON: 'person', ORG: 'org', PLACE: 'place', NORP: 'norp' };
const CONNECTOR_WORD = /^(?:of|for|the|and|&|de|du|da|der|van|von|al|el|bin|ibn|la|le|del|di|y)$/;

/** URL-safe, lower-case slug of a name: `Vladimir Putin` → `vladimir-putin`. */
export function slug(s: string): string {
  let out = slugs.get(s);
  if (out === undefined) {
    out = s.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'x';
    // Every analysis, a keystroke's too, names each entity anew; the same names recur, so their slugs are kept
    // (a bounded table: a long session over many articles starts it afresh).
    if (slugs.size >= 50_000) slugs.clear();
    slugs.set(s, out);
  }
  return out;
}
const slugs = new Map<string, string>();

/** The key under which mentions of one name meet: case, stops and apostrophes do not matter; countries by country. */
function keyOf(text: string): string {
  const country = countryOf(text);
  if (country) return `country:${country.toLowerCase()}`;
  return text.toLowerCase().replace(/[.’']/g, '').replace(/\s+/g, ' ');
}

/** Initials of a multi-word name without its connectors: `World Health Organisation` → `WHO`. */
function initials(text: string): string {
  return text.split(/[\s-]+/).filter((w) => w && !CONNECTOR_WORD.test(w)).map((w) => w[0]).join('').toUpperCase();
}

class UnionFind {
  private readonly parent = new Map<string, string>();
  find(k: string): string {
    let r = k;
    for (let p = this.parent.get(r); p !== undefined && p !== r; p = this.parent.get(r)) r = p;
    // Path compression keeps later look-ups flat.
    for (let c = k; c !== r;) { const p = this.parent.get(c) as string; this.parent.set(c, r); c = p; }
    return r;
  }
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(ra, rb);
  }
}

// A candidate's document features before they are worked out (frozen: they are never added to in place). A
// cached analyser keeps most names' features from the last analysis, so a fresh list per name would be garbage.
const NOT_YET = Object.freeze([]) as unknown as string[];

/** Starts a candidate's document features afresh (the one that depends on its paragraph alone first). */
function startDocumentFeatures(it: MentionCandidate): void {
  it.doc = it.source.unknownWords ? ['d:unknown'] : [];
}

/** Candidates of every paragraph placed in the document, with their keys and the acronyms they expand. */
function flatten(paragraphs: readonly PlacedCandidates[]): MentionCandidate[] {
  const items: MentionCandidate[] = [];
  for (const p of paragraphs) {
    const base = items.length;
    const { keys, initials: inis } = p.keys ?? nameKeys(p.candidates);
    p.candidates.forEach((c, k) => {
      items.push({
        start: p.offset + c.start, end: p.offset + c.end, text: c.text, words: c.words, descriptors: c.descriptors, features: c.features, doc: NOT_YET, source: c, index: featureIndex(c),
        key: keys[k] as string, initials: inis[k] as string, expands: undefined, root: '', acronymOf: false, team: c.team, club: c.club,
      });
    });
    p.candidates.forEach((c, k) => { if (c.expands !== undefined) (items[base + k] as MentionCandidate).expands = (items[base + c.expands] as MentionCandidate).key; });
  }
  return items;
}

/** Groups names by key, acronym (`WHO` with `World Health Organisation`) and bracketed alias. */
function groupByKey(items: MentionCandidate[]): void {
  const uf = new UnionFind();
  const byInitials = new Map<string, MentionCandidate>();
  for (const it of items) {
    uf.find(it.key);
    if (it.expands) uf.union(it.key, it.expands);
    if (it.words > 1 && it.initials.length > 1 && !hypothesis(it.source) && !byInitials.has(it.initials)) byInitials.set(it.initials, it);
  }
  for (const it of items) {
    if (it.words !== 1 || !shapeOf(it.source).acronym || it.key.startsWith('country:')) continue;
    const full = byInitials.get(it.text.replace(/\./g, ''));
    // A body's acronym the lists know, or an agency's credit, abbreviates no person's name that has its initials
    // (`DUBLIN (AP) -` and the fly-half `Andrew Porter` in the line-up).
    if (!full || ((handRule(it) === 'ORG' || it.features.includes('e:acronym-known-org')) && full.features.includes('e:cg-first-name'))) continue;
    uf.union(it.key, full.key);
    it.acronymOf = true;
  }
  for (const it of items) it.root = uf.find(it.key);
}

// Evidence that says nothing about other mentions of the name.
const LOCAL_ONLY: ReadonlySet<string> = new Set(['e:initial', 'e:caption', 'e:shouting', 'e:possessive', 'e:after-capitalised']);
const isEvidence = (f: string): boolean => f.startsWith('e:') && !LOCAL_ONLY.has(f);

/** The evidence of a candidate that speaks for its other mentions too, computed once per paragraph. */
function evidenceOf(c: Candidate): readonly string[] {
  return (c.evidence ??= [...new Set(c.features.filter(isEvidence))]);
}


// Prefixed feature names (`g:e:age`), made once: the same few strings recur in every analysis.
const prefixed = new Map<string, Map<string, string>>();
const withPrefix = (prefix: string, f: string): string => {
  let m = prefixed.get(prefix);
  if (!m) { m = new Map(); prefixed.set(prefix, m); }
  let v = m.get(f);
  if (v === undefined) { v = prefix + f; m.set(f, v); }
  return v;
};


/** Every feature of a candidate: its local ones and its document's (a run's part: those it was last weighed by, `partView`). */
export function featuresOf(c: MentionCandidate): string[] {
  return c.source.part ? [...(c.partView ?? [])] : [...c.features, ...c.doc];
}

/**
 * What a part of a run of capitals (`runParts`) is weighed by: where it sits in its run, and what the recogniser
 * makes of the part and of the whole run as names, its best type and how far above "no name" (`part|base=PERSON:p2`,
 * `part|run=O:n1`, and the two together). The part's weights are its own (`part|…`), learned from parts alone:
 * thousands of parts that are no name (`Urban Development`, `Merrill Lynch` inside longer names) would otherwise
 * teach the weights of whole names that their words are no name. `model` is the first pass (parts are weighed once,
 * over the first pass's document features; in training, by a model that did not see the document).
 */
export function partView(c: MentionCandidate, model: Perceptron): string[] {
  const own = model.scores(c.doc, localScores(c.source, model));
  const run = c.source.run;
  const pos = c.features.includes('run:open') ? 'open' : c.features.includes('run:end') ? 'end' : 'inside';
  const out = [withPrefix(PART_PREFIX, 'bias')];
  for (const f of c.features) if (PART_VIEW.rich || f.startsWith('run:')) out.push(withPrefix(PART_PREFIX, f));
  const base = opinion(own);
  out.push(withPrefix(PART_PREFIX, `base=${base}`), withPrefix(PART_PREFIX, `${pos}:base=${base}`));
  if (run) {
    const whole = opinion(localScores(run, model));
    out.push(withPrefix(PART_PREFIX, `run=${whole}`), withPrefix(PART_PREFIX, `base=${base}|run=${whole}`), withPrefix(PART_PREFIX, `${pos}:base=${base}|run=${whole}`));
  }
  return (c.partView = out);
}

/** Training option: whether a part's view also holds its own local features (under `part|`). */
export const PART_VIEW = { rich: true };

/** The local features' scores of a paragraph's candidate, cached with it per model. */
function localScores(c: Candidate, model: Perceptron): number[] {
  const cache = (c.scores ??= new WeakMap());
  let local = cache.get(model);
  if (!local) { local = model.scores(c.features); cache.set(model, local); }
  return local;
}

// How far the best type stands above "no name", in bands of the perceptron's units.
const MARGIN_BANDS = [-10, -5, -2, 0, 2, 5, 10];

/** `PERSON:3`: the best type other than "no name" and the band of its score above "no name". */
function opinion(s: readonly number[]): string {
  let best = 1;
  for (let k = 2; k < s.length; k++) if ((s[k] as number) > (s[best] as number)) best = k;
  const m = (s[best] as number) - (s[0] as number);
  let band = 0;
  while (band < MARGIN_BANDS.length && m >= (MARGIN_BANDS[band] as number)) band++;
  return `${LABELS[best] as string}:${band}`;
}

/** Whether the article writes `word` in lower case anywhere. */
type LowerCase = (word: string) => boolean;

/** The lower-case test of `options`, or one over the paragraphs' word sets, built on first use. */
function lowerCaseOf(options: ResolveOptions, paragraphs: readonly PlacedCandidates[]): LowerCase {
  if (options.lowerCase) return options.lowerCase;
  let lowerWords: Set<string> | null = null;
  return (w) => {
    if (!lowerWords) { lowerWords = new Set(); for (const p of paragraphs) for (const x of p.lowerWords) lowerWords.add(x); }
    return lowerWords.has(w);
  };
}

/** What the document features read of the article: each group's evidence and size, and the longer names by end word. */
interface DocumentTables {
  groupEvidence: Map<string, Map<string, number>>;
  groupSize: Map<string, number>;
  ends: Map<string, Set<string>>;
  starts: Map<string, Set<string>>;
}

/**
 * The document tables, for the groups in `roots` and the words in `words` only (all when null): an edit re-reads
 * only what its names touch. Built in document order, so a table's order is the same however much is asked for.
 */
function documentTables(items: readonly MentionCandidate[], roots: ReadonlySet<string> | null, words: ReadonlySet<string> | null): DocumentTables {
  const groupEvidence = new Map<string, Map<string, number>>();
  const groupSize = new Map<string, number>();
  const ends = new Map<string, Set<string>>();
  const starts = new Map<string, Set<string>>();
  for (const it of items) {
    // A part of a run reads the article's other mentions but is not one of them (`runParts`); nor is a taught name
    // proposed beside a longer candidate (`yields`).
    if (hypothesis(it.source)) continue;
    if (!roots || roots.has(it.root)) {
      groupSize.set(it.root, (groupSize.get(it.root) ?? 0) + 1);
      const g = groupEvidence.get(it.root) ?? new Map<string, number>();
      for (const f of evidenceOf(it.source)) g.set(f, (g.get(f) ?? 0) + 1);
      groupEvidence.set(it.root, g);
    }
    if (it.words < 2) continue;
    const shape = shapeOf(it.source);
    if (!shape.longer) continue;
    const add = (m: Map<string, Set<string>>, w: string): void => {
      if (words && !words.has(w)) return;
      const s = m.get(w) ?? new Set<string>();
      for (const f of evidenceOf(it.source)) s.add(f);
      m.set(w, s);
    };
    if (!shape.compassBeforeLast) add(ends, shape.last);
    add(starts, shape.first);
  }
  return { groupEvidence, groupSize, ends, starts };
}

/**
 * Adds one name's document-level features: what the article's other mentions of the name say (one sense per
 * article, weighed as evidence, not imposed), whether a one-word name ends or opens a longer one, whether the
 * article writes the words in lower case. Whatever else of the article a feature reads must also invalidate
 * `DocumentMemo`'s remembered results when it changes. Whether the article is a sports report is no feature: one
 * training document is one, too few to weigh it (it had taught every name of a report, players too, towards ORG);
 * a report's teams are the rules' (`readPlacesAsTeams`).
 */
function addDocumentFeatures(it: MentionCandidate, t: DocumentTables, common: LowerCase, alone: boolean): void {
  startDocumentFeatures(it);
  const own = evidenceOf(it.source);
  const f = it.doc;
  if (alone) aloneFeatures(it, f);
  if (it.acronymOf) f.push('d:acronym-of');
  // The tables count the name itself, unless it is a part of a run or a taught name beside a longer one (left out).
  const self = hypothesis(it.source) ? 0 : 1;
  const g = t.groupEvidence.get(it.root);
  if (g) for (const [e, n] of g) if (n > (own.includes(e) ? self : 0)) f.push(withPrefix('g:', e));
  if ((t.groupSize.get(it.root) ?? 0) > self) f.push('d:repeated');
  const shape = shapeOf(it.source);
  if (shape.short !== undefined) {
    const end = t.ends.get(shape.short);
    if (end) { f.push('d:last-of-longer'); for (const e of end) f.push(withPrefix('l:', e)); }
    const start = it.words === 1 ? t.starts.get(it.text) : undefined;
    if (start) { f.push('d:first-of-longer'); for (const e of start) f.push(withPrefix('l:', e)); }
  }
  const words = shape.lowered;
  if (it.words >= 2 && it.words <= 3 && it.doc.includes('d:unknown')) f.push(words.some(common) ? 'd:unknown-name-lower' : 'd:unknown-name');
  // A surname's particle is written in lower case inside the full name (`Charles de Gaulle`, then `De Gaulle`).
  if (common(words[0] as string) && !(it.words > 1 && shape.short !== undefined)) f.push('d:lower-first');
  if (common(words[words.length - 1] as string)) f.push('d:lower-last');
}

// A text of one sentence (a news sentence sent alone, a line pasted in) has no other mentions to read a name by, and
// a name alone in it is more often a first mention: its length, and whether the lists know it as a person's name or
// not at all, weigh apart there (`d:alone|words=1`, `d:alone|k:surname`). Conjunctions with the other lists and the
// evidence learnt the corpora's sentences' quirks (MODEL.md, round 25).
const ALONE_LISTS: ReadonlySet<string> = new Set(['k:surname', 'k:personName', 'k:firstName', 'k:famous', 'k:none']);
const conjoinedAlone = (f: string): boolean => f.startsWith('words=') || ALONE_LISTS.has(f);

function aloneFeatures(it: MentionCandidate, f: string[]): void {
  f.push('d:alone');
  for (const x of it.features) if (conjoinedAlone(x)) f.push(withPrefix('d:alone|', x));
}

/** Whether a feature is one of those read apart in a text of one sentence. */
export const isAloneFeature = (f: string): boolean => f.startsWith('d:alone');

/** Whether the document is one sentence (see `aloneFeatures`). */
export const isAlone = (paragraphs: readonly PlacedCandidates[]): boolean => paragraphs.length === 1 && paragraphs[0]?.sentences === 1;

/**
 * Every candidate name of the document with its features and group, before typing: what the recogniser reads,
 * and what training aligns with gold annotations.
 */
export function documentCandidates(paragraphs: readonly PlacedCandidates[], options: ResolveOptions = {}): MentionCandidate[] {
  const items = flatten(paragraphs);
  groupByKey(items);
  const tables = documentTables(items, null, null);
  const common = lowerCaseOf(options, paragraphs);
  const alone = isAlone(paragraphs);
  for (const it of items) addDocumentFeatures(it, tables, common, alone);
  return items;
}

/**
 * A surname or first name alone joins the full name it shortens (`Putin` → `Vladimir Putin`): the nearest full
 * name before it, else the first one after it. Done per mention, so two people who share a surname stay apart.
 */
function linkShortNames(items: Item[]): void {
  const byLast = new Map<string, Item[]>();
  const byFirst = new Map<string, Item[]>();
  for (const it of items) {
    if (it.words < 2 || it.type !== 'PERSON') continue;
    const parts = shapeOf(it.source).lowered;
    const push = (m: Map<string, Item[]>, k: string): void => { const l = m.get(k) ?? []; l.push(it); m.set(k, l); };
    push(byLast, parts[parts.length - 1] as string);
    push(byFirst, parts[0] as string);
  }
  for (const it of items) {
    if (it.words !== 1 || it.type !== 'PERSON') continue;
    const w = shapeOf(it.source).lower;
    const fulls = byLast.get(w) ?? byFirst.get(w);
    if (!fulls) continue;
    // Binary search for the last full name before this mention (the lists are in document order), so a long
    // article with many mentions of one person stays linear-logarithmic.
    let lo = 0;
    let hi = fulls.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if ((fulls[mid] as Item).start < it.start) lo = mid + 1; else hi = mid; }
    it.group = (fulls[lo > 0 ? lo - 1 : 0] as Item).group;
  }
}

/**
 * A one-word organisation name that opens or closes the name of an organisation of the article joins it:
 * `Nordvik` after `Nordvik Energy`, `Rovers` after `Blackburn Rovers`. The nearest such name before it wins,
 * else the first one after it.
 */
function linkShortOrgNames(items: Item[]): void {
  const byWord = new Map<string, Item>();
  const firstByWord = new Map<string, Item>();
  const waiting: Item[] = [];
  for (const it of items) {
    if (it.type !== 'ORG') continue;
    const shape = shapeOf(it.source);
    if (it.words === 1 && !shape.acronym && !ORG_HEADS.has(shape.lower)) {
      const full = byWord.get(shape.lower);
      if (full) it.group = full.group;
      else waiting.push(it);
    } else if (it.words > 1) {
      const parts = shape.lowered;
      for (const w of [parts[0] as string, parts[parts.length - 1] as string]) { byWord.set(w, it); if (!firstByWord.has(w)) firstByWord.set(w, it); }
    }
  }
  // A short form before any full one (a headline's `Nordvik`) takes the first full name after it.
  for (const it of waiting) { const full = firstByWord.get(shapeOf(it.source).lower); if (full) it.group = full.group; }
}

/** Options for `resolveEntities`. */
export interface ResolveOptions {
  /** Country names stand for national teams (a sports report). */
  countriesAsTeams?: boolean;
  /**
   * Whether the article writes `word` in lower case anywhere; by default read from the paragraphs' word sets.
   * A cached analyser passes an index it keeps up to date across edits.
   */
  lowerCase?: (word: string) => boolean;
  /** Add to each mention the features that weighed most for its type (to those overlapping a span, if one is given). */
  explain?: boolean | ExplainTarget;
  /** The recogniser to type names with; the shipped one by default. */
  model?: Perceptron;
  /** With `model`: the second pass, which also reads what the first made of the article's other mentions. */
  second?: Perceptron;
  /** Whose annotation conventions to follow (`DOMAIN` by default; '' for the general weights only). */
  domain?: string;
  /** Wire sports copy (a sports slug): a national team keeps its country's type, as the wire writes it. */
  wireSports?: boolean;
  /** What the last analysis of this article made of its names, to re-type only what an edit can have changed. */
  memo?: DocumentMemo;
  /**
   * How overlapping names are settled: null, the surest first (`settleOverlaps`); a number, the best segmentation
   * with that penalty for each name beyond the first (`settleSegments`). `SETTLE` by default.
   */
  settle?: number | null;
  /** Whether a run's part typed as a name clears its run's type before overlaps are settled; `PARTS_WIN` by default. */
  partsWin?: boolean;
}

/**
 * A part is weighed knowing what the recogniser makes of its whole run (`partView`), so a part it types as a name
 * says the run is several names: the run gives way (chosen by cross-validation, MODEL.md *Runs of names read in parts*).
 */
export const PARTS_WIN = true;

/** How analysis settles overlapping names (chosen by cross-validation, MODEL.md *Runs of names read in parts*). */
export const SETTLE: number | null = null;

// Distinct sports words needed before a report's country names are read as teams.
const SPORTS_REPORT_CUES = 4;

/** What one stretch of text says of sport: whether a line opens with a wire sports slug, and its sports words. */
export interface SportsSignals {
  slug: boolean;
  /** The distinct sports-only words in it, lower case, singular (`goal`, `penalty`). */
  cues: readonly string[];
}

/** The sports signals of one paragraph (the editor's analyser remembers them with the paragraph). */
export function sportsSignals(text: string): SportsSignals {
  const seen = new Set<string>();
  SPORTS_CUES.lastIndex = 0;
  for (let m = SPORTS_CUES.exec(text); m && seen.size < SPORTS_REPORT_CUES; m = SPORTS_CUES.exec(text)) seen.add(m[0].toLowerCase().replace(/s$/, ''));
  return { slug: hasSportsSlug(text), cues: [...seen] };
}

/**
 * Whether a document whose paragraphs have these signals is a sports report, and wire sports copy: a wire sports
 * slug, or several distinct words only sports reports use. Read per paragraph so that a keystroke does not scan
 * the whole article again (no cue spans a blank line).
 */
export function sportsOf(paragraphs: readonly SportsSignals[]): { report: boolean; wire: boolean } {
  const wire = paragraphs.some((p) => p.slug);
  if (wire) return { report: true, wire };
  const seen = new Set<string>();
  for (const p of paragraphs) {
    for (const c of p.cues) seen.add(c);
    if (seen.size >= SPORTS_REPORT_CUES) return { report: true, wire };
  }
  return { report: false, wire };
}

/** True when the text reads as a sports report: a wire sports slug, or several distinct words only sports reports use. */
export function isSportsReport(text: string): boolean {
  return sportsOf([sportsSignals(text)]).report;
}

/**
 * The type of one candidate: nationalities and groups come from the lexicon (NORP is in none of the training
 * corpora), everything else from the recogniser.
 */
export function typeOf(c: MentionCandidate, model: Perceptron, domain = DOMAIN): EntityType | null {
  return typed(c, model, domain).type;
}

/**
 * How sure the first pass was of its reading, which the second pass weighs with it: `weak` when the best label's
 * score is within `SURENESS.weak` of the next, `sure` when it leads by `SURENESS.sure` or more, nothing in between or when
 * a hand rule decided. A first-pass ORG the evidence barely carried is worth less than one it carried far.
 */
export type Sureness = 'weak' | 'sure' | '';
/** The margins (training may try others: `npm run train -- --cv --sweep '{"weakMargin":5}'`). */
export const SURENESS = { weak: 8, sure: 25 };

/** The type of one candidate (as `typeOf`) and how sure the model was of it. */
export function typed(c: MentionCandidate, model: Perceptron, domain = DOMAIN): { type: EntityType | null; sure: Sureness } {
  const rule = handRule(c);
  if (rule !== undefined) return { type: rule, sure: '' };
  let scores: number[];
  if (domain) {
    scores = model.scores(inDomain(c.source.part ? partView(c, model) : featuresOf(c), domain));
  } else {
    // The local features' scores are cached with the paragraph's candidate, so an edit re-scores only the
    // document features of the names of unchanged paragraphs.
    const cache = (c.source.scores ??= new WeakMap());
    let local = cache.get(model);
    if (!local) { local = model.scores(c.features); cache.set(model, local); }
    scores = c.source.part ? model.scores(partView(c, model)) : model.scores(c.doc, local);
  }
  const label: Label = model.best(scores);
  if (label !== 'PERSON' && honorificBefore(c)) return { type: 'PERSON', sure: '' };
  const [top = 0, next = 0] = [...scores].sort((x, y) => y - x);
  const margin = top - next;
  return { type: label === 'O' ? null : label, sure: margin < SURENESS.weak ? 'weak' : margin >= SURENESS.sure ? 'sure' : '' };
}

/**
 * A name after an honorific (`Mr Goma`, `Dame Kelly`) is a person, whatever else it names: the corpora show it, so
 * the recogniser learns from those names like any others, but too seldom for a title to outweigh a city gazetteer
 * and a cluster of cities every time.
 */
function honorificBefore(c: MentionCandidate): boolean {
  return c.features.includes('e:honorific');
}

/**
 * The corpus whose feature copies analysis reads ('' for none). Training can give every feature a general copy
 * and a copy per corpus (`gum|e:title`, `train.ts --sweep '{"domains":true}'`), so that what the corpora disagree
 * on is learned apart; it measured no better in cross-validation (MODEL.md), so the shipped weights have only
 * the general copies. Kept for per-user weights learned from a person's decisions.
 */
export const DOMAIN = '';

/** Features with their copies for `domain` (none without a domain). */
export function inDomain(features: readonly string[], domain: string): string[] {
  if (!domain) return [...features];
  const out = [...features];
  for (const f of features) out.push(`${domain}|${f}`);
  return out;
}


/**
 * An acronym names what it abbreviates: grouped with the longer name (`Kennedy Space Center (KSC)`, `WHO` after
 * `World Health Organisation`), it takes that name's type, whatever its own weak evidence says.
 */
function typeAcronymsAsTheirNames(items: Item[]): void {
  const full = new Map<string, EntityType>();
  for (const it of items) if (it.words > 1 && it.type && it.type !== 'NORP' && !full.has(it.root)) full.set(it.root, it.type);
  for (const it of items) {
    if (it.words !== 1 || !shapeOf(it.source).acronym || it.key.startsWith('country:') || it.source.ruleWhy) continue;
    const t = full.get(it.root);
    if (t && it.type !== 'NORP') it.type = t;
  }
}


/** What the second pass reads of the first's types: per group, and per end word of longer names and per one-word name. */
interface PassTables {
  byRoot: Map<string, Map<string, number>>;
  longer: Map<string, Set<string>>;
  single: Map<string, Set<string>>;
}

/** The pass tables for the groups in `roots` and the words in `words` only (all when null), in document order. */
function passTables(items: ReadonlyArray<MentionCandidate & { type: EntityType | null }>, roots: ReadonlySet<string> | null, words: ReadonlySet<string> | null): PassTables {
  const byRoot = new Map<string, Map<string, number>>();
  const longer = new Map<string, Set<string>>();
  const single = new Map<string, Set<string>>();
  const add = (m: Map<string, Set<string>>, k: string, t: string): void => {
    if (words && !words.has(k)) return;
    const x = m.get(k) ?? new Set<string>();
    x.add(t);
    m.set(k, x);
  };
  for (const it of items) {
    if (hypothesis(it.source)) continue;
    const t = it.type ?? 'O';
    if (!roots || roots.has(it.root)) {
      const m = byRoot.get(it.root) ?? new Map<string, number>();
      m.set(t, (m.get(t) ?? 0) + 1);
      byRoot.set(it.root, m);
    }
    if (it.words > 1) { const shape = shapeOf(it.source); add(longer, shape.first, t); add(longer, shape.last, t); } else add(single, it.text, t);
  }
  return { byRoot, longer, single };
}

/**
 * One name's second-pass features: what the first pass made of the article's other mentions of the name (the most
 * common type among them), of the longer names a one-word name ends or opens, of the one-word names a longer name
 * ends or opens with, and of the mention itself. One sense per article, learned rather than imposed.
 */
function passFeaturesOf(it: MentionCandidate & { type: EntityType | null; sure?: Sureness }, t: PassTables): string[] {
  const own = it.type ?? 'O';
  const out = [withPrefix('p:self=', own)];
  if (it.sure) out.push(withPrefix(`p:${it.sure}=`, own));
  let best = '';
  let n = 0;
  for (const [type, c] of t.byRoot.get(it.root) ?? []) {
    const k = c - (type === own && !hypothesis(it.source) ? 1 : 0);
    if (k > n || (k === n && k > 0 && type < best)) { best = type; n = k; }
  }
  if (n > 0) out.push(withPrefix('p:group=', best));
  if (it.words === 1) for (const type of [...(t.longer.get(it.text) ?? [])].sort()) out.push(withPrefix('p:longer=', type));
  else { const shape = shapeOf(it.source); for (const w of [shape.first, shape.last]) for (const type of [...(t.single.get(w) ?? [])].sort()) out.push(withPrefix('p:shorter=', type)); }
  return out;
}

/** The second pass's features of every name (see `passFeaturesOf`), from the first pass's types in `type`. */
export function passFeatures(items: ReadonlyArray<MentionCandidate & { type: EntityType | null; sure?: Sureness }>): string[][] {
  const tables = passTables(items, null, null);
  return items.map((it) => passFeaturesOf(it, tables));
}

/** `title "Sir" before (+2.1)`: the features that weighed most for the mention's type. */
function explanation(c: MentionCandidate, type: EntityType, model: Perceptron, domain: string): string[] {
  if (c.source.ruleWhy && c.source.rule === type) return [c.source.ruleWhy];
  const rule = handRule(c);
  if (rule === 'NORP') return ['nationality or group name (lexicon rule)'];
  if (rule === 'ORG') return ['agency credit (rule)'];
  if (rule === 'PLACE') return ['wire dateline (rule)'];
  // A run's part is weighed by its view (`partView`), which a part remembered from the last analysis has not built.
  const features = c.source.part ? partView(c, model) : featuresOf(c);
  if (c.team && type === 'ORG' && model.predict(features) !== 'ORG') return ['team in a sports report (rule)'];
  if (type === 'PERSON' && honorificBefore(c) && model.predict(inDomain(features, domain)) !== 'PERSON') return ['honorific before (rule)'];
  return model.explain(inDomain(features, domain), type as Label).map((x) => `${describeFeature(x.feature)} (${x.weight > 0 ? '+' : '−'}${Math.abs(x.weight).toFixed(1)})`);
}

/** Whether `explain` asks for the candidate's explanation: all do for `true`, those overlapping its span otherwise. */
function explains(explain: ResolveOptions['explain'], c: { start: number; end: number }): boolean {
  if (!explain) return false;
  return explain === true || (c.start < explain.end && explain.start < c.end) || (c.start === explain.start && c.end === explain.end);
}

/** Types every name of the article from scratch: document features, first pass, second-pass features, second pass. */
function typeAll(items: Item[], common: LowerCase, first: Perceptron, second: Perceptron | undefined, domain: string, alone: boolean): void {
  const tables = documentTables(items, null, null);
  for (const it of items) {
    addDocumentFeatures(it, tables, common, alone);
    ({ type: it.type, sure: it.sure } = typed(it, first, domain));
  }
  if (!second) return;
  const extra = passFeatures(items);
  // A run's part keeps its first-pass type (`partView`).
  items.forEach((it, i) => { if (it.source.part) return; it.doc.push(...(extra[i] as string[])); it.type = typeOf(it, second, domain); });
}

/** One name's document-level results, remembered between analyses of an edited article (see `DocumentMemo`). */
interface Remembered {
  /** What the results depend on besides the tables and the lower-case words: the name's group and acronym link. */
  root: string;
  acronymOf: boolean;
  /** Document features and type of the first pass, and of the second (the same when there is none). */
  doc1: string[];
  type1: EntityType | null;
  sure1: Sureness;
  doc2: string[];
  type2: EntityType | null;
}

/** A paragraph of the last article: how many times it occurs, and the words it writes in lower case. */
interface SeenParagraph {
  count: number;
  lowerWords: ReadonlySet<string>;
}

/**
 * What a cached analyser remembers of the last article's names, so that an edit re-types only the names it can
 * have changed: the names of the changed paragraphs, the names grouped with them (by key, acronym or alias), the
 * one-word names that open or end them and the longer names they open or end, and names with a word the article
 * now writes in lower case or no longer does; in the second pass, also the names that read a first-pass type that
 * changed. Everything else keeps its document features and types. The result is exactly that of a fresh analysis:
 * the tables a re-typed name reads are built over the whole article in document order, only restricted to the
 * groups and words it asks for. The lower-case test must answer from the paragraphs' `lowerWords` (as the default
 * and the analyser's word index do), so that only the words of paragraphs that came or went can change answer.
 */
export class DocumentMemo {
  private config: readonly unknown[] = [];
  /** The last article's paragraphs, by their candidate lists (cached with the paragraph, so the same while it is). */
  private paragraphs = new Map<readonly Candidate[], SeenParagraph>();
  private order: (readonly Candidate[])[] = [];
  private readonly remembered = new Map<Candidate, Remembered>();
  /** The lower-case test's answer, at the last call, for every word of a remembered name. */
  private readonly lower = new Map<string, boolean>();
  private last = { retyped: 0, names: 0 };

  /** How many names the last call re-typed (document features or a pass computed again)… */
  get retyped(): number {
    return this.last.retyped;
  }

  /** … of how many. */
  get names(): number {
    return this.last.names;
  }

  /** Forgets the last article. */
  clear(): void {
    this.remembered.clear();
    this.lower.clear();
    this.paragraphs = new Map();
    this.order = [];
  }

  /** Sets each item's `doc` and `type` (after the second pass), re-computing only what changed since the last call. */
  type(items: Item[], paragraphs: readonly PlacedCandidates[], common: LowerCase, first: Perceptron, second: Perceptron | undefined, domain: string): void {
    // A text that gains a second sentence or is cut to one is read afresh (`aloneFeatures`).
    const alone = isAlone(paragraphs);
    const config = [first, second, domain, alone];
    if (config.some((x, i) => x !== this.config[i])) {
      this.remembered.clear();
      this.config = config;
    }
    // Paragraphs whose candidate lists came, went or changed in number: their names and words are what changed.
    const seen = new Map<readonly Candidate[], SeenParagraph>();
    const order: (readonly Candidate[])[] = [];
    for (const p of paragraphs) {
      const s = seen.get(p.candidates);
      if (s) s.count++;
      else seen.set(p.candidates, { count: 1, lowerWords: p.lowerWords });
      if (p.candidates.length > 0) order.push(p.candidates);
    }
    const changed = new Set<Candidate>();
    const dirtyRoots = new Set<string>();
    const dirtyWords = new Set<string>();
    const touched: ReadonlySet<string>[] = [];
    // With nothing remembered (a first analysis, a new model) every name is typed afresh: what changed is moot.
    if (this.remembered.size > 0) {
      for (const [list, s] of seen) {
        if (this.paragraphs.get(list)?.count === s.count) continue;
        for (const c of list) changed.add(c);
        touched.push(s.lowerWords);
      }
      for (const [list, s] of this.paragraphs) {
        if (seen.has(list)) continue;
        touched.push(s.lowerWords);
        for (const c of list) {
          const r = this.remembered.get(c);
          if (!r) continue;
          const shape = shapeOf(c);
          dirtyRoots.add(r.root);
          dirtyWords.add(c.text).add(shape.first).add(shape.last);
          this.remembered.delete(c);
        }
      }
      // The tables are in document order: paragraphs that moved without changing (cut and pasted) re-type everything.
      const kept = (lists: readonly (readonly Candidate[])[], other: ReadonlyMap<readonly Candidate[], unknown>): (readonly Candidate[])[] => lists.filter((l) => other.has(l) && !changed.has(l[0] as Candidate));
      const before = kept(this.order, seen);
      const now = kept(order, this.paragraphs);
      if (before.length !== now.length || before.some((l, i) => l !== now[i])) this.remembered.clear();
    }
    this.paragraphs = seen;
    this.order = order;
    // Words whose lower-case answer changed: only words of the paragraphs that came or went can.
    const flipped = new Set<string>();
    if (this.remembered.size === 0) {
      this.lower.clear();
    } else {
      for (const words of touched) {
        for (const w of words) {
          const was = this.lower.get(w);
          if (was === undefined || flipped.has(w)) continue;
          const is = common(w);
          if (is !== was) { flipped.add(w); this.lower.set(w, is); }
        }
      }
    }

    const n = items.length;
    const olds: (Remembered | undefined)[] = new Array(n);
    // Every name is re-typed: the sets that tell which ones, and which tables they read, are not needed.
    const all = this.remembered.size === 0;
    for (let i = 0; i < n && !all; i++) {
      const it = items[i] as Item;
      const r = this.remembered.get(it.source);
      olds[i] = r;
      if (!r || changed.has(it.source)) {
        const shape = shapeOf(it.source);
        dirtyRoots.add(it.root);
        dirtyWords.add(it.text).add(shape.first).add(shape.last);
        if (r) dirtyRoots.add(r.root);
      } else if (r.root !== it.root) {
        dirtyRoots.add(r.root).add(it.root);
      }
    }
    // First pass: a name whose group, acronym link, longer names or lower-case words may have changed.
    const next: (Remembered | undefined)[] = new Array(n);
    let dirty = 0;
    const roots = new Set<string>();
    const words = new Set<string>();
    for (let i = 0; i < n; i++) {
      const it = items[i] as Item;
      const r = olds[i];
      const short = shapeOf(it.source).short;
      if (r && !changed.has(it.source) && r.root === it.root && r.acronymOf === !!it.acronymOf && !dirtyRoots.has(it.root)
        && !(short !== undefined && dirtyWords.has(short)) && !(flipped.size > 0 && shapeOf(it.source).lowered.some((w) => flipped.has(w)))) continue;
      next[i] = { root: it.root, acronymOf: !!it.acronymOf, doc1: NOT_YET, type1: null, sure1: '', doc2: NOT_YET, type2: null };
      dirty++;
      if (!all) {
        roots.add(it.root);
        if (short !== undefined) words.add(short);
      }
      for (const w of shapeOf(it.source).lowered) if (!this.lower.has(w)) this.lower.set(w, common(w));
    }
    const tables = dirty === n ? documentTables(items, null, null) : documentTables(items, roots, words);
    for (let i = 0; i < n; i++) {
      const it = items[i] as Item;
      const m = next[i];
      if (m) {
        addDocumentFeatures(it, tables, common, alone);
        ({ type: it.type, sure: it.sure } = typed(it, first, domain));
        m.doc1 = m.doc2 = it.doc;
        m.type1 = m.type2 = it.type;
        m.sure1 = it.sure;
      } else {
        const r = olds[i] as Remembered;
        it.doc = r.doc1;
        it.type = r.type1;
        it.sure = r.sure1;
      }
    }
    if (second) {
      // Second pass: also a name that reads a first-pass type that changed (its group's, or its longer or shorter names').
      // When every name was re-typed in the first pass, every one is in the second, over the whole tables.
      const every = dirty === n;
      for (let i = 0; i < n && !every; i++) {
        const m = next[i];
        const r = olds[i];
        if (!m || (r && r.type1 === m.type1 && r.sure1 === m.sure1 && r.root === m.root)) continue;
        const it = items[i] as Item;
        const shape = shapeOf(it.source);
        dirtyRoots.add(it.root);
        dirtyWords.add(it.text).add(shape.first).add(shape.last);
      }
      roots.clear();
      words.clear();
      for (let i = 0; i < n && !every; i++) {
        const it = items[i] as Item;
        const shape = shapeOf(it.source);
        if (!next[i]) {
          if (!dirtyRoots.has(it.root) && !(it.words === 1 ? dirtyWords.has(it.text) : dirtyWords.has(shape.first) || dirtyWords.has(shape.last))) continue;
          const r = olds[i] as Remembered;
          next[i] = { ...r, doc2: r.doc1 };
          dirty++;
        }
        roots.add(it.root);
        if (it.words === 1) words.add(it.text);
        else words.add(shape.first).add(shape.last);
      }
      const passes = dirty === n ? passTables(items, null, null) : passTables(items, roots, words);
      for (let i = 0; i < n; i++) {
        const it = items[i] as Item;
        const m = next[i];
        if (m) {
          // A run's part keeps its first-pass type (`partView`).
          it.doc = it.source.part ? m.doc1 : [...m.doc1, ...passFeaturesOf(it, passes)];
          it.type = it.source.part ? m.type1 : typeOf(it, second, domain);
          m.doc2 = it.doc;
          m.type2 = it.type;
        } else {
          const r = olds[i] as Remembered;
          it.doc = r.doc2;
          it.type = r.type2;
        }
      }
    }
    for (let i = 0; i < n; i++) {
      const m = next[i];
      if (m) this.remembered.set((items[i] as Item).source, m);
    }
    this.last = { retyped: dirty, names: n };
  }
}

// Group keys (`root` NUL `type`), made once per group and type: a fresh string per mention would be hashed anew
// at every analysis.
const groupKeys = new Map<string, Partial<Record<EntityType, string>>>();
function groupOf(root: string, type: EntityType): string {
  let byType = groupKeys.get(root);
  if (!byType) {
    // The names of every article analysed meet here: start again rather than grow without bound.
    if (groupKeys.size > 50000) groupKeys.clear();
    byType = {};
    groupKeys.set(root, byType);
  }
  return (byType[type] ??= `${root}\u0000${type}`);
}

/** A run with a part typed as a name is no name itself (unless a hand rule typed it). */
/** Whether a name particle of the news lexicon stands in lower case between capitalised words (`Lula da Silva`, `Kengo wa Dondo`). */
function particleInside(text: string): boolean {
  const words = text.split(/\s+/u);
  return words.some((w, i) => i > 0 && i < words.length - 1 && NAME_PARTICLES.has(w) && /^\p{Lu}/u.test(words[i - 1] as string) && /^\p{Lu}/u.test(words[i + 1] as string));
}

function runsGiveWay(items: Item[]): void {
  items.forEach((part, i) => {
    const run = part.source.run;
    if (!run || !part.type) return;
    // The run is among the items of the same paragraph around the part (a repeated paragraph shares its candidates,
    // so the run is found by place, not by candidate alone).
    const isRun = (x: Item | undefined): boolean => !!x && x.source === run && x.start <= part.start && part.end <= x.end;
    let whole: Item | undefined;
    for (let j = i - 1; j >= 0 && !whole && (items[j] as Item).end > part.start - 1000; j--) if (isRun(items[j])) whole = items[j];
    for (let j = i + 1; j < items.length && !whole && (items[j] as Item).start <= part.start; j++) if (isRun(items[j])) whole = items[j];
    // A person an office names in full is one person, however many names its words could be (`President Luiz
    // Inacio Lula da Silva`, whose `Lula da Silva` alone had won).
    // So is a person whose name holds a particle between its words (`Luiz Inacio Lula da Silva`, `Maria da Graca
    // Foster`): no two names run together so.
    if (whole && whole.type && handRule(whole) === undefined && !(whole.type === 'PERSON' && (whole.features.includes('e:title') || particleInside(whole.text)))) whole.type = null;
  });
}

/**
 * A taught name proposed inside or across longer candidates (`yields`) loses its type to any overlapping name the
 * analyser keeps that reaches beyond it: the workspace marked `Bush`, the analyser keeps `George W. Bush`, and
 * cutting the longer name was measured to cost more than it gains (MODEL.md, *Choosing what to trust*). Where
 * nothing longer is kept (the run typed no name, or given way to a part elsewhere in it), the taught name stands
 * and the names inside it give way to it, as they do where a marked name covers them.
 */
function taughtNamesYield(items: Item[]): void {
  items.forEach((taught, i) => {
    if (!taught.source.yields || !taught.type) return;
    const overlapping: Item[] = [];
    // Candidates overlapping it are those of its paragraph around it in document order (as for `runsGiveWay`).
    for (let j = i - 1; j >= 0 && (items[j] as Item).end > taught.start - 1000; j--) overlapping.push(items[j] as Item);
    for (let j = i + 1; j < items.length && (items[j] as Item).start < taught.end; j++) overlapping.push(items[j] as Item);
    const named = overlapping.filter((x) => x.type && x.start < taught.end && taught.start < x.end);
    if (named.some((x) => x.start < taught.start || taught.end < x.end)) { taught.type = null; return; }
    for (const x of named) if (handRule(x) === undefined) x.type = null;
  });
}

/** Turns the candidates of every paragraph into typed mentions and the entities that group them. */
export function resolveEntities(paragraphs: readonly PlacedCandidates[], options: ResolveOptions = {}): EntityResult {
  const { first, second } = options.model ? { first: options.model, second: options.second } : recogniser();
  const domain = options.domain ?? DOMAIN;
  // Each candidate becomes its own item: typed, grouped and explained in place.
  const items = flatten(paragraphs) as Item[];
  groupByKey(items);
  const common = lowerCaseOf(options, paragraphs);
  if (options.memo) options.memo.type(items, paragraphs, common, first, second, domain);
  else typeAll(items, common, first, second, domain, isAlone(paragraphs));
  const model = second ?? first;
  // Rule decisions outrank the classifier's; its own by the chosen type's score above "no name".
  const margin = (it: Item): number => {
    if (handRule(it) !== undefined) return Infinity;
    // A run's part by the first pass that typed it, over the same features.
    const s = it.source.part ? first.scores(partView(it, first)) : model.scores(inDomain(featuresOf(it), domain));
    return (s[LABELS.indexOf(it.type as Label)] as number) - (s[0] as number);
  };
  if (options.partsWin ?? PARTS_WIN) runsGiveWay(items);
  taughtNamesYield(items);
  const settle = options.settle === undefined ? SETTLE : options.settle;
  if (settle === null) settleOverlaps(items, margin);
  else settleSegments(items, margin, settle);
  typeAcronymsAsTheirNames(items);
  applyTypedRules(items, !!options.countriesAsTeams, !!options.wireSports);
  // A rule after typing may type a name over another it overlaps; the mentions never overlap, and a rule's reading
  // outranks the classifier's (of two rules', the longer name stays).
  settleOverlaps(items, (it) => (it.ruled ? Infinity : margin(it)));
  for (const it of items) {
    // One entity per group of names and type: a name the article uses for two kinds of thing stays two entities.
    if (it.type) it.group = groupOf(it.root, it.type);
    if (it.type && explains(options.explain, it)) it.why = it.ruled ? [it.ruled] : explanation(it, it.type, it.source.part ? first : model, domain);
  }
  linkShortOrgNames(items);
  linkShortNames(items);
  const groups = new Map<string, Item[]>();
  for (const it of items) {
    if (!it.type) continue;
    const l = groups.get(it.group as string) ?? [];
    l.push(it);
    groups.set(it.group as string, l);
  }
  const entities: Entity[] = [];
  const mentions: Mention[] = [];
  const usedIds = new Set<string>();
  const entityOf = new Map<string, { id: string; type: EntityType }>();
  for (const [group, members] of groups) {
    const type = (members[0] as Item).type as EntityType;
    // The longest form; of equal lengths, the one not in capitals (`Getty` over the credit line's `GETTY`).
    const name = members.reduce((a, b) => (b.text.length > a.text.length || (b.text.length === a.text.length && a.text === a.text.toUpperCase() && b.text !== b.text.toUpperCase()) ? b : a)).text;
    let id = `${ID_PREFIX[type]}:${slug(name)}`;
    for (let n = 2; usedIds.has(id); n++) id = `${ID_PREFIX[type]}:${slug(name)}-${n}`;
    usedIds.add(id);
    const aliases = [...new Set(members.map((m) => m.text))].filter((t) => t !== name);
    // Titles, roles, ages and nationalities are what the text says of people; next to other names they are noise.
    const descriptors = type === 'PERSON' ? [...new Set(members.flatMap((m) => m.descriptors))] : [];
    entities.push({ id, type, name, aliases, descriptors, mentionCount: members.length });
    entityOf.set(group, { id, type });
  }
  // Mentions in document order already (the sort below then only checks it), not entity by entity.
  for (const it of items) {
    if (!it.type) continue;
    const { id, type } = entityOf.get(it.group as string) as { id: string; type: EntityType };
    const mention: Mention = { start: it.start, end: it.end, text: it.text, type, entityId: id, origin: 'auto', status: 'suggested' };
    if (it.why) mention.why = it.why;
    mentions.push(mention);
  }
  mentions.sort((a, b) => a.start - b.start || a.end - b.end);
  const firstAt = new Map<string, number>();
  for (const m of mentions) if (!firstAt.has(m.entityId)) firstAt.set(m.entityId, m.start);
  entities.sort((a, b) => (firstAt.get(a.id) as number) - (firstAt.get(b.id) as number));
  return { mentions, entities };
}
