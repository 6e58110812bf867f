import { CASE_KEPT, GIVEN_PLACES, LIST_NAMES, PHRASES, WORDS } from './knowledge.generated';
import { memoised } from './memo';

/**
 * Name lists as features for the recogniser: which words and phrases are company or brand names, first names,
 * surnames, famous people's surnames, WordNet's people, organisations, places, facilities and events, ordinary
 * common nouns, GeoNames cities, countries, regions, demonyms, and what compromise's lexicon tags them. The tables (`knowledge.generated.ts`, from
 * `npm run gen:knowledge`) are sorted strings searched in place, so importing this module builds nothing; after many
 * lookups they are indexed in maps once.
 */
export type KnowledgeList = (typeof LIST_NAMES)[number];
// What each list holds (single words unless a phrase is said):
// - company: words and tickers of company names (@cspell/dict-companies), less very common words and places.
// - firstName, surname: given names (human-names, Faker's locales, compromise) and family names (Faker's last names;
//   the cspell people names that are no known first name; compromise); personName: any of these, and every cspell
//   people name. Months, demonyms and words WordNet knows only as something else (`Sunni`) are left out.
// - personWn (named people: `Einstein`, `Albert Einstein`), memberWn (capitalised kinds of people: `Frenchman`,
//   `Democrat`), orgWn (noun.group: `United Nations`, `Congress`), placeWn (noun.location and noun.object: countries,
//   cities, rivers, mountains), facilityWn (capitalised noun.artifact: `Eiffel Tower`), eventWn (noun.act and
//   noun.event: `World War II`): WordNet's capitalised nouns by lexicographer file, phrases included.
// - commonNoun: lower-case WordNet nouns seen in SemCor (`bank`); matched whatever the case of the word.
// - city (GeoNames, 30,000 people or more), country (names, official names, aliases), region (ISO 3166-2 first-level
//   subdivisions), demonym (`Afghan`, `Afghans`), phrases included.
// - personLex, orgLex, placeLex, sportsTeam, honorific, roleNoun: compromise's lexicon tags Person, Organization,
//   Place, SportsTeam, Honorific and Actor (role nouns: `minister`, `therapist`).
// - orgHead, placeHead, facilityHead: common nouns that end at least four names of a kind in the lists above
//   (`Party`, `River`, `Bridge`).
// - famous: surnames (last words) of Pantheon 1.0's famous people (`Yeltsin`, `Netanyahu`), less ordinary words,
//   given names and firms' words (`Daimler`): what news names by a surname alone that no surname list holds.
// - famousCommon: the famous surnames that are ordinary words too (`Trump`, `Bush`, `Major`), a list of their own so
//   that the recogniser weighs them apart from `famous` and no rule reads them as surnames.
// - givenCommon: given names of human-names and Faker that `firstName` leaves out because they are ordinary words too
//   (`Faith`, `Guy`, `Will`) or WordNet's kinds of people (`Frank`, `Marine`), weighed apart from `firstName`.
// - brand: whole names of chains, shops, restaurants, banks, airlines, software and web services (`Olive Garden`,
//   `Firefox`, `Hobby Lobby`; name-suggestion-index and simple-icons via scripts/lists/brands.txt), less single
//   ordinary words, places and acronyms; phrases included, matched in lower case too (`starbucks`).
// - fiction: fictional characters' names (superheroes and supervillains: `Black Widow`, `Nightwing`), less names the
//   other lists read as people, places or firms and single ordinary words; phrases included.


/** Every list, in a fixed order (the order of the bits of {@link wordMask}). */
export const KNOWLEDGE_LISTS: readonly KnowledgeList[] = LIST_NAMES;

/** Phrases in the tables have at most this many words. */
export const MAX_PHRASE_WORDS = 5;

const NONE: readonly KnowledgeList[] = Object.freeze([]);
const listsByMask = new Map<number, readonly KnowledgeList[]>([[0, NONE]]);

