import { anchorKey } from './documentAnchors';
import { emptyDocument, type DocumentDecisions } from './types';

/** Merges imported decisions into a document's: an imported decision replaces one on the same span, entity notes override. */
export function mergeDecisions(existing: DocumentDecisions | undefined, imported: DocumentDecisions): DocumentDecisions {
  const base = existing ?? emptyDocument();
  const mentionKeys = new Set(imported.mentions.map(anchorKey));
  const quoteKeys = new Set(imported.quotes.map(anchorKey));
  const entities = new Map(base.entities);
  for (const [id, decision] of imported.entities) entities.set(id, { ...entities.get(id), ...decision });
  return {
    ...base,
    mentions: [...base.mentions.filter((m) => !mentionKeys.has(anchorKey(m))), ...imported.mentions],
    quotes: [...base.quotes.filter((q) => !quoteKeys.has(anchorKey(q))), ...imported.quotes],
    entities,
  };
}

