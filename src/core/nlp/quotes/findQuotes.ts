import type { Entity, Mention, Quote, Speaker, Span } from '../../model';
import type { Paragraph } from '../paragraphs';
import { attributeAfter, attributeBefore, findCues, headlineSpeaker, isNamedTerm, resolveCue, type Attribution } from './attribution';
import { ABBREVIATIONS, PRONOUNS, TITLE_CASE_SMALL_WORDS } from './lexicon';
import { findQuoteSpans, type QuoteSpan } from './marks';
import type { SpeakerFound } from './speaker';
import { tokenize } from './tokens';

export { findQuoteSpans, pairParagraphMarks, type QuoteSpan, type ParagraphMarks } from './marks';

/** How far (UTF-16 units) attribution looks around a quote; keeps the pass linear on pathological input. */
const BEFORE_WINDOW = 400;
const AFTER_WINDOW = 300;
const SENTENCE_WINDOW = 600;
const PRONOUN_WINDOW = 3000;

/** A quote being attributed. */
interface Candidate extends QuoteSpan {
  attribution: Attribution | null;
}

/** One paragraph with its quotes and sentence starts. */
interface ParagraphContext {
  p: Paragraph;
  index: number;
  quotes: Candidate[];
  starts: number[];
  /** Whether an entity mention overlaps `start..end`. */
  hasMention: (start: number, end: number) => boolean;
}

