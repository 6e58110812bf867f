import { countryOf, isCap, isCaps, isGazetteerPlace, isNorpName, lower } from './evidence';
import { wordLists } from './knowledge';
import type { Token } from './tokens';
import { AveragedWeights } from './averagedWeights';

/**
 * The span proposer: an averaged-perceptron BIO tagger over the tokens of a paragraph, decoded greedily left to
 * right with the previous tag as a feature. It proposes the names the capitalisation rules of the name finder
 * cannot see (`tampa bay`, `enron`, names run together in a list or signature); the span classifier still types
 * every proposal, and says "no name" to the bad ones. Pure, deterministic, dependency-free.
 */

/** The tags: outside, and the beginning and inside of a name of each type. */
export const TAGS = ['O', 'B-PERSON', 'I-PERSON', 'B-ORG', 'I-ORG', 'B-PLACE', 'I-PLACE'] as const;
export type Tag = (typeof TAGS)[number];
const T = TAGS.length;
const typeOfTag = (k: number): string => (TAGS[k] as string).slice(2);
const isInside = (k: number): boolean => (TAGS[k] as string).startsWith('I-');

/** Weights as the generated file stores them: one row of per-tag weights per feature. */
export interface TaggerTable {
  tags: readonly string[];
  features: Record<string, readonly number[]>;
}

/** A span the tagger proposes: tokens `a..b` (end exclusive) and the type of its tags. */
export interface TaggedSpan {
  a: number;
  b: number;
  type: string;
}

/** An I- tag may only continue a name of its type: `I-ORG` after `B-ORG` or `I-ORG`. */
export function allowed(prev: number, next: number): boolean {
  if (!isInside(next)) return true;
  return prev > 0 && typeOfTag(prev) === typeOfTag(next);
}

/**
 * Repairs a tag sequence into well-formed BIO (an `I-X` that continues nothing opens a name of type X) and returns
 * its spans.
 */
export function spansOf(tags: readonly number[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  let open: TaggedSpan | null = null;
  tags.forEach((k, i) => {
    if (k === 0) { open = null; return; }
    const type = typeOfTag(k);
    if (isInside(k) && open && open.type === type && open.b === i) { open.b = i + 1; return; }
    open = { a: i, b: i + 1, type };
    out.push(open);
  });
  return out;
}

/** Compromise tags worth a feature of their own (the others say little of names). */
const TAG_FEATURES = ['Person', 'FirstName', 'MaleName', 'FemaleName', 'LastName', 'Place', 'Country', 'City', 'Region', 'Organization', 'SportsTeam',
  'Acronym', 'ProperNoun', 'Noun', 'Plural', 'Verb', 'Adjective', 'Adverb', 'Preposition', 'Determiner', 'Conjunction', 'Pronoun', 'Value', 'Date', 'Honorific', 'Actor'];

function shapeOf(s: string): string {
  return s.replace(/\p{Lu}+/gu, 'X').replace(/\p{Ll}+/gu, 'x').replace(/\d+/g, '9').slice(0, 6);
}

/**
 * Whether a paragraph is written as edited text (sentences open with capitals, no lower-case `i`): in such text a
 * name is capitalised, and a lower-case proposal is less likely to be one. Only a sentence proper counts: the
 * paragraph's first word or a word after `.`, `!` or `?` (not after an abbreviation or an initial, `e.g.`,
 * `U.S.`, `F.`); a lower-case word opening a quotation (`awarded for "courageous achievement"`), following a
 * closing quote (`?" he asked`), a dash or a colon is edited prose as well.
 */
export function wellCased(paragraph: string, tokens: readonly Token[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.text === 'i') return false;
    if (!/^\p{Ll}/u.test(t.text)) continue;
    if (i === 0 && !/\p{L}/u.test(paragraph.slice(0, t.start))) return false;
    if (!afterStop(paragraph, t.start)) continue;
    const stop = /(\S*)[.!?]\s+$/u.exec(paragraph.slice(Math.max(0, t.start - 24), t.start));
    if (stop && !/^[\p{L}.]*\.\p{L}*$|^\p{L}$/u.test(stop[1] as string)) return false;
  }
  return true;
}

const SPACE = /\s/u;

/**
 * Whether `.`, `!` or `?` and then spaces come right before `at`, within the 24 characters the sentence test reads:
 * a cheap test of a character or two that rules out most words before that test's regular expression, which,
 * anchored at the end, is tried from every position of the window (the analyser's costliest expression).
 */
function afterStop(paragraph: string, at: number): boolean {
  const from = Math.max(0, at - 24);
  let k = at - 1;
  if (k < from || !SPACE.test(paragraph[k] as string)) return false;
  while (k > from && SPACE.test(paragraph[k - 1] as string)) k--;
  const c = paragraph[k - 1];
  return k > from && (c === '.' || c === '!' || c === '?');
}

/**
 * Each token's features, without the previous tag: the word, its shape and affixes, its neighbours, capitals and
 * sentence position, compromise's tags, the name lists, and whether the name finder's rules put it in a name
 * (`ruleTags`: 'B', 'I' or 'O' per token).
 */
