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

/** A weight for every reason: the shipped table, or one a workspace's quote decisions moved. */
export type AttributionWeights = Readonly<Record<AttributionReason, number>>;

/** The candidate with the highest weight (the first of equals), or null when there is none. */
export function chooseAttribution(candidates: readonly Candidate[], weights: AttributionWeights = ATTRIBUTION_WEIGHTS): Candidate | null {
  let best: Candidate | null = null;
  for (const c of candidates) if (!best || weights[c.reason] > weights[best.reason]) best = c;
  return best;
}

/** One quote decision as an example: the reasons of the attributions proposed for the quote, and which were right. */
export interface AttributionExample {
  /** Reasons of the proposed attributions that give the speaker and cue the person kept or chose. */
  right: readonly AttributionReason[];
  /** Reasons of the proposed attributions that give another speaker. */
  wrong: readonly AttributionReason[];
}

/** How far quote decisions may move the weights: they are ordered a tenth apart, so a step is half of that. */
export const ATTRIBUTION_TEACHING = { epochs: 4, margin: 0.05, maxStep: 0.05, maxChange: 0.3 } as const;

const REASONS = Object.keys(ATTRIBUTION_WEIGHTS) as AttributionReason[];

/**
 * The attribution weights after replaying quote decisions, in order, onto the shipped table: for each example
 * whose best right reason does not beat its best wrong one by the margin, the smallest step that would (bounded),
 * each weight's change clipped to `maxChange`, and the weights averaged over every step of every pass, as the
 * recogniser learns from mention decisions. A reason both right and wrong for one quote teaches nothing.
 */
export function teachAttribution(examples: readonly AttributionExample[], options: Partial<typeof ATTRIBUTION_TEACHING> = {}): AttributionWeights {
  const { epochs, margin, maxStep, maxChange } = { ...ATTRIBUTION_TEACHING, ...options };
  const w = new Map<AttributionReason, number>(REASONS.map((r) => [r, ATTRIBUTION_WEIGHTS[r]]));
  const sum = new Map<AttributionReason, number>(REASONS.map((r) => [r, 0]));
  let steps = 0;
  const usable = examples.filter((e) => e.right.length > 0 && e.wrong.length > 0 && !e.right.some((r) => e.wrong.includes(r)));
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (const e of usable) {
      steps++;
      const best = (rs: readonly AttributionReason[]): AttributionReason => rs.reduce((a, b) => ((w.get(b) as number) > (w.get(a) as number) ? b : a));
      const r = best(e.right);
      const x = best(e.wrong);
      const loss = margin - ((w.get(r) as number) - (w.get(x) as number));
      if (loss > 0) {
        const tau = Math.min(maxStep, loss / 2);
        const clip = (k: AttributionReason, v: number): number => Math.max(ATTRIBUTION_WEIGHTS[k] - maxChange, Math.min(ATTRIBUTION_WEIGHTS[k] + maxChange, v));
        w.set(r, clip(r, (w.get(r) as number) + tau));
        w.set(x, clip(x, (w.get(x) as number) - tau));
      }
      for (const k of REASONS) sum.set(k, (sum.get(k) as number) + (w.get(k) as number));
    }
  }
  const out = { ...ATTRIBUTION_WEIGHTS } as Record<AttributionReason, number>;
  if (steps > 0) for (const k of REASONS) out[k] = (sum.get(k) as number) / steps;
  return out;
}
