/**
 * A multiclass averaged perceptron over string features: what types a candidate name. Pure, deterministic and
 * dependency-free. `update` moves the weights towards one example, so that decisions a person makes in the editor
 * can be replayed as training; `averaged` gives the weights to use (the average over all updates, which
 * generalises far better than the last ones).
 */

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
  private readonly w = new Map<string, Float64Array>();
  // For averaging: the sum of each weight over all steps so far, kept lazily with the step of its last change.
  private readonly totals = new Map<string, Float64Array>();
  private readonly stamps = new Map<string, Float64Array>();
  private steps = 0;

  /** A perceptron with these weights (averaged weights of a trained model, or nothing). */
  constructor(table?: WeightTable) {
    if (!table) return;
    const index = table.labels.map((l) => LABELS.indexOf(l as Label));
    for (const [f, row] of Object.entries(table.features)) {
      const v = new Float64Array(N);
      row.forEach((x, k) => { const i = index[k] as number; if (i >= 0) v[i] = x; });
      this.w.set(f, v);
    }
  }

  /** Scores of each label (in `LABELS` order) for a candidate with these features, added to `base` if given. */
  scores(features: readonly string[], base?: readonly number[]): number[] {
    const s = base ? [...base] : new Array<number>(N).fill(0);
    for (const f of features) {
      const v = this.w.get(f);
      if (v) for (let k = 0; k < N; k++) s[k] = (s[k] as number) + (v[k] as number);
    }
    return s;
  }

  /** The best label; ties go to the earlier label in `LABELS` (so no evidence means `O`). */
  predict(features: readonly string[]): Label {
    return this.best(this.scores(features));
  }

  /** The label of the highest score (the earlier label on a tie). */
  best(scores: readonly number[]): Label {
    return LABELS[argmax(scores)] as Label;
  }

  /** One training step: if the prediction is wrong, moves the weights towards `gold` and away from it. */
  update(features: readonly string[], gold: Label, rate = 1): Label {
    this.steps++;
    const guess = this.predict(features);
    if (guess === gold) return guess;
    const g = LABELS.indexOf(gold);
    const p = LABELS.indexOf(guess);
    for (const f of new Set(features)) {
      this.bump(f, g, rate);
      this.bump(f, p, -rate);
    }
    return guess;
  }

  private bump(f: string, k: number, by: number): void {
    let v = this.w.get(f);
    if (!v) { v = new Float64Array(N); this.w.set(f, v); this.totals.set(f, new Float64Array(N)); this.stamps.set(f, new Float64Array(N)); }
    let t = this.totals.get(f);
    let s = this.stamps.get(f);
    // Weights loaded from a table start their average at the loaded value.
    if (!t || !s) { t = new Float64Array(N); s = new Float64Array(N); this.totals.set(f, t); this.stamps.set(f, s); }
    t[k] = (t[k] as number) + (this.steps - (s[k] as number)) * (v[k] as number);
    s[k] = this.steps;
    v[k] = (v[k] as number) + by;
  }

  /** The averaged weights as a table, rounded to `digits` decimals, dropping features whose weights all round below `prune`. */
  averaged(digits = 3, prune = 0): WeightTable {
    const scale = 10 ** digits;
    const features: Record<string, number[]> = {};
    for (const f of [...this.w.keys()].sort()) {
      const v = this.w.get(f) as Float64Array;
      const t = this.totals.get(f);
      const s = this.stamps.get(f);
      const row: number[] = [];
      for (let k = 0; k < N; k++) {
        const total = t && s ? (t[k] as number) + (this.steps - (s[k] as number)) * (v[k] as number) : (v[k] as number) * this.steps;
        const avg = this.steps > 0 ? total / this.steps : (v[k] as number);
        row.push(Math.round(avg * scale) / scale + 0);
      }
      if (row.some((x) => Math.abs(x) > prune)) features[f] = row;
    }
    return { labels: [...LABELS], features };
  }

  /** The features that weigh most for `label` against the runner-up label, strongest first. */
  explain(features: readonly string[], label: Label, top = 3): Contribution[] {
    const k = LABELS.indexOf(label);
    const s = this.scores(features);
    let other = -1;
    for (let j = 0; j < N; j++) if (j !== k && (other < 0 || (s[j] as number) > (s[other] as number))) other = j;
    const out: Contribution[] = [];
    for (const f of new Set(features)) {
      const v = this.w.get(f);
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
