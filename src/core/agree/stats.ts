/**
 * Agreement coefficients for nominal labels: Cohen's kappa for two coders, Krippendorff's alpha for any number
 * of coders with missing values, and precision/recall/F1 counts. Pure functions of plain arrays.
 */

/** Precision, recall and F1 of one annotator against another, with the counts they come from. */
export interface Prf {
  /** Items both have. */
  matched: number;
  /** Items only the second annotator has (false positives, reading the first as the reference). */
  onlySecond: number;
  /** Items only the first annotator has (false negatives). */
  onlyFirst: number;
  precision: number;
  recall: number;
  f1: number;
}

/**
 * Precision, recall and F1 from counts. Two annotators who both marked nothing agree fully (1), rather than
 * dividing by zero: that is what identical files must report.
 */
export function prf(matched: number, onlySecond: number, onlyFirst: number): Prf {
  const second = matched + onlySecond;
  const first = matched + onlyFirst;
  const precision = second === 0 ? (first === 0 ? 1 : 0) : matched / second;
  const recall = first === 0 ? (second === 0 ? 1 : 0) : matched / first;
  const f1 = first + second === 0 ? 1 : (2 * matched) / (first + second);
  return { matched, onlySecond, onlyFirst, precision, recall, f1 };
}

/** Adds counts (micro-averaging over documents, types or pairs). */
export function addPrf(a: Prf, b: Prf): Prf {
  return prf(a.matched + b.matched, a.onlySecond + b.onlySecond, a.onlyFirst + b.onlyFirst);
}

/** Counts with nothing in them. */
export const NO_ITEMS: Prf = prf(0, 0, 0);

/**
 * Cohen's kappa of two equally long label sequences: (pₒ − pₑ) / (1 − pₑ), with pₑ from each coder's own label
 * frequencies. When chance agreement is already total (both coders used one and the same label throughout), the
 * coefficient is undefined; agreement is then perfect, and 1 is returned. Empty input: undefined.
 */
export function cohenKappa(a: readonly string[], b: readonly string[]): number | undefined {
  if (a.length !== b.length) throw new Error(`cohenKappa: ${a.length} labels against ${b.length}`);
  const n = a.length;
  if (n === 0) return undefined;
  const countA = new Map<string, number>();
  const countB = new Map<string, number>();
  let same = 0;
  for (let i = 0; i < n; i++) {
    const x = a[i] as string;
    const y = b[i] as string;
    if (x === y) same++;
    countA.set(x, (countA.get(x) ?? 0) + 1);
    countB.set(y, (countB.get(y) ?? 0) + 1);
  }
  const po = same / n;
  let pe = 0;
  for (const [label, k] of countA) pe += (k / n) * ((countB.get(label) ?? 0) / n);
  if (pe >= 1) return 1;
  return (po - pe) / (1 - pe);
}

/**
 * Krippendorff's alpha for nominal data. `units[u][c]` is coder c's label for unit u, `undefined` where the
 * coder gave none; units with fewer than two labels are not pairable and count for nothing. Computed from the
 * coincidence matrix: α = 1 − (n − 1) · Σ_{c≠k} o_ck / Σ_{c≠k} n_c · n_k. Undefined without two pairable
 * labels; 1 when every pairable label is the same (no disagreement is possible or observed).
 */
export function krippendorffAlpha(units: ReadonlyArray<ReadonlyArray<string | undefined>>): number | undefined {
  // Only the off-diagonal sum of the coincidence matrix and the label totals are needed.
  const totals = new Map<string, number>();
  let disagreeing = 0;
  let n = 0;
  for (const unit of units) {
    const values = unit.filter((v): v is string => v !== undefined);
    const m = values.length;
    if (m < 2) continue;
    const counts = new Map<string, number>();
    for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
    // Ordered pairs of different labels within the unit, each weighted 1 / (m − 1).
    let pairs = 0;
    for (const k of counts.values()) pairs += k * (m - k);
    disagreeing += pairs / (m - 1);
    for (const [v, k] of counts) totals.set(v, (totals.get(v) ?? 0) + k);
    n += m;
  }
  if (n < 2) return undefined;
  let expected = 0;
  for (const k of totals.values()) expected += k * (n - k);
  if (expected === 0) return 1;
  return 1 - ((n - 1) * disagreeing) / expected;
}
