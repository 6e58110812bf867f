import nlp from 'compromise';
import { wordLists } from './knowledge';
import { CREDIT_AGENCIES, POSSESSIVE_FIRMS, isTitle } from './lexicon';

/** A word of a paragraph as compromise tags it; offsets are relative to the paragraph. */
export interface Token {
  start: number;
  /** End of the word without a possessive `’s` (the possessive is not part of a name). */
  end: number;
  /** `paragraph.slice(start, end)`. */
  text: string;
  tags: ReadonlySet<string>;
  /** First word of a sentence, or first word inside an opening quote mark or after a colon. */
  initial: boolean;
  /** The word carried a possessive `’s` or `s’`. */
  possessive: boolean;
  /**
   * Compromise guessed the tags from the word's ending, not from its lexicon (`Djokovic`, `Nadal` opening a
   * sentence read as adjectives, like `-ic` and `-al` words).
   */
  guessed?: boolean;
  /** A function word that is a name's here (`Vice Premier He Lifeng`, `Truong My Lan`; see `functionWordSurnames`). */
  nameWord?: boolean;
}

interface CompromiseTerm {
  text: string;
  pre: string;
  post: string;
  tags: Set<string>;
  offset?: { start: number; length: number };
  /** Set where the tags are a guess from the word's ending. */
  confidence?: number;
}

// Compromise's offset computation walks the whole document for every term, so one huge "paragraph" (a file
// without line breaks) is cut into pieces of about this size at a space before it reaches compromise.
const MAX_SEGMENT = 1000;

let lexiconLoaded = false;

/** Adds the news words compromise lacks; done once, on first use, so that importing this module stays cheap. */
function loadLexicon(): void {
  if (lexiconLoaded) return;
  lexiconLoaded = true;
  const words: Record<string, string> = {};
  for (const w of CREDIT_AGENCIES) if (w.length > 2) words[w] = 'Organization';
  for (const w of ['kremlin', 'pentagon', 'whitehall']) words[w] = 'Organization';
  for (const w of ['ringleader', 'spokesman', 'spokeswoman', 'spokesperson']) words[w] = 'Actor';
  nlp.addWords(words);
  // Titles' abbreviations compromise does not know end no sentence with their full stop (`Ald. Ruiz`, `Coun. Dan
  // Lawrence`, `Insp. Jane Ray`).
  const abbreviations = (nlp.model() as { one: { abbreviations: Record<string, boolean> } }).one.abbreviations;
  for (const w of TITLE_ABBREVIATIONS) abbreviations[w] = true;
}

// Abbreviated titles of local and church offices, ranks and diplomats that compromise's own list lacks.
const TITLE_ABBREVIATIONS: readonly string[] = ['ald', 'coun', 'cllr', 'insp', 'msgr', 'lieut', 'pte', 'pfc', 'cdr', 'amb', 'revd', 'commr'];

let hooks: string[] | null = null;

/**
 * Compromise's analysis steps, less the noun-phrase chunker (nothing reads its chunks), the steps
 * `nlp.tokenize` has already run, and the post-tagger. The post-tagger's hundreds of corrective patterns cost
 * three fifths of all tagging time, and the name finder does not need them: its own rules decide from the
 * lexicon tags, capitals and context. Without them the eval sets score the same (seed 1.000 everywhere;
 * dev-gum entity F1 0.815 against 0.814, quotes, speakers and cues 1.000), at twice the speed.
 */
function taggingHooks(): string[] {
  hooks ??= (nlp.hooks() as string[]).filter((h) => !UNUSED_HOOKS.has(h));
  return hooks;
}

const UNUSED_HOOKS = new Set(['chunks', 'typeahead', 'contractions', 'alias', 'machine', 'postTagger']);

