import { tokenize } from '../export/conll';
import type { DocumentAnnotations } from '../model';
import { addPrf, cohenKappa, krippendorffAlpha, NO_ITEMS, prf, type Prf } from './stats';

/**
 * Agreement between annotators who coded the same articles: mention precision/recall/F1 (exact and overlapping
 * spans, per type and overall), token-level Cohen's kappa and Krippendorff's alpha, quote agreement (span,
 * speaker, cue), and every place where they differ. Pure: the CLI and the editor hand in what each annotator
 * decided, with the article text.
 */

/** A span an annotator marked. */
export interface Extent {
  start: number;
  end: number;
}

/** A mention an annotator marked, with the type they gave it. */
export interface CodedMention extends Extent {
  type: string;
}

/** A quote an annotator marked, with the speaker and cue they gave it (null: none). */
export interface CodedQuote extends Extent {
  speaker: Extent | null;
  cue: Extent | null;
}

/** What one annotator decided about one article. */
export interface CodedDocument {
  path: string;
  text: string;
  mentions: CodedMention[];
  quotes: CodedQuote[];
}

/** One annotator: a name to show and the articles they coded, by workspace-relative path. */
export interface Annotator {
  name: string;
  documents: ReadonlyMap<string, CodedDocument>;
}

/** Mention scores: overall and per type. */
export interface MentionScores {
  overall: Prf;
  types: Record<string, Prf>;
}

/** Agreement of one pair of annotators (the first read as the reference for precision and recall). */
export interface PairAgreement {
  first: number;
  second: number;
  documents: number;
  exact: MentionScores;
  overlap: MentionScores;
  kappa: number | undefined;
  quotes: QuoteAgreement;
}

/** Quote agreement: spans matched exactly or by overlap, and among overlapping pairs, how often speaker and cue agree. */
export interface QuoteAgreement {
  exact: Prf;
  overlap: Prf;
  /** Pairs of overlapping quotes compared for speaker and cue. */
  pairs: number;
  /** Share of those pairs whose speakers agree (overlapping spans, or both none); undefined without pairs. */
  speaker: number | undefined;
  cue: number | undefined;
  speakerAgreed: number;
  cueAgreed: number;
}

/** What a disagreement is about. */
export type DisagreementKind = 'mention' | 'quote' | 'speaker' | 'cue';

/** A place where annotators differ: what each of them has there (`undefined`: that annotator did not code the article). */
export interface Disagreement {
  path: string;
  kind: DisagreementKind;
  start: number;
  end: number;
  /** The text of the span. */
  text: string;
  /** Per annotator, in input order: a type, or a quote's, speaker's or cue's text; `—` for nothing; undefined: not coded. */
  values: Array<string | undefined>;
}

/** The whole comparison. */
export interface AgreementReport {
  annotators: string[];
  /** Articles coded by at least two annotators, which are the ones compared. */
  documents: number;
  /** Tokens of those articles (the units of kappa and alpha). */
  tokens: number;
  /** Mention scores summed over every pair. */
  exact: MentionScores;
  overlap: MentionScores;
  /** Cohen's kappa for two annotators; with more, the mean of every pair's kappa (Light's kappa). */
  kappa: number | undefined;
  /** Krippendorff's alpha (nominal) over tokens, any number of annotators, missing articles allowed. */
  alpha: number | undefined;
  quotes: QuoteAgreement;
  pairs: PairAgreement[];
  disagreements: Disagreement[];
}

/** What is shown for "nothing there". */
export const NONE = '—';

/** The label of a token outside every mention. */
const OUTSIDE = 'O';

/**
 * What a person decided in an analysed document: the mentions and quotes with status `accepted` (confirmed or
 * added by a person), or with `withSuggestions`, also the analyser's untouched suggestions. Rejected items never
 * count.
 */
export function codedDocument(doc: DocumentAnnotations, text: string, withSuggestions = false): CodedDocument {
  const counts = (status: string): boolean => status === 'accepted' || (withSuggestions && status === 'suggested');
  return {
    path: doc.document.path,
    text,
    mentions: doc.mentions.filter((m) => counts(m.status)).map((m) => ({ start: m.start, end: m.end, type: m.type })),
    quotes: doc.quotes.filter((q) => counts(q.status)).map((q) => ({
      start: q.start,
      end: q.end,
      speaker: q.speaker ? { start: q.speaker.start, end: q.speaker.end } : null,
      cue: q.cue ? { start: q.cue.start, end: q.cue.end } : null,
    })),
  };
}

