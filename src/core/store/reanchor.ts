import search from 'approx-string-match';
import { CONTEXT_LENGTH, type Anchor, type ReanchorReport } from './types';
import { prefixAt, suffixAt } from './anchor';

/** What re-anchoring made of one span. */
export type ReanchorOutcome = 'found' | 'moved' | 'changed' | 'orphaned';

interface Candidate {
  index: number;
  start: number;
  end: number;
  score: number;
  approximate: boolean;
  /** Both context sides intact. */
  both: boolean;
}

// A context side counts as intact when all of it matches: the full 32 characters (more where needed to be
// distinctive), or, near the start or end of the document, everything up to that edge. A partial match is no evidence: repeated captions and datelines share
// long stretches of context, and placing a decision on the wrong occurrence is worse than listing it as orphaned.
const FULL = CONTEXT_LENGTH - 1;
const ERROR_COST = 4;

function prefixMatch(text: string, pos: number, prefix: string): number {
  let n = 0;
  while (n < prefix.length && pos - n - 1 >= 0 && text.charCodeAt(pos - n - 1) === prefix.charCodeAt(prefix.length - n - 1)) n++;
  return n;
}

function suffixMatch(text: string, pos: number, suffix: string): number {
  let n = 0;
  while (n < suffix.length && pos + n < text.length && text.charCodeAt(pos + n) === suffix.charCodeAt(n)) n++;
  return n;
}

function prefixIntact(pos: number, prefix: string, matched: number): boolean {
  return matched === prefix.length && (prefix.length >= FULL || pos === prefix.length);
}

function suffixIntact(text: string, pos: number, suffix: string, matched: number): boolean {
  return matched === suffix.length && (suffix.length >= FULL || pos + suffix.length === text.length);
}

/**
 * Matched context, with characters of the span's own paragraph counting twice: when paragraphs move, the text
 * beyond a line break can end up next to a look-alike (every paragraph start follows some paragraph's end).
 */
function weight(matched: number, near: number): number {
  return matched + Math.min(matched, near);
}

function nearPrefix(prefix: string): number {
  const nl = prefix.lastIndexOf('\n');
  return nl === -1 ? prefix.length : prefix.length - nl - 1;
}

function nearSuffix(suffix: string): number {
  const nl = suffix.indexOf('\n');
  return nl === -1 ? suffix.length : nl;
}

/** Distance from the old position, as a tie-breaker below one point. */
function closeness(text: string, anchor: Anchor, start: number): number {
  return 1 - Math.min(1, Math.abs(start - anchor.start) / (text.length + 1));
}

function exactCandidates(text: string, anchor: Anchor, index: number): Candidate[] {
  const out: Candidate[] = [];
  if (!anchor.exact) return out;
  for (let at = text.indexOf(anchor.exact); at !== -1; at = text.indexOf(anchor.exact, at + 1)) {
    const end = at + anchor.exact.length;
    const pm = prefixMatch(text, at, anchor.prefix);
    const sm = suffixMatch(text, end, anchor.suffix);
    const pFull = prefixIntact(at, anchor.prefix, pm);
    const sFull = suffixIntact(text, end, anchor.suffix, sm);
    // Context beyond a line break is weak evidence on its own: paragraphs move, and every paragraph start follows
    // some paragraph's end. One side counts alone only when it reaches into the span's own line.
    const pStrong = pFull && nearPrefix(anchor.prefix) > 0;
    const sStrong = sFull && nearSuffix(anchor.suffix) > 0;
    if (!pStrong && !sStrong && !(pFull && sFull)) continue;
    const score = weight(pm, nearPrefix(anchor.prefix)) + weight(sm, nearSuffix(anchor.suffix)) + closeness(text, anchor, at);
    out.push({ index, start: at, end, score, approximate: false, both: pFull && sFull });
  }
  return out;
}

/**
 * Spans whose own text was edited (a typo fixed inside a name): found by approximate match (Myers' algorithm,
 * as Hypothesis does), and only where both context sides are intact around the match, so the place is certain.
 */
function approximateCandidates(text: string, anchor: Anchor, index: number): Candidate[] {
  if (anchor.exact.length < 4) return [];
  const maxErrors = Math.max(1, Math.floor(anchor.exact.length / 4));
  const out: Candidate[] = [];
  for (const m of search(text, anchor.exact, maxErrors)) {
    // The match's own boundaries, not nearby ones: a few characters of slack let a span swallow a short
    // paragraph ("GETTY") that a move put between it and its old suffix.
    if (m.errors === 0 || m.end <= m.start) continue;
    if (!prefixIntact(m.start, anchor.prefix, prefixMatch(text, m.start, anchor.prefix))) continue;
    if (!suffixIntact(text, m.end, anchor.suffix, suffixMatch(text, m.end, anchor.suffix))) continue;
    const full = weight(anchor.prefix.length, nearPrefix(anchor.prefix)) + weight(anchor.suffix.length, nearSuffix(anchor.suffix));
    out.push({ index, start: m.start, end: m.end, score: full - ERROR_COST * m.errors + closeness(text, anchor, m.start), approximate: true, both: true });
  }
  return out;
}

