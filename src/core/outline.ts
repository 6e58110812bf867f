import { ENTITY_TYPES, type DocumentAnnotations, type Entity, type EntityType, type Mention, type Quote, type Span } from './model';

// Pure helpers behind the entity explorer, the document outline and the quote diagnostics. Offsets only: the
// editor layer turns them into positions.

/** An entity of one article with its live mentions and the quotes attributed to it, in document order. */
export interface EntityGroup {
  entity: Entity;
  mentions: Mention[];
  quotes: Quote[];
}

/** The entities of one type. */
export interface TypeGroup<T> {
  type: EntityType;
  entities: T[];
}

const live = (x: { status: string }): boolean => x.status !== 'rejected';
const byPosition = (a: Span, b: Span): number => a.start - b.start || a.end - b.end;

/** Orders entity groups the way a reader scans them: the most mentioned first, then by name. */
function byWeight<T extends { mentionCount: number; name: string }>(a: T, b: T): number {
  return b.mentionCount - a.mentionCount || a.name.localeCompare(b.name);
}

/** The entity record for an id, or a stand-in built from its mentions when the analysis lacks one. */
function entityFor(a: DocumentAnnotations, id: string, mentions: readonly Mention[]): Entity {
  const found = a.entities.find((e) => e.id === id);
  if (found) return found;
  // A mention whose entity record is missing (for instance after a user edit) must still be listed, not lost.
  const longest = mentions.reduce((x, y) => (y.text.length > x.text.length ? y : x), mentions[0]);
  return { id, type: longest.type, name: longest.text, aliases: [], descriptors: [], mentionCount: mentions.length };
}

/**
 * Groups an article's live (not rejected) mentions by type, then by entity: type → entity → mentions and quotes.
 * Types come in `ENTITY_TYPES` order and only when they have an entity; entities with no live mention are left
 * out. The type of a group is the type of its mentions, so a retyped mention moves with its entity.
 */
export function articleOutline(a: DocumentAnnotations): Array<TypeGroup<EntityGroup>> {
  const mentionsById = new Map<string, Mention[]>();
  for (const m of [...a.mentions].filter(live).sort(byPosition)) {
    let list = mentionsById.get(m.entityId);
    if (!list) mentionsById.set(m.entityId, (list = []));
    list.push(m);
  }
  const quotesById = new Map<string, Quote[]>();
  for (const q of [...a.quotes].filter(live).sort(byPosition)) {
    const id = q.speaker?.entityId;
    if (id === undefined) continue;
    let list = quotesById.get(id);
    if (!list) quotesById.set(id, (list = []));
    list.push(q);
  }
  const groups = new Map<EntityType, EntityGroup[]>();
  for (const [id, mentions] of mentionsById) {
    const entity = entityFor(a, id, mentions);
    const type = mentions[0].type;
    let list = groups.get(type);
    if (!list) groups.set(type, (list = []));
    list.push({ entity, mentions, quotes: quotesById.get(id) ?? [] });
  }
  return ENTITY_TYPES.filter((t) => groups.has(t)).map((type) => ({
    type,
    entities: (groups.get(type) ?? []).sort((x, y) => byWeight(
      { mentionCount: x.mentions.length, name: x.entity.name },
      { mentionCount: y.mentions.length, name: y.entity.name },
    )),
  }));
}

/** Live quotes, in document order. */
export function liveQuotes(a: DocumentAnnotations): Quote[] {
  return a.quotes.filter(live).sort(byPosition);
}

/** One article's share of a workspace entity. */
export interface ArticleShare {
  /** The key the caller gave the article (the editor uses the URI string). */
  key: string;
  path: string;
  mentions: Mention[];
  quotes: Quote[];
}

/** An entity across every analysed article; ids are `type:slug` and equal across articles for the same name. */
export interface WorkspaceEntity {
  id: string;
  type: EntityType;
  /** The longest canonical name any article gives it. */
  name: string;
  aliases: string[];
  mentionCount: number;
  quoteCount: number;
  articles: ArticleShare[];
}

/**
 * Groups the entities of several articles by type, then by entity id: type → entity → article → mentions and
 * quotes. Articles are listed in the order given; entities by mention count, then name.
 */
