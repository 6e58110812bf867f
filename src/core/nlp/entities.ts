import type { Entity, EntityType, ExplainTarget, Mention } from '../model';
import { countryOf, describeFeature, isAcronym } from './evidence';
import { COMPASS_WORDS, ORG_HEADS, SPORTS_CUES } from './lexicon';
import type { Candidate } from './names';
import { settleOverlaps } from './overlaps';
import { LABELS, type Label, type Perceptron } from './perceptron';
import { recogniser } from './recogniser';

/** The candidates of one paragraph, placed at the paragraph's offset in the document. */
export interface PlacedCandidates {
  offset: number;
  candidates: readonly Candidate[];
  /** Words the paragraph writes in lower case. */
  lowerWords: ReadonlySet<string>;
  /** The candidates' grouping keys (`nameKeys`), when the paragraph pass has already computed them. */
  keys?: NameKeys;
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

/** A candidate name placed in the document, with every feature the recogniser weighs. */
export interface MentionCandidate {
  start: number;
  end: number;
  text: string;
  words: number;
  descriptors: readonly string[];
  /** The local features of the name in its paragraph (shared with the cached candidate: never modified). */
  features: readonly string[];
  /** The document-level features (and, in a second pass, what the first made of the article). */
  doc: string[];
  /** The paragraph's candidate, which caches what depends on the paragraph alone. */
  source: Candidate;
  key: string;
  initials: string;
  /** Key of the name a bracketed acronym stands for. */
  expands?: string;
  /** The group of names (by key, acronym and alias) this one belongs to. */
  root: string;
  team?: boolean;
  club?: boolean;
}

interface Item extends MentionCandidate {
  type: EntityType | null;
  group?: string;
  why?: string[];
}

const ID_PREFIX: Record<EntityType, string> = { PERSON: 'person', ORG: 'org', PLACE: 'place', NORP: 'norp' };
const CONNECTOR_WORD = /^(?:of|for|the|and|&|de|du|da|der|van|von|al|el|bin|ibn|la|le|del|di|y)$/;

/** URL-safe, lower-case slug of a name: `Vladimir Putin` → `vladimir-putin`. */
export function slug(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'x';
}

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

/** Candidates of every paragraph placed in the document, with their keys and the acronyms they expand. */
function flatten(paragraphs: readonly PlacedCandidates[]): MentionCandidate[] {
  const items: MentionCandidate[] = [];
  for (const p of paragraphs) {
    const base = items.length;
    const { keys, initials: inis } = p.keys ?? nameKeys(p.candidates);
    p.candidates.forEach((c, k) => {
      items.push({
        start: p.offset + c.start, end: p.offset + c.end, text: c.text, words: c.words, descriptors: c.descriptors, features: c.features, doc: c.unknownWords ? ['d:unknown'] : [], source: c,
        key: keys[k] as string, initials: inis[k] as string, root: '', team: c.team, club: c.club,
      });
    });
    p.candidates.forEach((c, k) => { if (c.expands !== undefined) (items[base + k] as MentionCandidate).expands = (items[base + c.expands] as MentionCandidate).key; });
  }
  return items;
}

/** Groups names by key, acronym (`WHO` with `World Health Organisation`) and bracketed alias. */
function groupByKey(items: MentionCandidate[]): void {
  const uf = new UnionFind();
  const byInitials = new Map<string, string>();
  for (const it of items) {
    uf.find(it.key);
    if (it.expands) uf.union(it.key, it.expands);
    if (it.words > 1 && it.initials.length > 1 && !byInitials.has(it.initials)) byInitials.set(it.initials, it.key);
  }
  for (const it of items) {
    if (it.words !== 1 || !isAcronym(it.text) || it.key.startsWith('country:')) continue;
    const full = byInitials.get(it.text.replace(/\./g, ''));
    if (full) { uf.union(it.key, full); it.doc.push('d:acronym-of'); }
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

/** Every feature of a candidate: its local ones and its document's. */
export function featuresOf(c: MentionCandidate): string[] {
  return [...c.features, ...c.doc];
}

/**
 * Adds the document-level features: what the article's other mentions of the name say (one sense per article,
 * weighed as evidence, not imposed), whether a one-word name ends or opens a longer one, whether the article
 * writes the words in lower case, whether it is a sports report.
 */
function addDocumentFeatures(items: MentionCandidate[], options: ResolveOptions, paragraphs: readonly PlacedCandidates[]): void {
  let lowerWords: Set<string> | null = null;
  const common = options.lowerCase ?? ((w: string): boolean => {
    if (!lowerWords) { lowerWords = new Set(); for (const p of paragraphs) for (const x of p.lowerWords) lowerWords.add(x); }
    return lowerWords.has(w);
  });
  const groupEvidence = new Map<string, Map<string, number>>();
  const groupSize = new Map<string, number>();
  const ends = new Map<string, Set<string>>();
  const starts = new Map<string, Set<string>>();
  for (const it of items) {
    groupSize.set(it.root, (groupSize.get(it.root) ?? 0) + 1);
    const g = groupEvidence.get(it.root) ?? new Map<string, number>();
    for (const f of evidenceOf(it.source)) g.set(f, (g.get(f) ?? 0) + 1);
    groupEvidence.set(it.root, g);
    if (it.words < 2) continue;
    const parts = it.text.split(/\s+/);
    if (parts.length < 2 || parts.some((w) => !/^\p{Lu}/u.test(w))) continue;
    const add = (m: Map<string, Set<string>>, w: string): void => {
      const s = m.get(w) ?? new Set<string>();
      for (const f of evidenceOf(it.source)) s.add(f);
      m.set(w, s);
    };
    if (!COMPASS_WORDS.has((parts[parts.length - 2] as string).toLowerCase())) add(ends, parts[parts.length - 1] as string);
    add(starts, parts[0] as string);
  }
  const sports = !!options.countriesAsTeams;
  for (const it of items) {
    const own = evidenceOf(it.source);
    const f = it.doc;
    const g = groupEvidence.get(it.root) as Map<string, number>;
    for (const [e, n] of g) if (n > (own.includes(e) ? 1 : 0)) f.push(withPrefix('g:', e));
    if ((groupSize.get(it.root) ?? 0) > 1) f.push('d:repeated');
    if (it.words === 1) {
      const end = ends.get(it.text);
      if (end) { f.push('d:last-of-longer'); for (const e of end) f.push(withPrefix('l:', e)); }
      const start = starts.get(it.text);
      if (start) { f.push('d:first-of-longer'); for (const e of start) f.push(withPrefix('l:', e)); }
    }
    const words = it.text.split(/\s+/);
    if (it.words >= 2 && it.words <= 3 && it.doc.includes('d:unknown')) f.push(words.some((w) => common(w.toLowerCase())) ? 'd:unknown-name-lower' : 'd:unknown-name');
    if (common((words[0] as string).toLowerCase())) f.push('d:lower-first');
    if (common((words[words.length - 1] as string).toLowerCase())) f.push('d:lower-last');
    if (sports) {
      f.push('d:sports');
      if (it.club) f.push('d:sports-club');
      if (it.team) f.push(it.key.startsWith('country:') ? 'd:sports-country' : 'd:sports-team');
    }
  }
}

/**
 * Every candidate name of the document with its features and group, before typing: what the recogniser reads,
 * and what training aligns with gold annotations.
 */
export function documentCandidates(paragraphs: readonly PlacedCandidates[], options: ResolveOptions = {}): MentionCandidate[] {
  const items = flatten(paragraphs);
  groupByKey(items);
  addDocumentFeatures(items, options, paragraphs);
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
    const parts = it.text.toLowerCase().split(/\s+/);
    const push = (m: Map<string, Item[]>, k: string): void => { const l = m.get(k) ?? []; l.push(it); m.set(k, l); };
    push(byLast, parts[parts.length - 1] as string);
    push(byFirst, parts[0] as string);
  }
  for (const it of items) {
    if (it.words !== 1 || it.type !== 'PERSON') continue;
    const w = it.text.toLowerCase();
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
    if (it.words === 1 && !isAcronym(it.text) && !ORG_HEADS.has(it.text.toLowerCase())) {
      const full = byWord.get(it.text.toLowerCase());
      if (full) it.group = full.group;
      else waiting.push(it);
    } else if (it.words > 1) {
      const parts = it.text.toLowerCase().split(/\s+/);
      for (const w of [parts[0] as string, parts[parts.length - 1] as string]) { byWord.set(w, it); if (!firstByWord.has(w)) firstByWord.set(w, it); }
    }
  }
  // A short form before any full one (a headline's `Nordvik`) takes the first full name after it.
  for (const it of waiting) { const full = firstByWord.get(it.text.toLowerCase()); if (full) it.group = full.group; }
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
}

// Distinct sports words needed before a report's country names are read as teams.
const SPORTS_REPORT_CUES = 4;

/** True when the text reads as a sports report: several distinct words only sports reports use. */
export function isSportsReport(text: string): boolean {
  const seen = new Set<string>();
  SPORTS_CUES.lastIndex = 0;
  for (let m = SPORTS_CUES.exec(text); m; m = SPORTS_CUES.exec(text)) {
    seen.add(m[0].toLowerCase().replace(/s$/, ''));
    if (seen.size >= SPORTS_REPORT_CUES) return true;
  }
  return false;
}

/**
 * The type of one candidate: nationalities and groups come from the lexicon (NORP is in none of the training
 * corpora), everything else from the recogniser.
 */
export function typeOf(c: MentionCandidate, model: Perceptron, domain = DOMAIN): EntityType | null {
  const rule = handRule(c);
  if (rule !== undefined) return rule;
  let label: Label;
  if (domain) {
    label = model.predict(inDomain(featuresOf(c), domain));
  } else {
    // The local features' scores are cached with the paragraph's candidate, so an edit re-scores only the
    // document features of the names of unchanged paragraphs.
    const cache = (c.source.scores ??= new WeakMap());
    let local = cache.get(model);
    if (!local) { local = model.scores(c.features); cache.set(model, local); }
    label = model.best(model.scores(c.doc, local));
  }
  return label === 'O' ? null : label;
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
 * The few decisions left to hand rules, for what none of the training corpora shows (they have no photo credits,
 * wire datelines or NORP layer): a nationality or group is NORP, a photo credit its agency, a dateline in capitals
 * a place, an acronym the text defines as lower-case words no name. Undefined: the recogniser decides.
 */
export function handRule(c: MentionCandidate): EntityType | null | undefined {
  const cached = c.source.rule;
  if (cached !== undefined) return cached === false ? undefined : cached;
  const f = c.features;
  const rule = f.includes('e:norp') && !f.includes('e:country') ? 'NORP' : f.includes('e:credit') ? 'ORG' : f.includes('e:acronym-defined') ? null : f.includes('e:dateline') ? 'PLACE' : undefined;
  c.source.rule = rule === undefined ? false : rule;
  return rule;
}

/**
 * An acronym names what it abbreviates: grouped with the longer name (`Kennedy Space Center (KSC)`, `WHO` after
 * `World Health Organisation`), it takes that name's type, whatever its own weak evidence says.
 */
function typeAcronymsAsTheirNames(items: Item[]): void {
  const full = new Map<string, EntityType>();
  for (const it of items) if (it.words > 1 && it.type && it.type !== 'NORP' && !full.has(it.root)) full.set(it.root, it.type);
  for (const it of items) {
    if (it.words !== 1 || !isAcronym(it.text) || it.key.startsWith('country:')) continue;
    const t = full.get(it.root);
    if (t && it.type !== 'NORP') it.type = t;
  }
}

/**
 * In a sports report (none in the training corpora) countries stand for national teams, and other places for the
 * clubs named after them when no mention of them reads as a location (`beat Brighton 2-1`, but `at Wembley`);
 * a club's name (`Leeds United`) is a club's.
 */
function readPlacesAsTeams(items: Item[]): void {
  const located = new Set<string>();
  for (const it of items) if (!it.team) located.add(it.root);
  for (const it of items) {
    if (it.features.includes('e:dateline')) continue;
    if ((it.type === 'PLACE' && (it.key.startsWith('country:') || !located.has(it.root))) || (it.club && (it.type === null || it.type === 'PLACE'))) it.type = 'ORG';
  }
}

/**
 * The second pass's features: what the first pass made of the article's other mentions of the name (the most
 * common type among them), of the longer names a one-word name ends or opens, of the one-word names a longer name
 * ends or opens with, and of the mention itself. One sense per article, learned rather than imposed.
 */
export function passFeatures(items: ReadonlyArray<MentionCandidate & { type: EntityType | null }>): string[][] {
  const byRoot = new Map<string, Map<string, number>>();
  const longer = new Map<string, Set<string>>();
  const single = new Map<string, Set<string>>();
  const add = (m: Map<string, Set<string>>, k: string, t: string): void => { const x = m.get(k) ?? new Set<string>(); x.add(t); m.set(k, x); };
  const ends = (text: string): string[] => { const parts = text.split(/\s+/); return [parts[0] as string, parts[parts.length - 1] as string]; };
  for (const it of items) {
    const t = it.type ?? 'O';
    const m = byRoot.get(it.root) ?? new Map<string, number>();
    m.set(t, (m.get(t) ?? 0) + 1);
    byRoot.set(it.root, m);
    if (it.words > 1) for (const w of ends(it.text)) add(longer, w, t);
    else add(single, it.text, t);
  }
  return items.map((it) => {
    const own = it.type ?? 'O';
    const out = [withPrefix('p:self=', own)];
    let best = '';
    let n = 0;
    for (const [t, c] of byRoot.get(it.root) as Map<string, number>) {
      const k = c - (t === own ? 1 : 0);
      if (k > n || (k === n && k > 0 && t < best)) { best = t; n = k; }
    }
    if (n > 0) out.push(withPrefix('p:group=', best));
    if (it.words === 1) for (const t of [...(longer.get(it.text) ?? [])].sort()) out.push(withPrefix('p:longer=', t));
    else for (const w of ends(it.text)) for (const t of [...(single.get(w) ?? [])].sort()) out.push(withPrefix('p:shorter=', t));
    return out;
  });
}

/** `title "Sir" before (+2.1)`: the features that weighed most for the mention's type. */
function explanation(c: MentionCandidate, type: EntityType, model: Perceptron, domain: string): string[] {
  const rule = handRule(c);
  if (rule === 'NORP') return ['nationality or group name (lexicon rule)'];
  if (rule === 'ORG') return ['photo credit (rule)'];
  if (rule === 'PLACE') return ['wire dateline (rule)'];
  if (c.team && type === 'ORG' && model.predict(featuresOf(c)) !== 'ORG') return ['team in a sports report (rule)'];
  return model.explain(inDomain(featuresOf(c), domain), type as Label).map((x) => `${describeFeature(x.feature)} (${x.weight > 0 ? '+' : '−'}${Math.abs(x.weight).toFixed(1)})`);
}

/** Whether `explain` asks for the candidate's explanation: all do for `true`, those overlapping its span otherwise. */
function explains(explain: ResolveOptions['explain'], c: { start: number; end: number }): boolean {
  if (!explain) return false;
  return explain === true || (c.start < explain.end && explain.start < c.end) || (c.start === explain.start && c.end === explain.end);
}

/** Turns the candidates of every paragraph into typed mentions and the entities that group them. */
export function resolveEntities(paragraphs: readonly PlacedCandidates[], options: ResolveOptions = {}): EntityResult {
  const { first, second } = options.model ? { first: options.model, second: options.second } : recogniser();
  const domain = options.domain ?? DOMAIN;
  // Each candidate becomes its own item: typed, grouped and explained in place.
  const items = documentCandidates(paragraphs, options) as Item[];
  for (const it of items) it.type = typeOf(it, first, domain);
  if (second) {
    const extra = passFeatures(items);
    items.forEach((it, i) => { it.doc.push(...(extra[i] as string[])); it.type = typeOf(it, second, domain); });
  }
  const model = second ?? first;
  // Rule decisions outrank the classifier's; its own by the chosen type's score above "no name".
  settleOverlaps(items, (it) => {
    if (handRule(it) !== undefined) return Infinity;
    const s = model.scores(inDomain(featuresOf(it), domain));
    return (s[LABELS.indexOf(it.type as Label)] as number) - (s[0] as number);
  });
  typeAcronymsAsTheirNames(items);
  if (options.countriesAsTeams) readPlacesAsTeams(items);
  for (const it of items) {
    // One entity per group of names and type: a name the article uses for two kinds of thing stays two entities.
    if (it.type) it.group = `${it.root}\u0000${it.type}`;
    if (it.type && explains(options.explain, it)) it.why = explanation(it, it.type, model, domain);
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
  for (const members of groups.values()) {
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
    for (const m of members) {
      const mention: Mention = { start: m.start, end: m.end, text: m.text, type, entityId: id, origin: 'auto', status: 'suggested' };
      if (m.why) mention.why = m.why;
      mentions.push(mention);
    }
  }
  mentions.sort((a, b) => a.start - b.start || a.end - b.end);
  const firstAt = new Map<string, number>();
  for (const m of mentions) if (!firstAt.has(m.entityId)) firstAt.set(m.entityId, m.start);
  entities.sort((a, b) => (firstAt.get(a.id) as number) - (firstAt.get(b.id) as number));
  return { mentions, entities };
}
