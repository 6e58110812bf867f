import { sha256Hex } from '../digest';
import { ANALYSIS_SCHEMA, type AnalyzeOptions, type DocumentAnnotations, type Entity, type Quote } from '../model';
import { DocumentMemo, documentCandidates, nameKeys, resolveEntities, sportsOf, sportsSignals, type NameKeys, type PlacedCandidates, type SportsSignals } from './entities';
import type { MentionCandidate } from './placedName';
import { findNames, type ParagraphNames } from './names';
import { mapToOriginal, normaliseForAnalysis } from './normalize';
import { splitParagraphs, type Paragraph } from './paragraphs';
import type { Recogniser, SpanProposer } from './recogniser';
import type { Candidate as AttributionCandidate } from './quotes/choice';
import { findQuotes, paragraphQuotes, type ParagraphQuotes, type QuoteChoiceOptions } from './quotes/findQuotes';
import { tokenize } from './tokens';
import { createWordIndex, type WordIndex } from './wordIndex';

export { sha256Hex } from '../digest';

/** An analyser that remembers per-paragraph results, so re-analysing an edited document re-runs only what changed. */
export interface Analyzer {
  /** The analysis of `text`; `model` types the names (the shipped recogniser by default, or one taught by decisions). */
  analyze(text: string, options?: AnalyzeOptions, model?: Recogniser): DocumentAnnotations;
  /** The candidate names of `text` with their features, before typing: what learning from decisions reads. */
  candidates(text: string, proposer?: SpanProposer): MentionCandidate[];
  /**
   * Each quote of `text` with the attributions proposed for it (before the choice), in `text`'s offsets: what
   * learning from quote decisions reads. Empty for text the analysis normalises (rare: decomposed accents).
   */
  quoteChoices(text: string): QuoteChoice[];
  /** Forgets every remembered paragraph and what the last article made of its names. */
  clear(): void;
  /** How many paragraphs are remembered. */
  readonly size: number;
}

/** A quote and the attributions proposed for it. */
export interface QuoteChoice {
  start: number;
  end: number;
  candidates: readonly AttributionCandidate[];
}

/** Options for `createAnalyzer`. */
export interface AnalyzerOptions {
  /** Most paragraphs remembered (least recently used are dropped first); 5000 by default. */
  maxParagraphs?: number;
}

/**
 * Everything remembered of one paragraph: its names with their grouping keys (compromise tagging and the name
 * finder), and its local quote parts for each carry-in state, computed when first needed. The document-level
 * passes after it (grouping, quote attribution, speaker linking) only merge these parts.
 */
interface ParagraphParts {
  names: ParagraphNames;
  keys: NameKeys;
  /** Quote parts without (0) and with (1) a quotation left open by the previous paragraph. */
  quotes: [ParagraphQuotes | undefined, ParagraphQuotes | undefined];
  /** Its sports slug and words, computed when first needed. */
  sports?: SportsSignals;
}

type ParagraphLookup = (paragraph: string) => ParagraphParts;

/** The per-paragraph work: compromise tagging and the name finder. Everything after it is cheap. */
function analyzeParagraph(paragraph: string): ParagraphParts {
  const names = findNames(paragraph, tokenize(paragraph));
  return { names, keys: nameKeys(names.candidates), quotes: [names.quotes, undefined] };
}

function quotesOf(parts: ParagraphParts, paragraph: string, carryIn: boolean): ParagraphQuotes {
  const k = carryIn ? 1 : 0;
  return (parts.quotes[k] ??= paragraphQuotes(paragraph, carryIn));
}

function placedOf(paragraphs: readonly Paragraph[], parts: readonly ParagraphParts[], proposer?: SpanProposer): PlacedCandidates[] {
  return paragraphs.map((p, i) => {
    const { names, keys } = parts[i] as ParagraphParts;
    const candidates = proposer ? proposer.paragraph(p.text, names.candidates) : names.candidates;
    return { offset: p.start, candidates, lowerWords: names.lowerWords, keys: candidates === names.candidates ? keys : undefined, sentences: names.sentences };
  });
}

function candidatesOf(text: string, lookup: ParagraphLookup, proposer?: SpanProposer): MentionCandidate[] {
  const paragraphs = splitParagraphs(text);
  return documentCandidates(placedOf(paragraphs, paragraphs.map((p) => lookup(p.text)), proposer));
}

/** What a cached analyser keeps between analyses besides its paragraphs: the article's lower-case words and names. */
interface DocumentState {
  words: WordIndex;
  memo: DocumentMemo;
}

