// Multinomial logistic regression (softmax) over string features, fitted by stochastic gradient steps with an L2
// pull towards a prior: a better-regularised learner of the same linear form as the recogniser's averaged
// perceptron. Its weights, multiplied by `scale`, are a table `Perceptron` reads as it reads the perceptron's, so
// analysis, explanations and learning from decisions need no change. Deterministic: examples shuffled by a
// fixed-seed generator, weights rounded.
import { LABELS, type Label, type WeightTable } from '../src/core/nlp/perceptron';
import { mulberry32 } from './random.mjs';

export interface SoftmaxOptions {
  /** Shuffling seed. */
  seed: number;
  /** `adagrad` (a rate per weight, shrinking as its gradients add up) or `sgd` (one rate, lr / (1 + epoch)). */
  optimizer: 'adagrad' | 'sgd';
  lr: number;
  softEpochs: number;
  /** L2 strength per example: each step pulls every weight towards its prior value by lr × l2 of the difference. */
  l2: number;
  /** From logits to the table's units (the perceptron's, whose confident decisions score in the tens). */
  scale: number;
  /** Features whose scaled weights all stay within ±cut are dropped from the table. */
  cut: number;
  /** How much the loss of an example labelled `O` counts, against 1 for a name. */
  oWeight: number;
  /** The regularisation centre and starting point, in the table's units (divided by `scale` into logits). */
  prior?: WeightTable;
  /** Ship the mean of the weights at the end of each pass (as the perceptron ships its averaged weights), not the last. */
  average?: boolean;
  /** Decimals of the table's weights. */
  digits?: number;
}

const K = LABELS.length;

/**
 * Fits the weights on these examples (features, label) and returns them as a weight table. The L2 pull is applied
 * lazily: a weight not in an example only decays towards its centre, so each feature records the cumulative decay
 * at its last update and catches up when it is next seen (or at the end).
 */
export function fitSoftmax(examples: ReadonlyArray<readonly [readonly string[], Label]>, o: SoftmaxOptions): WeightTable {
  const ids = new Map<string, number>();
  const names: string[] = [];
  const id = (f: string): number => {
    let i = ids.get(f);
    if (i === undefined) { i = names.length; ids.set(f, i); names.push(f); }
    return i;
  };
  const xs = examples.map(([f]) => Int32Array.from(new Set(f), id));
  const ys = examples.map(([, l]) => LABELS.indexOf(l));
  const priorRows = o.prior ? Object.entries(o.prior.features) : [];
  for (const [f] of priorRows) id(f);
  const n = names.length;
  const centre = new Float64Array(n * K);
  if (o.prior) {
    const cols = o.prior.labels.map((l) => LABELS.indexOf(l as Label));
    for (const [f, row] of priorRows) row.forEach((w, k) => { const c = cols[k] as number; if (c >= 0) centre[(ids.get(f) as number) * K + c] = w / o.scale; });
  }
  const w = Float64Array.from(centre);
  const g2 = new Float64Array(n * K);
  const sum = new Float64Array(o.average ? n * K : 0);
  // Log of the product of (1 − decay) over all steps so far, and its value when each feature last caught up.
  let logKeep = 0;
  const seen = new Float64Array(n);
  const catchUp = (f: number): void => {
    const d = logKeep - (seen[f] as number);
    if (d === 0) return;
    const keep = Math.exp(d);
    for (let k = 0; k < K; k++) { const j = f * K + k; w[j] = (centre[j] as number) + ((w[j] as number) - (centre[j] as number)) * keep; }
    seen[f] = logKeep;
  };
  const random = mulberry32(o.seed);
  const order = examples.map((_e, i) => i);
  const p = new Float64Array(K);
  for (let e = 0; e < o.softEpochs; e++) {
    for (let i = order.length - 1; i > 0; i--) { const j = Math.floor(random() * (i + 1)); [order[i], order[j]] = [order[j] as number, order[i] as number]; }
    const rate = o.optimizer === 'sgd' ? o.lr / (1 + e) : o.lr;
    for (const i of order) {
      const x = xs[i] as Int32Array;
      const y = ys[i] as number;
      p.fill(0);
      for (const f of x) { catchUp(f); for (let k = 0; k < K; k++) p[k] = (p[k] as number) + (w[f * K + k] as number); }
      let max = -Infinity;
      for (let k = 0; k < K; k++) max = Math.max(max, p[k] as number);
      let z = 0;
      for (let k = 0; k < K; k++) { p[k] = Math.exp((p[k] as number) - max); z += p[k] as number; }
      const weight = y === 0 ? o.oWeight : 1;
      for (let k = 0; k < K; k++) {
        const g = weight * ((p[k] as number) / z - (k === y ? 1 : 0));
        if (g === 0) continue;
        for (const f of x) {
          const j = f * K + k;
          if (o.optimizer === 'adagrad') {
            g2[j] = (g2[j] as number) + g * g;
            w[j] = (w[j] as number) - (rate * g) / Math.sqrt((g2[j] as number) + 1e-8);
          } else w[j] = (w[j] as number) - rate * g;
        }
      }
      // This step's L2 pull, on every weight (lazily).
      logKeep += Math.log(1 - rate * o.l2);
      for (const f of x) {
        const keep = 1 - rate * o.l2;
        for (let k = 0; k < K; k++) { const j = f * K + k; w[j] = (centre[j] as number) + ((w[j] as number) - (centre[j] as number)) * keep; }
        seen[f] = logKeep;
      }
    }
    if (o.average) {
      for (let f = 0; f < n; f++) catchUp(f);
      for (let j = 0; j < n * K; j++) sum[j] = (sum[j] as number) + (w[j] as number);
    }
  }
  if (o.average && o.softEpochs > 0) for (let j = 0; j < n * K; j++) w[j] = (sum[j] as number) / o.softEpochs;
  const scale = 10 ** (o.digits ?? 3);
  const features: Record<string, number[]> = {};
  const sorted = names.map((_f, i) => i).sort((a, b) => (names[a] as string < (names[b] as string) ? -1 : 1));
  for (const f of sorted) {
    if (!o.average) catchUp(f);
    const row: number[] = [];
    for (let k = 0; k < K; k++) row.push(Math.round((w[f * K + k] as number) * o.scale * scale) / scale + 0);
    if (row.some((v) => Math.abs(v) > o.cut)) features[names[f] as string] = row;
  }
  return { labels: [...LABELS], features };
}
