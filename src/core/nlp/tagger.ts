import { countryOf, isCap, isCaps, isGazetteerPlace, isNorpName, lower } from './evidence';
import { clusterFeatures } from './clusters';
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
/** Untyped tags: outside, beginning and inside of a name (the span classifier types the spans anyway). */
export const UNTYPED_TAGS = ['O', 'B', 'I'] as const;
/** The type of a tag's names (`NAME` for untyped tags). */
const typeOfTag = (tags: readonly string[], k: number): string => (tags[k] as string).slice(2) || 'NAME';
const isInside = (tags: readonly string[], k: number): boolean => (tags[k] as string).startsWith('I');

/** How a tag sequence is found: greedily left to right, or the best sequence (Viterbi). */
export type Decoding = 'greedy' | 'viterbi';

/** Weights as the generated file stores them: one row of per-tag weights per feature, and how to decode. */
export interface TaggerTable {
  tags: readonly string[];
  features: Record<string, readonly number[]>;
  decode?: Decoding;
}

/** A span the tagger proposes: tokens `a..b` (end exclusive) and the type of its tags. */
export interface TaggedSpan {
  a: number;
  b: number;
  type: string;
}

/** An I- tag may only continue a name of its type: `I-ORG` after `B-ORG` or `I-ORG`. */
export function allowed(prev: number, next: number, tags: readonly string[] = TAGS): boolean {
  if (!isInside(tags, next)) return true;
  return prev > 0 && typeOfTag(tags, prev) === typeOfTag(tags, next);
}

/**
 * Repairs a tag sequence into well-formed BIO (an `I-X` that continues nothing opens a name of type X) and returns
 * its spans.
 */
export function spansOf(seq: readonly number[], tags: readonly string[] = TAGS): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  let open: TaggedSpan | null = null;
  seq.forEach((k, i) => {
    if (k === 0) { open = null; return; }
    const type = typeOfTag(tags, k);
    if (isInside(tags, k) && open && open.type === type && open.b === i) { open.b = i + 1; return; }
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
  // A paragraph written all in capitals (a shouted post, a transcript's heading) is not edited text either.
  if (tokens.length >= 3 && !/\p{Ll}/u.test(paragraph)) return false;
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
  const capsPara = !/\p{Ll}/u.test(paragraph);
  // How the paragraph writes each word elsewhere: capitalised (not opening a sentence) or in lower case.
  const capsSeen = new Set<string>();
  const lowerSeen = new Set<string>();
  tokens.forEach((t, i) => { if (/^\p{Ll}/u.test(t.text)) lowerSeen.add(lowers[i] as string); else if (isCap(t) && !t.initial) capsSeen.add(lowers[i] as string); });
  const clusters = tokens.map((t) => clusterFeatures('cw', t.text));
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
    f.push(...(clusters[i] as string[]), ...(p ? clusters[i - 1] as string[] : []).map((x) => `-${x}`), ...(n ? clusters[i + 1] as string[] : []).map((x) => `+${x}`));
    for (const x of TAG_FEATURES) if (t.tags.has(x)) f.push(`t=${x}`);
    for (const l of lists[i] as readonly string[]) f.push(`k=${l}`, `kc=${l}${cap}`);
    if (p) for (const l of lists[i - 1] as readonly string[]) f.push(`k-1=${l}`);
    if (n) for (const l of lists[i + 1] as readonly string[]) f.push(`k+1=${l}`);
    if (isGazetteerPlace(t.text)) f.push('gz');
    if (countryOf(t.text) !== undefined) f.push('country');
    if (isNorpName(t.text)) f.push('norp');
    // Web text writes a name in lower case once and capitalised elsewhere (`enron` … `Enron`), and shouts whole posts.
    if (capsPara) f.push('pcaps');
    if (cap === 'l' && capsSeen.has(w)) f.push('seenCap');
    if ((cap === 'C' || cap === 'A') && lowerSeen.has(w)) f.push(`seenLow${cap}`);
    return f;
  });
}

/** The features the previous tag adds: the tag, and the tag with the word's capitals. */
function transitionFeatures(p: string, cap: string): string[] {
  return [`pt=${p}`, `ptc=${p}${cap}`];
}

/** The capitals of the word (`C`, `A`, `l`, `o`) from its first feature, `-` when its features do not say. */
const capOf = (f: readonly string[]): string => (f[0]?.startsWith('c=') ? (f[0][2] as string) : '-');

/**
 * The averaged-perceptron tagger. Greedy: one tag at a time with online updates per token. Viterbi: the best
 * allowed sequence under the same features, trained as a structured perceptron (one update per paragraph, towards
 * the gold sequence's features and away from the decoded one's).
 */
export class Tagger {
  private readonly weights: AveragedWeights;
  readonly tags: readonly string[];
  readonly decode: Decoding;

  constructor(table?: TaggerTable, options: { tags?: readonly string[]; decode?: Decoding } = {}) {
    this.tags = table?.tags ?? options.tags ?? TAGS;
    this.decode = table?.decode ?? options.decode ?? 'greedy';
    this.weights = new AveragedWeights(this.tags, table && { classes: table.tags, features: table.features });
  }