// After an opening mark, bracket or colon, or a spaced dash (`KINSHASA (Reuters) - The …`), a word starts a clause.
const OPENING = /(?:[“‘"'«„(:]|\s[-–—])\s*$/u;
// Prepositions before the platform X (`posted on X`, `wrote to X`, `via X`).
const PLATFORM_BEFORE = /^(?:on|to|via|from|at)$/u;
const LOWER_UPPER = /\p{Ll}\p{Lu}/gu;
const WORD_START = /[^\s]*$/u;

/**
 * Where a caption glues names together (`Vladimir PutinVladimir PutinGetty`, `Great YarmouthPA`): a lower-case
 * letter followed by a capital inside one word. Only on caption-like lines (no closing sentence punctuation) or
 * before a photo agency, so that `YouTube` or `McDonald` in running text stay whole.
 */
export function gluePoints(text: string): number[] {
  const caption = !/[.!?…:;"”’)]\s*$/u.test(text);
  const out: number[] = [];
  LOWER_UPPER.lastIndex = 0;
  for (let m = LOWER_UPPER.exec(text); m; m = LOWER_UPPER.exec(text)) {
    const at = m.index + 1;
    const left = WORD_START.exec(text.slice(Math.max(0, at - 40), at))?.[0] ?? '';
    // The left part must itself be a capitalised word of three letters or more (not Mc-, Mac-, De-, iPhone).
    if (left.length < 3 || !/^\p{Lu}\p{Ll}+$/u.test(left) || /^Ma?c$/.test(left)) { LOWER_UPPER.lastIndex = at; continue; }
    const right = /^\p{L}+/u.exec(text.slice(at))?.[0] ?? '';
    const rightWord = /^\p{Lu}+(?=\p{Lu}\p{Ll}|$)|^\p{Lu}\p{Ll}*/u.exec(right)?.[0] ?? right;
    if (CREDIT_AGENCIES.has(rightWord.toLowerCase()) || (caption && gluedName(text, at, rightWord))) out.push(at);
    LOWER_UPPER.lastIndex = at;
  }
  return out;
}

/**
 * Whether the capitalised word glued on at `at` opens another name: a given name (`PutinKeir Starmer`) or a word
 * the line also writes on its own (`Vladimir PutinVladimir Putin`). A headline or caption keeps brands written in
 * camel case whole (`JetBlue`, `YouTube`, `LibriVox`), which no such test splits.
 */
function gluedName(text: string, at: number, right: string): boolean {
  if (wordLists(right).includes('firstName')) return true;
  const word = new RegExp(`(?:^|[^\\p{L}])${right}(?![\\p{L}])`, 'u');
  return word.test(text.slice(0, Math.max(0, at - 1))) || word.test(text.slice(at + right.length));
}

// Punctuation glued between two words, which compromise reads as one word (`Auckland,NZ`, `Taco Bell,Burger King`,
// `Ecogas/Enron/Randy Maffett`, `REUTERS/Jason Reed`, `Grill....another`, `Uecker;explain`, `Inc.One Sullivan Road`).
// A full stop counts only after a word of two letters or more and before a capitalised word (`U.S.A`, `Ph.D`,
// `node.js` and `Amazon.com` stay whole). A hyphen after an abbreviation's stop before a lower-case word parts the
// abbreviation from the compound (`U.S.-led`, `U.N.-backed`), as `Iran-backed` is read. Addresses, links and paths
// are left alone.
const GLUED_PUNCTUATION = /(?<=\p{L})(?:[,;/]|\.{2,}|…)(?=\p{L})|(?<=\p{L}{2})\.(?=\p{Lu}\p{Ll})|(?<=\p{Lu}\.)-(?=\p{Ll})/gu;
const LINK_LIKE = /@|:\/\/|^www\.|\.(?:com|org|net|gov|edu)\b|\\/iu;
const SLASHED_LEGAL_FORM = /^A\/S[.,;:]?$/u;

/**
 * Where a space goes after punctuation glued between two words, so that compromise reads them as two. Each run of
 * non-space characters is read once, so a line of glued words costs its length, however long.
 */
export function punctuationPoints(text: string): number[] {
  const out: number[] = [];
  for (const w of text.matchAll(/\S{3,}/gu)) {
    // A Danish or Norwegian firm's legal form is one word (`Carlsberg A/S`).
    if (LINK_LIKE.test(w[0]) || SLASHED_LEGAL_FORM.test(w[0])) continue;
    for (const g of w[0].matchAll(GLUED_PUNCTUATION)) out.push(w.index + g.index + g[0].length);
  }
  return out;
}

// Copy tokenised before it was published (CoNLL's wire copy, Wikigold) writes a space before each stop and inside
// brackets (`Hadra Volk , 52 , told Reuters ( Cairo ) .`): a space before a stop that ends a word, after an opening
// bracket, or before a possessive `'s` (`Arafat 's death`). Not before a decimal (`.561` in a standings table), nor
// around quotation marks, whose side the space alone tells.
const TOKENISED_SPACE = /(?<=[\p{L}\p{N}'’”)\]]) (?=[,.;:!?%)\]](?:\s|$))|(?<=(?:^|\s)[([]) (?=[\p{L}\p{N}])|(?<=\p{L}) (?=['’]s(?:\s|$))/gu;

/** Where a space of tokenised copy stands (see TOKENISED_SPACE): compromise reads the text without it. */
export function tokenisedSpaces(text: string): number[] {
  const out: number[] = [];
  if (!text.includes(' ')) return out;
  TOKENISED_SPACE.lastIndex = 0;
  for (let m = TOKENISED_SPACE.exec(text); m; m = TOKENISED_SPACE.exec(text)) out.push(m.index);
  return out;
}

/**
 * The text fed to compromise for one segment, and the map from its offsets back to the segment's: a space goes in
 * where words are glued (`gluePoints`, `punctuationPoints`), a space of tokenised copy comes out
 * (`tokenisedSpaces`), so that compromise reads `Auckland,NZ` and `Volk , 52 , said` as the edited text writes them
 * and every word's offsets still index the original.
 */
function feedOf(seg: string): { fed: string; toOrig: (j: number) => number } {
  const inserts = [...new Set([...gluePoints(seg), ...punctuationPoints(seg)])];
  const deletes = tokenisedSpaces(seg);
  if (inserts.length === 0 && deletes.length === 0) return { fed: seg, toOrig: (j) => j };
  const edits = [...inserts.map((at) => ({ at, del: false })), ...deletes.map((at) => ({ at, del: true }))].sort((x, y) => x.at - y.at || Number(x.del) - Number(y.del));
  // The fed text is runs of the segment copied as they are; each run's start in both.
  const fedStarts: number[] = [0];
  const origStarts: number[] = [0];
  const parts: string[] = [];
  let from = 0;
  let length = 0;
  for (const { at, del } of edits) {
    parts.push(seg.slice(from, at));
    length += at - from;
    if (!del) { parts.push(' '); length++; }
    from = del ? at + 1 : at;
    fedStarts.push(length);
    origStarts.push(from);
  }
  parts.push(seg.slice(from));
  const toOrig = (j: number): number => {
    let lo = 0;
    let hi = fedStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((fedStarts[mid] as number) <= j) lo = mid;
      else hi = mid - 1;
    }
    return (origStarts[lo] as number) + j - (fedStarts[lo] as number);
  };
  return { fed: parts.join(''), toOrig };
}

/** Cuts a long paragraph into segments at spaces, each at most about MAX_SEGMENT code units. */
function segments(text: string): Array<[number, number]> {
  if (text.length <= MAX_SEGMENT) return [[0, text.length]];
  const out: Array<[number, number]> = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + MAX_SEGMENT);
    if (end < text.length) {
      const sentence = text.lastIndexOf('. ', end);
      const space = text.lastIndexOf(' ', end);
      const cut = sentence > start + MAX_SEGMENT / 2 ? sentence + 1 : space > start ? space : end;
      // Never cut inside a surrogate pair.
      end = cut > start ? cut : end;
      if (end < text.length && /[\uDC00-\uDFFF]/.test(text[end] ?? '')) end++;
    }
    out.push([start, end]);
    start = end;
  }
  return out;
}

