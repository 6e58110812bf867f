// What the recogniser reads is not always what the article holds: decomposed accents (`e` + U+0301) look like a
// letter followed by a mark that ends a word, and zero-width characters (from copy and paste, or soft hyphens)
// split a name in two, and a line break that hard-wraps a quotation would split it into two paragraphs. The analysis
// reads a normalised copy (NFC, invisible characters removed, wrapped quotations joined) and every offset is
// mapped back, so that spans stay on the original text.
import type { DocumentAnnotations, Span } from '../model';

/** Characters that take no room and carry no meaning for names: zero-width space, joiners, word joiner, BOM, soft hyphen. */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const NEEDS_WORK = /[\u200B-\u200D\u2060\uFEFF\u00AD]|\p{M}/u;

const DOUBLE_MARKS = /["“”„‟«»＂]/g;
const ANY_MARK = /["“”„‟«»＂]/;
const OPENING_MARK = /^\s*["“„‟«＂]/;

/**
 * The text with each line break that only hard-wraps a quotation turned into a space (the same length, so
 * offsets do not move). A line break is a wrap when the line before it leaves a quotation open (an odd number of
 * double marks), the next line follows at once (no blank line) and closes it (an odd number too) without
 * opening with a mark, as a quotation continued in a new paragraph would.
 */
function joinWrappedQuotes(text: string): string {
  // The usual article has no two lines in a row with an odd number of marks: one pass over the marks, nothing copied.
  if (!text.includes('\n') || !ANY_MARK.test(text) || !oddLinesInARow(text)) return text;
  const lines = text.split('\n');
  const marks = lines.map((l) => (ANY_MARK.test(l) ? (l.match(DOUBLE_MARKS) ?? []).length : 0));
  const wraps: number[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const next = lines[i + 1] as string;
    if ((marks[i] as number) % 2 === 1 && (marks[i + 1] as number) % 2 === 1 && /\S/.test(next) && !OPENING_MARK.test(next)) {
      wraps.push(i);
      // The next line's odd mark closes this quotation: taken, so that line cannot also wrap into the one after.
      marks[i + 1] = (marks[i + 1] as number) - 1;
    }
  }
  if (wraps.length === 0) return text;
  for (const i of wraps) {
    const line = lines[i] as string;
    lines[i] = line.endsWith('\r') ? `${line.slice(0, -1)}  ` : `${line} `;
  }
  // Joined lines end in a space that takes the place of their line break; the others get theirs back.
  const joined = new Set(wraps);
  return lines.map((l, i) => (i === lines.length - 1 || joined.has(i) ? l : `${l}\n`)).join('');
}

const MARK_OR_BREAK = /["“”„‟«»＂\n]/g;

/** Whether two lines in a row (split at `\n`) have an odd number of double quotation marks each. */
function oddLinesInARow(text: string): boolean {
  let before = false;
  let odd = false;
  MARK_OR_BREAK.lastIndex = 0;
  for (let m = MARK_OR_BREAK.exec(text); m; m = MARK_OR_BREAK.exec(text)) {
    if (m[0] !== '\n') { odd = !odd; continue; }
    if (before && odd) return true;
    before = odd;
    odd = false;
  }
  return before && odd;
}

// Every character NEEDS_WORK matches is in this class: combining marks start at U+0300, none is among the general
// punctuation, super- and subscripts and currency signs of U+2000 to U+20CF but the invisible ones, and astral ones
// are surrogate pairs (each range opens one character early, so that no combining mark stands alone in the class).
// Latin-script text, curly quotes and dashes included, rarely has any, so the scan is a fast loop, and only what it
// finds is tested against the Unicode property.
const MAYBE_WORK = /[\u00AD\u02FF-\u1FFF\u200B-\u200D\u2060\u20CF-\uFFFF]/g;

/** `NEEDS_WORK.test(text)`, without testing the Unicode property on every character. */
export function needsWork(text: string): boolean {
  MAYBE_WORK.lastIndex = 0;
  for (let m = MAYBE_WORK.exec(text); m; m = MAYBE_WORK.exec(text)) {
    const cp = text.codePointAt(m.index) as number;
    if (NEEDS_WORK.test(String.fromCodePoint(cp))) return true;
    if (cp > 0xffff) MAYBE_WORK.lastIndex = m.index + 2;
  }
  return false;
}

/** A normalised copy of a text and, for each of its UTF-16 units, the range of the original it came from. */
export interface NormalisedText {
  text: string;
  /** Original offset where the cluster of normalised unit `i` starts. */
  startOf: number[];
  /** Original offset where the cluster of normalised unit `i` ends. */
  endOf: number[];
}

/** The normalised copy, or `undefined` when the text needs none (the usual case, at the cost of one test). */
export function normaliseForAnalysis(original: string): NormalisedText | undefined {
  const text = joinWrappedQuotes(original);
  if (text === original && !needsWork(text)) return undefined;
  let out = '';
  const startOf: number[] = [];
  const endOf: number[] = [];
  // A cluster: one code point and the combining marks after it, composed as one.
  const cluster = /[\s\S]\p{M}*/gu;
  for (let m = cluster.exec(text); m; m = cluster.exec(text)) {
    const from = m.index;
    const to = from + m[0].length;
    const kept = m[0].replace(INVISIBLE, '');
    const composed = kept.normalize('NFC');
    for (let i = 0; i < composed.length; i++) {
      startOf.push(from);
      endOf.push(to);
    }
    out += composed;
  }
  if (out === original) return undefined;
  return { text: out, startOf, endOf };
}

/** Maps an analysis of the normalised copy back onto the original text. */
export function mapToOriginal(doc: DocumentAnnotations, norm: NormalisedText, original: string): DocumentAnnotations {
  const span = <T extends Span>(s: T): T => {
    const start = s.start < norm.startOf.length ? (norm.startOf[s.start] as number) : original.length;
    const end = s.end > 0 ? (norm.endOf[s.end - 1] as number) : 0;
    return { ...s, start, end, text: original.slice(start, end) };
  };
  return {
    ...doc,
    mentions: doc.mentions.map(span),
    quotes: doc.quotes.map((q) => ({ ...span(q), speaker: q.speaker && span(q.speaker), cue: q.cue && span(q.cue) })),
  };
}
