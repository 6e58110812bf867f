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
}

// A context side counts as intact when all of it matches: the full 32 characters, or, near the start or end of
// the document, everything up to that edge. A partial match is no evidence: repeated captions and datelines share
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
    if (!prefixIntact(at, anchor.prefix, pm) && !suffixIntact(text, end, anchor.suffix, sm)) continue;
    const samePlace = at === anchor.start ? 1 : 0;
    out.push({ index, start: at, end, score: pm + sm + samePlace + closeness(text, anchor, at), approximate: false });
  }
  return out;
}

/** Offsets near `around` where the whole prefix ends. */
function prefixEnds(text: string, anchor: Anchor, around: number, slack: number): number[] {
  const out: number[] = [];
  for (let p = Math.max(0, around - slack); p <= Math.min(text.length, around + slack); p++) {
    if (prefixIntact(p, anchor.prefix, prefixMatch(text, p, anchor.prefix))) out.push(p);
  }
  return out;
}

/** Offsets near `around` where the whole suffix starts. */
function suffixStarts(text: string, anchor: Anchor, around: number, slack: number): number[] {
  const out: number[] = [];
  for (let q = Math.max(0, around - slack); q <= Math.min(text.length, around + slack); q++) {
    if (suffixIntact(text, q, anchor.suffix, suffixMatch(text, q, anchor.suffix))) out.push(q);
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
    if (m.errors === 0) continue;
    for (const p of prefixEnds(text, anchor, m.start, maxErrors)) {
      for (const q of suffixStarts(text, anchor, m.end, maxErrors)) {
        if (q <= p || Math.abs(q - p - anchor.exact.length) > maxErrors) continue;
        const score = anchor.prefix.length + anchor.suffix.length - ERROR_COST * m.errors + closeness(text, anchor, p);
        out.push({ index, start: p, end: q, score, approximate: true });
      }
    }
  }
  return out;
}

function candidatesFor(text: string, anchor: Anchor, index: number): Candidate[] {
  const exact = exactCandidates(text, anchor, index);
  // Both sides intact around the exact text: nothing approximate can do better, so skip the costlier search.
  const certain = exact.some((c) => c.score >= anchor.prefix.length + anchor.suffix.length);
  return certain ? exact : [...exact, ...approximateCandidates(text, anchor, index)];
}

/**
 * Finds spans again in a text that changed while they were not watched (file edited while closed, git pull).
 * Tries, per span, the exact text with an intact prefix or suffix (at the old position first: it scores a point
 * more), then an approximate match of the text between intact prefix and suffix. Two spans of one list never
 * land on the same place: the best-supported claim wins, the other looks further or is orphaned. Orphaned spans
 * keep their last known offsets and text, and are tried again next time.
 */
export function reanchorAnchors<T extends Anchor>(anchors: readonly T[], text: string): { anchors: T[]; outcomes: ReanchorOutcome[] } {
  const all: Candidate[] = [];
  anchors.forEach((a, i) => all.push(...candidatesFor(text, a, i)));
  all.sort((x, y) => y.score - x.score || x.index - y.index || x.start - y.start);
  const chosen = new Map<number, Candidate>();
  const claimed = new Set<string>();
  for (const c of all) {
    const key = `${c.start}:${c.end}`;
    if (chosen.has(c.index) || claimed.has(key)) continue;
    chosen.set(c.index, c);
    claimed.add(key);
  }
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