/**
 * Tokenises and tags one paragraph with compromise. Glued caption words and words glued by punctuation are fed to
 * compromise with a space between them and mapped back, so every token's offsets index the original paragraph.
 */
export function tokenize(paragraph: string): Token[] {
  loadLexicon();
  const tokens: Token[] = [];
  for (const [segStart, segEnd] of segments(paragraph)) {
    const seg = paragraph.slice(segStart, segEnd);
    const { fed, toOrig } = feedOf(seg);
    const doc = nlp.tokenize(fed);
    doc.compute(taggingHooks());
    doc.compute('offset');
    for (const sentence of doc.document as unknown as CompromiseTerm[][]) {
      let first = true;
      // A single quotation mark the sentence opened and has not closed: an apostrophe after a plural then closes it.
      let quoteOpen = false;
      for (const term of sentence) {
        const closes = quoteOpen && /^['’]/u.test(term.post);
        if (/['‘]$/u.test(term.pre)) quoteOpen = true;
        if (closes || /^['’]/u.test(term.post)) quoteOpen = false;
        const t = toToken(term, paragraph, segStart, toOrig, first, tokens, closes);
        if (t && splitPossessive(t, paragraph, tokens)) { first = false; continue; }
        if (t) tokens.push(t);
        first = false;
      }
    }
  }
  firmPossessives(tokens, paragraph);
  verbsAfterNames(tokens, paragraph);
  functionWordSurnames(tokens, paragraph);
  return tokens;
}

// East Asian family and given names written as English function words (`He Lifeng`, `No Kwang Chol`, `Truong My
// Lan`), which compromise tags as pronouns, determiners or prepositions.
const FUNCTION_WORD_NAMES: ReadonlySet<string> = new Set(['He', 'No', 'An', 'So', 'Do', 'Oh', 'My', 'To']);
const NAME_TAGS: ReadonlySet<string> = new Set(['Noun', 'ProperNoun', 'Singular']);

/**
 * Such a word is a name's where a title (`Vice Premier He Lifeng`, `Defence Minister No Kwang Chol`) or a family
 * name the lists know (`Truong My Lan`) stands right before it and a word of a name right after it.
 */
function functionWordSurnames(tokens: Token[], paragraph: string): void {
  for (let i = 1; i < tokens.length - 1; i++) {
    const t = tokens[i] as Token;
    if (!FUNCTION_WORD_NAMES.has(t.text) || t.initial) continue;
    const prev = tokens[i - 1] as Token;
    const next = tokens[i + 1] as Token;
    if (prev.possessive || !/^\p{Lu}\p{Ll}/u.test(prev.text) || !/^\p{Lu}\p{Ll}/u.test(next.text)) continue;
    if (paragraph.slice(prev.end, t.start) !== ' ' || paragraph.slice(t.end, next.start) !== ' ') continue;
    // The name goes on with a word of a name, not an ordinary word as a headline in title case writes it (`Merz No
    // Fan Of The Plan`, `Kerr So Proud`, `Newsom So Far`).
    if (['Verb', 'Adjective', 'Adverb'].some((x) => next.tags.has(x)) || wordLists(next.text).includes('commonNoun')) continue;
    const lists = wordLists(prev.text);
    if (!isTitle(prev.text.toLowerCase()) && !lists.includes('surname')) continue;
    tokens[i] = { ...t, tags: NAME_TAGS, nameWord: true };
  }
}

// Verbs whose past tense is their base form, which compromise's lexicon also lists as nouns: after a name it reads
// `Nadal beat Federer`, `Storm Ciara hit Britain`, `Apple cut prices` as noun phrases.
const SAME_FORM_PAST: ReadonlySet<string> = new Set('beat hit cut set put quit let hurt shut cost spread bid cast split upset'.split(' '));
const OBJECT_TAGS = ['Determiner', 'Value', 'Pronoun', 'Plural'];

/**
 * Such a verb between a name and its object is the sentence's verb: retagged, so that the names either side read
 * as subject and object (their neighbour's class is a verb's, not a noun's).
 */
function verbsAfterNames(tokens: Token[], paragraph: string): void {
  for (let i = 1; i < tokens.length - 1; i++) {
    const t = tokens[i] as Token;
    const base = t.text.endsWith('s') && SAME_FORM_PAST.has(t.text.slice(0, -1)) ? t.text.slice(0, -1) : t.text;
    if (!SAME_FORM_PAST.has(base) || t.tags.has('Verb') || !t.tags.has('Noun')) continue;
    const prev = tokens[i - 1] as Token;
    const next = tokens[i + 1] as Token;
    if (prev.possessive || !/^\p{Lu}/u.test(prev.text) || paragraph.slice(prev.end, t.start) !== ' ' || !/^\s+$/u.test(paragraph.slice(t.end, next.start))) continue;
    if (!/^\p{Lu}/u.test(next.text) && !OBJECT_TAGS.some((x) => next.tags.has(x))) continue;
    tokens[i] = { ...t, tags: new Set(['Verb', base === t.text ? 'PastTense' : 'PresentTense']) };
  }
}

// The firms of POSSESSIVE_FIRMS by the word that carries the possessive (`moody`, `poor`, `sam`).
let firmsByPossessive: Map<string, Array<{ words: readonly string[]; at: number }>> | undefined;

function firmsFor(word: string): ReadonlyArray<{ words: readonly string[]; at: number }> {
  if (!firmsByPossessive) {
    firmsByPossessive = new Map();
    for (const words of POSSESSIVE_FIRMS) {
      const at = words.findIndex((w) => /['’]s$/u.test(w));
      const key = (words[at] as string).slice(0, -2);
      firmsByPossessive.set(key, [...(firmsByPossessive.get(key) ?? []), { words, at }]);
    }
  }
  return firmsByPossessive.get(word) ?? [];
}

const plainKey = (t: Token): string => t.text.toLowerCase().replace(/’/gu, "'");

/**
 * A firm whose name holds a possessive (`Moody's said`, `McDonald's Corp`, `Standard & Poor's`, tokenised
 * `Moody 's`) keeps its `'s`: the word ends after it and is no possessive, so the name goes on to a legal form
 * and its mentions read as the firm's. Only where the firm's words open the run (`Rick Moody's novel` is a
 * person's possessive).
 */
function firmPossessives(tokens: Token[], paragraph: string): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!t.possessive || !/^\p{Lu}/u.test(t.text)) continue;
    for (const { words, at } of firmsFor(plainKey(t))) {
      const first = i - at;
      if (first < 0 || first + words.length > tokens.length) continue;
      const matches = words.every((w, k) => k === at || plainKey(tokens[first + k] as Token) === w);
      const before = tokens[first - 1];
      const opensRun = !before || !/^\p{Lu}/u.test(before.text) || !/^[ \t\u00a0-]+$/u.test(paragraph.slice(before.end, (tokens[first] as Token).start));
      if (!matches || !opensRun) continue;
      const end = /^ ?['’]s/iu.exec(paragraph.slice(t.end))?.[0].length ?? 0;
      if (end === 0) continue;
      tokens[i] = { ...t, end: t.end + end, text: paragraph.slice(t.start, t.end + end), possessive: false };
      break;
    }
  }
}

/**
 * Text tokenised before it was published (web corpora, some feeds) writes the possessive as a word of its own
 * (`Arafat 's death`): such an `'s` marks the word before as possessive, as `Arafat's` does, and is no word itself.
 */
function splitPossessive(t: Token, paragraph: string, tokens: Token[]): boolean {
  const prev = tokens[tokens.length - 1];
  if (!prev || prev.possessive || (t.text !== 's' && t.text !== 'S')) return false;
  if (!/^\s+['’]$/u.test(paragraph.slice(prev.end, t.start))) return false;
  prev.possessive = true;
  return true;
}

/**
 * Whether the word at `start` opens its sentence or a quotation. After a possessive its `'s` or apostrophe is no
 * opening quotation mark (`Workers' Party`, tokenised `Arafat 's`).
 */
function opensAt(paragraph: string, prev: readonly Token[], start: number, first: boolean): boolean {
  const last = prev[prev.length - 1];
  if (first || !last) return true;
  // `he wrote on X. Doctors Without Borders said`: the platform's letter ends its sentence, no initial of a name.
  if (last.text === 'X.' && PLATFORM_BEFORE.test(prev[prev.length - 2]?.text ?? '')) return true;
  return OPENING.test(paragraph.slice(last.end, start).replace(last.possessive ? /^\s*['’]s?/u : /^$/u, ''));
}

/** The word of tokenised copy's possessive (`Arafat 's`), which compromise read glued as `Arafat's`; null otherwise. */
function tokenisedPossessive(term: CompromiseTerm, paragraph: string, start: number, first: boolean, prev: Token[]): Token | null {
  const word = term.text.slice(0, -2);
  if (!/['’]s$/u.test(term.text) || word.length === 0 || paragraph.slice(start, start + word.length + 3) !== `${word} ${term.text.slice(-2)}`) return null;
  const token: Token = { start, end: start + word.length, text: word, tags: term.tags, initial: opensAt(paragraph, prev, start, first), possessive: true };
  if (term.confidence !== undefined) token.guessed = true;
  return token;
}

function toToken(term: CompromiseTerm, paragraph: string, base: number, toOrig: (j: number) => number, first: boolean, prev: Token[], closesQuote: boolean): Token | null {
  if (!term.offset || !term.text) return null;
  const start = base + toOrig(term.offset.start);
  let end = start + term.text.length;
  // Tokenised copy's possessive (`Arafat 's`) is read glued (`tokenisedSpaces`): the word ends before the space.
  if (paragraph.slice(start, end) !== term.text) return tokenisedPossessive(term, paragraph, start, first, prev);
  // A Markdown link target glued to its text (`Act](https://…)`) is not part of the word.
  const link = term.text.search(/\]\(|\(https?:/);
  if (link > 0) end = start + link;
  // Nor is a mail address glued to a name in a header (`"Ryan Reynolds"<rreynol…@cogeco.ca>`, Lotus Notes'
  // `Rudwell Johnson/ENRON@enronXgate`).
  const address = term.text.search(/["”]?<\S*@|\/[^\s/]*@/u);
  if (address > 0 && link <= 0) end = start + address;
  let possessive = false;
  // In capitals too (`SUDAN'S ARMY RETAKES KHARTOUM`, `WORKERS' PARTY`).
  if ((/[’']s$/u.test(term.text) || /^[\p{Lu}\p{N}.&-]+[’']S$/u.test(term.text)) && term.text.length > 2) { end -= 2; possessive = true; }
  else if ((/s[’']$/u.test(term.text) || /^[\p{Lu}\p{N}.&-]+S[’']$/u.test(term.text)) && term.text.length > 2) { end -= 1; possessive = true; }
  // compromise leaves a plural's possessive apostrophe out of the word (`Workers' Party`): it is no closing quotation mark.
  else if (!closesQuote && term.tags.has('Possessive') && /s$/u.test(term.text) && term.text.length > 2 && /^['’](?![\p{L}\p{N}])/u.test(paragraph.slice(end))) possessive = true;
  // An initial keeps its full stop (`Steven F. Udvar-Hazy`), as abbreviations with inner stops already do.
  if (/^\p{Lu}$/u.test(term.text) && paragraph[end] === '.') end++;
  // So does an abbreviation with inner stops before a closing bracket, where compromise leaves its last stop out
  // (`Pete Sampras (U.S.) beat …`).
  else if (/^(?:\p{Lu}\.)+\p{Lu}$/u.test(term.text) && paragraph[end] === '.') end++;
  const token: Token = { start, end, text: paragraph.slice(start, end), tags: term.tags, initial: opensAt(paragraph, prev, start, first), possessive };
  if (term.confidence !== undefined) token.guessed = true;
  return token;
}
