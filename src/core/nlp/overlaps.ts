/**
 * With the tagger's proposals beside the rules' spans, two typed candidates can overlap (`Tampa` and `Tampa Bay`).
 * The one the classifier is surest of stays, and so on down: a greedy best non-overlapping set.
 */

/** A typed span; `type` null means no name. */
export interface Typed {
  start: number;
  end: number;
  type: string | null;
}

/**
 * Clears the type of every typed span that overlaps a surer one. `weight` says how sure the classifier is (the
 * chosen type's score above "no name"); ties go to the longer span, then the earlier one. Items are in document order.
 */
export function settleOverlaps<I extends Typed>(items: readonly I[], weight: (item: I) => number): void {
  const typed = items.filter((it) => it.type !== null);
  // Most documents have no overlap at all: one sorted sweep says so.
  let overlap = false;
  const byStart = [...typed].sort((a, b) => a.start - b.start || a.end - b.end);
  for (let k = 1; k < byStart.length && !overlap; k++) if ((byStart[k] as I).start < (byStart[k - 1] as I).end) overlap = true;
  if (!overlap) return;
  const w = new Map(typed.map((it) => [it, weight(it)]));
  const order = [...typed].sort((a, b) => (w.get(b) as number) - (w.get(a) as number) || (b.end - b.start) - (a.end - a.start) || a.start - b.start);
  const kept: I[] = [];
  for (const it of order) {
    if (kept.some((k) => k.start < it.end && it.start < k.end)) it.type = null;
    else kept.push(it);
  }
}