const wordCount = (s: string): number => (s.match(/[\p{L}\p{N}]+(?:[’'\-.][\p{L}\p{N}]+)*/gu) ?? []).length;

/** A quote of three words or more reads as reproduced words; one or two unattributed words are a term. */
const isSentenceLike = (text: string): boolean => wordCount(text) >= 3;

/** Every word capitalised but small ones: the title of a work (`"Cowboys and Indians"`), not someone's words. */
function isTitleLike(text: string): boolean {
  const words = text.match(/[\p{L}][\p{L}\p{N}’'-]*/gu) ?? [];
  const content = words.filter((w) => !TITLE_CASE_SMALL_WORDS.has(w.toLowerCase()));
  return content.length >= 1 && content.every((w) => /^\p{Lu}/u.test(w)) && !/[.!?]["”’]?$/u.test(text.trim());
}

/** Sentence starts in a paragraph; sentence ends inside a quotation do not end the sentence around it. */
function sentenceStarts(p: Paragraph, quotes: readonly QuoteSpan[]): number[] {
  const starts = [p.start];
  const re = /[.!?…]+["'”’»)\]]*\s+/gu;
  let q = 0;
  for (let m = re.exec(p.text); m; m = re.exec(p.text)) {
    const at = p.start + m.index;
    const after = at + m[0].length;
    const closing = at + m[0].trimEnd().length;
    if (!/[\p{Lu}\p{N}"“‘'«([]/u.test(p.text[m.index + m[0].length] ?? '')) continue;
    if (m[0].startsWith('.') && !m[0].startsWith('..')) {
      const word = /([\p{L}.]+)$/u.exec(p.text.slice(Math.max(0, m.index - 20), m.index))?.[1] ?? '';
      if (word.includes('.') || /^\p{Lu}$/u.test(word) || ABBREVIATIONS.has(word.toLowerCase())) continue;
    }
    while (q < quotes.length && quotes[q].end <= at) q++;
    if (q < quotes.length && quotes[q].start < at && quotes[q].end > closing) continue;
    starts.push(after);
  }
  return starts;
}

/** Index of the sentence that contains `pos` (the last start at or before it). */
function sentenceIndex(starts: readonly number[], pos: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function firstNonSpace(p: Paragraph): number {
  const m = /\S/u.exec(p.text);
  return p.start + (m ? m.index : 0);
}

/** The quote's own attribution: a cue introducing it, a clause after it, or a cue earlier in its sentence. */
function ownAttribution(text: string, ctx: ParagraphContext, j: number): Attribution | null | 'term' {
  const q = ctx.quotes[j];
  const sStart = ctx.starts[sentenceIndex(ctx.starts, q.start)];
  const prevEnd = j > 0 ? ctx.quotes[j - 1].end : ctx.p.start;
  const from = Math.max(sStart, prevEnd, q.start - BEFORE_WINDOW);
  const beforeTokens = tokenize(text, from, q.start);
  if (isNamedTerm(beforeTokens)) return 'term';
  const sentenceTokens = sStart < from && q.start - sStart <= BEFORE_WINDOW ? tokenize(text, sStart, q.start) : beforeTokens;
  const before = attributeBefore(beforeTokens, sentenceTokens);
  if (before?.adjacent) return before;
  if (!before && from === ctx.p.start) {
    // A single capitalised word before a colon may be a common noun (`Warning:`): it must be a known name.
    const headline = headlineSpeaker(beforeTokens);
    const oneWord = headline && !/\s/u.test(text.slice(headline.speaker.start, headline.speaker.end));
    if (headline && (!oneWord || ctx.hasMention(headline.speaker.start, headline.speaker.end))) return headline;
  }
  let after: Attribution | null = null;
  if (!q.unclosed) {
    const nextStart = j + 1 < ctx.quotes.length ? ctx.quotes[j + 1].start : ctx.p.end;
    const afterTokens = tokenize(text, q.end, Math.min(nextStart, q.end + AFTER_WINDOW));
    after = attributeAfter(afterTokens, /[.!?…]/u.test(text[q.end - 2] ?? ''));
  }
  return after ?? before;
}

/** A sentence with no quote that reports speech (`Wilkins also said Warhol was ...`): its cue and speaker. */
function sentenceEvent(text: string, from: number, to: number): Attribution | null {
  const tokens = tokenize(text, Math.max(from, to - SENTENCE_WINDOW), to);
  const cues = findCues(tokens);
  for (let k = cues.length - 1; k >= 0; k--) {
    if (cues[k].kind === 'preposition' || cues[k].kind === 'document') continue;
    const found = resolveCue(tokens, cues[k], tokens);
    if (found) return found;
  }
  return null;
}

/**
 * For a quote that opens its sentence without attribution: the nearest earlier speech in its paragraph, an
 * attributed quote (`“A,” X said. “B.”`) or a sentence reporting speech (`X issued a statement. “A.”`).
 */
function nearbyAttribution(text: string, ctx: ParagraphContext, j: number): Attribution | null {
  const q = ctx.quotes[j];
  const si = sentenceIndex(ctx.starts, q.start);
  const prev = j > 0 ? ctx.quotes[j - 1] : null;
  const lowest = Math.max(0, si - 3);
  for (let k = si - 1; k >= lowest; k--) {
    const from = ctx.starts[k];
    const to = ctx.starts[k + 1];
    if (prev && prev.end > from) return prev.start >= ctx.starts[lowest] ? prev.attribution : null;
    const event = sentenceEvent(text, from, to);
    if (event) return event;
  }
  return null;
}

/** For a quote opening a paragraph after `X said:` ending the previous paragraph. */
function colonIntroduction(text: string, prev: ParagraphContext | undefined): Attribution | null {
  if (!prev || !prev.p.text.trimEnd().endsWith(':')) return null;
  const tokens = tokenize(text, Math.max(prev.p.start, prev.p.end - BEFORE_WINDOW), prev.p.end);
  const found = attributeBefore(tokens, tokens);
  return found?.adjacent ? found : null;
}

/** Attributes every quote of a paragraph, in order; `earlier` holds the quotes of earlier paragraphs. */
function attributeParagraph(text: string, ctx: ParagraphContext, earlier: Candidate[], prevCtx: ParagraphContext | undefined): Candidate[] {
  const kept: Candidate[] = [];
  ctx.quotes.forEach((q, j) => {
    const own = ownAttribution(text, ctx, j);
    if (own === 'term') return;
    const body = text.slice(q.start, q.end);
    const sentenceLike = isSentenceLike(body);
    const si = sentenceIndex(ctx.starts, q.start);
    const opensSentence = !/[\p{L}\p{N}]/u.test(text.slice(Math.max(ctx.starts[si], j > 0 ? ctx.quotes[j - 1].end : 0), q.start));
    let attribution: Attribution | null = own;
    const prevInSentence = j > 0 && ctx.quotes[j - 1].start >= ctx.starts[si] ? ctx.quotes[j - 1] : null;
    if (!attribution && prevInSentence) attribution = prevInSentence.attribution;
    if (!attribution && sentenceLike && opensSentence) attribution = nearbyAttribution(text, ctx, j);
    const opensParagraph = q.continued || q.start === firstNonSpace(ctx.p);
    if (!attribution && opensParagraph && (sentenceLike || q.continued)) {
      attribution = colonIntroduction(text, prevCtx);
      const last = earlier[earlier.length - 1];
      if (!attribution && last && last.paragraph >= ctx.index - 2) attribution = last.attribution;
    }
    if (!attribution && (!sentenceLike || isTitleLike(body))) return;
    q.attribution = attribution;
    kept.push(q);
  });
  return kept;
}

/** Mentions sorted by start, for binary search. */
function sortedMentions(mentions: readonly Mention[]): Mention[] {
  return [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Index of the first mention starting at or after `pos`. */
function lowerBound(mentions: readonly Mention[], pos: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function insideQuote(spans: readonly QuoteSpan[], pos: number): boolean {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && spans[lo - 1].end > pos;
}

/** Entity ids by name or alias, and person entity ids by surname (the first entity wins). */
interface EntityNames {
  byName: Map<string, string>;
  bySurname: Map<string, string>;
}

function entityNames(entities: readonly Entity[]): EntityNames {
  const byName = new Map<string, string>();
  const bySurname = new Map<string, string>();
  for (const e of entities) {
    for (const n of [e.name, ...e.aliases]) if (!byName.has(n)) byName.set(n, e.id);
    const surname = e.name.split(/\s+/u).pop() ?? '';
    if (e.type === 'PERSON' && !bySurname.has(surname)) bySurname.set(surname, e.id);
  }
  return { byName, bySurname };
}

/** Links a speaker to an entity, and narrows a name to the mention it ends with (`Washington Chris Gregoire`). */
function linkSpeaker(text: string, found: SpeakerFound, mentions: readonly Mention[], names: EntityNames, spans: readonly QuoteSpan[]): Speaker {
  const { end } = found;
  let { start } = found;
  let entityId: string | undefined;
  if (found.kind === 'pronoun') {
    const types = PRONOUNS.get(text.slice(start, end).toLowerCase()) ?? [];
    for (let i = lowerBound(mentions, start) - 1; i >= 0 && mentions[i].start >= start - PRONOUN_WINDOW; i--) {
      const m = mentions[i];
      // A plural pronoun needs a plural antecedent: `Afghans`, not the adjective `Australian`.
      const fits = types.includes(m.type) && (m.type !== 'NORP' || /s$/u.test(m.text));
      if (m.end <= start && fits && !insideQuote(spans, m.start)) { entityId = m.entityId; break; }
    }
  } else if (found.kind === 'name') {
    // Role phrases stay unlinked: the Prime Minister's spokesman is not the Prime Minister.
    let best: Mention | null = null;
    let bestOverlap = 0;
    for (let i = Math.max(0, lowerBound(mentions, start) - 8); i < mentions.length && mentions[i].start < end; i++) {
      const m = mentions[i];
      const overlap = Math.min(m.end, end) - Math.max(m.start, start);
      if (overlap > bestOverlap) { best = m; bestOverlap = overlap; }
    }
    if (best) {
      entityId = best.entityId;
      if (best.start > start && best.end === end) start = best.start;
    } else {
      const name = text.slice(start, end);
      const last = name.split(/\s+/u).pop() ?? '';
      entityId = names.byName.get(name) ?? (last.length >= 3 ? names.bySurname.get(last) : undefined);
    }
  }
  const speaker: Speaker = { start, end, text: text.slice(start, end) };
  if (entityId) speaker.entityId = entityId;
  return speaker;
}

/**
 * Finds the attributed quotes of a document: pairs quotation marks per paragraph (curly, straight, unbalanced,
 * continued across paragraphs), drops names and terms in quotation marks, then attributes each quote to a
 * speaker and cue from a small window around it. Offsets are UTF-16 code units into `text`; linear in its length.
 * @param paragraphs the document's paragraphs (`splitParagraphs(text)`)
 * @param mentions entity mentions, used to link speakers to entities and to resolve pronouns
 */
export function findQuotes(text: string, paragraphs: Paragraph[], mentions: Mention[], entities: Entity[]): Quote[] {
  const spans = findQuoteSpans(text, paragraphs);
  const byParagraph = new Map<number, Candidate[]>();
  for (const s of spans) {
    const list = byParagraph.get(s.paragraph) ?? [];
    list.push({ ...s, attribution: null });
    byParagraph.set(s.paragraph, list);
  }
  const sorted = sortedMentions(mentions);
  const hasMention = (start: number, end: number): boolean => {
    for (let i = Math.max(0, lowerBound(sorted, start) - 8); i < sorted.length && sorted[i].start < end; i++) if (sorted[i].end > start) return true;
    return false;
  };
  const contexts = new Map<number, ParagraphContext>();
  const contextOf = (i: number): ParagraphContext | undefined => {
    if (i < 0 || i >= paragraphs.length) return undefined;
    let ctx = contexts.get(i);
    if (!ctx) {
      const quotes = byParagraph.get(i) ?? [];
      ctx = { p: paragraphs[i], index: i, quotes, starts: sentenceStarts(paragraphs[i], quotes), hasMention };
      contexts.set(i, ctx);
    }
    return ctx;
  };
  const kept: Candidate[] = [];
  for (const i of [...byParagraph.keys()].sort((a, b) => a - b)) {
    const ctx = contextOf(i);
    if (ctx) for (const q of attributeParagraph(text, ctx, kept, contextOf(i - 1))) kept.push(q);
  }
  const names = entityNames(entities);
  const cache = new Map<SpeakerFound, Speaker>();
  return kept.map((q): Quote => {
    const a = q.attribution;
    let speaker: Speaker | null = null;
    let cue: Span | null = null;
    if (a) {
      speaker = cache.get(a.speaker) ?? linkSpeaker(text, a.speaker, sorted, names, spans);
      cache.set(a.speaker, speaker);
      cue = a.cue && { start: a.cue.start, end: a.cue.end, text: text.slice(a.cue.start, a.cue.end) };
    }
    return { start: q.start, end: q.end, text: text.slice(q.start, q.end), speaker: speaker && { ...speaker }, cue, origin: 'auto', status: 'suggested' };
  });
}
