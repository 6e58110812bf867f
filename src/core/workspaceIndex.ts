import {
  ANALYSIS_SCHEMA, ENTITY_TYPES, type DocumentAnnotations, type Entity, type EntityType, type Mention, type Origin, type Quote, type Span, type Status,
} from './model';
import { TYPE_ID } from './scheme';

// The workspace index: what every article in scope says, kept between sessions so hover counts, Find All References
// and the workspace tree cover articles nobody has opened since the last reload. Per article it keeps a slim copy
// of the analysis (entities, mentions, quotes with the user's decisions applied; no descriptors) and the stamp of
// the file it was made from, so a reload re-analyses only what changed. Pure: the editor layer reads and writes
// the cache file and feeds it analyses.

/** Schema id of the cache file. A cache of another schema is discarded and rebuilt. */
export const INDEX_SCHEMA = 'news-annotator/index@1';

/** What identifies the file an entry was made from: modification time, size and a hash of its bytes. */
export interface FileStamp {
  mtime: number;
  size: number;
  sha256: string;
}

/** How far a person has got with an article: items decided (accepted or rejected) of all items. */
export interface ReviewProgress {
  reviewed: number;
  total: number;
}

/** One article of the index. `key` is the caller's (the editor uses the URI string). */
export interface IndexEntry {
  key: string;
  stamp: FileStamp;
  annotations: DocumentAnnotations;
  progress: ReviewProgress;
}

/** Counts of an entity across the index. */
export interface EntityCounts {
  mentions: number;
  articles: number;
}

/** Whether a file with `current` stamp still matches an entry made from `cached` without reading it. */
export function sameFile(cached: FileStamp, current: { mtime: number; size: number }): boolean {
  return cached.mtime === current.mtime && cached.size === current.size;
}

/** Items decided (accepted or rejected) of all mentions and quotes of an analysis. */
export function reviewProgress(a: DocumentAnnotations): ReviewProgress {
  let reviewed = 0;
  for (const x of a.mentions) if (x.status !== 'suggested') reviewed++;
  for (const x of a.quotes) if (x.status !== 'suggested') reviewed++;
  return { reviewed, total: a.mentions.length + a.quotes.length };
}

/** "12/20 reviewed". */
export function progressLabel(p: ReviewProgress): string {
  return `${p.reviewed}/${p.total} reviewed`;
}

const NO_DESCRIPTORS: string[] = [];

/**
 * A copy of a string that shares no memory with a longer one. The analyser's spans are slices of the article
 * text, and an engine may keep the whole text alive for the sake of one name: over thousands of articles that is
 * most of the index's memory. `intern` (when given) makes equal names one string.
 */
function own(text: string, intern?: Map<string, string>): string {
  const known = intern?.get(text);
  if (known !== undefined) return known;
  const copy = `${text} `.slice(0, -1);
  intern?.set(copy, copy);
  return copy;
}

/**
 * The parts of an analysis the index keeps: descriptors and entities with no mention or quote left out, and no
 * string that holds on to the article's text. `intern` shares equal names across articles.
 */
export function slimAnnotations(a: DocumentAnnotations, intern = new Map<string, string>()): DocumentAnnotations {
  const used = new Set<string>();
  for (const m of a.mentions) used.add(m.entityId);
  for (const q of a.quotes) if (q.speaker?.entityId !== undefined) used.add(q.speaker.entityId);
  return {
    schema: a.schema,
    document: { path: own(a.document.path), length: a.document.length, sha256: '' },
    entities: a.entities.filter((e) => used.has(e.id)).map((e) => ({
      id: own(e.id, intern), type: e.type, name: own(e.name, intern), aliases: e.aliases.map((x) => own(x, intern)), descriptors: NO_DESCRIPTORS,
      mentionCount: e.mentionCount, ...(e.note !== undefined ? { note: own(e.note) } : {}),
    })),
    mentions: a.mentions.map((m) => ({
      start: m.start, end: m.end, text: own(m.text, intern), type: m.type, entityId: own(m.entityId, intern), origin: m.origin, status: m.status,
    })),
    quotes: a.quotes.map((q) => ({
      start: q.start, end: q.end, text: own(q.text), origin: q.origin, status: q.status,
      speaker: q.speaker && { start: q.speaker.start, end: q.speaker.end, text: own(q.speaker.text, intern), ...(q.speaker.entityId !== undefined ? { entityId: own(q.speaker.entityId, intern) } : {}) },
      cue: q.cue && { start: q.cue.start, end: q.cue.end, text: own(q.cue.text, intern) },
    })),
  };
}

