import { LEARN_LABELS, type LearnLabel, type TrainingExample } from './examples';

const N = LEARN_LABELS.length;

/** What learning needs of the shipped recogniser: its scores for a candidate's features, in `LEARN_LABELS` order. */
export interface Scorer {
  /** Scores of `features`, added to `init` when given (a cached part of the sum). */
  scores(features: readonly string[], init?: readonly number[]): number[];
}

/** How far learning may move the model. */
export interface TeachOptions {
  /** Passes over the examples (the average runs over all of them). */
  epochs?: number;
  /** Largest change one example makes to one weight in one pass (the passive-aggressive bound). */
  maxStep?: number;
  /** Largest total change to any one weight, however many examples push it. */
  maxWeight?: number;
  /** Margin an example's label must win by before it stops teaching. */
  margin?: number;
  /**
   * How much of a step each feature takes (1 by default). A decision is about a name, so features that stand for
   * the name itself (its words) can take more of the step than the context around it, which the name shares with
   * every other name: a correction then carries to the same name elsewhere more than to its neighbours.
   */
  emphasis?: (feature: string) => number;
}

export const TEACH_DEFAULTS: Required<Omit<TeachOptions, 'emphasis'>> = { epochs: 4, maxStep: 1, maxWeight: 8, margin: 2 };

/** A feature whose learned weight moved, for the report. */
export interface MovedFeature {
  feature: string;
  label: LearnLabel;
  /** The averaged change to its weight for `label`. */
  change: number;
}

/**
 * The shipped model plus what the decisions taught: a sparse table of weight changes over the shipped weights, so
 * teaching never copies or alters the shipped model and a reset is dropping the table.
 */
export class TaughtModel implements Scorer {
  /** Averaged changes per feature, in `LEARN_LABELS` order. */
  readonly delta: ReadonlyMap<string, Float64Array>;

  constructor(readonly base: Scorer, delta: ReadonlyMap<string, Float64Array>, readonly examples: number) {
    this.delta = delta;
  }

  /** The same changes over another model (the recogniser's second pass). */
  over(base: Scorer): TaughtModel {
    return new TaughtModel(base, this.delta, this.examples);
  }

  scores(features: readonly string[], init?: readonly number[]): number[] {
    const s = this.base.scores(features, init);
    for (const f of new Set(features)) {
      const d = this.delta.get(f);
      if (d) for (let k = 0; k < N; k++) s[k] = (s[k] as number) + (d[k] as number);
    }
    return s;
  }

  predict(features: readonly string[]): LearnLabel {
    return LEARN_LABELS[argmax(this.scores(features))] as LearnLabel;
  }

  /** The changes as a plain table (feature → one number per label), for the worker and the cache. */
  toTable(): Record<string, number[]> {
    const out: Record<string, number[]> = Object.create(null) as Record<string, number[]>;
    for (const [f, d] of this.delta) out[f] = [...d];
    return out;
  }

  /** A taught model from `toTable`'s output; rows that are not four finite numbers are ignored. */
  static fromTable(base: Scorer, table: Readonly<Record<string, unknown>>, examples: number): TaughtModel {
    const delta = new Map<string, Float64Array>();
    for (const f of Object.keys(table)) {
      const row = table[f];
      if (Array.isArray(row) && row.length === N && row.every((x) => typeof x === 'number' && Number.isFinite(x))) delta.set(f, Float64Array.from(row as number[]));
    }
    return new TaughtModel(base, delta, examples);
  }

  /** The features that moved most, largest change first (ties by name, so the report is stable). */
  moved(top = 10): MovedFeature[] {
    const out: MovedFeature[] = [];
    for (const [feature, d] of this.delta) {
      for (let k = 1; k < N; k++) if (Math.abs(d[k] as number) >= 1e-9) out.push({ feature, label: LEARN_LABELS[k] as LearnLabel, change: d[k] as number });
    }
    out.sort((a, b) => Math.abs(b.change) - Math.abs(a.change) || (a.feature < b.feature ? -1 : a.feature > b.feature ? 1 : 0) || (a.label < b.label ? -1 : 1));
    return out.slice(0, top);
  }
}

function argmax(s: readonly number[]): number {
  let best = 0;
  for (let k = 1; k < s.length; k++) if ((s[k] as number) > (s[best] as number)) best = k;
  return best;
}

const clamp = (x: number, bound: number): number => (x > bound ? bound : x < -bound ? -bound : x);

/** An example ready to replay: its distinct features, the shipped model's scores for them and its label's index. */
export interface PreparedExample {
  path: string;
  fs: readonly string[];
  base: readonly number[];
  gold: number;
}

/**
 * The examples with the shipped model's scores read once: the shipped model never changes, so several replays of
 * the same examples (the choice of settings, `chooseTeaching`) share them.
 */
