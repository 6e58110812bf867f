import type { Mention } from '../model';
import { conllTag, DEFAULT_SCHEME } from '../scheme';
import type { ExportDocument } from './types';

/**
 * CoNLL-2003 style export: one token per line as `TOKEN POS CHUNK TAG` (no part-of-speech or chunk tags are
 * produced, so those columns hold `_`), IOB2 entity tags, a blank line after each sentence and a
 * `-DOCSTART-` line before each document.
 */

// The CoNLL-2003 tag set has PER, ORG, LOC and MISC (nationalities and groups, NORP, are MISC there; see
// entityTypes.ts); a scheme's own type is tagged with its id, never its parent's, so `PARTY` stays `B-PARTY`.

/** A token of the document with its UTF-16 offsets. */
export interface Token {
  start: number;
  end: number;
  text: string;
}

// Words (letters, marks, digits, with inner apostrophes, hyphens and dots) or any single other character.
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:['’\-.&][\p{L}\p{M}\p{N}]+)*|\S/gu;

/** Splits text into tokens, cutting any token that a mention starts or ends inside (e.g. `PutinGetty`). */
export function tokenize<M extends Pick<Mention, 'start' | 'end'>>(text: string, mentions: readonly M[] = []): Token[] {
  const cuts = new Set<number>();
  for (const m of mentions) {
    cuts.add(m.start);
    cuts.add(m.end);
  }
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const start = match.index;
    const end = start + match[0].length;
    let from = start;
    for (let i = start + 1; i < end; i++) {
      if (!cuts.has(i)) continue;
      tokens.push({ start: from, end: i, text: text.slice(from, i) });
      from = i;
    }
    tokens.push({ start: from, end, text: text.slice(from, end) });
  }
  return tokens;
}

const SENTENCE_END = /^[.!?…]$/;
const CLOSERS = /^[”’"')\]»]$/;

/**
 * For each token, the mention that covers it (or undefined): one sweep over tokens and mentions, both in text
 * order, so that large articles stay linear. Where mentions overlap, the earliest and longest wins.
 */
function coveringMentions(tokens: readonly Token[], mentions: readonly Mention[]): Array<Mention | undefined> {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Array<Mention | undefined> = [];
  let next = 0;
  // Mentions that have started and not yet ended, in sorted order; overlaps are rare, so this stays tiny.
  let active: Mention[] = [];
  for (const tok of tokens) {
    while (next < sorted.length && sorted[next].start <= tok.start) active.push(sorted[next++]);
    active = active.filter((m) => m.end > tok.start);
    out.push(active.find((m) => tok.end <= m.end));
  }
  return out;
}

/** Groups tokens into sentences: at line breaks, and after . ! ? (and closing quotes) unless inside a mention. */
export function sentences(text: string, tokens: readonly Token[], mentions: readonly Mention[] = []): Token[][] {
  const covering = coveringMentions(tokens, mentions);
  const out: Token[][] = [];
  let current: Token[] = [];
  tokens.forEach((tok, i) => {
    current.push(tok);
    const next = tokens[i + 1];
    if (!next) return;
    const gap = text.slice(tok.end, next.start);
    const ended = /[\r\n]/.test(gap)
      || (gap.length > 0 && (SENTENCE_END.test(tok.text) || (CLOSERS.test(tok.text) && SENTENCE_END.test(tokens[i - 1]?.text ?? ''))));
    // Never split a name ("Washington D.C. officials"): the next token still belongs to this token's mention.
    const splitsMention = covering[i] !== undefined && covering[i] === covering[i + 1];
    if (ended && !splitsMention) {
      out.push(current);
      current = [];
    }
  });
  if (current.length > 0) out.push(current);
  return out;
}

/** The IOB2 tag of each token: B- on a mention's first token, I- on the rest, O outside mentions. */
export function iobTags(tokens: readonly Token[], mentions: readonly Mention[]): string[] {
  return coveringMentions(tokens, mentions).map((m, i) => (m ? `${m.start === tokens[i].start ? 'B' : 'I'}-${conllTag(DEFAULT_SCHEME, m.type)}` : 'O'));
}

/** CoNLL lines of one document, starting with its `-DOCSTART-` line. */
function documentLines(item: ExportDocument): string[] {
  const { text } = item;
  const mentions = item.annotations.mentions;
  const tokens = tokenize(text, mentions);
  const tags = iobTags(tokens, mentions);
  const tagOf = new Map(tokens.map((t, i) => [t, tags[i]]));
  const lines = ['-DOCSTART- -X- -X- O', ''];
  for (const sentence of sentences(text, tokens, mentions)) {
    for (const tok of sentence) lines.push(`${tok.text} _ _ ${tagOf.get(tok) ?? 'O'}`);
    lines.push('');
  }
  return lines;
}

/** CoNLL-2003 style text of one or more documents, each introduced by `-DOCSTART-`. */
export function toConll(items: readonly ExportDocument[]): string {
  return `${items.flatMap(documentLines).join('\n')}\n`;
}