export function tokenFeatures(paragraph: string, tokens: readonly Token[], ruleTags: readonly string[]): string[][] {
  const casing = wellCased(paragraph, tokens) ? 'e' : 's';
  // What each word's neighbours read of it is computed once per word.
  const lowers = tokens.map(lower);
  const shapes = tokens.map((t) => shapeOf(t.text));
  const lists = tokens.map((t) => wordLists(t.text));
  return tokens.map((t, i) => {
    const w = lowers[i] as string;
    const cap = isCaps(t) ? 'A' : isCap(t) ? 'C' : /^\p{Ll}/u.test(t.text) ? 'l' : 'o';
    const r = ruleTags[i] ?? 'O';
    // The capitals feature comes first: the previous tag's features read it (`capOf`).
    const f = [`c=${cap}${t.initial ? 1 : 0}${casing}`, 'b', `w=${w}`, `s=${shapes[i] as string}`, `p3=${w.slice(0, 3)}`, `s3=${w.slice(-3)}`, `r=${r}`, `rc=${r}${cap}${casing}`];
    const p = tokens[i - 1];
    const n = tokens[i + 1];
    f.push(`w-1=${p ? lowers[i - 1] as string : '_'}`, `w+1=${n ? lowers[i + 1] as string : '_'}`, `s-1=${p ? shapes[i - 1] as string : '_'}`, `s+1=${n ? shapes[i + 1] as string : '_'}`);
    f.push(`r-1=${ruleTags[i - 1] ?? '_'}`, `r+1=${ruleTags[i + 1] ?? '_'}`);
    // The gap before the word: a comma, a line break, a bracket or plain spaces.
    const gap = paragraph.slice(p ? p.end : 0, t.start).replace(/[ \t\u00a0]+/g, '');
    f.push(`g=${gap.slice(0, 2)}`);
    for (const x of TAG_FEATURES) if (t.tags.has(x)) f.push(`t=${x}`);
    for (const l of lists[i] as readonly string[]) f.push(`k=${l}`, `kc=${l}${cap}`);
    if (p) for (const l of lists[i - 1] as readonly string[]) f.push(`k-1=${l}`);
    if (n) for (const l of lists[i + 1] as readonly string[]) f.push(`k+1=${l}`);
    if (isGazetteerPlace(t.text)) f.push('gz');
    if (countryOf(t.text) !== undefined) f.push('country');
    if (isNorpName(t.text)) f.push('norp');
    return f;
  });
}

/** The features the previous tag adds: the tag, and the tag with the word's capitals. */
function transitionFeatures(prev: number, cap: string): string[] {
  const p = TAGS[prev] as string;
  return [`pt=${p}`, `ptc=${p}${cap}`];
}

/** The capitals of the word (`C`, `A`, `l`, `o`) from its first feature, `-` when its features do not say. */
const capOf = (f: readonly string[]): string => (f[0]?.startsWith('c=') ? (f[0][2] as string) : '-');

/** The averaged-perceptron tagger: greedy decoding, online updates, averaged weights. */
export class Tagger {
  private readonly weights: AveragedWeights;

  constructor(table?: TaggerTable) {
    this.weights = new AveragedWeights(TAGS, table && { classes: table.tags, features: table.features });
  }

  /** The best allowed tag of one token after `prev`, with the scores of every tag. */
  private step(features: readonly string[], prev: number): number {
    const s = new Float64Array(T);
    this.weights.add(features, s);
    this.weights.add(transitionFeatures(prev, capOf(features)), s);
    let best = 0;
    for (let k = 1; k < T; k++) if (allowed(prev, k) && (s[k] as number) > (s[best] as number)) best = k;
    return best;
  }

  /** Tags a paragraph's tokens (features from `tokenFeatures`), left to right. */
  tag(features: readonly (readonly string[])[]): number[] {
    const out: number[] = [];
    let prev = 0;
    for (const f of features) { prev = this.step(f, prev); out.push(prev); }
    return out;
  }

  /** One training pass over a paragraph: tags it greedily and moves the weights where a tag is wrong. */
  update(features: readonly (readonly string[])[], gold: readonly number[]): void {
    let prev = 0;
    features.forEach((f, i) => {
      this.weights.tick();
      const guess = this.step(f, prev);
      // After a wrong previous tag the gold `I-X` may be unreachable: the name's opening `B-X` is then the target.
      const g = allowed(prev, gold[i] as number) ? (gold[i] as number) : (gold[i] as number) - 1;
      if (guess !== g) {
        for (const x of [...f, ...transitionFeatures(prev, capOf(f))]) { this.weights.bump(x, g, 1); this.weights.bump(x, guess, -1); }
      }
      prev = guess;
    });
  }

  /** The averaged weights, rounded to `digits` decimals, without features whose weights all stay within ±`prune`. */
  averaged(digits = 3, prune = 0): TaggerTable {
    return { tags: [...TAGS], features: this.weights.averaged(digits, prune) };
  }
}

/** The rule spans of a paragraph as one tag per token: 'B' opening a name, 'I' inside one, 'O' outside. */
export function ruleTagsOf(tokens: readonly Token[], spans: ReadonlyArray<{ start: number; end: number }>): string[] {
  const out = tokens.map(() => 'O');
  let k = 0;
  for (const s of spans) {
    while (k < tokens.length && (tokens[k] as Token).start < s.start) k++;
    for (let j = k; j < tokens.length && (tokens[j] as Token).end <= s.end; j++) out[j] = j === k ? 'B' : 'I';
  }
  return out;
}

/** The spans the tagger proposes in a paragraph, given the spans the rules found there. */
export function proposeSpans(tagger: Tagger, paragraph: string, tokens: readonly Token[], ruleSpans: ReadonlyArray<{ start: number; end: number }>): TaggedSpan[] {
  if (tokens.length === 0) return [];
  return spansOf(tagger.tag(tokenFeatures(paragraph, tokens, ruleTagsOf(tokens, ruleSpans))));
}
