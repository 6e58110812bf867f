/** A paragraph of the document: one non-empty line, with its offsets (UTF-16, `end` exclusive). */
export interface Paragraph {
  start: number;
  end: number;
  text: string;
}

/**
 * Splits a document into paragraphs: each non-empty line (split on `\n`, a trailing `\r` left out) is one
 * paragraph, because news text puts one paragraph per line and blank lines are only spacing.
 */
export function splitParagraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const lineEnd = end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    if (/\S/.test(text.slice(start, lineEnd))) out.push({ start, end: lineEnd, text: text.slice(start, lineEnd) });
    start = end + 1;
  }
  return out;
}
