import type { Entity, Mention, Quote, Speaker, Span } from '../../model';
import type { Paragraph } from '../paragraphs';
import { attributeAfter, attributeBefore, findCues, headlineSpeaker, headlineSpeakerAfter, isModifierQuote, isNamedTerm, resolveCue, type Attribution, type BeforeResult } from './attribution';
import { ABBREVIATIONS, PRONOUNS, TITLE_CASE_SMALL_WORDS } from './lexicon';
import { chooseAttribution, type AttributionReason, type AttributionWeights, type Candidate } from './choice';
import { personGenderLookup, type Gender } from './gender';
import { pairParagraphMarks, type QuoteSpan } from './marks';
import type { SpeakerFound } from './speaker';
import { tokenize } from './tokens';

export { findQuoteSpans, pairParagraphMarks, type QuoteSpan, type ParagraphMarks } from './marks';

/** How far (UTF-16 units) attribution looks around a quote; keeps the pass linear on pathological input. */
const BEFORE_WINDOW = 400;
const AFTER_WINDOW = 300;
const SENTENCE_WINDOW = 600;
const PRONOUN_WINDOW = 3000;

/** Pronouns that name a gender, so that `she` skips a person the article shows as a man. */
const PRONOUN_GENDER: ReadonlyMap<string, Gender> = new Map([['she', 'f'], ['her', 'f'], ['he', 'm'], ['him', 'm']]);

/** One paragraph with its quotes and sentence starts. */
interface ParagraphContext {
  p: Paragraph;
  quotes: QuoteSpan[];
  starts: number[];
}

