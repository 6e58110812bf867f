import type { DocumentAnnotations, EntityType, Mention, Span } from './model';
import { articleOutline, byPosition, isLive, liveQuotes } from './outlineGroups';
import { countOf, quoteLabel, typeHeading } from './outlineLabels';
import type { Scheme } from './scheme';

// The document outline (symbols and breadcrumbs) and the target of "go to definition", in offsets.

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
export function documentOutline(a: DocumentAnnotations, scheme?: Scheme): OutlineNode[] {
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
      name: typeHeading(group.type, scheme),
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
    if (m.entityId === entityId && isLive(m) && (!first || byPosition(m, first) < 0)) first = m;
  }
  return first;
}
