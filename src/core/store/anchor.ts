import { CONTEXT_LENGTH, CONTEXT_STEP, MAX_CONTEXT_LENGTH, type Anchor } from './types';

/** One content change, as VS Code reports it: offsets into the text before the change. */
export interface TextChange {
  rangeOffset: number;
  rangeLength: number;
  text: string;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Moves an offset off the middle of a surrogate pair, so that contexts stay valid UTF-16 (and valid JSON text). */
function safeCut(text: string, offset: number, direction: -1 | 1): number {
  if (offset > 0 && offset < text.length && isLowSurrogate(text.charCodeAt(offset))) return offset + direction;
  return offset;
}

/** Up to `length` characters before `start`. */
export function prefixAt(text: string, start: number, length: number = CONTEXT_LENGTH): string {
  const from = safeCut(text, Math.max(0, start - length), 1);
  return text.slice(from, start);
}

/** Up to `length` characters after `end`. */
export function suffixAt(text: string, end: number, length: number = CONTEXT_LENGTH): string {
  const to = safeCut(text, Math.min(text.length, end + length), -1);
  return text.slice(end, to);
}

function occursTwice(text: string, s: string): boolean {
  const first = text.indexOf(s);
  return first !== -1 && text.indexOf(s, first + 1) !== -1;
}

/**
 * Anchors `text.slice(start, end)` with its position, exact text and context. The context is 32 characters on each
 * side, longer (up to `MAX_CONTEXT_LENGTH`) where that is needed to tell the span from a look-alike: a caption
 * printed twice has the same 32 characters around both copies, and one side alone must point to one place.
 */
export function makeAnchor(text: string, start: number, end: number): Anchor {
  const exact = text.slice(start, end);
  let p = CONTEXT_LENGTH;
  while (p < MAX_CONTEXT_LENGTH && start - p > 0 && occursTwice(text, prefixAt(text, start, p) + exact)) p += CONTEXT_STEP;
  let q = CONTEXT_LENGTH;
  while (q < MAX_CONTEXT_LENGTH && end + q < text.length && occursTwice(text, exact + suffixAt(text, end, q))) q += CONTEXT_STEP;
  return { start, end, exact, prefix: prefixAt(text, start, p), suffix: suffixAt(text, end, q) };
}

/** The anchor's offsets after one change, or `undefined` when the change swallowed it. */
function shiftAnchor(a: Anchor, c: TextChange): { start: number; end: number; touched: boolean } | undefined {
  const from = c.rangeOffset;
  const to = c.rangeOffset + c.rangeLength;
  const delta = c.text.length - c.rangeLength;
  // Typing right after or right before a span does not belong to it: a name does not grow by the next word.
  if (from >= a.end) return { start: a.start, end: a.end, touched: false };
  if (to <= a.start) return { start: a.start + delta, end: a.end + delta, touched: false };
  if (from <= a.start && to >= a.end) return undefined;
  if (from < a.start) return { start: from + c.text.length, end: a.end + delta, touched: true };
  if (to > a.end) return { start: a.start, end: from, touched: true };
  return { start: a.start, end: a.end + delta, touched: true };
}

/**
 * Moves anchors along with live edits (`onDidChangeTextDocument`). Changes are those of one event, all relative
 * to the text before it; they are applied from the end so that earlier offsets stay valid. A span whose text is
 * edited keeps the surviving part and is marked `changed`; a span whose text is replaced whole is `orphaned`.
 * With `textAfter`, exact text and context are refreshed so that a later re-anchoring starts from the truth.
 * Orphaned anchors are left as they are.
 */
export function applyEdits<T extends Anchor>(anchors: readonly T[], changes: readonly TextChange[], textAfter?: string): T[] {
  const ordered = [...changes].sort((x, y) => y.rangeOffset - x.rangeOffset);
  return anchors.map((anchor) => {
    if (anchor.state === 'orphaned') return anchor;
    let cur: Anchor = anchor;
    let touched = false;
    for (const change of ordered) {
      const next = shiftAnchor(cur, change);
      if (!next || next.end <= next.start) return { ...anchor, state: 'orphaned' as const };
      touched ||= next.touched;
      cur = { ...cur, start: next.start, end: next.end };
    }
    if (cur.start === anchor.start && cur.end === anchor.end && !touched && textAfter === undefined) return anchor;
    const out: T = { ...anchor, start: cur.start, end: cur.end };
    if (touched) out.state = 'changed';
    // Context keeps its length (no uniqueness search on every keystroke); only anchors within reach of a change
    // have a context that changed.
    if (textAfter !== undefined && cur.end <= textAfter.length) {
      out.exact = textAfter.slice(cur.start, cur.end);
      out.prefix = prefixAt(textAfter, cur.start, Math.max(CONTEXT_LENGTH, anchor.prefix.length));
      out.suffix = suffixAt(textAfter, cur.end, Math.max(CONTEXT_LENGTH, anchor.suffix.length));
    }
    return out;
  });
}

/** Polynomial hashes of every prefix of a text, so that the hash of any slice costs two multiplications. */
class SliceHashes {
  private static readonly BASE = 0x01000193;
  private readonly h: Int32Array;
  private readonly pow: Int32Array;

