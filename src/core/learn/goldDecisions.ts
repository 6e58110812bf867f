import type { EntityType } from '../model';
import type { StoreOp } from '../store/operations';

/** A suggested mention as the analysis gives it. */
export interface SuggestedMention {
  start: number;
  end: number;
  type: string;
}

/** A gold entity as the evaluation sets give it (GUM-style gold adds the whole noun phrase and its head). */
export interface GoldMention {
  start: number;
  end: number;
  type: string;
  mention_start?: number;
  mention_end?: number;
  head?: { start: number; end: number };
}

const TYPES: ReadonlySet<string> = new Set<EntityType>(['PERSON', 'ORG', 'PLACE', 'NORP']);

/** Whether a suggestion stands for a gold entity, whatever its type, by the scorer's matching rule. */
function sameSpan(g: GoldMention, p: SuggestedMention): boolean {
  if (g.head && g.mention_start !== undefined && g.mention_end !== undefined) {
    return p.start >= g.mention_start && p.end <= g.mention_end && p.start <= g.head.start && p.end >= g.head.end;
  }
  return g.start === p.start && g.end === p.end;
}

/**
 * The decisions an annotator makes to bring one article's suggestions exactly to the gold, as the editor's
 * commands would record them: a suggestion that is a gold entity of its type is accepted, one of another type is
 * retyped, any other is rejected, and every gold entity no suggestion stands for is added. Gold of other types
 * (dates, events, …) is no mention of the analyser's, so suggestions on it are rejected too.
 */
export function decisionsToGold(suggestions: readonly SuggestedMention[], gold: readonly GoldMention[]): StoreOp[] {
  const wanted = gold.filter((g) => TYPES.has(g.type));
  const used = new Set<number>();
  const ops: StoreOp[] = [];
  for (const s of suggestions) {
    if (!TYPES.has(s.type)) continue;
    const type = s.type as EntityType;
    // The same type first, so a suggestion that is right is never counted as a correction of another entity.
    let i = wanted.findIndex((g, k) => !used.has(k) && g.type === type && sameSpan(g, s));
    if (i < 0) i = wanted.findIndex((g, k) => !used.has(k) && sameSpan(g, s));
    const mention = { start: s.start, end: s.end, type };
    if (i < 0) { ops.push({ kind: 'rejectMention', mention }); continue; }
    used.add(i);
    const g = wanted[i] as GoldMention;
    ops.push(g.type === type ? { kind: 'acceptMention', mention } : { kind: 'retypeMention', mention, type: g.type as EntityType });
  }
  wanted.forEach((g, k) => {
    if (!used.has(k) && g.end > g.start) ops.push({ kind: 'addMention', mention: { start: g.start, end: g.end, type: g.type as EntityType } });
  });
  return ops;
}