const overlaps = (a: Extent, b: Extent): boolean => a.start < b.end && b.start < a.end;
const sameExtent = (a: Extent, b: Extent): boolean => a.start === b.start && a.end === b.end;
const byPlace = (a: Extent, b: Extent): number => a.start - b.start || a.end - b.end;

/**
 * One-to-one matching of two lists: exact spans first, then (with `overlap`) the earliest overlapping partner
 * left. `fits` says which pairs may match at all (same type). Returns the matched index pairs.
 */
function match<T extends Extent>(a: readonly T[], b: readonly T[], overlap: boolean, fits: (x: T, y: T) => boolean): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  const usedB = new Set<number>();
  const usedA = new Set<number>();
  const exact = new Map<string, number[]>();
  b.forEach((y, j) => {
    const k = `${y.start}:${y.end}`;
    exact.set(k, [...(exact.get(k) ?? []), j]);
  });
  a.forEach((x, i) => {
    const j = exact.get(`${x.start}:${x.end}`)?.find((j) => !usedB.has(j) && fits(x, b[j] as T));
    if (j === undefined) return;
    usedA.add(i);
    usedB.add(j);
    pairs.push([i, j]);
  });
  if (!overlap) return pairs;
  const restB = b.map((y, j) => ({ y, j })).filter(({ j }) => !usedB.has(j)).sort((p, q) => byPlace(p.y, q.y));
  a.forEach((x, i) => {
    if (usedA.has(i)) return;
    const hit = restB.find(({ y, j }) => !usedB.has(j) && overlaps(x, y) && fits(x, y));
    if (!hit) return;
    usedB.add(hit.j);
    pairs.push([i, hit.j]);
  });
  return pairs;
}

function scoreMentions(a: readonly CodedMention[], b: readonly CodedMention[], overlap: boolean): MentionScores {
  const types: Record<string, Prf> = {};
  const matched = match(a, b, overlap, (x, y) => x.type === y.type);
  const count = (type: string, key: 'matched' | 'onlyFirst' | 'onlySecond'): void => {
    const p = types[type] ?? NO_ITEMS;
    types[type] = addPrf(p, prf(key === 'matched' ? 1 : 0, key === 'onlySecond' ? 1 : 0, key === 'onlyFirst' ? 1 : 0));
  };
  const inA = new Set(matched.map(([i]) => i));
  const inB = new Set(matched.map(([, j]) => j));
  for (const [i] of matched) count((a[i] as CodedMention).type, 'matched');
  a.forEach((x, i) => { if (!inA.has(i)) count(x.type, 'onlyFirst'); });
  b.forEach((y, j) => { if (!inB.has(j)) count(y.type, 'onlySecond'); });
  return { overall: Object.values(types).reduce(addPrf, NO_ITEMS), types };
}

function addScores(x: MentionScores, y: MentionScores): MentionScores {
  const types: Record<string, Prf> = { ...x.types };
  for (const [t, p] of Object.entries(y.types)) types[t] = addPrf(types[t] ?? NO_ITEMS, p);
  return { overall: addPrf(x.overall, y.overall), types };
}

const EMPTY_SCORES: MentionScores = { overall: NO_ITEMS, types: {} };

function sameOrBothNone(x: Extent | null, y: Extent | null): boolean {
  return x === null || y === null ? x === y : overlaps(x, y) || sameExtent(x, y);
}

function scoreQuotes(a: readonly CodedQuote[], b: readonly CodedQuote[]): QuoteAgreement {
  const always = (): boolean => true;
  const exact = match(a, b, false, always);
  const overlap = match(a, b, true, always);
  let speakerAgreed = 0;
  let cueAgreed = 0;
  for (const [i, j] of overlap) {
    const x = a[i] as CodedQuote;
    const y = b[j] as CodedQuote;
    if (sameOrBothNone(x.speaker, y.speaker)) speakerAgreed++;
    if (sameOrBothNone(x.cue, y.cue)) cueAgreed++;
  }
  return quoteAgreement(
    prf(exact.length, b.length - exact.length, a.length - exact.length),
    prf(overlap.length, b.length - overlap.length, a.length - overlap.length),
    overlap.length, speakerAgreed, cueAgreed,
  );
}