export function workspaceOutline(docs: ReadonlyArray<{ key: string; annotations: DocumentAnnotations }>): Array<TypeGroup<WorkspaceEntity>> {
  const byId = new Map<string, WorkspaceEntity>();
  for (const { key, annotations } of docs) {
    for (const group of articleOutline(annotations)) {
      for (const { entity, mentions, quotes } of group.entities) {
        let w = byId.get(entity.id);
        if (!w) {
          w = { id: entity.id, type: group.type, name: entity.name, aliases: [], mentionCount: 0, quoteCount: 0, articles: [] };
          byId.set(entity.id, w);
        }
        if (entity.name.length > w.name.length) w.name = entity.name;
        for (const alias of [entity.name, ...entity.aliases]) if (!w.aliases.includes(alias)) w.aliases.push(alias);
        w.mentionCount += mentions.length;
        w.quoteCount += quotes.length;
        w.articles.push({ key, path: annotations.document.path, mentions, quotes });
      }
    }
  }
  const groups = new Map<EntityType, WorkspaceEntity[]>();
  for (const w of byId.values()) {
    w.aliases = w.aliases.filter((x) => x !== w.name);
    let list = groups.get(w.type);
    if (!list) groups.set(w.type, (list = []));
    list.push(w);
  }
  return ENTITY_TYPES.filter((t) => groups.has(t)).map((type) => ({ type, entities: (groups.get(type) ?? []).sort(byWeight) }));
}

/** A node of the document outline, in offsets. `select` is the part to highlight (a name, a quote's start). */
export interface OutlineNode {
  name: string;
  detail: string;
  kind: 'type' | 'entity' | 'mention' | 'quotes' | 'quote';
  /** The entity type, for `type`, `entity` and `mention` nodes. */
  type?: EntityType;
  start: number;
  end: number;
  selectStart: number;
  selectEnd: number;
  children: OutlineNode[];
}

const TYPE_NAMES: Record<EntityType, string> = { PERSON: 'People', ORG: 'Organisations', PLACE: 'Places', NORP: 'Nationalities and groups' };

/** The plural heading for a type, as outlines and trees show it. */
export function typeHeading(type: EntityType): string {
  return TYPE_NAMES[type];
}