/**
 * The index: entries by key, and for each entity id how many live mentions each article has, so a hover count
 * is a lookup rather than a scan of every article.
 */
export class WorkspaceIndex {
  private readonly entries = new Map<string, IndexEntry>();
  private readonly postings = new Map<string, Map<string, number>>();
  /** Names and ids shared by many articles, held once. */
  private readonly names = new Map<string, string>();

  /** Number of articles. */
  get size(): number {
    return this.entries.size;
  }

  /** Adds or replaces an article. */
  set(key: string, stamp: FileStamp, annotations: DocumentAnnotations): IndexEntry {
    this.delete(key);
    const slim = slimAnnotations(annotations, this.names);
    const entry: IndexEntry = { key, stamp, annotations: slim, progress: reviewProgress(slim) };
    this.entries.set(key, entry);
    for (const m of slim.mentions) {
      if (m.status === 'rejected') continue;
      let byArticle = this.postings.get(m.entityId);
      if (!byArticle) this.postings.set(m.entityId, (byArticle = new Map()));
      byArticle.set(key, (byArticle.get(key) ?? 0) + 1);
    }
    return entry;
  }

  /** Removes an article; resolves whether it was there. */
  delete(key: string): boolean {
    const old = this.entries.get(key);
    if (!old) return false;
    this.entries.delete(key);
    for (const m of old.annotations.mentions) {
      const byArticle = this.postings.get(m.entityId);
      if (!byArticle) continue;
      byArticle.delete(key);
      if (byArticle.size === 0) this.postings.delete(m.entityId);
    }
    return true;
  }

  /** Moves an article to a new key and path (a renamed file): its analysis still holds. */
  rename(from: string, to: string, path: string): boolean {
    const old = this.entries.get(from);
    if (!old) return false;
    this.set(to, old.stamp, { ...old.annotations, document: { ...old.annotations.document, path } });
    if (from !== to) this.delete(from);
    return true;
  }

  get(key: string): IndexEntry | undefined {
    return this.entries.get(key);
  }

  keys(): string[] {
    return [...this.entries.keys()];
  }

