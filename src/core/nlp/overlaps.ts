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
  for (const cluster of overlapClusters(items)) settleCluster(cluster, weight);
}

/**
 * The typed spans that overlap, directly or through others, in clusters of two or more: each is settled together
 * and apart from the rest, so the choice inside one never looks outside it. Most documents have none, and a long
 * one a few, so an edit costs one sorted sweep, and weights are asked only for the spans of a cluster.
 */
function overlapClusters<I extends Typed>(items: readonly I[]): I[][] {
  const byStart = items.filter((it) => it.type !== null).sort((a, b) => a.start - b.start || a.end - b.end);
  const out: I[][] = [];
  let cluster: I[] = [];
  let end = -1;
  for (const it of byStart) {
    if (it.start < end) {
      cluster.push(it);
      end = Math.max(end, it.end);
      continue;
    }
    if (cluster.length > 1) out.push(cluster);
    cluster = [it];
    end = it.end;
  }
  if (cluster.length > 1) out.push(cluster);
  return out;
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

/**
 * Like `settleOverlaps`, but each cluster of overlapping spans keeps the set of non-overlapping spans whose weights,
 * less `penalty` each, sum highest (a segmentation of the cluster by dynamic programming over span ends; words of no
 * kept span are no name). A run of capitalised words then reads as one name or as several by what its parts are
 * worth together, not by its single surest part (`Pam Butler Renee Ratcliff`: two people, each surer than the
 * whole). `penalty` is what each name beyond the first must bring to split a run. Hand-rule spans (weight Infinity)
 * are kept.
 */
export function settleSegments<I extends Typed>(items: readonly I[], weight: (item: I) => number, penalty: number): void {
  for (const cluster of overlapClusters(items)) segmentCluster(cluster, weight, penalty);
}

// A hand rule's span outweighs any set of the classifier's (a finite stand-in for Infinity, so sums compare).
const RULE_WEIGHT = 1e6;

function segmentCluster<I extends Typed>(cluster: readonly I[], weight: (item: I) => number, penalty: number): void {
  // Weighted interval scheduling: by end, the best total up to each span with or without it.
  const byEnd = [...cluster].sort((a, b) => a.end - b.end || b.start - a.start);
  const w = byEnd.map((it) => { const x = weight(it); return (x === Infinity ? RULE_WEIGHT : x) - penalty; });
  const best: number[] = [0];
  const take: boolean[] = [];
  const prev: number[] = [];
  for (let i = 0; i < byEnd.length; i++) {
    const it = byEnd[i] as I;
    // The last span (1-based in `best`) ending at or before this one starts.
    let p = i;
    while (p > 0 && (byEnd[p - 1] as I).end > it.start) p--;
    prev.push(p);
    const withIt = (w[i] as number) + (best[p] as number);
    // Of two equal totals, the one found first stands.
    take.push(withIt > (best[i] as number));
    best.push(Math.max(withIt, best[i] as number));
  }
  const kept = new Set<I>();
  for (let i = byEnd.length; i > 0;) {
    if (take[i - 1]) { kept.add(byEnd[i - 1] as I); i = prev[i - 1] as number; } else i--;
  }
  // The penalty is for each name beyond the first: when no span is worth it, the surest one alone stands.
  if (kept.size === 0) {
    let top = 0;
    for (let i = 1; i < byEnd.length; i++) if ((w[i] as number) > (w[top] as number) || ((w[i] as number) === (w[top] as number) && (byEnd[i] as I).end - (byEnd[i] as I).start > (byEnd[top] as I).end - (byEnd[top] as I).start)) top = i;
    kept.add(byEnd[top] as I);
  }
  for (const it of cluster) if (!kept.has(it)) it.type = null;
}