/** Quote text on one line, shortened, for outline and tree labels. */
export function quoteLabel(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

/** A count with its noun, singular or plural: `1 mention`, `3 mentions`, `2 entities`. */
export function countOf(n: number, word: string, words = `${word}s`): string {
  return `${n} ${n === 1 ? word : words}`;
}

/** Spans a node covering all of `spans` (sorted), selecting the first. */
function cover(spans: readonly Span[]): Pick<OutlineNode, 'start' | 'end' | 'selectStart' | 'selectEnd'> {
  return {
    start: Math.min(...spans.map((s) => s.start)),
    end: Math.max(...spans.map((s) => s.end)),
    selectStart: spans[0].start,
    selectEnd: spans[0].end,
  };
}

/** Spans a node covering all of `nodes`, selecting the earliest one's selection. */
function coverNodes(nodes: readonly OutlineNode[]): Pick<OutlineNode, 'start' | 'end' | 'selectStart' | 'selectEnd'> {
  const first = nodes.reduce((x, y) => (y.selectStart < x.selectStart ? y : x), nodes[0]);
  return {
    start: Math.min(...nodes.map((n) => n.start)),
    end: Math.max(...nodes.map((n) => n.end)),
    selectStart: first.selectStart,
    selectEnd: first.selectEnd,
  };
}

/**
 * The document outline: one node per entity type holding its entities, each holding its mentions; then a
 * `Quotes` node holding every live quote with its speaker as detail. A node's range covers its children, its
 * selection is its first child, so breadcrumbs follow the cursor.
 */
export function documentOutline(a: DocumentAnnotations): OutlineNode[] {
  const out: OutlineNode[] = [];
  for (const group of articleOutline(a)) {
    const entities = group.entities.map(({ entity, mentions }): OutlineNode => ({
      name: entity.name,
      detail: countOf(mentions.length, 'mention'),
      kind: 'entity',
      type: group.type,
      ...cover(mentions),
      children: mentions.map((m) => ({
        name: m.text, detail: m.status, kind: 'mention', type: m.type,
        start: m.start, end: m.end, selectStart: m.start, selectEnd: m.end, children: [],
      })),
    }));
    out.push({
      name: typeHeading(group.type),
      detail: countOf(entities.length, 'entity', 'entities'),
      kind: 'type',
      type: group.type,
      ...coverNodes(entities),
      children: entities,
    });
  }
  const quotes = liveQuotes(a);
  if (quotes.length > 0) {
    out.push({
      name: 'Quotes',
      detail: countOf(quotes.length, 'quote'),
      kind: 'quotes',
      ...cover(quotes),
      children: quotes.map((q) => ({
        name: quoteLabel(q.text),
        detail: q.speaker ? q.speaker.text : 'no speaker',
        kind: 'quote',
        start: Math.min(q.start, q.speaker?.start ?? q.start, q.cue?.start ?? q.start),
        end: Math.max(q.end, q.speaker?.end ?? q.end, q.cue?.end ?? q.end),
        selectStart: q.start,
        selectEnd: q.end,
        children: [],
      })),
    });
  }
  return out;
}

/** The entity's first live mention, the target of "go to definition". */
export function firstMention(a: DocumentAnnotations, entityId: string): Mention | undefined {
  let first: Mention | undefined;
  for (const m of a.mentions) {
    if (m.entityId === entityId && live(m) && (!first || byPosition(m, first) < 0)) first = m;
  }
  return first;
}

/** What a quote problem is about. */
export type QuoteProblemKind = 'noSpeaker' | 'unclosed' | 'unopened';

/** Something about a quote worth a diagnostic; `start`–`end` is the range to mark. */
export interface QuoteProblem {
  kind: QuoteProblemKind;
  start: number;
  end: number;
}

/** Live attributed quotes whose speaker was not found: the quote span is the range. */
export function quotesWithoutSpeaker(a: DocumentAnnotations): QuoteProblem[] {
  return liveQuotes(a).filter((q) => q.speaker === null).map((q) => ({ kind: 'noSpeaker', start: q.start, end: q.end }));
}

/** How paragraphs are separated: every line break (plain-text articles), or blank lines (Markdown). */
export type ParagraphBreak = 'line' | 'blankLine';

const OPENING = new Set(['“', '„', '«']);
const CLOSING = new Set(['”', '»']);
const STRAIGHT = '"';

/** The paragraphs of `text` as [start, end) pairs (end before the break), blank ones left out. */
function paragraphs(text: string, mode: ParagraphBreak): Array<[number, number]> {
  const breaks = mode === 'line' ? /(?:\r\n|\r|\n)+/g : /(?:\r\n|\r|\n)(?:[ \t]*(?:\r\n|\r|\n))+/g;
  const out: Array<[number, number]> = [];
  let from = 0;
  const push = (to: number): void => {
    if (/\S/.test(text.slice(from, to))) out.push([from, to]);
  };
  for (let m = breaks.exec(text); m; m = breaks.exec(text)) {
    push(m.index);
    from = m.index + m[0].length;
  }
  push(text.length);
  return out;
}

function firstNonSpace(text: string, start: number, end: number): number {
  let k = start;
  while (k < end && /\s/.test(text[k])) k++;
  return k;
}

/** Whether the paragraph opens with a quote mark, as each paragraph of a long quote does in news style. */
function opensWithMark(text: string, [start, end]: [number, number]): boolean {
  const c = text[firstNonSpace(text, start, end)];
  return OPENING.has(c) || c === STRAIGHT;
}

/**
 * Finds double quote marks that are never closed within their paragraph (`unclosed`, from the mark to the end of
 * that paragraph) and closing marks with nothing open (`unopened`, the mark alone). Curly, low-9 and guillemet
 * marks have a direction (`„…“` counts as a pair); straight `"` marks pair up in turn. News style opens every paragraph of a long quote
 * and closes only the last, so a paragraph that ends inside a quote is fine when the next one opens with a mark.
 * Single marks are left alone: `’` is far more often an apostrophe than a quote.
 */
export function findUnbalancedQuoteMarks(text: string, mode: ParagraphBreak = 'line'): QuoteProblem[] {
  const out: QuoteProblem[] = [];
  const paras = paragraphs(text, mode);
  // The open mark and the end of its paragraph, while a quote is open.
  let open: { at: number; paraEnd: number; mark: string } | undefined;
  const unclosed = (): void => {
    if (open) out.push({ kind: 'unclosed', start: open.at, end: open.paraEnd });
    open = undefined;
  };
  paras.forEach(([start, end], i) => {
    let k = start;
    if (open) {
      // Carried over from the previous paragraph: this paragraph's opening mark continues the same quote.
      k = firstNonSpace(text, start, end);
      open = { at: k, paraEnd: end, mark: text[k] };
      k++;
    }
    for (; k < end; k++) {
      const c = text[k];
      // German quotes open low and close with the mark English opens with: „so“.
      if (c === '“' && open?.mark === '„') {
        open = undefined;
      } else if (OPENING.has(c)) {
        unclosed();
        open = { at: k, paraEnd: end, mark: c };
      } else if (CLOSING.has(c)) {
        if (open) open = undefined;
        else out.push({ kind: 'unopened', start: k, end: k + 1 });
      } else if (c === STRAIGHT) {
        open = open ? undefined : { at: k, paraEnd: end, mark: c };
      }
    }
    const next = paras[i + 1];
    if (open && !(next && opensWithMark(text, next))) unclosed();
  });
  return out.sort((a, b) => a.start - b.start);
}

/** Every quote problem of a document, in document order: quotes without speaker and unbalanced marks. */
export function quoteProblems(a: DocumentAnnotations | undefined, text: string, mode: ParagraphBreak = 'line'): QuoteProblem[] {
  return [...(a ? quotesWithoutSpeaker(a) : []), ...findUnbalancedQuoteMarks(text, mode)].sort((x, y) => x.start - y.start || x.end - y.end);
}
