import type { DocumentAnnotations, Entity, EntityType, Quote } from '../model';
import { DEFAULT_SCHEME, typeInfo, type Scheme } from '../scheme';

/** Figures shared by the Markdown and HTML reports and the CLI summary. */

/** The plural label of an entity type as reports show it (`People`; a scheme type's own label). */
export function typeLabel(type: EntityType, scheme: Scheme = DEFAULT_SCHEME): string {
  return typeInfo(scheme, type).plural;
}

/** The scheme's types in display order, then any other type the documents use (so that nothing is left out). */
export function typesInOrder(docs: readonly DocumentAnnotations[], scheme: Scheme = DEFAULT_SCHEME): EntityType[] {
  const out = scheme.types.map((t) => t.id);
  for (const doc of docs) for (const m of doc.mentions) if (!out.includes(m.type)) out.push(m.type);
  for (const doc of docs) for (const e of doc.entities) if (!out.includes(e.type)) out.push(e.type);
  return out;
}

/** How often one speaker is quoted. */
export interface SpeakerCount {
  /** The speaker's entity name, or the speaker phrase when it names no entity (a role, a pronoun). */
  name: string;
  entityId?: string;
  count: number;
}

/** The entities of each type, most mentioned first (ties by name), types in display order, empty types left out. */
export function entitiesByType(doc: DocumentAnnotations, scheme: Scheme = DEFAULT_SCHEME): Array<[EntityType, Entity[]]> {
  const out: Array<[EntityType, Entity[]]> = [];
  for (const type of typesInOrder([doc], scheme)) {
    const list = doc.entities.filter((e) => e.type === type).sort((a, b) => b.mentionCount - a.mentionCount || a.name.localeCompare(b.name));
    if (list.length > 0) out.push([type, list]);
  }
  return out;
}

/** Mentions per entity type over several documents. */
export function mentionCountsByType(docs: readonly DocumentAnnotations[], scheme: Scheme = DEFAULT_SCHEME): Record<EntityType, number> {
  const counts: Record<EntityType, number> = Object.fromEntries(typesInOrder(docs, scheme).map((t) => [t, 0]));
  for (const doc of docs) for (const m of doc.mentions) counts[m.type]++;
  return counts;
}

/** Entities per type over several documents (an entity id counted once per document). */
export function entityCountsByType(docs: readonly DocumentAnnotations[], scheme: Scheme = DEFAULT_SCHEME): Record<EntityType, number> {
  const counts: Record<EntityType, number> = Object.fromEntries(typesInOrder(docs, scheme).map((t) => [t, 0]));
  for (const doc of docs) for (const e of doc.entities) counts[e.type]++;
  return counts;
}

/** The name a report shows for a quote's speaker. */
export function speakerName(doc: DocumentAnnotations, quote: Quote): string | undefined {
  if (!quote.speaker) return undefined;
  const entity = quote.speaker.entityId ? doc.entities.find((e) => e.id === quote.speaker?.entityId) : undefined;
  return entity?.name ?? quote.speaker.text;
}

/** Who is quoted how often over several documents, most quoted first; quotes without a speaker are not counted. */
export function quotedSpeakers(docs: readonly DocumentAnnotations[]): SpeakerCount[] {
  const byKey = new Map<string, SpeakerCount>();
  for (const doc of docs) {
    for (const q of doc.quotes) {
      const name = speakerName(doc, q);
      if (name === undefined) continue;
      const entityId = q.speaker?.entityId;
      const key = entityId ?? `phrase:${name.toLowerCase()}`;
      const entry = byKey.get(key) ?? (entityId ? { name, entityId, count: 0 } : { name, count: 0 });
      entry.count++;
      byKey.set(key, entry);
    }
  }
  return [...byKey.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

/** `1 quote`, `2 quotes`: a count with its noun in the right number. */
export function counted(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/** The one-line size of an article's annotations, as both reports show it. */
export function sizeLine(doc: DocumentAnnotations): string {
  return `${counted(doc.entities.length, 'entity', 'entities')}, ${counted(doc.mentions.length, 'mention')}, ${counted(doc.quotes.length, 'quote')}.`;
}
