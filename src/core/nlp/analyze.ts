import nlp from 'compromise';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { ANALYSIS_SCHEMA, type AnalyzeOptions, type DocumentAnnotations, type Entity, type EntityType, type Mention } from '../model';

// First version: compromise's people/places/organizations per paragraph. The analysis engine replaces this.

const TAGS: Array<[string, EntityType]> = [['#Person+', 'PERSON'], ['#Organization+', 'ORG'], ['#Place+', 'PLACE']];

function slug(s: string): string {
  return s.toLowerCase().normalize('NFKD').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'x';
}

/** Hex SHA-256 of the UTF-8 encoding of `text`. */
export function sha256Hex(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}

/** Analyses a whole article. */
export function analyze(text: string, options: AnalyzeOptions = {}): DocumentAnnotations {
  const mentions: Mention[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const base = m.index;
    const doc = nlp(m[0]);
    for (const [tag, type] of TAGS) {
      for (const item of doc.match(tag).json({ offset: true }) as Array<{ text: string; offset: { start: number; length: number } }>) {
        const t = item.text.replace(/[\s.,;:!?’']+$/u, '').replace(/[’']s$/u, '');
        const start = base + item.offset.start;
        if (!t) continue;
        mentions.push({ start, end: start + t.length, text: t, type, entityId: `${type.toLowerCase()}:${slug(t)}`, origin: 'auto', status: 'suggested' });
      }
    }
  }
  mentions.sort((a, b) => a.start - b.start || a.end - b.end);
  const entities = new Map<string, Entity>();
  for (const m of mentions) {
    const e = entities.get(m.entityId) ?? { id: m.entityId, type: m.type, name: m.text, aliases: [], descriptors: [], mentionCount: 0 };
    e.mentionCount++;
    entities.set(m.entityId, e);
  }
  return {
    schema: ANALYSIS_SCHEMA,
    document: { path: options.path ?? '', length: text.length, sha256: sha256Hex(text) },
    entities: [...entities.values()],
    mentions: mentions.filter((m) => text.slice(m.start, m.end) === m.text),
    quotes: [],
  };
}
