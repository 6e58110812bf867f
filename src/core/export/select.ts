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
  const mentionCounts = countBy(mentions.map((m) => m.entityId));
  const quoteCounts = countBy(quotes.map((q) => q.speaker?.entityId));
  const entities: Entity[] = [];
  for (const e of doc.entities) {
    const mentionCount = mentionCounts.get(e.id) ?? 0;
    const quoteCount = quoteCounts.get(e.id) ?? 0;
    if (mentionCount === 0 && quoteCount === 0) continue;
    entities.push({ ...e, mentionCount, quoteCount });
  }
  return { ...doc, entities, mentions, quotes };
}

function countBy(keys: ReadonlyArray<string | undefined>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const k of keys) if (k !== undefined) counts.set(k, (counts.get(k) ?? 0) + 1);
  return counts;
}
