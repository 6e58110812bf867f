import { ENTITY_TYPES, type DocumentAnnotations, type Entity, type EntityType, type Mention, type Quote, type Span } from './model';

// The model behind the entity tree: an article's entities grouped by type, and several articles merged by entity
// id. Offsets only: the editor layer turns them into positions.

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

/** Whether an item counts (rejected ones are kept in the store but hidden). */
export const isLive = (x: { status: string }): boolean => x.status !== 'rejected';
/** Document order. */
export const byPosition = (a: Span, b: Span): number => a.start - b.start || a.end - b.end;

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

/** The built-in types in display order, then any other (a scheme's own) by id: a tree never drops a type. */
function typeOrder(present: Iterable<EntityType>): EntityType[] {
  const set = new Set(present);
  return [...ENTITY_TYPES.filter((t) => set.has(t)), ...[...set].filter((t) => !ENTITY_TYPES.includes(t)).sort()];
}

/**
 * Groups an article's live (not rejected) mentions by type, then by entity: type → entity → mentions and quotes.
 * Types come in `ENTITY_TYPES` order (then a scheme's own, by id) and only when they have an entity; entities with no live mention are left
 * out. The type of a group is the type of its mentions, so a retyped mention moves with its entity.
 */
export function articleOutline(a: DocumentAnnotations): Array<TypeGroup<EntityGroup>> {
  const mentionsById = new Map<string, Mention[]>();
  for (const m of [...a.mentions].filter(isLive).sort(byPosition)) {
    let list = mentionsById.get(m.entityId);
    if (!list) mentionsById.set(m.entityId, (list = []));
    list.push(m);
  }
  const quotesById = new Map<string, Quote[]>();
  for (const q of [...a.quotes].filter(isLive).sort(byPosition)) {
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
  return typeOrder(groups.keys()).map((type) => ({
    type,
    entities: (groups.get(type) ?? []).sort((x, y) => byWeight(
      { mentionCount: x.mentions.length, name: x.entity.name },
      { mentionCount: y.mentions.length, name: y.entity.name },
    )),
  }));
}

/** Live quotes, in document order. */
export function liveQuotes(a: DocumentAnnotations): Quote[] {
  return a.quotes.filter(isLive).sort(byPosition);
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
 * quotes. Articles are listed in the order given; entities by mention count, then name. `outline` groups one
 * article (a caller with thousands of unchanged articles passes a memoised `articleOutline`).
 */
export function workspaceOutline(
  docs: ReadonlyArray<{ key: string; annotations: DocumentAnnotations }>,
  outline: (a: DocumentAnnotations) => Array<TypeGroup<EntityGroup>> = articleOutline,
): Array<TypeGroup<WorkspaceEntity>> {
  const byId = new Map<string, WorkspaceEntity>();
  for (const { key, annotations } of docs) {
    for (const group of outline(annotations)) {
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
  return typeOrder(groups.keys()).map((type) => ({ type, entities: (groups.get(type) ?? []).sort(byWeight) }));
}