function quoteAgreement(exact: Prf, overlap: Prf, pairs: number, speakerAgreed: number, cueAgreed: number): QuoteAgreement {
  return {
    exact, overlap, pairs, speakerAgreed, cueAgreed,
    speaker: pairs === 0 ? undefined : speakerAgreed / pairs,
    cue: pairs === 0 ? undefined : cueAgreed / pairs,
  };
}

function addQuotes(x: QuoteAgreement, y: QuoteAgreement): QuoteAgreement {
  return quoteAgreement(addPrf(x.exact, y.exact), addPrf(x.overlap, y.overlap), x.pairs + y.pairs, x.speakerAgreed + y.speakerAgreed, x.cueAgreed + y.cueAgreed);
}

const NO_QUOTES: QuoteAgreement = quoteAgreement(NO_ITEMS, NO_ITEMS, 0, 0, 0);

/** Each token's label: the type of the mention covering it (the earliest, longest where they overlap) or `O`. */
function tokenLabels(tokens: readonly Extent[], mentions: readonly CodedMention[]): string[] {
  const labels = tokens.map(() => OUTSIDE);
  const sorted = [...mentions].sort((x, y) => y.start - x.start || x.end - y.end);
  // Painting from the last-starting, shortest mention back to the first, longest one leaves the latter on top.
  for (const m of sorted) {
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((tokens[mid] as Extent).end <= m.start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < tokens.length && (tokens[i] as Extent).start < m.end; i++) labels[i] = m.type;
  }
  return labels;
}

/** The same article text for everyone who coded it, or a one-line problem. */
function checkTexts(annotators: readonly Annotator[]): string | undefined {
  const seen = new Map<string, { text: string; by: string }>();
  for (const a of annotators) {
    for (const [path, doc] of a.documents) {
      const first = seen.get(path);
      if (!first) seen.set(path, { text: doc.text, by: a.name });
      else if (first.text !== doc.text) return `${path}: ${a.name} coded a different text of this article than ${first.by}; compare annotations of the same text`;
    }
  }
  return undefined;
}

const showExtent = (text: string, e: Extent | null): string => (e === null ? NONE : text.slice(e.start, e.end));

/** Places where the annotators of one article differ: mentions by exact span, quotes by overlap. */
function documentDisagreements(path: string, text: string, coded: ReadonlyArray<CodedDocument | undefined>): Disagreement[] {
  const out: Disagreement[] = [];
  const present = coded.filter((d): d is CodedDocument => d !== undefined);
  const spans = new Map<string, Extent>();
  for (const d of present) for (const m of d.mentions) spans.set(`${m.start}:${m.end}`, m);
  for (const span of [...spans.values()].sort(byPlace)) {
    const values = coded.map((d) => (d === undefined ? undefined : d.mentions.filter((m) => sameExtent(m, span)).map((m) => m.type).sort().join('+') || NONE));
    if (new Set(values.filter((v) => v !== undefined)).size > 1) out.push({ path, kind: 'mention', start: span.start, end: span.end, text: text.slice(span.start, span.end), values });
  }
  // Quotes are grouped by overlap with the first annotator's (then the next's) quotes, so that a quote marked
  // with or without its closing mark is one place that differs, not two.
  const groups: Array<{ span: Extent; members: Array<CodedQuote | null | undefined> }> = [];
  coded.forEach((d, c) => {
    for (const q of d?.quotes ?? []) {
      let g = groups.find((x) => x.members[c] === null && overlaps(x.span, q));
      if (!g) {
        g = { span: { start: q.start, end: q.end }, members: coded.map((other) => (other === undefined ? undefined : null)) };
        groups.push(g);
      }
      g.members[c] = q;
    }
  });
  for (const { span, members } of groups.sort((x, y) => byPlace(x.span, y.span))) {
    const at = (kind: DisagreementKind, e: Extent, values: Array<string | undefined>): void => {
      if (new Set(values.filter((v) => v !== undefined)).size > 1) out.push({ path, kind, start: e.start, end: e.end, text: text.slice(e.start, e.end), values });
    };
    // A quote someone does not have, or marked with other bounds (with or without its closing mark).
    at('quote', span, members.map((q) => (q === undefined ? undefined : showExtent(text, q))));
    const both = members.filter((q): q is CodedQuote => Boolean(q));
    if (both.length < 2) continue;
    const speakers = members.map((q) => (q ? showExtent(text, q.speaker) : undefined));
    if (!both.every((q) => sameOrBothNone(q.speaker, (both[0] as CodedQuote).speaker))) at('speaker', span, speakers);
    const cues = members.map((q) => (q ? showExtent(text, q.cue) : undefined));
    if (!both.every((q) => sameOrBothNone(q.cue, (both[0] as CodedQuote).cue))) at('cue', span, cues);
  }
  return out.sort((x, y) => byPlace(x, y));
}

