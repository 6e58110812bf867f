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

/** A suggested quote as the analysis gives it. */
export interface SuggestedQuote {
  start: number;
  end: number;
  speaker?: { start: number; end: number; text?: string } | null;
}

/** A gold quote as the evaluation sets give it. */
export interface GoldQuote {
  start: number;
  end: number;
  speaker?: { start: number; end: number; text?: string } | null;
  cue?: { start: number; end: number } | null;
}

const lastWordOf = (s: string): string => (/(\p{L}{3,})\P{L}*$/u.exec(s)?.[1] ?? '').toLowerCase();

/** The scorer's rule for a right speaker: it overlaps the gold one, or has its text or its last word. */
function sameSource(g: { start: number; end: number }, p: { start: number; end: number }, text: string): boolean {
  if (p.start < g.end && g.start < p.end) return true;
  const a = text.slice(g.start, g.end);
  const b = text.slice(p.start, p.end);
  return a === b || (lastWordOf(a) !== '' && lastWordOf(a) === lastWordOf(b));
}

/**
 * The quote decisions an annotator makes to bring one article's quotes to the gold: a suggested quote with the
 * gold's span and speaker is accepted, one with another speaker gets the gold speaker, any other suggested quote
 * is rejected, and every gold quote no suggestion has is added with its speaker and cue.
 */
export function quoteDecisionsToGold(text: string, suggestions: readonly SuggestedQuote[], gold: readonly GoldQuote[]): StoreOp[] {
  const ops: StoreOp[] = [];
  const used = new Set<number>();
  for (const s of suggestions) {
    const i = gold.findIndex((g, k) => !used.has(k) && g.start === s.start && g.end === s.end);
    const quote = { start: s.start, end: s.end };
    if (i < 0) { ops.push({ kind: 'rejectQuote', quote }); continue; }
    used.add(i);
    const g = gold[i] as GoldQuote;
    if (!g.speaker) ops.push(s.speaker ? { kind: 'setQuoteSpeaker', quote, speaker: null } : { kind: 'acceptQuote', quote });
    else if (s.speaker && sameSource(g.speaker, s.speaker, text)) ops.push({ kind: 'acceptQuote', quote });
    else ops.push({ kind: 'setQuoteSpeaker', quote, speaker: { start: g.speaker.start, end: g.speaker.end } });
  }
  gold.forEach((g, k) => {
    if (used.has(k) || g.end <= g.start) return;
    ops.push({ kind: 'addQuote', quote: { start: g.start, end: g.end }, speaker: g.speaker ? { start: g.speaker.start, end: g.speaker.end } : null, cue: g.cue ? { start: g.cue.start, end: g.cue.end } : null });
  });
  return ops;
}