const wordCount = (s: string): number => (s.match(/[\p{L}\p{N}]+(?:[’'\-.][\p{L}\p{N}]+)*/gu) ?? []).length;

/**
 * A quote of three words or more reads as reproduced words, and so does a sentence of two (`"Nobody came."`);
 * one or two unattributed words are a term.
 */
const isSentenceLike = (text: string): boolean => {
  const n = wordCount(text);
  return n >= 3 || (n === 2 && /^\P{L}*\p{Lu}/u.test(text) && /[.!?…]\P{L}*$/u.test(text));
};

/** A transcript's speaker label opening a paragraph (`MARSH:`, `Q:`, `SEN. WARREN:`): a new turn, not a continuation. */
const SPEAKER_LABEL = /^\s*(?:\p{Lu}[\p{Lu}.'’-]*\s){0,4}\p{Lu}[\p{Lu}.'’-]*:\s/u;

/**
 * Every word capitalised but small ones: the title of a work (`"Cowboys and Indians"`), not someone's words. A
 * sentence's closing mark says someone's words (`"Go Home."`), but a question or exclamation of three capitalised
 * words or more is a title still (`"What Was I Made For?"`): nobody's words are written so.
 */
function isTitleLike(text: string): boolean {
  const words = text.match(/[\p{L}][\p{L}\p{N}’'-]*/gu) ?? [];
  const content = words.filter((w) => !TITLE_CASE_SMALL_WORDS.has(w.toLowerCase()));
  const end = text.trim();
  return content.length >= 1 && content.every((w) => /^\p{Lu}/u.test(w)) && (!/[.!?]["”’]?$/u.test(end) || (content.length >= 3 && /[!?]["”’]?$/u.test(end)));
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

/** The parts of a quote's own attribution that the paragraph alone decides (see `ownAttribution`). */
interface OwnParts {
  before: BeforeResult | null;
  /** `Name: “…”` opening the paragraph; used only when its one-word name is a known mention. */
  headline: Attribution | null;
  headlineOneWord: boolean;
  after: Attribution | null;
}

/** The quote's own attribution: a cue introducing it, a clause after it, or a cue earlier in its sentence. */
function ownParts(text: string, ctx: ParagraphContext, j: number, prevEnd: number): OwnParts | 'term' {
  const q = ctx.quotes[j];
  const sStart = ctx.starts[sentenceIndex(ctx.starts, q.start)];
  const from = Math.max(sStart, prevEnd, q.start - BEFORE_WINDOW);
  const beforeTokens = tokenize(text, from, q.start);
  const body = text.slice(q.start, q.end);
  if (isNamedTerm(beforeTokens, isTitleLike(body))) return 'term';
  // A nickname between a given name and a surname (`Jungwook "Wookie" Kim`).
  if (isTitleLike(body) && wordCount(body) <= 3 && /\p{Lu}[\p{L}.'’-]*\s$/u.test(text.slice(Math.max(0, q.start - 30), q.start)) && /^\s\p{Lu}/u.test(text.slice(q.end, q.end + 2))) return 'term';
  if (isTitleLike(body) && isModifierQuote(beforeTokens, tokenize(text, q.end, Math.min(ctx.p.end, q.end + 40)), body)) return 'term';
  const sentenceTokens = sStart < from && q.start - sStart <= SENTENCE_WINDOW ? tokenize(text, sStart, q.start) : beforeTokens;
  const before = attributeBefore(beforeTokens, sentenceTokens);
  const parts: OwnParts = { before, headline: null, headlineOneWord: false, after: null };
  if (before?.adjacent) return parts;
  if (!before && from === ctx.p.start) {
    // A single capitalised word before a colon may be a common noun (`Warning:`): it must be a known name.
    const headline = headlineSpeaker(beforeTokens);
    if (headline) {
      parts.headline = headline;
      parts.headlineOneWord = !/\s/u.test(text.slice(headline.speaker.start, headline.speaker.end));
    }
  }
  if (!q.unclosed) {
    const nextStart = j + 1 < ctx.quotes.length ? ctx.quotes[j + 1].start : ctx.p.end;
    const afterTokens = tokenize(text, q.end, Math.min(nextStart, q.end + AFTER_WINDOW));
    parts.after = attributeAfter(afterTokens, /[.!?…]/u.test(text[q.end - 2] ?? ''));
    if (!parts.after && !before && q.start === firstNonSpace(ctx.p)) parts.headline ??= headlineSpeakerAfter(afterTokens);
  }
  return parts;
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
 * Where a quote that opens its sentence without attribution finds the nearest earlier speech in its paragraph:
 * an attributed quote (`“A,” X said. “B.”`, `prev`: the previous quote's attribution, if `ok`) or a sentence
 * reporting speech (`X issued a statement. “A.”`, `event`).
 */
type Nearby = { kind: 'none' } | { kind: 'prev'; ok: boolean } | { kind: 'event'; attribution: Attribution };

function nearbyPlan(text: string, ctx: ParagraphContext, j: number): Nearby {
  const q = ctx.quotes[j];
  const si = sentenceIndex(ctx.starts, q.start);
  const prev = j > 0 ? ctx.quotes[j - 1] : null;
  const lowest = Math.max(0, si - 3);
  for (let k = si - 1; k >= lowest; k--) {
    const from = ctx.starts[k];
    const to = ctx.starts[k + 1];
    if (prev && prev.end > from) return { kind: 'prev', ok: prev.start >= ctx.starts[lowest] };
    const event = sentenceEvent(text, from, to);
    if (event) return { kind: 'event', attribution: event };
  }
  return { kind: 'none' };
}

/** A paragraph ending in `X said:` introduces the quote opening the next paragraph. */
function colonLead(text: string, p: Paragraph): Attribution | null {
  if (!p.text.trimEnd().endsWith(':')) return null;
  const tokens = tokenize(text, Math.max(p.start, p.end - BEFORE_WINDOW), p.end);
  const found = attributeBefore(tokens, tokens);
  return found?.adjacent ? found : null;
}

/**
 * A paragraph opening with a short reporting clause of its own (`the harbour master said.`), as after a quote:
 * the attribution of a quote that ended the previous paragraph with a comma.
 */
function openingClause(paragraph: string): Attribution | null {
  // Only a short first sentence can be such a clause: a cheap test keeps this off most paragraphs.
  const m = /^\s*[\p{Ll}\p{Lu}][^.!?"“”]{0,80}?[.!?]/u.exec(paragraph);
  if (!m) return null;
  return attributeAfter(tokenize(paragraph, 0, m[0].length), true);
}

/** A quote of one paragraph with everything about its attribution that the paragraph alone decides. */
export interface LocalQuote extends QuoteSpan {
  /** A name or term in quotation marks (`dubbed the “Minions”`): never a quote. */
  term: boolean;
  own: OwnParts | null;
  sentenceLike: boolean;
  titleLike: boolean;
  opensSentence: boolean;
  opensParagraph: boolean;
  /** The previous quote of the paragraph is in the same sentence. */
  prevInSentence: boolean;
  nearby: Nearby;
}

/**
 * What one paragraph contributes to finding quotes, with offsets relative to the paragraph: it depends only on
 * the paragraph's text and whether a quotation was left open before it, so it can be cached by both.
 */
export interface ParagraphQuotes {
  quotes: LocalQuote[];
  /** The paragraph ends inside an open quotation, so the next one may continue it. */
  openAtEnd: boolean;
  /** `X said:` ending the paragraph: the attribution it lends a quote opening the next one. */
  colonLead: Attribution | null;
}

/** True when a quote with these parts may end up without an attribution of its own. */
const mayLackOwn = (own: OwnParts): boolean => !own.before && !own.after && !(own.headline && !own.headlineOneWord);

const ANY_MARK = /["“”„‟«»＂‘’'‛]/u;
const NO_QUOTES: ParagraphQuotes = { quotes: [], openAtEnd: false, colonLead: null };

/**
 * The quotes of one paragraph and their local attribution evidence (offsets relative to `paragraph`).
 * @param carryIn the previous paragraph ended inside an open quotation
 */
export function paragraphQuotes(paragraph: string, carryIn: boolean): ParagraphQuotes {
  const p: Paragraph = { start: 0, end: paragraph.length, text: paragraph };
  const lead = colonLead(paragraph, p);
  // Most paragraphs hold no quotation mark at all: skip the pairing pass for them.
  if (!ANY_MARK.test(paragraph)) return lead ? { ...NO_QUOTES, colonLead: lead } : NO_QUOTES;
  const marks = pairParagraphMarks(paragraph, p, 0, carryIn && !SPEAKER_LABEL.test(paragraph));
  const spans = marks.spans;
  const ctx: ParagraphContext = { p, quotes: spans, starts: sentenceStarts(p, spans) };
  const firstWord = firstNonSpace(p);
  // A name or term in quotation marks is part of the sentence around it: the next quote's window runs past it.
  let prevEnd = 0;
  const quotes = spans.map((q, j): LocalQuote => {
    const own = ownParts(paragraph, ctx, j, prevEnd);
    if (own !== 'term') prevEnd = q.end;
    const body = paragraph.slice(q.start, q.end);
    const si = sentenceIndex(ctx.starts, q.start);
    const opensSentence = !/[\p{L}\p{N}]/u.test(paragraph.slice(Math.max(ctx.starts[si], j > 0 ? spans[j - 1].end : 0), q.start));
    const sentenceLike = isSentenceLike(body);
    return {
      start: q.start, end: q.end, paragraph: 0, continued: q.continued, unclosed: q.unclosed,
      term: own === 'term',
      own: own === 'term' ? null : own,
      sentenceLike,
      titleLike: isTitleLike(body),
      opensSentence,
      opensParagraph: q.continued || q.start === firstWord,
      prevInSentence: j > 0 && spans[j - 1].start >= ctx.starts[si],
      // Nearby speech is looked for only where the quote may have no attribution of its own.
      nearby: own !== 'term' && sentenceLike && opensSentence && mayLackOwn(own) ? nearbyPlan(paragraph, ctx, j) : { kind: 'none' },
    };
  });
  return { quotes, openAtEnd: marks.openAtEnd, colonLead: lead };
}

/**
 * The names a paragraph's own attributions give as speakers (`“…”, said Gustafon.`, `Wilkins said, “…”`, `Putin
 * said:` before a quote in the next paragraph), in paragraph offsets: evidence for the name finder that a
 * capitalised word is someone's name, which nothing else in a sentence naming its source once may say.
 */
export function namedSpeakers(local: ParagraphQuotes): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (const q of local.quotes) for (const a of [q.own?.before, q.own?.after]) if (a && a.speaker.kind === 'name') out.push(a.speaker);
  if (local.colonLead?.speaker.kind === 'name') out.push(local.colonLead.speaker);
  return out;
}

/** `a` moved by `by` code units. */
function shifted(a: Attribution, by: number): Attribution {
  return {
    speaker: { start: a.speaker.start + by, end: a.speaker.end + by, kind: a.speaker.kind },
    cue: a.cue && { start: a.cue.start + by, end: a.cue.end + by },
  };
}

/** A quote kept for the document, with its attribution in document offsets. */
interface Kept {
  start: number;
  end: number;
  paragraph: number;
  attribution: Attribution | null;
}

/**
 * Attributes the quotes of one paragraph from its local parts and what came before (`earlier` kept quotes,
 * the previous paragraph's colon lead); pushes the kept ones to `earlier`.
 */
function attributeParagraph(local: ParagraphQuotes, p: Paragraph, index: number, lead: Attribution | null, earlier: Kept[], hasMention: (start: number, end: number) => boolean, choice: QuoteChoiceOptions): void {
  const at = p.start;
  const attributions: Array<Attribution | null> = [];
  local.quotes.forEach((q, j) => {
    attributions.push(null);
    if (q.term || !q.own) return;
    const { before, headline, headlineOneWord, after } = q.own;
    // A title in title case (`"The Long Harvest" opens on Friday`) is someone's words only when a cue says so.
    if (q.titleLike && !before?.adjacent && !after?.cue && !headline) return;
    // Every rule that applies proposes an attribution with its reason; the weightiest wins (see `choice.ts`).
    const candidates: Candidate[] = [];
    const propose = (reason: AttributionReason, a: Attribution | null | undefined): void => { if (a) candidates.push({ reason, attribution: a }); };
    if (before) propose(before.adjacent ? 'cueBeforeAdjacent' : 'cueEarlierInSentence', shifted(before, at));
    if (after?.cue) propose('clauseAfter', shifted(after, at));
    if (headline && (!headlineOneWord || hasMention(headline.speaker.start + at, headline.speaker.end + at))) propose('headline', shifted(headline, at));
    if (q.prevInSentence) propose('sameSentenceQuote', attributions[j - 1]);
    if (q.sentenceLike && q.opensSentence) {
      if (q.nearby.kind === 'prev' && q.nearby.ok) propose('nearbySpeech', attributions[j - 1]);
      else if (q.nearby.kind === 'event') propose('nearbySpeech', shifted(q.nearby.attribution, at));
    }
    if (q.opensParagraph && (q.sentenceLike || q.continued)) {
      propose('colonLead', lead);
      const last = earlier[earlier.length - 1];
      if (last && last.paragraph >= index - 2) propose('previousParagraph', last.attribution);
    }
    const attribution = chooseAttribution(candidates, choice.weights)?.attribution ?? null;
    if (choice.trace && candidates.length > 0) choice.trace({ start: q.start + at, end: q.end + at }, candidates);
    if (!attribution && (!q.sentenceLike || q.titleLike)) return;
    attributions[j] = attribution;
    earlier.push({ start: q.start + at, end: q.end + at, paragraph: index, attribution });
  });
}

/** Whether a quote ends its paragraph with a comma inside its marks (`"We will rebuild the pier,"`). */
function endsWithCommaQuote(text: string, q: Kept, p: Paragraph): boolean {
  return /,\s*["”’'»]$/u.test(text.slice(Math.max(q.start, q.end - 4), q.end)) && text.slice(q.end, p.end).trim() === '';
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

/**
 * Links a speaker to an entity, narrows a name to the mention it ends with (`Washington Chris Gregoire`) and widens
 * it to the person's name it opens (`Jane "JJ" Jones`) or the organisation's it ends past a full stop (`Warner Bros.
 * Records`).
 */
function linkSpeaker(text: string, found: SpeakerFound, mentions: readonly Mention[], names: EntityNames, spans: readonly QuoteSpan[], genders: { get(entityId: string): Gender | undefined }): Speaker {
  let { start, end } = found;
  let entityId: string | undefined;
  if (found.kind === 'pronoun') {
    const pronoun = text.slice(start, end).toLowerCase();
    const types = PRONOUNS.get(pronoun) ?? [];
    const gender = PRONOUN_GENDER.get(pronoun);
    for (let i = lowerBound(mentions, start) - 1; i >= 0 && mentions[i].start >= start - PRONOUN_WINDOW; i--) {
      const m = mentions[i];
      // A plural pronoun needs a plural antecedent: `Afghans`, not the adjective `Australian`; `she` a person
      // the article does not show as a man.
      const shown = m.entityId ? genders.get(m.entityId) : undefined;
      const fits = types.includes(m.type) && (m.type !== 'NORP' || /s$/u.test(m.text)) && !(gender && shown && shown !== gender);
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
      // The person's whole name where the speaker finder stopped inside it (`said Jane "JJ" Jones`: at the mark).
      else if (best.type === 'PERSON' && best.start === start && best.end > end) end = best.end;
      // An organisation's whole name where the speaker finder stopped at a full stop inside it (`Warner Bros.
      // Records, his former label, said`: at `Bros.`).
      else if (best.type === 'ORG' && best.start < start && best.end === end && /\.\s/u.test(text.slice(best.start, start + 1))) start = best.start;
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

/** Gives the local quote parts of a paragraph; a cache keyed by paragraph text and carry-in may stand behind it. */
export type ParagraphQuotesLookup = (paragraph: string, carryIn: boolean, index: number) => ParagraphQuotes;

/**
 * Finds the attributed quotes of a document: pairs quotation marks per paragraph (curly, straight, unbalanced,
 * continued across paragraphs), drops names and terms in quotation marks, then attributes each quote to a
 * speaker and cue from a small window around it. Offsets are UTF-16 code units into `text`; linear in its length.
 * The per-paragraph work goes through `lookup`, so a cached analyser re-runs it only for changed paragraphs;
 * what is left here is a light merge over the paragraphs and the linking of speakers to entities.
 * @param paragraphs the document's paragraphs (`splitParagraphs(text)`)
 * @param mentions entity mentions, used to link speakers to entities and to resolve pronouns
 */
/** How quotes choose between the attributions proposed for them. */
export interface QuoteChoiceOptions {
  /** The weight of each reason (`ATTRIBUTION_WEIGHTS` by default; a workspace's decisions may have moved them). */
  weights?: AttributionWeights;
  /** Called with each quote's proposed attributions (document offsets): what learning from quote decisions reads. */
  trace?: (quote: { start: number; end: number }, candidates: readonly Candidate[]) => void;
}

export function findQuotes(text: string, paragraphs: Paragraph[], mentions: Mention[], entities: Entity[], lookup: ParagraphQuotesLookup = paragraphQuotes, choice: QuoteChoiceOptions = {}): Quote[] {
  const sorted = sortedMentions(mentions);
  const hasMention = (start: number, end: number): boolean => {
    for (let i = Math.max(0, lowerBound(sorted, start) - 8); i < sorted.length && sorted[i].start < end; i++) if (sorted[i].end > start) return true;
    return false;
  };
  const spans: QuoteSpan[] = [];
  const kept: Kept[] = [];
  let carry = false;
  let lead: Attribution | null = null;
  paragraphs.forEach((p, i) => {
    const local = lookup(p.text, carry, i);
    // A quote that ended the previous paragraph with a comma and no attribution, the line broken before its
    // reporting clause (`"We will rebuild the pier,"⏎the harbour master said.`); rare, so not cached.
    const last = kept[kept.length - 1];
    if (last && !last.attribution && last.paragraph === i - 1 && endsWithCommaQuote(text, last, paragraphs[i - 1])) {
      const opening = openingClause(p.text);
      if (opening) last.attribution = shifted(opening, p.start);
    }
    if (local.quotes.length) {
      for (const q of local.quotes) spans.push({ start: q.start + p.start, end: q.end + p.start, paragraph: i, continued: q.continued, unclosed: q.unclosed });
      attributeParagraph(local, p, i, lead, kept, hasMention, choice);
    }
    carry = local.openAtEnd;
    lead = local.colonLead && shifted(local.colonLead, p.start);
  });
  const names = entityNames(entities);
  const genders = personGenderLookup(text, sorted);
  const cache = new Map<SpeakerFound, Speaker>();
  return kept.map((q): Quote => {
    const a = q.attribution;
    let speaker: Speaker | null = null;
    let cue: Span | null = null;
    if (a) {
      speaker = cache.get(a.speaker) ?? linkSpeaker(text, a.speaker, sorted, names, spans, genders);
      cache.set(a.speaker, speaker);
      cue = a.cue && { start: a.cue.start, end: a.cue.end, text: text.slice(a.cue.start, a.cue.end) };
    }
    return { start: q.start, end: q.end, text: text.slice(q.start, q.end), speaker: speaker && { ...speaker }, cue, origin: 'auto', status: 'suggested' };
  });
}