/**
 * Compares two or more annotators. Articles coded by only one of them are left out; an annotator who did not
 * code an article is a missing value there, not a coder who found nothing.
 * @returns the report, or a one-line problem (fewer than two annotators, different texts, nothing in common).
 */
export function compareAnnotators(annotators: readonly Annotator[]): AgreementReport | string {
  if (annotators.length < 2) return 'agreement needs at least two annotators';
  const textProblem = checkTexts(annotators);
  if (textProblem) return textProblem;
  const paths = [...new Set(annotators.flatMap((a) => [...a.documents.keys()]))]
    .filter((p) => annotators.filter((a) => a.documents.has(p)).length >= 2)
    .sort();
  if (paths.length === 0) return 'the annotators have no article in common';

  const pairs: PairAgreement[] = [];
  const pairLabels: Array<{ a: string[]; b: string[] }> = [];
  for (let i = 0; i < annotators.length; i++) {
    for (let j = i + 1; j < annotators.length; j++) {
      pairs.push({ first: i, second: j, documents: 0, exact: EMPTY_SCORES, overlap: EMPTY_SCORES, kappa: undefined, quotes: NO_QUOTES });
      pairLabels.push({ a: [], b: [] });
    }
  }
  const units: Array<Array<string | undefined>> = [];
  const disagreements: Disagreement[] = [];
  let tokenCount = 0;
  for (const path of paths) {
    const coded = annotators.map((a) => a.documents.get(path));
    const text = (coded.find((d) => d !== undefined) as CodedDocument).text;
    const allMentions = coded.flatMap((d) => d?.mentions ?? []);
    // Tokens are cut wherever anyone's mention starts or ends, so that every annotator labels the same units.
    const tokens = tokenize(text, allMentions);
    tokenCount += tokens.length;
    const labels = coded.map((d) => (d ? tokenLabels(tokens, d.mentions) : undefined));
    tokens.forEach((_, t) => units.push(labels.map((l) => l?.[t])));
    let p = 0;
    for (let i = 0; i < annotators.length; i++) {
      for (let j = i + 1; j < annotators.length; j++, p++) {
        const a = coded[i];
        const b = coded[j];
        if (!a || !b) continue;
        const pair = pairs[p] as PairAgreement;
        pair.documents++;
        pair.exact = addScores(pair.exact, scoreMentions(a.mentions, b.mentions, false));
        pair.overlap = addScores(pair.overlap, scoreMentions(a.mentions, b.mentions, true));
        pair.quotes = addQuotes(pair.quotes, scoreQuotes(a.quotes, b.quotes));
        const into = pairLabels[p] as { a: string[]; b: string[] };
        into.a.push(...(labels[i] as string[]));
        into.b.push(...(labels[j] as string[]));
      }
    }
    disagreements.push(...documentDisagreements(path, text, coded));
  }
  pairs.forEach((pair, p) => { pair.kappa = cohenKappa((pairLabels[p] as { a: string[] }).a, (pairLabels[p] as { b: string[] }).b); });
  const kappas = pairs.map((p) => p.kappa).filter((k): k is number => k !== undefined);
  const compared = pairs.filter((p) => p.documents > 0);
  return {
    annotators: annotators.map((a) => a.name),
    documents: paths.length,
    tokens: tokenCount,
    exact: compared.map((p) => p.exact).reduce(addScores, EMPTY_SCORES),
    overlap: compared.map((p) => p.overlap).reduce(addScores, EMPTY_SCORES),
    kappa: kappas.length === 0 ? undefined : kappas.reduce((x, y) => x + y, 0) / kappas.length,
    alpha: krippendorffAlpha(units),
    quotes: compared.map((p) => p.quotes).reduce(addQuotes, NO_QUOTES),
    pairs,
    disagreements,
  };
}
