/**
 * The weights of an averaged perceptron over string features and a fixed list of classes, shared by the
 * recogniser (`perceptron.ts`) and the span tagger (`tagger.ts`). Sparse: a row per feature seen. Averaging is
 * lazy: each weight keeps the sum of its values over the steps so far up to its last change, and that change's
 * step, so an update costs only the weights it moves.
 */
export class AveragedWeights {
  private readonly w = new Map<string, Float64Array>();
  private readonly totals = new Map<string, Float64Array>();
  private readonly stamps = new Map<string, Float64Array>();
  private steps = 0;

  /**
   * Weights over `classes`, starting from a table's rows (whose columns are `tableClasses`, in any order; a column
   * of a class not in `classes` is ignored). Loaded weights start their average at the loaded value.
   */
  constructor(
    private readonly classes: readonly string[],
    table?: { classes: readonly string[]; features: Record<string, readonly number[]> },
  ) {
    if (!table) return;
    const n = classes.length;
    const index = table.classes.map((c) => classes.indexOf(c));
    for (const [f, row] of Object.entries(table.features)) {
      const v = new Float64Array(n);
      row.forEach((x, k) => { const i = index[k] as number; if (i >= 0) v[i] = x; });
      this.w.set(f, v);
    }
  }

  /** A feature's current weights, one per class. */
  get(feature: string): Float64Array | undefined {
    return this.w.get(feature);
  }

  /** Adds the weights of `features` to `scores`, class by class. */
  add(features: Iterable<string>, scores: number[] | Float64Array): void {
    const n = this.classes.length;
    for (const f of features) {
      const v = this.w.get(f);
      if (v) for (let k = 0; k < n; k++) scores[k] = (scores[k] as number) + (v[k] as number);
    }
  }

  /** Counts one training step (the clock the averages are taken over). */
  tick(): void {
    this.steps++;
  }

  /** Moves the weight of `feature` for class `k` by `by`. */
  bump(feature: string, k: number, by: number): void {
    const n = this.classes.length;
    let v = this.w.get(feature);
    if (!v) { v = new Float64Array(n); this.w.set(feature, v); }
    let t = this.totals.get(feature);
    let s = this.stamps.get(feature);
    if (!t || !s) { t = new Float64Array(n); s = new Float64Array(n); this.totals.set(feature, t); this.stamps.set(feature, s); }
    t[k] = (t[k] as number) + (this.steps - (s[k] as number)) * (v[k] as number);
    s[k] = this.steps;
    v[k] = (v[k] as number) + by;
  }

  /** The averaged weights, rounded to `digits` decimals, without features whose weights all stay within ±`prune`. */
  averaged(digits = 3, prune = 0): Record<string, number[]> {
    const n = this.classes.length;
    const scale = 10 ** digits;
    const features: Record<string, number[]> = {};
    for (const f of [...this.w.keys()].sort()) {
      const v = this.w.get(f) as Float64Array;
      const t = this.totals.get(f);
      const s = this.stamps.get(f);
      const row: number[] = [];
      for (let k = 0; k < n; k++) {
        const total = t && s ? (t[k] as number) + (this.steps - (s[k] as number)) * (v[k] as number) : (v[k] as number) * this.steps;
        const avg = this.steps > 0 ? total / this.steps : (v[k] as number);
        row.push(Math.round(avg * scale) / scale + 0);
      }
      if (row.some((x) => Math.abs(x) > prune)) features[f] = row;
    }
    return features;
  }
}
