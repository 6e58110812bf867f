import type { DocumentAnnotations, Entity, Mention, Quote } from '../model';

/** Options shared by every export. */
export interface SelectOptions {
  /** Keep items a person rejected (they are left out by default). */
  includeRejected?: boolean;
}

/**
 * The annotations an export should contain: rejected mentions and quotes are dropped unless asked for, and
 * entity counts are recomputed so that reports never count what they do not show. Entities left with neither
 * mentions nor quotes are dropped too.
 */
export function selectForExport(doc: DocumentAnnotations, options: SelectOptions = {}): DocumentAnnotations {
  const keep = (item: Mention | Quote): boolean => options.includeRejected === true || item.status !== 'rejected';
  const mentions = doc.mentions.filter(keep);
  const quotes = doc.quotes.filter(keep);
  const entities: Entity[] = [];
  for (const e of doc.entities) {
    const mentionCount = mentions.filter((m) => m.entityId === e.id).length;
    const quoteCount = quotes.filter((q) => q.speaker?.entityId === e.id).length;
    if (mentionCount === 0 && quoteCount === 0) continue;
    entities.push({ ...e, mentionCount, quoteCount });
  }
  return { ...doc, entities, mentions, quotes };
}