  constructor(text: string) {
    this.h = new Int32Array(text.length + 1);
    this.pow = new Int32Array(text.length + 1);
    this.pow[0] = 1;
    for (let i = 0; i < text.length; i++) {
      this.h[i + 1] = (Math.imul(this.h[i] as number, SliceHashes.BASE) + text.charCodeAt(i)) | 0;
      this.pow[i + 1] = Math.imul(this.pow[i] as number, SliceHashes.BASE);
    }
  }

  /** Hash of `text.slice(from, to)`. */
  of(from: number, to: number): number {
    return ((this.h[to] as number) - Math.imul(this.h[from] as number, this.pow[to - from] as number)) | 0;
  }
}

/** Occurrences of a string are first looked up by a hash of (at most) this many leading characters. */
const KEY_LENGTH = 16;

/**
 * Anchors for many spans of one text at once, the same as `makeAnchor` for each, in time linear in the text and
 * the number of spans (one anchor at a time searches the whole text for each context it tries, which made an
 * import of thousands of decisions into a long article quadratic). Each distinct exact text is found once; whether
 * a context makes it unique is then a count of hashes over its occurrences. A hash collision can only make a
 * context look ambiguous, which makes it longer, never wrong.
 */
export function makeAnchors(text: string, spans: ReadonlyArray<{ start: number; end: number }>): Anchor[] {
  const hashes = new SliceHashes(text);
  // Where each distinct exact text occurs: one scan of the text per key length (at most KEY_LENGTH of them).
  const byKeyLength = new Map<number, Map<number, string[]>>();
  const occurrences = new Map<string, number[]>();
  for (const s of spans) {
    const exact = text.slice(s.start, s.end);
    if (exact.length === 0 || occurrences.has(exact)) continue;
    occurrences.set(exact, []);
    const k = Math.min(KEY_LENGTH, exact.length);
    const keyed = byKeyLength.get(k) ?? new Map<number, string[]>();
    byKeyLength.set(k, keyed);
    const key = hashes.of(s.start, s.start + k);
    keyed.set(key, [...(keyed.get(key) ?? []), exact]);
  }
  for (const [k, keyed] of byKeyLength) {
    for (let i = 0; i + k <= text.length; i++) {
      const candidates = keyed.get(hashes.of(i, i + k));
      if (!candidates) continue;
      for (const exact of candidates) if (text.startsWith(exact, i)) (occurrences.get(exact) as number[]).push(i);
    }
  }
  // How many occurrences of `exact` have each context of a given side and length, by the context's hash.
  const contextCounts = new Map<string, Map<number, number>>();
  const occursTwice = (exact: string, side: 'prefix' | 'suffix', length: number, hash: number): boolean => {
    const key = `${side}${length}\u0000${exact}`;
    let counts = contextCounts.get(key);
    if (!counts) {
      counts = new Map();
      for (const j of occurrences.get(exact) ?? []) {
        const from = side === 'prefix' ? j - length : j + exact.length;
        if (from < 0 || from + length > text.length) continue;
        const h = hashes.of(from, from + length);
        counts.set(h, (counts.get(h) ?? 0) + 1);
      }
      contextCounts.set(key, counts);
    }
    return (counts.get(hash) ?? 0) >= 2;
  };
  return spans.map(({ start, end }) => {
    const exact = text.slice(start, end);
    if (exact.length === 0) return makeAnchor(text, start, end);
    const prefixTwice = (p: number): boolean => {
      const from = safeCut(text, Math.max(0, start - p), 1);
      return occursTwice(exact, 'prefix', start - from, hashes.of(from, start));
    };
    const suffixTwice = (q: number): boolean => {
      const to = safeCut(text, Math.min(text.length, end + q), -1);
      return occursTwice(exact, 'suffix', to - end, hashes.of(end, to));
    };
    let p = CONTEXT_LENGTH;
    while (p < MAX_CONTEXT_LENGTH && start - p > 0 && prefixTwice(p)) p += CONTEXT_STEP;
    let q = CONTEXT_LENGTH;
    while (q < MAX_CONTEXT_LENGTH && end + q < text.length && suffixTwice(q)) q += CONTEXT_STEP;
    return { start, end, exact, prefix: prefixAt(text, start, p), suffix: suffixAt(text, end, q) };
  });
}
