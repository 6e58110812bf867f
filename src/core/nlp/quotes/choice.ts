import type { Attribution } from './attribution';

/**
 * The reasons a quote may get an attribution, each with its weight: the choice takes the candidate with the
 * highest weight. The weights are ordered as the rules of RULES.md rank them (a cue introducing the quote beats
 * a clause after it, which beats a headline label, …); being a table, they can later be fitted to decisions
 * people make in the editor.
 */
export const ATTRIBUTION_WEIGHTS = {
  /** A1: a reporting cue right before the quote (`X said: “`). */
  cueBeforeAdjacent: 1,
  /** A2: a reporting clause after it (`“…,” X said`, `“…,” said X`, `according to X`). */
  clauseAfter: 0.9,
  /** A10: a headline label or name by juxtaposition (`Putin: '…'`, `'…': Ines Carvalho on …`). */
  headline: 0.8,
  /** A3–A6: a cue earlier in the quote's sentence (`X told the court that, …, "…"`). */
  cueEarlierInSentence: 0.7,
  /** A7: an earlier quote of the same sentence (`“A,” he said, “B.”`). */
  sameSentenceQuote: 0.6,
  /** A8: the nearest speech earlier in the paragraph (`“A,” Allton said. “B.”`). */
  nearbySpeech: 0.5,
  /** A9: a paragraph ending `X said:` before the quote's paragraph. */
  colonLead: 0.4,
  /** A9: the previous quote, at most two paragraphs back, for a quote opening its paragraph. */
  previousParagraph: 0.3,
} as const;

/** Why an attribution was proposed. */
export type AttributionReason = keyof typeof ATTRIBUTION_WEIGHTS;

/** One proposed attribution with its reason. */
export interface Candidate {
  reason: AttributionReason;
  attribution: Attribution;
}

/** The candidate with the highest weight (the first of equals), or null when there is none. */
export function chooseAttribution(candidates: readonly Candidate[], weights: Readonly<Record<AttributionReason, number>> = ATTRIBUTION_WEIGHTS): Candidate | null {
  let best: Candidate | null = null;
  for (const c of candidates) if (!best || weights[c.reason] > weights[best.reason]) best = c;
  return best;
}
