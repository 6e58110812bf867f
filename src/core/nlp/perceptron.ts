/**
 * A multiclass averaged perceptron over string features: what types a candidate name. Pure, deterministic and
 * dependency-free. `update` moves the weights towards one example, so that decisions a person makes in the editor
 * can be replayed as training; `averaged` gives the weights to use (the average over all updates, which
 * generalises far better than the last ones).
 */
import { AveragedWeights } from './averagedWeights';

/** The labels the recogniser chooses between: not a name of these types (`O`), or a type. */
export const LABELS = ['O', 'PERSON', 'ORG', 'PLACE'] as const;
export type Label = (typeof LABELS)[number];
const N = LABELS.length;

/** Weights as the generated file stores them: one row of per-label weights per feature. */
export interface WeightTable {
  labels: readonly string[];
  features: Record<string, readonly number[]>;
}

/** A feature's contribution to a decision, for explanations. */
export interface Contribution {
  feature: string;
  weight: number;
}

export class Perceptron {
  private readonly weights: AveragedWeights;

  /** A perceptron with these weights (averaged weights of a trained model, or nothing). */
  constructor(table?: WeightTable) {
    this.weights = new AveragedWeights(LABELS, table && { classes: table.labels, features: table.features });
  }

  /** Scores of each label (in `LABELS` order) for a candidate with these features, added to `base` if given. */
  scores(features: readonly string[], base?: readonly number[]): number[] {
    const s = base ? [...base] : new Array<number>(N).fill(0);
    this.weights.add(features, s);
    return s;
  }

  /** Whether the weights hold this feature (it was seen in training and not pruned away). */
  knows(feature: string): boolean {
    return this.weights.get(feature) !== undefined;
  }

  /** The best label; ties go to the earlier label in `LABELS` (so no evidence means `O`). */
  predict(features: readonly string[]): Label {
    return this.best(this.scores(features));
  }

  /** The label of the highest score (the earlier label on a tie). */
  best(scores: readonly number[]): Label {
    return LABELS[argmax(scores)] as Label;
  }

  /**
   * One training step: if the prediction is wrong, moves the weights towards `gold` and away from it; those of
   * `moves` only, when given (the others predict but stay where they are).
   */
  update(features: readonly string[], gold: Label, rate = 1, moves?: readonly string[]): Label {
    this.weights.tick();
    const guess = this.predict(features);
    if (guess === gold) return guess;
    const g = LABELS.indexOf(gold);
    const p = LABELS.indexOf(guess);
    for (const f of new Set(moves ?? features)) {
      this.weights.bump(f, g, rate);
      this.weights.bump(f, p, -rate);
    }
    return guess;
  }

  /** The averaged weights as a table, rounded to `digits` decimals, dropping features whose weights all round below `prune`. */
  averaged(digits = 3, prune = 0): WeightTable {
    return { labels: [...LABELS], features: this.weights.averaged(digits, prune) };
  }

  /** The features that weigh most for `label` against the runner-up label, strongest first. */
  explain(features: readonly string[], label: Label, top = 3): Contribution[] {
    const k = LABELS.indexOf(label);
    const s = this.scores(features);
    let other = -1;
    for (let j = 0; j < N; j++) if (j !== k && (other < 0 || (s[j] as number) > (s[other] as number))) other = j;
    const out: Contribution[] = [];
    for (const f of new Set(features)) {
      const v = this.weights.get(f);
      if (!v) continue;
      const weight = Math.round(((v[k] as number) - (v[other] as number)) * 10) / 10;
      if (weight !== 0) out.push({ feature: f, weight });
    }
    out.sort((a, b) => b.weight - a.weight || (a.feature < b.feature ? -1 : 1));
    return out.slice(0, top);
  }
}

function argmax(s: readonly number[]): number {
  let best = 0;
  for (let k = 1; k < s.length; k++) if ((s[k] as number) > (s[best] as number)) best = k;
  return best;
}