  /** Every entry, in key order. */
  all(): IndexEntry[] {
    return [...this.entries.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  }

  /** Live mentions of an entity in every article but the `except` ones (the caller counts open articles itself). */
  counts(entityId: string, except?: ReadonlySet<string>): EntityCounts {
    const byArticle = this.postings.get(entityId);
    const out: EntityCounts = { mentions: 0, articles: 0 };
    if (!byArticle) return out;
    for (const [key, n] of byArticle) {
      if (except?.has(key)) continue;
      out.mentions += n;
      out.articles++;
    }
    return out;
  }

  /** Keys of the articles that mention an entity, in key order. */
  articlesOf(entityId: string): string[] {
    return [...(this.postings.get(entityId)?.keys() ?? [])].sort();
  }

  /** The cache file's text. */
  /** The cache file's text; articles whose key is in `skip` are left out. */
  serialize(meta: CacheMeta, skip?: ReadonlySet<string>): string {
    const file: CacheFile = { schema: INDEX_SCHEMA, ...meta, articles: this.all().filter((e) => !skip?.has(e.key)).map((e) => packEntry(e)) };
    return JSON.stringify(file);
  }
}

/** What a cache is valid for: the analyser that made it, and the decision files it applied. */
export interface CacheMeta {
  /** The analyser's version (the extension's); results of another version are not reused. */
  analyzer: string;
  /** A stamp of each decisions file (`mtime:size` by file URI) when the cache was written. */
  decisions: Record<string, string>;
}

/** A cache file read back: the index and the meta it was written with. */
export interface LoadedCache {
  index: WorkspaceIndex;
  meta: CacheMeta;
}

/** Why a cache was not used. */
export class CacheError extends Error {}

// ---- the cache format ----------------------------------------------------------------------------------------
// Mentions are most of the file: one flat integer array per article, their texts in a per-article table (an
// entity's few names repeat across its mentions), so 5,000 articles load in a fraction of a second.

const ORIGINS: readonly Origin[] = ['auto', 'user'];
const STATUSES: readonly Status[] = ['suggested', 'accepted', 'rejected'];
const MENTION_FIELDS = 7;

type PackedSpan = [number, number, string];
/** start, end, text, status, origin, speaker [start, end, text, entity index or -1], cue. */
type PackedQuote = [number, number, string, number, number, [number, number, string, number] | null, PackedSpan | null];
/** id, type, name, aliases, mention count, note. */
type PackedEntity = [string, number | string, string, string[], number, string?];

interface PackedEntry {
  k: string;
  p: string;
  n: number;
  s: [number, number, string];
  e: PackedEntity[];
  t: string[];
  /** start, end, type, entity index, text index, origin, status per mention. */
  m: Array<number | string>;
  q: PackedQuote[];
}

interface CacheFile extends CacheMeta {
  schema: string;
  articles: PackedEntry[];
}

function packEntry({ key, stamp, annotations: a }: IndexEntry): PackedEntry {
  const entityIndex = new Map<string, number>();
  const entities: PackedEntity[] = [];
  const indexOfEntity = (id: string, type: EntityType, name: string): number => {
    let i = entityIndex.get(id);
    if (i === undefined) {
      entityIndex.set(id, (i = entities.length));
      entities.push([id, typeCode(type), name, [], 0]);
    }
    return i;
  };
  for (const e of a.entities) {
    const i = indexOfEntity(e.id, e.type, e.name);
    entities[i] = e.note !== undefined ? [e.id, typeCode(e.type), e.name, e.aliases, e.mentionCount, e.note] : [e.id, typeCode(e.type), e.name, e.aliases, e.mentionCount];
  }
  const texts: string[] = [];
  const textIndex = new Map<string, number>();
  const m: Array<number | string> = [];
  for (const x of a.mentions) {
    let t = textIndex.get(x.text);
    if (t === undefined) { textIndex.set(x.text, (t = texts.length)); texts.push(x.text); }
    m.push(x.start, x.end, typeCode(x.type), indexOfEntity(x.entityId, x.type, x.text), t, ORIGINS.indexOf(x.origin), STATUSES.indexOf(x.status));
  }
  const q = a.quotes.map((x): PackedQuote => [
    x.start, x.end, x.text, STATUSES.indexOf(x.status), ORIGINS.indexOf(x.origin),
    x.speaker ? [x.speaker.start, x.speaker.end, x.speaker.text, x.speaker.entityId === undefined ? -1 : indexOfEntity(x.speaker.entityId, 'PERSON', x.speaker.text)] : null,
    x.cue ? [x.cue.start, x.cue.end, x.cue.text] : null,
  ]);
  return { k: key, p: a.document.path, n: a.document.length, s: [stamp.mtime, stamp.size, stamp.sha256], e: entities, t: texts, m, q };
}

const isInt = (x: unknown): x is number => Number.isInteger(x);
const isStr = (x: unknown): x is string => typeof x === 'string';
const inRange = (i: unknown, list: readonly unknown[]): i is number => isInt(i) && i >= 0 && i < list.length;

/** A type in the cache: the built-in ones by index (compact), a scheme's own by id. */
function typeCode(type: EntityType): number | string {
  const i = ENTITY_TYPES.indexOf(type);
  return i >= 0 ? i : type;
}

const isTypeCode = (x: unknown): x is number | string => inRange(x, ENTITY_TYPES) || (typeof x === 'string' && TYPE_ID.test(x));
const typeOfCode = (x: number | string): EntityType => (typeof x === 'number' ? ENTITY_TYPES[x] : x);

function fail(what: string): never {
  throw new CacheError(`broken index cache: ${what}`);
}

function span(x: unknown, what: string): Span {
  if (!Array.isArray(x) || !isInt(x[0]) || !isInt(x[1]) || !isStr(x[2])) fail(what);
  return { start: x[0], end: x[1], text: x[2] };
}

function unpackEntry(x: unknown): { key: string; stamp: FileStamp; annotations: DocumentAnnotations } {
  if (typeof x !== 'object' || x === null) fail('an article is not an object');
  const p = x as Partial<PackedEntry>;
  if (!isStr(p.k) || !isStr(p.p) || !isInt(p.n) || !Array.isArray(p.s) || !Array.isArray(p.e) || !Array.isArray(p.t) || !Array.isArray(p.m) || !Array.isArray(p.q)) {
    fail('an article lacks a field');
  }
  const [mtime, size, sha256] = p.s;
  if (typeof mtime !== 'number' || !isInt(size) || !isStr(sha256)) fail(`bad stamp for ${p.k}`);
  const entities: Entity[] = p.e.map((e): Entity => {
    if (!Array.isArray(e) || !isStr(e[0]) || !isTypeCode(e[1]) || !isStr(e[2]) || !Array.isArray(e[3]) || !e[3].every(isStr) || !isInt(e[4])) fail(`bad entity in ${p.k}`);
    return { id: e[0], type: typeOfCode(e[1]), name: e[2], aliases: e[3], descriptors: [], mentionCount: e[4], ...(isStr(e[5]) ? { note: e[5] } : {}) };
  });
  const texts = p.t;
  if (!texts.every(isStr)) fail(`bad text table in ${p.k}`);
  const m = p.m;
  if (m.length % MENTION_FIELDS !== 0) fail(`bad mentions in ${p.k}`);
  const mentions: Mention[] = [];
  for (let i = 0; i < m.length; i += MENTION_FIELDS) {
    const [start, end, type, entity, text, origin, status] = m.slice(i, i + MENTION_FIELDS);
    if (!isInt(start) || !isInt(end) || !isTypeCode(type) || !inRange(entity, entities) || !inRange(text, texts) || !inRange(origin, ORIGINS) || !inRange(status, STATUSES)) {
      fail(`bad mention in ${p.k}`);
    }
    mentions.push({ start, end, text: texts[text], type: typeOfCode(type), entityId: entities[entity].id, origin: ORIGINS[origin], status: STATUSES[status] });
  }
  const quotes: Quote[] = p.q.map((q): Quote => {
    if (!Array.isArray(q) || !isInt(q[0]) || !isInt(q[1]) || !isStr(q[2]) || !inRange(q[3], STATUSES) || !inRange(q[4], ORIGINS)) fail(`bad quote in ${p.k}`);
    let speaker: Quote['speaker'] = null;
    if (q[5] !== null) {
      const s = span(q[5], `bad speaker in ${p.k}`);
      const e = (q[5] as unknown[])[3];
      if (!isInt(e) || (e !== -1 && !inRange(e, entities))) fail(`bad speaker in ${p.k}`);
      speaker = e === -1 ? s : { ...s, entityId: entities[e].id };
    }
    return { start: q[0], end: q[1], text: q[2], status: STATUSES[q[3]], origin: ORIGINS[q[4]], speaker, cue: q[6] === null ? null : span(q[6], `bad cue in ${p.k}`) };
  });
  return {
    key: p.k,
    stamp: { mtime, size, sha256 },
    annotations: { schema: ANALYSIS_SCHEMA, document: { path: p.p, length: p.n, sha256: '' }, entities, mentions, quotes },
  };
}

/** A cache file parsed but not yet unpacked: its meta, and its articles to add with `addCachedArticle`. */
export interface CacheContents {
  meta: CacheMeta;
  articles: unknown[];
}

/**
 * Reads a cache file's text up to its articles, which the caller adds with `addCachedArticle` (a few at a time if
 * it must stay responsive). Throws `CacheError` for anything but a cache of this schema.
 */
export function readIndexCache(text: string): CacheContents {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    fail('not JSON');
  }
  if (typeof raw !== 'object' || raw === null) fail('not an object');
  const file = raw as Partial<CacheFile>;
  if (file.schema !== INDEX_SCHEMA) fail(`schema ${String(file.schema)}, expected ${INDEX_SCHEMA}`);
  if (!isStr(file.analyzer) || typeof file.decisions !== 'object' || file.decisions === null || !Array.isArray(file.articles)) fail('missing fields');
  const decisions: Record<string, string> = {};
  for (const [k, v] of Object.entries(file.decisions)) {
    if (!isStr(v)) fail('bad decisions stamp');
    decisions[k] = v;
  }
  return { meta: { analyzer: file.analyzer, decisions }, articles: file.articles };
}

/** Adds one article of a cache read by `readIndexCache`; throws `CacheError` when it is malformed. */
export function addCachedArticle(index: WorkspaceIndex, article: unknown): void {
  const { key, stamp, annotations } = unpackEntry(article);
  index.set(key, stamp, annotations);
}

/**
 * Reads a cache file's text into an index. Throws `CacheError` for anything but a well-formed cache of this schema
 * (the caller discards it and rebuilds): never a half-read index.
 */
export function parseIndexCache(text: string): LoadedCache {
  const { meta, articles } = readIndexCache(text);
  const index = new WorkspaceIndex();
  for (const a of articles) addCachedArticle(index, a);
  return { index, meta };
}