  /** The scores of every tag for one token after `prev`. */
  private scores(features: readonly string[], prev: number): Float64Array {
    const s = new Float64Array(this.tags.length);
    this.weights.add(features, s);
    this.weights.add(transitionFeatures(this.tags[prev] as string, capOf(features)), s);
    return s;
  }

  /** The best allowed tag of one token after `prev`. */
  private step(features: readonly string[], prev: number): number {
    const s = this.scores(features, prev);
    let best = 0;
    for (let k = 1; k < this.tags.length; k++) if (allowed(prev, k, this.tags) && (s[k] as number) > (s[best] as number)) best = k;
    return best;
  }

  /** The best allowed tag sequence (Viterbi over the previous tag; a paragraph opens after `O`). */
  private viterbi(features: readonly (readonly string[])[]): number[] {
    const T = this.tags.length;
    const n = features.length;
    if (n === 0) return [];
    const back: Int8Array[] = [];
    // The token's own features are scored once; the previous tag's features once per previous tag.
    let delta = Float64Array.from(this.scores(features[0] as readonly string[], 0), (x, k) => (allowed(0, k, this.tags) ? x : -Infinity));
    for (let i = 1; i < n; i++) {
      const f = features[i] as readonly string[];
      const own = new Float64Array(T);
      this.weights.add(f, own);
      const cap = capOf(f);
      const next = new Float64Array(T).fill(-Infinity);
      const from = new Int8Array(T);
      for (let p = 0; p < T; p++) {
        if (delta[p] === -Infinity) continue;
        const tr = new Float64Array(T);
        this.weights.add(transitionFeatures(this.tags[p] as string, cap), tr);
        for (let k = 0; k < T; k++) {
          if (!allowed(p, k, this.tags)) continue;
          const v = (delta[p] as number) + (own[k] as number) + (tr[k] as number);
          if (v > (next[k] as number)) { next[k] = v; from[k] = p; }
        }
      }
      back.push(from);
      delta = next;
    }
    let k = 0;
    for (let j = 1; j < T; j++) if ((delta[j] as number) > (delta[k] as number)) k = j;
    const out = new Array<number>(n);
    out[n - 1] = k;
    for (let i = n - 1; i > 0; i--) { k = (back[i - 1] as Int8Array)[k] as number; out[i - 1] = k; }
    return out;
  }

  /** Tags a paragraph's tokens (features from `tokenFeatures`). */
  tag(features: readonly (readonly string[])[]): number[] {
    if (this.decode === 'viterbi') return this.viterbi(features);
    const out: number[] = [];
    let prev = 0;
    for (const f of features) { prev = this.step(f, prev); out.push(prev); }
    return out;
  }

  /** One training pass over a paragraph: decodes it and moves the weights where a tag is wrong. */
  update(features: readonly (readonly string[])[], gold: readonly number[]): void {
    if (this.decode === 'viterbi') { this.updateSequence(features, gold); return; }
    let prev = 0;
    features.forEach((f, i) => {
      this.weights.tick();
      const guess = this.step(f, prev);
      // After a wrong previous tag the gold `I-X` may be unreachable: the name's opening `B-X` is then the target.
      const g = allowed(prev, gold[i] as number, this.tags) ? (gold[i] as number) : (gold[i] as number) - 1;
      if (guess !== g) {
        for (const x of [...f, ...transitionFeatures(this.tags[prev] as string, capOf(f))]) { this.weights.bump(x, g, 1); this.weights.bump(x, guess, -1); }
      }
      prev = guess;
    });
  }

  /** The structured perceptron's step: towards the gold sequence's features, away from the best sequence's. */
  private updateSequence(features: readonly (readonly string[])[], gold: readonly number[]): void {
    this.weights.tick();
    const guess = this.viterbi(features);
    features.forEach((f, i) => {
      const g = gold[i] as number;
      const y = guess[i] as number;
      const gp = i > 0 ? (gold[i - 1] as number) : 0;
      const yp = i > 0 ? (guess[i - 1] as number) : 0;
      if (g === y && gp === yp) return;
      const cap = capOf(f);
      if (g !== y) for (const x of f) { this.weights.bump(x, g, 1); this.weights.bump(x, y, -1); }
      for (const x of transitionFeatures(this.tags[gp] as string, cap)) this.weights.bump(x, g, 1);
      for (const x of transitionFeatures(this.tags[yp] as string, cap)) this.weights.bump(x, y, -1);
    });
  }

  /** The averaged weights, rounded to `digits` decimals, without features whose weights all stay within ±`prune`. */
  averaged(digits = 3, prune = 0): TaggerTable {
    return { tags: [...this.tags], features: this.weights.averaged(digits, prune), ...(this.decode === 'greedy' ? {} : { decode: this.decode }) };
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
  return spansOf(tagger.tag(tokenFeatures(paragraph, tokens, ruleTagsOf(tokens, ruleSpans))), tagger.tags);
}
