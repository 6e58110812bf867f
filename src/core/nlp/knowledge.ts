import { CASE_KEPT, LIST_NAMES, PHRASES, WORDS } from './knowledge.generated';

/**
 * Name lists as features for the recogniser: which words and phrases are company names, first names, surnames,
 * WordNet's people, organisations, places, facilities and events, ordinary common nouns, GeoNames cities, countries,
 * regions, demonyms, and what compromise's lexicon tags them. The tables (`knowledge.generated.ts`, from
 * `npm run gen:knowledge`) are sorted strings searched in place, so importing this module builds nothing and a
 * lookup costs a binary search.
 */
export type KnowledgeList = (typeof LIST_NAMES)[number];

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
  let w = PRINTABLE_ASCII.test(word) ? word : word.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’‘`]/g, "'");
  if (w.includes('.')) w = w.replace(/\./g, '');
  if (SHORT_CAPS.test(w) || (ALL_CAPS.test(w) && isCaseKept(w))) return w;
  return w.toLowerCase();
}

// Sixty-odd words: one string with a newline on both sides of each, searched whole.
const CASE_KEPT_LINES = `\n${CASE_KEPT}\n`;

function isCaseKept(w: string): boolean {
  return CASE_KEPT_LINES.includes(`\n${w}\n`);
}

/**
 * Binary search of a sorted table of `key<TAB>mask` lines. With `prefix`, whether some key starts with `key`
 * instead (returns 1 or 0).
 */
function search(table: string, key: string, prefix = false): number {
  let lo = 0;
  let hi = table.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const start = table.lastIndexOf('\n', mid - 1) + 1;
    const tab = table.indexOf('\t', start);
    const nl = table.indexOf('\n', tab);
    const end = nl < 0 ? table.length : nl;
    const k = table.slice(start, tab);
    if (k === key) return prefix ? 1 : parseInt(table.slice(tab + 1, end), 36);
    if (k < key) {
      lo = end + 1;
    } else {
      // `k` sorts after `key`; with a prefix search, a key that extends it is a hit.
      if (prefix && k.startsWith(key)) return 1;
      hi = start;
    }
  }
  return 0;
}

function splitWords(text: string): string[] {
  return text.split(/\s+/).filter((w) => w.length > 0);
}

/** The lists' bits for one word (0 when it is in none); see {@link KNOWLEDGE_LISTS} for the order. */
export function wordMask(word: string): number {
  const words = splitWords(word);
  if (words.length !== 1) return words.length === 0 ? 0 : phraseMask(words);
  return search(WORDS, knowledgeKey(words[0]));
}

/** The lists' bits for a name of several words (exact match after normalising spaces, case and diacritics). */
export function phraseMask(words: readonly string[]): number {
  const parts = words.flatMap(splitWords);
  if (parts.length === 0 || parts.length > MAX_PHRASE_WORDS) return 0;
  if (parts.length === 1) return search(WORDS, knowledgeKey(parts[0]));
  return search(PHRASES, parts.map(knowledgeKey).join(' '));
}

/** Lists a single word appears in (`Bank` and `bank` are both commonNoun: that list is about the lower-case lemma). */
export function wordLists(word: string): readonly KnowledgeList[] {
  return listsOfMask(wordMask(word));
}

/** Lists a multi-word name appears in, exact phrase match after normalising spaces, case and diacritics. */
export function phraseLists(words: readonly string[]): readonly KnowledgeList[] {
  return listsOfMask(phraseMask(words));
}

/**
 * Longest known name starting at `tokens[i]`, of at most `maxWords` words (one word counts), for span features;
 * undefined when not even `tokens[i]` is in a list. A longer phrase is tried only while some phrase starts with the
 * words so far, so most tokens cost one or two binary searches.
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
  const single = search(WORDS, first);
  if (single !== 0) best = { length: 1, lists: listsOfMask(single) };
  let key = first;
  const limit = Math.min(maxWords, MAX_PHRASE_WORDS, tokens.length - i);
  for (let n = 2; n <= limit; n++) {
    const next = knowledgeKey(tokens[i + n - 1]);
    if (next.length === 0 || /\s/.test(next)) break;
    if (!search(PHRASES, `${key} `, true)) break;
    key = `${key} ${next}`;
    const mask = search(PHRASES, key);
    if (mask !== 0) best = { length: n, lists: listsOfMask(mask) };
  }
  return best;
}
