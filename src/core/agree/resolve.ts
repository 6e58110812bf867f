import type { CodedDocument, CodedQuote, Disagreement, Extent } from './compare';

/**
 * What taking one annotator's side of a disagreement means for the other's annotations, as plain data; the
 * editor turns it into decisions in the workspace file.
 */
export type Resolution =
  /** The mention at `span` gets `type`, or is rejected (null). */
  | { kind: 'mention'; span: Extent; type: string | null }
  /** These quotes go (rejected), and this one is added with its speaker and cue. */
  | { kind: 'quote'; remove: Extent[]; add: CodedQuote | null }
  /** The quote keeps its bounds and gets this speaker (null: none). */
  | { kind: 'speaker'; quote: Extent; speaker: Extent | null }
  /** The quote keeps its bounds and speaker and gets this cue (null: none). */
  | { kind: 'cue'; quote: Extent; speaker: Extent | null; cue: Extent | null };

const overlaps = (a: Extent, b: Extent): boolean => a.start < b.end && b.start < a.end;

/** How to make `mine` agree with `side` at the place of `d` (both annotations of the same article). */
export function takeSide(d: Disagreement, mine: CodedDocument, side: CodedDocument): Resolution | undefined {
  const span = { start: d.start, end: d.end };
  if (d.kind === 'mention') {
    const theirs = side.mentions.find((m) => m.start === d.start && m.end === d.end);
    return { kind: 'mention', span, type: theirs?.type ?? null };
  }
  const myQuote = mine.quotes.find((q) => overlaps(q, span));
  const theirQuote = side.quotes.find((q) => overlaps(q, span));
  if (d.kind === 'quote') return { kind: 'quote', remove: mine.quotes.filter((q) => overlaps(q, span)), add: theirQuote ?? null };
  if (!myQuote || !theirQuote) return undefined;
  if (d.kind === 'speaker') return { kind: 'speaker', quote: myQuote, speaker: theirQuote.speaker };
  return { kind: 'cue', quote: myQuote, speaker: myQuote.speaker, cue: theirQuote.cue };
}
