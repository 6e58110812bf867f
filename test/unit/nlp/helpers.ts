import { analyze } from '../../../src/core/nlp/analyze';
import type { EntityType } from '../../../src/core/model';

/** `text:TYPE` for every mention of `text`, in order, for compact table-driven assertions. */
export function mentionsOf(text: string): string[] {
  return analyze(text).mentions.map((m) => `${m.text}:${m.type}`);
}

/** The entity whose mentions include `name`, with its type, canonical name, aliases and descriptors. */
export function entityOf(text: string, name: string): { type: EntityType; name: string; aliases: string[]; descriptors: string[]; mentionCount: number } | undefined {
  const result = analyze(text);
  const m = result.mentions.find((x) => x.text === name);
  return m ? result.entities.find((e) => e.id === m.entityId) : undefined;
}
