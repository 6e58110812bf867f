import { ENTITY_TYPES, type Entity, type EntityType, type Mention } from '../model';
import { COMPASS_WORDS, ORG_HEADS, SPORTS_CUES } from './lexicon';
import { countryOf, isAcronym, type Candidate, type Votes } from './names';

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

interface Item {
  start: number;
  end: number;
  text: string;
  words: number;
  descriptors: readonly string[];
  votes: Votes;
  key: string;
  initials: string;
  /** Key of the name a bracketed acronym stands for. */
  expands?: string;
  group?: string;
  team?: boolean;
  club?: boolean;
}

// Below this much evidence a name is left untyped (and unreported) unless it joins a typed group.
const MIN_EVIDENCE = 1;
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

function bestType(v: Votes): EntityType | null {
  let best: EntityType | null = null;
  let score = MIN_EVIDENCE - 1e-9;
  for (const t of ENTITY_TYPES) if (v[t] > score) { best = t; score = v[t]; }
  return best;
}

// An unknown name shape (two or three capitalised words, none of them written in lower case anywhere in the
// article) is most likely a personal name the lexicon lacks: `Romelu Lukaku`, `Vanya Gaberova`.
const UNKNOWN_NAME_EVIDENCE = 1;

/**
 * Last words of the article's longer names of capitalised words (`Columbia` of `Space Shuttle Columbia`, `Jackson`
 * of `Michael Jackson`), bar a compass word's place (`North Kivu`): alone, such a word is that name's short form.
 */
function nameEnds(paragraphs: readonly PlacedCandidates[]): Set<string> {
  const ends = new Set<string>();
  for (const p of paragraphs) {
    for (const c of p.candidates) {
      if (c.words < 2) continue;
      const parts = c.text.split(/\s+/);
      if (parts.length < 2 || parts.some((w) => !/^\p{Lu}/u.test(w)) || COMPASS_WORDS.has((parts[parts.length - 2] as string).toLowerCase())) continue;
      ends.add(parts[parts.length - 1] as string);
    }
  }
  return ends;
}

function flatten(paragraphs: readonly PlacedCandidates[], lowerCase?: (word: string) => boolean): Item[] {
  const items: Item[] = [];
  let ends: Set<string> | null = null;
  let lowerWords: Set<string> | null = null;
  const common = lowerCase ?? ((w: string): boolean => {
    if (!lowerWords) { lowerWords = new Set(); for (const p of paragraphs) for (const x of p.lowerWords) lowerWords.add(x); }
    return lowerWords.has(w);
  });
  for (const p of paragraphs) {
    const base = items.length;
    const { keys, initials: inis } = p.keys ?? nameKeys(p.candidates);
    p.candidates.forEach((c, k) => {
      let votes = c.votes;
      if (c.unknownWords && !c.unknownWords.some(common)) votes = { ...votes, PERSON: votes.PERSON + UNKNOWN_NAME_EVIDENCE };
      // A gazetteer place that is also the short form of a longer name of the article is that name's, not the map's.
      if (c.gazetteer && (ends ??= nameEnds(paragraphs)).has(c.text)) votes = { ...votes, PLACE: votes.PLACE - c.gazetteer };
      items.push({ start: p.offset + c.start, end: p.offset + c.end, text: c.text, words: c.words, descriptors: c.descriptors, votes, key: keys[k] as string, initials: inis[k] as string, team: c.team, club: c.club });
    });
    p.candidates.forEach((c, k) => { if (c.expands !== undefined) (items[base + k] as Item).expands = (items[base + c.expands] as Item).key; });
  }
  return items;
}

/** Groups names by key, acronym and alias, then types each group by the sum of its evidence (one sense per article). */
function groupByKey(items: readonly Item[]): { uf: UnionFind; types: Map<string, EntityType | null> } {
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
    if (full) uf.union(it.key, full);
  }
  // An acronym's own evidence is a weak default (organisation); in a group with the full name it abbreviates,
  // the full name decides (`KSC` is a place because `Kennedy Space Center` is).
  const named = new Set<string>();
  for (const it of items) if (it.words > 1) named.add(uf.find(it.key));
  const sums = new Map<string, Votes>();
  for (const it of items) {
    const r = uf.find(it.key);
    if (it.words === 1 && isAcronym(it.text) && named.has(r)) continue;
    const v = sums.get(r) ?? { PERSON: 0, ORG: 0, PLACE: 0, NORP: 0 };
    for (const t of ENTITY_TYPES) v[t] += it.votes[t];
    sums.set(r, v);
  }
  const types = new Map<string, EntityType | null>();
  for (const [r, v] of sums) types.set(r, bestType(v));
  return { uf, types };
}

/**
 * A surname or first name alone joins the full name it shortens (`Putin` → `Vladimir Putin`): the nearest full
 * name before it, else the first one after it. Done per mention, so two people who share a surname stay apart.
 */
