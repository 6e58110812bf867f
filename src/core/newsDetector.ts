/**
 * A cheap test of whether a plain-text or Markdown file reads like a news article, used to offer annotation for
 * files outside the articles' scope. It looks at the first few thousand characters only: prose paragraphs,
 * capitalised names inside sentences, quotations and attribution verbs, against the marks of code and
 * documentation (code fences, indented code, lists, tables, headings). It errs towards "no": a missed offer costs
 * nothing, an offer on a README is noise.
 */

/** The counts the verdict rests on, for tests and tuning. */
export interface NewsSignals {
  /** Paragraphs of running prose (long, mostly letters, ending sentences, no list or code markers). */
  proseParagraphs: number;
  /** Share of the non-blank characters that sit in prose paragraphs. */
  proseShare: number;
  /** Distinct capitalised words or names inside sentences (not sentence-initial). */
  names: number;
  /** Quotations of three words or more, in straight or curly double quotes. */
  quotations: number;
  /** Attribution verbs: said, told, says, added, according to … */
  attributions: number;
  /** Lines that look like code. */
  codeLines: number;
  /** All non-blank lines. */
  lines: number;
}

/** How much text is examined: enough for a few paragraphs, cheap on any file. */
const SAMPLE_LENGTH = 8000;

/** Lines of lists, tables, headings and quotes: not running prose. */
const STRUCTURE_LINE = /^\s*([-*+]\s|\d+[.)]\s|#{1,6}\s|>|\|)/;
/** Lines of code: fences, indented blocks, statements, shell prompts. */
const CODE_LINE = /^(\s{4,}\S|\t|\s*(```|~~~|<\/?[a-z]|\$ |[{}[\]]|(import|export|const|let|var|function|class|def|return|if|for|while)\b)|.*[;{}]\s*$|.*(=>|::|\(\)))/;
const ATTRIBUTION = /\b(said|says|told|added|asked|according to|stated|explained|warned|insisted|claimed|announced|confirmed|denied|argued)\b/g;
const QUOTATION = /[“"]([^“”"\n]{3,400})[”"]/g;
const INNER_CAPITAL = /(?<=[\p{Ll},;] )\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)*/gu;

/**
 * Paragraphs: blocks between blank lines, except that a block with long lines (one paragraph per line, as many
 * plain-text articles are written) gives one paragraph per line.
 */
function paragraphs(text: string): string[] {
  const out: string[] = [];
  for (const block of text.split(/\n\s*\n/)) {
    const lines = block.split('\n').map((l) => l.trim()).filter((l) => l.length > 0);
    // Hard-wrapped prose keeps its lines under 80 characters or so; longer lines are paragraphs of their own.
    if (lines.length > 1 && lines.some((l) => l.length >= 100)) out.push(...lines);
    else out.push(lines.join(' '));
  }
  return out;
}

/** Measures the signals over the start of a text. */
export function newsSignals(text: string): NewsSignals {
  const sample = text.slice(0, SAMPLE_LENGTH).replace(/\r\n?/g, '\n');
  const lines = sample.split('\n').filter((l) => l.trim().length > 0);
  const codeLines = lines.filter((l) => CODE_LINE.test(l)).length;
  let proseChars = 0;
  let proseParagraphs = 0;
  for (const p of paragraphs(sample)) {
    if (p.length < 120 || STRUCTURE_LINE.test(p) || CODE_LINE.test(p)) continue;
    const sentences = (p.match(/[.!?…]["”’)]?(\s|$)/g) ?? []).length;
    const letters = (p.match(/\p{L}/gu) ?? []).length;
    if (sentences >= 1 && letters / p.length > 0.7) {
      proseParagraphs++;
      proseChars += p.length;
    }
  }
  const nonBlank = lines.reduce((n, l) => n + l.trim().length, 0);
  const names = new Set((sample.match(INNER_CAPITAL) ?? []).map((n) => n.toLowerCase())).size;
  const quotations = [...sample.matchAll(QUOTATION)].filter((m) => (m[1] ?? '').trim().split(/\s+/).length >= 3).length;
  const attributions = (sample.match(ATTRIBUTION) ?? []).length;
  return { proseParagraphs, proseShare: nonBlank ? Math.min(1, proseChars / nonBlank) : 0, names, quotations, attributions, codeLines, lines: lines.length };
}

/** Whether the text reads like a news article: mostly prose, with names, and people quoted or reported. */
export function looksLikeNews(text: string): boolean {
  const s = newsSignals(text);
  const prose = s.proseParagraphs >= 3 && s.proseShare >= 0.5;
  const code = s.lines > 0 && s.codeLines / s.lines > 0.1;
  const reported = (s.quotations >= 1 && s.attributions >= 1) || s.attributions >= 3;
  return prose && !code && s.names >= 4 && reported;
}