/** The lists of a bit mask, one shared frozen array per mask (features are computed for every token). */
export function listsOfMask(mask: number): readonly KnowledgeList[] {
  let lists = listsByMask.get(mask);
  if (!lists) {
    lists = Object.freeze(LIST_NAMES.filter((_, i) => (mask & (1 << i)) !== 0));
    listsByMask.set(mask, lists);
  }
  return lists;
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
// Letters that NFD does not decompose, spelt as English news spells them (scripts/genKnowledge.mjs has the same).
const EXTRA_FOLDS: Readonly<Record<string, string>> = {
  'ł': 'l', 'Ł': 'L', 'đ': 'd', 'Đ': 'D', 'ı': 'i', 'ə': 'e', 'Ə': 'E', 'ħ': 'h', 'Ħ': 'H', 'ø': 'o', 'Ø': 'O', 'æ': 'ae',
  'Æ': 'Ae', 'œ': 'oe', 'Œ': 'Oe', 'ß': 'ss', 'ð': 'd', 'Ð': 'D', 'þ': 'th', 'Þ': 'Th', 'ŋ': 'n', 'ʻ': '', 'ʼ': "'",
};
const EXTRA = /[łŁđĐıəƏħĦøØæÆœŒßðÐþÞŋʻʼ]/gu;

function foldLetters(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').replace(EXTRA, (c) => EXTRA_FOLDS[c] ?? c).replace(/[’‘`]/g, "'");
}
// Two or three capitals (or digits) are an acronym, looked up in capitals: `KO` is not the name `Ko`.
const SHORT_CAPS = /^(?=.*\p{Lu})[\p{Lu}\d&]{2,3}$/u;
const ALL_CAPS = /^[\p{Lu}\d&'-]+$/u;

/**
 * The key of one word as the tables hold it: without diacritics and full stops (`U.S.` is `US`, `St.` is `St`),
 * with straight apostrophes, in lower case, except acronyms of two or three capitals (`UN`, `KO`) and the few longer
 * all-capital words whose lower-case form is an ordinary word (`AIDS`), which stay in capitals: `us` and `who`
 * match nothing, and `Ko` is a name where `KO` is not.
 */
export function knowledgeKey(word: string): string {
  let w = PRINTABLE_ASCII.test(word) ? word : foldLetters(word);
  if (w.includes('.')) w = w.replace(/\./g, '');
  if ((w.length <= 3 && SHORT_CAPS.test(w)) || (ALL_CAPS.test(w) && isCaseKept(w))) return w;
  return w.toLowerCase();
}

// Sixty-odd words: one string with a newline on both sides of each, searched whole.
const CASE_KEPT_LINES = `\n${CASE_KEPT}\n`;

function isCaseKept(w: string): boolean {
  return CASE_KEPT_LINES.includes(`\n${w}\n`);
}

/**
 * Compares the key of the line starting at `start` (up to its tab) with `key`, in UTF-16 code units as the generator
 * sorts: negative if the line's key sorts first, 0 if equal, positive if after; 2 if it extends `key` (a prefix hit).
 * Char by char in place, so that a search allocates no strings.
 */
function compareAt(table: string, start: number, key: string): number {
  for (let i = 0; ; i++) {
    const c = table.charCodeAt(start + i);
    if (i === key.length) return c === 9 ? 0 : 2;
    if (c === 9) return -1;
    const k = key.charCodeAt(i);
    if (c !== k) return c < k ? -1 : 1;
  }
}

/**
 * Binary search of a sorted table of `key<TAB>mask` lines (`WORDS`, `PHRASES`): the key's mask, 0 if absent. With
 * `prefix`, whether some key starts with `key` instead (1 or 0).
 */
export function searchTable(table: string, key: string, prefix = false): number {
  let lo = 0;
  let hi = table.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    // Back to the start of the line (a loop: lastIndexOf is several times slower on a long string).
    let start = mid;
    while (start > lo && table.charCodeAt(start - 1) !== 10) start--;
    const cmp = compareAt(table, start, key);
    if (cmp === 0) {
      if (prefix) return 1;
      const tab = start + key.length;
      const nl = table.indexOf('\n', tab);
      return parseInt(table.slice(tab + 1, nl < 0 ? table.length : nl), 36);
    }
    if (cmp < 0) {
      const nl = table.indexOf('\n', start);
      lo = nl < 0 ? table.length : nl + 1;
    } else {
      // The line's key sorts after `key`; with a prefix search, one that extends it is a hit.
      if (prefix && cmp === 2) return 1;
      hi = start;
    }
  }
  return 0;
}

// Lookups are binary searches of the table strings until there have been this many; then they go to maps built
// once (some tens of milliseconds), so that importing stays cheap, a short article pays nothing, and a long one a
// Map lookup per word rather than a search of some twenty steps.
const INDEX_AFTER = 20000;
let lookups = 0;
let index: { words: Map<string, number>; phrases: Map<string, number>; prefixes: Set<string> } | undefined;

function tableMap(table: string): Map<string, number> {
  const map = new Map<string, number>();
  for (const line of table.split('\n')) {
    const tab = line.indexOf('\t');
    map.set(line.slice(0, tab), parseInt(line.slice(tab + 1), 36));
  }
  return map;
}

/**
 * Builds the lookup maps now rather than after the first {@link INDEX_AFTER} lookups (for a caller that knows it
 * will look up a great many words, such as training). Lookups give the same answers either way.
 */
export function buildKnowledgeIndex(): void {
  if (index) return;
  const phrases = tableMap(PHRASES);
  const prefixes = new Set<string>();
  for (const key of phrases.keys()) {
    for (let at = key.indexOf(' '); at >= 0; at = key.indexOf(' ', at + 1)) prefixes.add(key.slice(0, at + 1));
  }
  index = { words: tableMap(WORDS), phrases, prefixes };
}

function count(): void {
  if (++lookups === INDEX_AFTER) buildKnowledgeIndex();
}

function lookupWord(key: string): number {
  if (index) return index.words.get(key) ?? 0;
  count();
  return searchTable(WORDS, key);
}

function lookupPhrase(key: string): number {
  if (index) return index.phrases.get(key) ?? 0;
  count();
  return searchTable(PHRASES, key);
}

/** Whether some phrase starts with `prefix` (which ends in a space). */
function phraseStarts(prefix: string): boolean {
  if (index) return index.prefixes.has(prefix);
  count();
  return searchTable(PHRASES, prefix, true) === 1;
}

function splitWords(text: string): string[] {
  return /\s/.test(text) ? text.split(/\s+/).filter((w) => w.length > 0) : text.length > 0 ? [text] : [];
}

/**
 * The lists' bits for one word (0 when it is in none); see {@link KNOWLEDGE_LISTS} for the order. Remembered per
 * word: the span tagger asks it of every token and the evidence of every name's first, last and preceding words.
 */
export const wordMask = memoised(lookupMask);

function lookupMask(word: string): number {
  const words = splitWords(word);
  if (words.length !== 1) return words.length === 0 ? 0 : phraseMask(words);
  return lookupWord(knowledgeKey(words[0]));
}

/** The lists' bits for a name of several words (exact match after normalising spaces, case and diacritics). */
export function phraseMask(words: readonly string[]): number {
  // Joined by a space, the words split into the same parts; the name evidence asks this of every name.
  return words.length === 1 ? phraseTextMask(words[0] as string) : phraseTextMask(words.join(' '));
}

/** {@link phraseMask} of the words of `text`, remembered per text. */
const phraseTextMask = memoised(lookupPhraseMask);

function lookupPhraseMask(text: string): number {
  const parts = splitWords(text);
  if (parts.length === 0 || parts.length > MAX_PHRASE_WORDS) return 0;
  if (parts.length === 1) return lookupWord(knowledgeKey(parts[0]));
  // A name written in capitals (`NEW YORK`, `LOS ANGELES` in a dateline) is looked up in lower case whole: its short
  // words are no acronyms there.
  const shouted = parts.every((w) => ALL_CAPS.test(w)) && parts.some((w) => w.replace(/\./g, '').length > 3);
  return lookupPhrase(parts.map((w) => (shouted && !isCaseKept(w) ? knowledgeKey(w.toLowerCase()) : knowledgeKey(w))).join(' '));
}

/** Lists a single word appears in (`Bank` and `bank` are both commonNoun: that list is about the lower-case lemma). */
export function wordLists(word: string): readonly KnowledgeList[] {
  return listsOfMask(wordMask(word));
}

const GIVEN_PLACE_LINES = `\n${GIVEN_PLACES}\n`;

/** Whether a word is an English given name that is also a place or nationality, in no first-name list (`Jordan`, `Florence`). */
export function isGivenPlace(word: string): boolean {
  return GIVEN_PLACE_LINES.includes(`\n${knowledgeKey(word)}\n`);
}

/** Lists a multi-word name appears in, exact phrase match after normalising spaces, case and diacritics. */
export function phraseLists(words: readonly string[]): readonly KnowledgeList[] {
  return listsOfMask(phraseMask(words));
}

/**
 * Longest known name starting at `tokens[i]`, of at most `maxWords` words (one word counts), for span features;
 * undefined when not even `tokens[i]` is in a list. A longer phrase is tried only while some phrase starts with the
 * words so far, so most tokens cost one or two lookups.
 */
export function longestPhrase(
  tokens: readonly string[],
  i: number,
  maxWords = MAX_PHRASE_WORDS,
): { length: number; lists: readonly KnowledgeList[] } | undefined {
  if (i < 0 || i >= tokens.length) return undefined;
  const first = knowledgeKey(tokens[i]);
  if (first.length === 0 || /\s/.test(first)) return undefined;
  let best: { length: number; lists: readonly KnowledgeList[] } | undefined;
  const single = lookupWord(first);
  if (single !== 0) best = { length: 1, lists: listsOfMask(single) };
  let key = first;
  const limit = Math.min(maxWords, MAX_PHRASE_WORDS, tokens.length - i);
  for (let n = 2; n <= limit; n++) {
    const next = knowledgeKey(tokens[i + n - 1]);
    if (next.length === 0 || /\s/.test(next)) break;
    if (!phraseStarts(`${key} `)) break;
    key = `${key} ${next}`;
    const mask = lookupPhrase(key);
    if (mask !== 0) best = { length: n, lists: listsOfMask(mask) };
  }
  return best;
}
