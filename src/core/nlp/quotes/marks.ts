import type { Paragraph } from '../paragraphs';

/** A stretch between quotation marks, found before any attribution. Offsets are into the document. */
export interface QuoteSpan {
  start: number;
  end: number;
  /** Index of its paragraph in the paragraph list. */
  paragraph: number;
  /** It carries on a quotation left open at the end of an earlier paragraph. */
  continued: boolean;
  /** No closing mark in its paragraph: it runs to the paragraph's end. */
  unclosed: boolean;
}

/** Result of pairing the marks of one paragraph. */
export interface ParagraphMarks {
  spans: QuoteSpan[];
  /** The paragraph ends inside an open quotation, so the next one may continue it. */
  openAtEnd: boolean;
}

type Direction = 'open' | 'close' | 'either';

const DOUBLE_MARKS = new Set(['"', '“', '”', '„', '‟', '«', '»', '＂']);
const OPEN_GLYPHS = new Set(['“', '„', '‟', '«']);
const CLOSE_GLYPHS = new Set(['”', '»']);
const isSpace = (c: string): boolean => c === '' || /\s/u.test(c);

/**
 * The direction a mark's surroundings suggest: a mark after space and before a word opens, one after a word
 * and before space or punctuation closes. Where the context is silent, curly glyphs decide.
 */
function direction(text: string, i: number, p: Paragraph): Direction {
  const prev = i > p.start ? text[i - 1] : '';
  const next = i + 1 < p.end ? text[i + 1] : '';
  const openCtx = (prev === '' || /[\s([{\u2014\u2013\-/]/u.test(prev)) && !isSpace(next);
  const closeCtx = (next === '' || /[\s.,;:!?)\]}\u2014\u2013\-…]/u.test(next)) && !isSpace(prev);
  if (openCtx && !closeCtx) return 'open';
  if (closeCtx && !openCtx) return 'close';
  if (OPEN_GLYPHS.has(text[i])) return 'open';
  if (CLOSE_GLYPHS.has(text[i])) return 'close';
  return 'either';
}

/** End of the paragraph without trailing space. */
function trimmedEnd(text: string, p: Paragraph): number {
  let e = p.end;
  while (e > p.start && /\s/u.test(text[e - 1])) e--;
  return e;
}

function firstNonSpace(text: string, p: Paragraph): number {
  let s = p.start;
  while (s < p.end && /\s/u.test(text[s])) s++;
  return s;
}

/**
 * Pairs double quotation marks. A balanced paragraph pairs its marks in order (robust to odd spacing such as
 * `said," [x]"`); an unbalanced one leaves open the last mark that opens, which then runs to the paragraph end
 * (the quote guidelines' rule for a quotation continued in the next paragraph); stray closing marks are dropped.
 */
function pairDouble(text: string, p: Paragraph, index: number, marks: number[], carryIn: boolean): ParagraphMarks {
  const spans: QuoteSpan[] = [];
  let rest = marks;
  // A paragraph continuing an open quotation without repeating the opening mark: its text up to the first
  // closing mark is the rest of that quotation.
  if (carryIn && rest.length && rest[0] !== firstNonSpace(text, p) && direction(text, rest[0], p) === 'close') {
    spans.push({ start: firstNonSpace(text, p), end: rest[0] + 1, paragraph: index, continued: true, unclosed: false });
    rest = rest.slice(1);
  }
  const dirs = rest.map((i) => direction(text, i, p));
  const pairs: Array<[number, number | null]> = [];
  if (rest.length % 2 === 0 || dirs[dirs.length - 1] !== 'close') {
    for (let k = 0; k + 1 < rest.length; k += 2) pairs.push([rest[k], rest[k + 1]]);
    if (rest.length % 2 === 1) pairs.push([rest[rest.length - 1], null]);
  } else {
    let open: number | null = null;
    rest.forEach((m, k) => {
      if (open === null) {
        if (dirs[k] !== 'close') open = m;
      } else if (dirs[k] === 'open' && k + 1 < rest.length && dirs[k + 1] !== 'open') {
        // A second opening mark before any closing one: the first was stray (`"Unbalanced ... "then" she said`).
        open = m;
      } else {
        pairs.push([open, m]);
        open = null;
      }
    });
    if (open !== null) pairs.push([open, null]);
  }
  let openAtEnd = false;
  const lineStart = firstNonSpace(text, p);
  for (const [s, e] of pairs) {
    const end = e === null ? trimmedEnd(text, p) : e + 1;
    if (end - s < 2) continue;
    // Marks with nothing but marks or spaces between them (`““`, `" "`) quote nothing.
    if (!/[\p{L}\p{N}]/u.test(text.slice(s + 1, e === null ? end : end - 1))) continue;
    if (e === null) openAtEnd = true;
    spans.push({ start: s, end, paragraph: index, continued: carryIn && s === lineStart, unclosed: e === null });
  }
  return { spans, openAtEnd };
}

/**
 * Pairs single quotation marks in a paragraph that has no double ones (headlines, British style). Stricter than
 * double marks because `’` is also the apostrophe: an opening mark must start a word after space, a closing
 * one must end a word before space or punctuation, and an unclosed one is dropped.
 */
function pairSingle(text: string, p: Paragraph, index: number): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open = -1;
  for (let i = p.start; i < p.end; i++) {
    const c = text[i];
    if (c !== '‘' && c !== '’' && c !== "'" && c !== '‛') continue;
    const prev = i > p.start ? text[i - 1] : '';
    const next = i + 1 < p.end ? text[i + 1] : '';
    const opens = c !== '’' && (prev === '' || /[\s([{\u2014\u2013]/u.test(prev)) && /[\p{L}\p{N}]/u.test(next);
    const closes = c !== '‘' && c !== '‛' && !isSpace(prev) && (next === '' || /[\s.,;:!?)\]}\u2014\u2013…]/u.test(next));
    if (open < 0 && opens) open = i;
    else if (open >= 0 && closes && i - open > 1) {
      spans.push({ start: open, end: i + 1, paragraph: index, continued: false, unclosed: false });
      open = -1;
    }
  }
  return spans;
}

/**
 * Finds the quotation-mark spans of one paragraph. `carryIn` says the previous paragraph ended inside an open
 * quotation. Linear in the paragraph's length; never throws.
 */
export function pairParagraphMarks(text: string, p: Paragraph, index: number, carryIn: boolean): ParagraphMarks {
  const marks: number[] = [];
  for (let i = p.start; i < p.end; i++) if (DOUBLE_MARKS.has(text[i])) marks.push(i);
  if (marks.length) return pairDouble(text, p, index, marks, carryIn);
  return { spans: pairSingle(text, p, index), openAtEnd: false };
}

/** Finds the quotation-mark spans of a whole document, carrying open quotations across paragraphs. */
export function findQuoteSpans(text: string, paragraphs: readonly Paragraph[]): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let carry = false;
  paragraphs.forEach((p, i) => {
    const r = pairParagraphMarks(text, p, i, carry);
    for (const s of r.spans) out.push(s);
    carry = r.openAtEnd;
  });
  return out;
}
