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
  // Spans that overlap, directly or through others, are settled together and apart from the rest: the greedy
  // choice inside one such cluster never looks outside it. Most documents have none, and a long one a few, so an
  // edit costs one sorted sweep, and weights are asked only for the spans of a cluster.
  const byStart = items.filter((it) => it.type !== null).sort((a, b) => a.start - b.start || a.end - b.end);
  let cluster: I[] = [];
  let end = -1;
  for (const it of byStart) {
    if (it.start < end) {
      cluster.push(it);
      end = Math.max(end, it.end);
      continue;
    }
    if (cluster.length > 1) settleCluster(cluster, weight);
    cluster = [it];
    end = it.end;
  }
  if (cluster.length > 1) settleCluster(cluster, weight);
}

function settleCluster<I extends Typed>(cluster: readonly I[], weight: (item: I) => number): void {
  const w = new Map(cluster.map((it) => [it, weight(it)]));
  const order = [...cluster].sort((a, b) => (w.get(b) as number) - (w.get(a) as number) || (b.end - b.start) - (a.end - a.start) || a.start - b.start);
  const kept: I[] = [];
  for (const it of order) {
    if (kept.some((k) => k.start < it.end && it.start < k.end)) it.type = null;
    else kept.push(it);
  }
}
