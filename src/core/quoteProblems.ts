import type { DocumentAnnotations } from './model';
import { liveQuotes } from './outlineGroups';

// Quote problems worth a diagnostic: attributed quotes without a speaker, and unbalanced quotation marks.

/** What a quote problem is about. */
export type QuoteProblemKind = 'noSpeaker' | 'unclosed' | 'unopened';

/** Something about a quote worth a diagnostic; `start`–`end` is the range to mark. */
export interface QuoteProblem {
  kind: QuoteProblemKind;
  start: number;
  end: number;
}

/** Live attributed quotes whose speaker was not found: the quote span is the range. */
export function quotesWithoutSpeaker(a: DocumentAnnotations): QuoteProblem[] {
  return liveQuotes(a).filter((q) => q.speaker === null).map((q) => ({ kind: 'noSpeaker', start: q.start, end: q.end }));
}

/** How paragraphs are separated: every line break (plain-text articles), or blank lines (Markdown). */
export type ParagraphBreak = 'line' | 'blankLine';

const OPENING = new Set(['“', '„', '«']);
const CLOSING = new Set(['”', '»']);
const STRAIGHT = '"';

/** The paragraphs of `text` as [start, end) pairs (end before the break), blank ones left out. */
function paragraphs(text: string, mode: ParagraphBreak): Array<[number, number]> {
  const breaks = mode === 'line' ? /(?:\r\n|\r|\n)+/g : /(?:\r\n|\r|\n)(?:[ \t]*(?:\r\n|\r|\n))+/g;
  const out: Array<[number, number]> = [];
  let from = 0;
  const push = (to: number): void => {
    if (/\S/.test(text.slice(from, to))) out.push([from, to]);
  };
  for (let m = breaks.exec(text); m; m = breaks.exec(text)) {
    push(m.index);
    from = m.index + m[0].length;
  }
  push(text.length);
  return out;
}

function firstNonSpace(text: string, start: number, end: number): number {
  let k = start;
  while (k < end && /\s/.test(text[k])) k++;
  return k;
}

/** Whether the paragraph opens with a quote mark, as each paragraph of a long quote does in news style. */
function opensWithMark(text: string, [start, end]: [number, number]): boolean {
  const c = text[firstNonSpace(text, start, end)];
  return OPENING.has(c) || c === STRAIGHT;
}

/**
 * Finds double quote marks that are never closed within their paragraph (`unclosed`, from the mark to the end of
 * that paragraph) and closing marks with nothing open (`unopened`, the mark alone). Curly, low-9 and guillemet
 * marks have a direction (`„…“` counts as a pair); straight `"` marks pair up in turn. News style opens every paragraph of a long quote
 * and closes only the last, so a paragraph that ends inside a quote is fine when the next one opens with a mark.
 * Single marks are left alone: `’` is far more often an apostrophe than a quote.
 */
export function findUnbalancedQuoteMarks(text: string, mode: ParagraphBreak = 'line'): QuoteProblem[] {
  const out: QuoteProblem[] = [];
  const paras = paragraphs(text, mode);
  // The open mark and the end of its paragraph, while a quote is open.
  let open: { at: number; paraEnd: number; mark: string } | undefined;
  const unclosed = (): void => {
    if (open) out.push({ kind: 'unclosed', start: open.at, end: open.paraEnd });
    open = undefined;
  };
  paras.forEach(([start, end], i) => {
    let k = start;
    if (open) {
      // Carried over from the previous paragraph: this paragraph's opening mark continues the same quote.
      k = firstNonSpace(text, start, end);
      open = { at: k, paraEnd: end, mark: text[k] };
      k++;
    }
    for (; k < end; k++) {
      const c = text[k];
      // German quotes open low and close with the mark English opens with: „so“.
      if (c === '“' && open?.mark === '„') {
        open = undefined;
      } else if (OPENING.has(c)) {
        unclosed();
        open = { at: k, paraEnd: end, mark: c };
      } else if (CLOSING.has(c)) {
        if (open) open = undefined;
        else out.push({ kind: 'unopened', start: k, end: k + 1 });
      } else if (c === STRAIGHT) {
        open = open ? undefined : { at: k, paraEnd: end, mark: c };
      }
    }
    const next = paras[i + 1];
    if (open && !(next && opensWithMark(text, next))) unclosed();
  });
  return out.sort((a, b) => a.start - b.start);
}

/** Every quote problem of a document, in document order: quotes without speaker and unbalanced marks. */
export function quoteProblems(a: DocumentAnnotations | undefined, text: string, mode: ParagraphBreak = 'line'): QuoteProblem[] {
  return [...(a ? quotesWithoutSpeaker(a) : []), ...findUnbalancedQuoteMarks(text, mode)].sort((x, y) => x.start - y.start || x.end - y.end);
}