export function prepareExamples(base: Scorer, examples: readonly TrainingExample[]): PreparedExample[] {
  return examples.map((e) => {
    const fs = [...new Set(e.features)];
    return { path: e.path, fs, base: fs.length ? base.scores(fs) : [0, 0, 0, 0], gold: LEARN_LABELS.indexOf(e.label) };
  });
}

/**
 * Replays the examples, in order, onto the shipped model: a passive-aggressive step per example (the label must
 * beat the best other label by `margin`; the step is the smallest that would do it, bounded by `maxStep`), each
 * weight change clipped to `maxWeight`, and the changes averaged over every step of every pass, so one decision
 * that contradicts the rest moves the model a little and briefly. Deterministic: same examples, same model.
 */
export function teach(base: Scorer, examples: readonly TrainingExample[], options: TeachOptions = {}): TaughtModel {
  return new TaughtModel(base, replay(prepareExamples(base, examples), options), examples.length);
}

/** `teach` over prepared examples: the averaged weight changes, by feature. */
export function replay(examples: readonly PreparedExample[], options: TeachOptions = {}): Map<string, Float64Array> {
  const { epochs, maxStep, maxWeight, margin } = { ...TEACH_DEFAULTS, ...options };
  const emphasis = options.emphasis ?? ((): number => 1);
  // Per feature: its weight changes, and for averaging each change's sum over the steps so far up to the step
  // of its last change (kept lazily, so a step costs only the features it touches).
  // Flat storage, four slots per feature: typed arrays per feature would cost more in allocation than the replay.
  const rows = new Map<string, number>();
  let v: Float64Array = new Float64Array(N * 1024);
  let t: Float64Array = new Float64Array(N * 1024);
  let at: Float64Array = new Float64Array(N * 1024);
  const rowOf = (f: string): number => {
    let r = rows.get(f);
    if (r === undefined) {
      r = rows.size * N;
      rows.set(f, r);
      if (r + N > v.length) {
        const grow = (x: Float64Array): Float64Array => { const y = new Float64Array(x.length * 2); y.set(x); return y; };
        v = grow(v); t = grow(t); at = grow(at);
      }
    }
    return r;
  };
  let step = 0;
  const bump = (i: number, by: number): void => {
    t[i] = (t[i] as number) + (step - (at[i] as number)) * (v[i] as number);
    at[i] = step;
    v[i] = clamp((v[i] as number) + by, maxWeight);
  };
  const prepared = examples.map((e) => {
    const scale = e.fs.map((f) => Math.max(0, emphasis(f)));
    // Each feature's row is looked up once, when it first moves (-1 until then).
    return { fs: e.fs, scale, weight: scale.reduce((x, y) => x + y, 0), base: e.base, rows: new Array<number>(e.fs.length).fill(-1), gold: e.gold };
  });
  const s = new Float64Array(N);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (const ex of prepared) {
      step++;
      if (ex.weight <= 0) continue;
      for (let k = 0; k < N; k++) s[k] = ex.base[k] as number;
      for (let i = 0; i < ex.fs.length; i++) {
        let r = ex.rows[i] as number;
        if (r < 0) { r = rows.get(ex.fs[i] as string) ?? -1; ex.rows[i] = r; }
        if (r >= 0) for (let k = 0; k < N; k++) s[k] = (s[k] as number) + (v[r + k] as number);
      }
      let rival = -1;
      for (let k = 0; k < N; k++) if (k !== ex.gold && (rival < 0 || (s[k] as number) > (s[rival] as number))) rival = k;
      const loss = margin - ((s[ex.gold] as number) - (s[rival] as number));
      if (!(loss > 0)) continue;
      // Each feature moves the gold label up and the rival down by tau times its emphasis: the gap grows by
      // 2·tau·(sum of emphases), so tau is the smallest step that reaches the margin, within the bound.
      const tau = Math.min(maxStep, loss / (2 * ex.weight));
      for (let i = 0; i < ex.fs.length; i++) {
        const by = tau * (ex.scale[i] as number);
        if (by === 0) continue;
        let r = ex.rows[i] as number;
        if (r < 0) { r = rowOf(ex.fs[i] as string); ex.rows[i] = r; }
        bump(r + ex.gold, by);
        bump(r + rival, -by);
      }
    }
  }
  const delta = new Map<string, Float64Array>();
  // Insertion order is the order features first moved in: deterministic, so no sort is needed.
  for (const [f, r] of rows) {
    const avg = new Float64Array(N);
    let any = false;
    for (let k = 0; k < N; k++) {
      const i = r + k;
      avg[k] = step > 0 ? ((t[i] as number) + (step - (at[i] as number)) * (v[i] as number)) / step : 0;
      if (Math.abs(avg[k] as number) > 1e-9) any = true;
    }
    if (any) delta.set(f, avg);
  }
  return delta;
}