function candidatesFor(text: string, anchor: Anchor, index: number): Candidate[] {
  const exact = exactCandidates(text, anchor, index);
  // Both sides intact around the exact text: nothing approximate can do better, so skip the costlier search.
  const certain = exact.some((c) => c.both);
  return certain ? exact : [...exact, ...approximateCandidates(text, anchor, index)];
}

/** Worth more than any difference in matched context between two candidates with one intact side. */
const EXPECTED_PLACE_BONUS = 100;

/**
 * The old position, moved by as much as the nearest spans that were found with both sides intact, is where a
 * span most likely is: its text there with one intact side beats a look-alike elsewhere (repeated captions).
 * This is the TextPositionSelector's part, corrected by the shifts the neighbours show.
 */
function favourExpectedPlaces(anchors: readonly Anchor[], perAnchor: Candidate[][]): void {
  const order = anchors.map((_, i) => i).sort((x, y) => (anchors[x] as Anchor).start - (anchors[y] as Anchor).start);
  const shift = order.map((i) => {
    const sure = (perAnchor[i] ?? []).filter((c) => c.both && !c.approximate);
    return sure.length === 1 ? (sure[0] as Candidate).start - (anchors[i] as Anchor).start : undefined;
  });
  let before: number | undefined;
  const prev = shift.map((s) => {
    const p = before;
    if (s !== undefined) before = s;
    return p;
  });
  let after: number | undefined;
  const next = [...shift].reverse().map((s) => {
    const n = after;
    if (s !== undefined) after = s;
    return n;
  }).reverse();
  order.forEach((i, k) => {
    const a = anchors[i] as Anchor;
    const expected = new Set([a.start, a.start + (prev[k] ?? 0), a.start + (next[k] ?? 0)]);
    for (const c of perAnchor[i] ?? []) if (!c.approximate && expected.has(c.start)) c.score += EXPECTED_PLACE_BONUS;
  });
}

const placeOf = (c: Candidate): string => `${c.start}:${c.end}`;

/**
 * Gives each span at most one place and each place at most one span: best-supported claims first, then, for a
 * span left without a place, moves the span holding its place to another place that one has, if any. Without
 * that second step a paragraph moved next to a look-alike ("However, the latest…" twice in the seed) hands one
 * span the other's place and orphans the other.
 */
function assign(perAnchor: Candidate[][]): Map<number, Candidate> {
  const all = perAnchor.flat().sort((x, y) => y.score - x.score || x.index - y.index || x.start - y.start);
  const chosen = new Map<number, Candidate>();
  const holder = new Map<string, number>();
  for (const c of all) {
    if (chosen.has(c.index) || holder.has(placeOf(c))) continue;
    chosen.set(c.index, c);
    holder.set(placeOf(c), c.index);
  }
  for (let changed = true, rounds = 0; changed && rounds < 8; rounds++) {
    changed = false;
    perAnchor.forEach((cands, index) => {
      if (chosen.has(index)) return;
      for (const c of cands) {
        const h = holder.get(placeOf(c));
        if (h === undefined) continue;
        const alt = (perAnchor[h] ?? []).find((x) => !holder.has(placeOf(x)));
        if (!alt) continue;
        chosen.set(h, alt);
        holder.set(placeOf(alt), h);
        chosen.set(index, c);
        holder.set(placeOf(c), index);
        changed = true;
        return;
      }
    });
  }
  return chosen;
}

/**
 * Finds spans again in a text that changed while they were not watched (file edited while closed, git pull).
 * Tries, per span, the exact text with an intact prefix or suffix (at the old position, or where its neighbours
 * moved to, first), then an approximate match of the text between intact prefix and suffix. Two spans of one list never
 * land on the same place: the best-supported claim wins, the other looks further or is orphaned. Orphaned spans
 * keep their last known offsets and text, and are tried again next time.
 */
export function reanchorAnchors<T extends Anchor>(anchors: readonly T[], text: string): { anchors: T[]; outcomes: ReanchorOutcome[] } {
  const perAnchor = anchors.map((a, i) => candidatesFor(text, a, i));
  favourExpectedPlaces(anchors, perAnchor);
  const chosen = assign(perAnchor);
  const outcomes: ReanchorOutcome[] = [];
  const out = anchors.map((anchor, i): T => {
    const c = chosen.get(i);
    if (!c) {
      outcomes.push('orphaned');
      return anchor.state === 'orphaned' ? anchor : { ...anchor, state: 'orphaned' };
    }
    outcomes.push(c.approximate ? 'changed' : c.start === anchor.start ? 'found' : 'moved');
    const next: T = { ...anchor, start: c.start, end: c.end, exact: text.slice(c.start, c.end), prefix: prefixAt(text, c.start), suffix: suffixAt(text, c.end) };
    if (c.approximate || anchor.state === 'changed') next.state = 'changed';
    else delete next.state;
    return next;
  });
  return { anchors: out, outcomes };
}

/** Adds outcomes to a report. */
export function countOutcomes(outcomes: readonly ReanchorOutcome[], into: ReanchorReport = { found: 0, moved: 0, changed: 0, orphaned: 0 }): ReanchorReport {
  for (const o of outcomes) into[o]++;
  return into;
}
