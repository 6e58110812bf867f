import type { EntityType } from './model';
import { DEFAULT_SCHEME, typeInfo, type Scheme } from './scheme';

// Labels shared by the document outline and the entity tree.

/** The plural heading for a type, as outlines and trees show it (a scheme type's own label). */
export function typeHeading(type: EntityType, scheme: Scheme = DEFAULT_SCHEME): string {
  return typeInfo(scheme, type).plural;
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
