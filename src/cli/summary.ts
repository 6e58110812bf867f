import type { DocumentAnnotations } from '../core/model';
import { DEFAULT_SCHEME, type Scheme } from '../core/scheme';
import { entityCountsByType, mentionCountsByType, quotedSpeakers, typeLabel, typesInOrder } from '../core/export/summary';

/** A plain-text summary for the terminal: entities by type with counts, and who is quoted how often. */
export function formatSummary(docs: readonly DocumentAnnotations[], topSpeakers = 15, scheme: Scheme = DEFAULT_SCHEME): string {
  const mentions = mentionCountsByType(docs, scheme);
  const entities = entityCountsByType(docs, scheme);
  const types = typesInOrder(docs, scheme);
  const quotes = docs.reduce((n, d) => n + d.quotes.length, 0);
  const lines = [`${docs.length} article${docs.length === 1 ? '' : 's'}, ${quotes} quote${quotes === 1 ? '' : 's'}`, '', 'Entities by type:'];
  const width = Math.max(...types.map((t) => typeLabel(t, scheme).length));
  for (const type of types) {
    lines.push(`  ${typeLabel(type, scheme).padEnd(width)}  ${String(entities[type]).padStart(4)} entities  ${String(mentions[type]).padStart(5)} mentions`);
  }
  // Per-article highlights only for a handful of articles; a large archive would drown the summary.
  for (const doc of docs.slice(0, 10)) {
    const top = [...doc.entities].sort((a, b) => b.mentionCount - a.mentionCount || a.name.localeCompare(b.name)).slice(0, 8);
    if (top.length > 0) lines.push(`  ${doc.document.path}: ${top.map((e) => `${e.name} (${e.type} ×${e.mentionCount})`).join(', ')}`);
  }
  const speakers = quotedSpeakers(docs);
  lines.push('', 'Who is quoted:');
  if (speakers.length === 0) lines.push('  nobody');
  const nameWidth = Math.min(40, Math.max(0, ...speakers.map((s) => s.name.length)));
  for (const s of speakers.slice(0, topSpeakers)) lines.push(`  ${s.name.padEnd(nameWidth)}  ${String(s.count).padStart(3)} ${'█'.repeat(Math.min(s.count, 40))}`);
  if (speakers.length > topSpeakers) lines.push(`  … and ${speakers.length - topSpeakers} more`);
  return `${lines.join('\n')}\n`;
}