function linkShortNames(items: Item[], types: Map<string, EntityType | null>): void {
  const byLast = new Map<string, Item[]>();
  const byFirst = new Map<string, Item[]>();
  for (const it of items) {
    if (it.words < 2 || types.get(it.group as string) !== 'PERSON') continue;
    const parts = it.text.toLowerCase().split(/\s+/);
    const push = (m: Map<string, Item[]>, k: string): void => { const l = m.get(k) ?? []; l.push(it); m.set(k, l); };
    push(byLast, parts[parts.length - 1] as string);
    push(byFirst, parts[0] as string);
  }
  linkShortOrgNames(items, types);
  for (const it of items) {
    if (it.words !== 1) continue;
    const own = types.get(it.group as string);
    if (own !== 'PERSON' && own !== null && !(own === 'ORG' && it.votes.PERSON > 0)) continue;
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
 * A one-word name with no type of its own that opens or closes the name of an organisation of the article joins
 * it: `Nordvik` after `Nordvik Energy`, `Rovers` after `Blackburn Rovers`. The nearest such name before it wins,
 * else the first one after it.
 */
function linkShortOrgNames(items: Item[], types: Map<string, EntityType | null>): void {
  const byWord = new Map<string, Item>();
  const firstByWord = new Map<string, Item>();
  const waiting: Item[] = [];
  for (const it of items) {
    // A head alone (`the University`) is a common noun's anaphor, not a name.
    if (it.words === 1 && !types.get(it.group as string) && !isAcronym(it.text) && !ORG_HEADS.has(it.text.toLowerCase())) {
      const full = byWord.get(it.text.toLowerCase());
      if (full) it.group = full.group;
      else waiting.push(it);
    } else if (it.words > 1 && types.get(it.group as string) === 'ORG') {
      const parts = it.text.toLowerCase().split(/\s+/);
      for (const w of [parts[0] as string, parts[parts.length - 1] as string]) { byWord.set(w, it); if (!firstByWord.has(w)) firstByWord.set(w, it); }
    }
  }
  // A short form before any full one (a headline's `Nordvik`) takes the first full name after it.
  for (const it of waiting) { const full = firstByWord.get(it.text.toLowerCase()); if (full) it.group = full.group; }
}

/** Options for `resolveEntities`. */
export interface ResolveOptions {
  /** Country names stand for national teams (a sports report): typed ORG, as annotators of news do. */
  countriesAsTeams?: boolean;
  /**
   * Whether the article writes `word` in lower case anywhere; by default read from the paragraphs' word sets.
   * A cached analyser passes an index it keeps up to date across edits.
   */
  lowerCase?: (word: string) => boolean;
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
 * In a sports report countries stand for national teams, and other places for the clubs named after them when
 * no mention of them reads as a location (`beat Brighton 2-1`, but `at Wembley`); a club's name with no other
 * evidence (`Leeds United`) is a club's.
 */
function readPlacesAsTeams(items: readonly Item[], uf: UnionFind, types: Map<string, EntityType | null>): void {
  const located = new Set<string>();
  const clubs = new Set<string>();
  for (const it of items) {
    if (!it.team) located.add(uf.find(it.key));
    if (it.club) clubs.add(uf.find(it.key));
  }
  for (const [g, t] of types) if ((t === 'PLACE' && (g.startsWith('country:') || !located.has(g))) || (t === null && clubs.has(g))) types.set(g, 'ORG');
}

/** Turns the candidates of every paragraph into typed mentions and the entities that group them. */
export function resolveEntities(paragraphs: readonly PlacedCandidates[], options: ResolveOptions = {}): EntityResult {
  const items = flatten(paragraphs, options.lowerCase);
  const { uf, types } = groupByKey(items);
  if (options.countriesAsTeams) readPlacesAsTeams(items, uf, types);
  for (const it of items) it.group = uf.find(it.key);
  linkShortNames(items, types);
  const groups = new Map<string, Item[]>();
  for (const it of items) {
    if (!types.get(it.group as string)) continue;
    const l = groups.get(it.group as string) ?? [];
    l.push(it);
    groups.set(it.group as string, l);
  }
  const entities: Entity[] = [];
  const mentions: Mention[] = [];
  const usedIds = new Set<string>();
  for (const [g, members] of groups) {
    const type = types.get(g) as EntityType;
    // The longest form; of equal lengths, the one not in capitals (`Getty` over the credit line's `GETTY`).
    const name = members.reduce((a, b) => (b.text.length > a.text.length || (b.text.length === a.text.length && a.text === a.text.toUpperCase() && b.text !== b.text.toUpperCase()) ? b : a)).text;
    let id = `${ID_PREFIX[type]}:${slug(name)}`;
    for (let n = 2; usedIds.has(id); n++) id = `${ID_PREFIX[type]}:${slug(name)}-${n}`;
    usedIds.add(id);
    const aliases = [...new Set(members.map((m) => m.text))].filter((t) => t !== name);
    // Titles, roles, ages and nationalities are what the text says of people; next to other names they are noise.
    const descriptors = type === 'PERSON' ? [...new Set(members.flatMap((m) => m.descriptors))] : [];
    entities.push({ id, type, name, aliases, descriptors, mentionCount: members.length });
    for (const m of members) mentions.push({ start: m.start, end: m.end, text: m.text, type, entityId: id, origin: 'auto', status: 'suggested' });
  }
  mentions.sort((a, b) => a.start - b.start || a.end - b.end);
  const firstAt = new Map<string, number>();
  for (const m of mentions) if (!firstAt.has(m.entityId)) firstAt.set(m.entityId, m.start);
  entities.sort((a, b) => (firstAt.get(a.id) as number) - (firstAt.get(b.id) as number));
  return { mentions, entities };
}
