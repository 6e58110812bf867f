import type { DocumentAnnotations, Entity, Mention, Quote, Span } from './model';

/** What sits at an offset: the innermost mention, the quote around it, and a speaker or cue span. */
export interface Hit {
  mention?: Mention;
  quote?: Quote;
  /** The quote whose speaker span holds the offset. */
  speakerOf?: Quote;
  /** The quote whose cue span holds the offset. */
  cueOf?: Quote;
}

const inside = (s: Span, offset: number): boolean => s.start <= offset && offset <= s.end && s.end > s.start;

/**
 * Finds the annotations at `offset` (inclusive at both ends, as a cursor right after a word still "touches" it).
 * Rejected items are ignored.
 */
export function hitAt(a: DocumentAnnotations, offset: number): Hit {
  const hit: Hit = {};
  for (const m of a.mentions) {
    if (m.status === 'rejected' || !inside(m, offset)) continue;
    if (!hit.mention || m.end - m.start < hit.mention.end - hit.mention.start) hit.mention = m;
  }
  for (const q of a.quotes) {
    if (q.status === 'rejected') continue;
    if (q.speaker && inside(q.speaker, offset)) hit.speakerOf ??= q;
    if (q.cue && inside(q.cue, offset)) hit.cueOf ??= q;
    if (inside(q, offset)) hit.quote ??= q;
  }
  return hit;
}

/** The entity with this id, if any. */
export function entityById(a: DocumentAnnotations, id: string | undefined): Entity | undefined {
  return id === undefined ? undefined : a.entities.find((e) => e.id === id);
}

/** Mentions of an entity, in document order, rejected ones left out. */
export function mentionsOf(a: DocumentAnnotations, entityId: string): Mention[] {
  return a.mentions.filter((m) => m.entityId === entityId && m.status !== 'rejected').sort((x, y) => x.start - y.start);
}

/** Quotes attributed to an entity, in document order, rejected ones left out. */
export function quotesOf(a: DocumentAnnotations, entityId: string): Quote[] {
  return a.quotes.filter((q) => q.speaker?.entityId === entityId && q.status !== 'rejected').sort((x, y) => x.start - y.start);
}

/** All live items (mentions and quotes) in document order; used to step through suggestions. */
export function itemsInOrder(a: DocumentAnnotations): Array<Mention | Quote> {
  return [...a.mentions, ...a.quotes].filter((x) => x.status !== 'rejected').sort((x, y) => x.start - y.start || x.end - y.end);
}

/** The first words of a quote, for lists and hover cards. */
export function quotePreview(text: string, words = 8): string {
  const parts = text.replace(/\s+/g, ' ').trim().split(' ');
  return parts.length <= words ? parts.join(' ') : `${parts.slice(0, words).join(' ')} …`;
}