function run(text: string, options: AnalyzeOptions, lookup: ParagraphLookup, state?: DocumentState, model?: Recogniser, trace?: QuoteChoiceOptions['trace']): DocumentAnnotations {
  if (model?.forText) model = model.forText(text);
  // Decomposed accents and zero-width characters are analysed as composed and absent; offsets stay on `text`.
  const norm = normaliseForAnalysis(text);
  if (!norm) return runNormalised(text, options, lookup, state, model, trace);
  // A span to explain is in `text`'s offsets, not the normalised text's: explain every mention instead (rare input).
  const doc = runNormalised(norm.text, typeof options.explain === 'object' ? { ...options, explain: true } : options, lookup, state, model);
  return mapToOriginal({ ...doc, document: { ...doc.document, length: text.length, sha256: sha256Hex(text) } }, norm, text);
}

function runNormalised(text: string, options: AnalyzeOptions, lookup: ParagraphLookup, state?: DocumentState, model?: Recogniser, trace?: QuoteChoiceOptions['trace']): DocumentAnnotations {
  const paragraphs: Paragraph[] = splitParagraphs(text);
  const parts = paragraphs.map((p) => lookup(p.text));
  state?.words.update(parts.map((p) => p.names.lowerWords));
  const placed = placedOf(paragraphs, parts, model?.proposer);
  const sports = sportsOf(parts.map((p, i) => (p.sports ??= sportsSignals((paragraphs[i] as Paragraph).text))));
  const { mentions, entities } = resolveEntities(placed, {
    countriesAsTeams: sports.report, wireSports: sports.wire, lowerCase: state?.words.has, explain: options.explain, model: model?.first, second: model?.second, memo: state?.memo,
  });
  // Quotes are attributed over all mentions, before any type filter, so speakers still link to their entities.
  const quotes = findQuotes(text, paragraphs, mentions, entities, (p, carryIn, i) => quotesOf(parts[i] as ParagraphParts, p, carryIn), { weights: model?.attribution, trace });
  countQuotes(entities, quotes);
  const types = options.types ? new Set(options.types) : null;
  const keep = <T extends { type: string }>(xs: T[]): T[] => (types ? xs.filter((x) => types.has(x.type as never)) : xs);
  return {
    schema: ANALYSIS_SCHEMA,
    document: { path: options.path ?? '', length: text.length, sha256: sha256Hex(text) },
    entities: keep(entities),
    mentions: keep(mentions),
    quotes,
  };
}

function countQuotes(entities: Entity[], quotes: readonly Quote[]): void {
  const counts = new Map<string, number>();
  for (const q of quotes) if (q.speaker?.entityId) counts.set(q.speaker.entityId, (counts.get(q.speaker.entityId) ?? 0) + 1);
  for (const e of entities) e.quoteCount = counts.get(e.id) ?? 0;
}

/**
 * Analyses a whole article: entities, their mentions and attributed quotes, with UTF-16 offsets such that
 * `text.slice(start, end) === item.text`. Pure and synchronous; never throws on any input string.
 */
export function analyze(text: string, options: AnalyzeOptions = {}, model?: Recogniser): DocumentAnnotations {
  return run(text, options, onceLookup(), undefined, model);
}

/** Repeated paragraphs (captions, credits) are analysed once per call; nothing outlives the call. */
function onceLookup(): ParagraphLookup {
  const seen = new Map<string, ParagraphParts>();
  return (p) => {
    let c = seen.get(p);
    if (!c) { c = analyzeParagraph(p); seen.set(p, c); }
    return c;
  };
}

/** The candidate names of an article with their features, before typing (see `Analyzer.candidates`). */
export function analyzeCandidates(text: string): MentionCandidate[] {
  return candidatesOf(text, onceLookup());
}

/** Creates an analyser with a bounded LRU cache of paragraph results keyed by paragraph text. */
export function createAnalyzer(config: AnalyzerOptions = {}): Analyzer {
  const max = Math.max(1, config.maxParagraphs ?? 5000);
  const cache = new Map<string, ParagraphParts>();
  const lookup: ParagraphLookup = (p) => {
    const hit = cache.get(p);
    if (hit) {
      // Map keeps insertion order: re-inserting marks the entry as most recently used.
      cache.delete(p);
      cache.set(p, hit);
      return hit;
    }
    const c = analyzeParagraph(p);
    cache.set(p, c);
    if (cache.size > max) cache.delete(cache.keys().next().value as string);
    return c;
  };
  // Which words the last document writes in lower case, and what it made of its names, updated per edit from the
  // changed paragraphs and the names they touch.
  const state: DocumentState = { words: createWordIndex(), memo: new DocumentMemo() };
  return {
    analyze: (text, options = {}, model) => run(text, options, lookup, state, model),
    candidates: (text, proposer) => candidatesOf(text, lookup, proposer),
    quoteChoices: (text) => {
      const out: QuoteChoice[] = [];
      if (normaliseForAnalysis(text)) return out;
      run(text, {}, lookup, undefined, undefined, (q, candidates) => out.push({ ...q, candidates }));
      return out;
    },
    clear: () => { cache.clear(); state.memo.clear(); },
    get size() { return cache.size; },
  };
}
