import type { EntityType } from '../model';
import { CAPITALS, COUNTRY_ALIASES, DEMONYMS, PLACE_NAMES } from './gazetteer.generated';
import {
  CAPTION_LABELS, CLUB_WORDS, COMBINING_FORMS, COMPASS_WORDS, HEAD_CONNECTORS, LOCATIVE_PREPOSITIONS, METONYMS, NAME_CONNECTORS, NEVER_NAME_INITIAL,
  NON_ENTITY_HEADS, NORP_GROUPS, OF_HEADS, ORG_ACRONYMS, ORG_HEADS, PERSON_HONORIFICS, PLACE_HEADS, POSTNOMINALS, REGIONS, ROLE_NOUN_ENDING,
  TITLE_WORDS, phraseKey,
} from './lexicon';
import { SPEECH_VERBS } from './speechVerbs';
import type { Token } from './tokens';

/** Evidence for each entity type; the strongest kind of evidence weighs most. */
export type Votes = Record<EntityType, number>;

/** A name found in one paragraph, with the evidence for its type; offsets are relative to the paragraph. */
export interface Candidate {
  start: number;
  end: number;
  text: string;
  votes: Votes;
  /** Titles, roles, ages and nationalities the paragraph gives this name. */
  descriptors: string[];
  /** Number of words in the name. */
  words: number;
  /** Index (in the paragraph's candidates) of the name this bracketed acronym stands for: `Name (ACR)`. */
  expands?: number;
  /**
   * Set on a name of two or three capitalised words with no evidence at all (`Romelu Lukaku`): its lower-case
   * words, so that the document can tell an unknown personal name from capitalised common words.
   */
  unknownWords?: string[];
  /**
   * The name could stand for a sports team: it follows no locative (`at Wembley` is the ground) and has no
   * facility head, or it ends in a club word (`Manchester City`, `Blackburn Rovers`).
   */
  team?: boolean;
  /** The name ends in a club word after another word (`Leeds United`): a club's name in a sports report. */
  club?: boolean;
  /** The PLACE evidence the world-cities gazetteer gave the name, which the document may withdraw. */
  gazetteer?: number;
}

/** What the paragraph pass finds: candidate names, and the words the paragraph writes in lower case. */
export interface ParagraphNames {
  candidates: Candidate[];
  lowerWords: ReadonlySet<string>;
}

// Evidence weights: lexicon facts outweigh context cues, which outweigh compromise's guesses.
const LEXICON = 4;
const HEAD = 3;
const STRONG_CUE = 3;
const CUE = 1;
const GUESS = 1;
// Evidence too weak to type a name alone (a bare locative: `from X`, `in X`), which other cues outweigh.
const WEAK_CUE = 0.6;
// A world city or region in the gazetteer: more than a bare locative, less than any person cue, which cancels it
// (`Jackson said`, `Mr Goma`): many places share their name with people.
const GAZETTEER = 1.2;
// The text defining an acronym as lower-case words outweighs every other cue for it, anywhere in the article.
const DEFINITION = 100;

const DEMONYM_SET: ReadonlySet<string> = new Set(DEMONYMS);
const CAPITAL_SET: ReadonlySet<string> = new Set(CAPITALS);
const PLACE_NAME_SET: ReadonlySet<string> = new Set(PLACE_NAMES.split('|'));
const FUNCTION_TAGS = ['Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Adverb', 'QuestionWord', 'Modal', 'Auxiliary', 'Comparative', 'Superlative'];
const NOT_NAME_TAGS = ['Date', 'Month', 'WeekDay', 'Value', 'Holiday', 'Duration'];
const CREDIT = /^(?:getty(?: images)?|pa(?: media| wire)?|afp|reuters|ap|epa|alamy|shutterstock|bloomberg|rex(?: features)?|xinhua|anadolu|sipa)$/;
const ACRONYM = /^(?:\p{Lu}\.){2,}$|^\p{Lu}[\p{Lu}\d&]{1,7}$/u;
const AGE_AFTER = /^,\s*(\d{1,3})\s*(?:,|\.|;|\)|$)|^\s*\((\d{1,3})\)/u;
const POSTNOMINAL_AFTER = /^,\s*(\p{Lu}{2,4})\b/u;
const YEAR_OLD_BEFORE = /(\d{1,3})-year-old(?:\s+\p{Ll}[\p{Ll}-]*){0,2}\s+$/u;
const WHITESPACE = /^[ \t\u00a0]+$/;
// Derivational endings of English common nouns and adjectives, which personal names do not have
// (`Iodine Deficiency Disorders`, `Global Offensive`, `Successful Stormtroopers`).
const COMMON_SUFFIX = /(?:tion|sion|ness|ment|ency|ancy|ence|ance|ity|ism|ful|ous|ive|able|ible|ical|ology|ics)$/;

// Month names alone are dates, whatever compromise makes of them without its post-tagger (`in March`, `in May`).
const MONTHS: ReadonlySet<string> = new Set('january february march april may june july august september october november december'.split(' '));

const emptyVotes = (): Votes => ({ PERSON: 0, ORG: 0, PLACE: 0, NORP: 0 });
const lower = (t: Token): string => t.text.toLowerCase();
const isCap = (t: Token): boolean => /^\p{Lu}/u.test(t.text);
// All-capital words (`WHO`, `FIRST`) are acronyms, not the function words or numbers they spell.
const isCaps = (t: Token): boolean => /^\p{Lu}[\p{Lu}.&\d]+$/u.test(t.text);
const notName = (t: Token): boolean => !isCaps(t) && (hasTag(t, NOT_NAME_TAGS) || CAPTION_LABELS.has(lower(t)));
const neverName = (t: Token): boolean => !isCaps(t) && NEVER_NAME_INITIAL.has(lower(t));
const isLowerWord = (t: Token): boolean => /^\p{Ll}/u.test(t.text);
const hasTag = (t: Token, tags: readonly string[]): boolean => tags.some((x) => t.tags.has(x));

/** True when `text` names a nationality or group: a demonym, a religious or political group, `Anglo-Russian`. */
export function isNorpName(text: string): boolean {
  if (text.length > 3 && text === text.toUpperCase()) { const t = titleCase(text); if (t !== text) return isNorpName(t); }
  if (DEMONYM_SET.has(text) || (/^\p{Lu}/u.test(text) && NORP_GROUPS.has(text.toLowerCase()))) return true;
  const parts = text.split('-');
  return parts.length > 1 && parts.every((p, i) => DEMONYM_SET.has(p) || (i < parts.length - 1 && COMBINING_FORMS.has(p.toLowerCase())));
}

const has = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);

/** `RUSSIA` → `Russia`, `NEW ZEALAND` → `New Zealand`: headlines and datelines write names in capitals. */
export function titleCase(text: string): string {
  return text.toLowerCase().replace(/(^|[\s-])(\p{Ll})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase());
}

/** The country a name or alias stands for (`UK` → `United Kingdom`, `RUSSIA` → `Russia`), if it is one. */
export function countryOf(text: string): string | undefined {
  if (has(COUNTRY_ALIASES, text)) return COUNTRY_ALIASES[text];
  // A name in capitals is looked up in title case, but not a short code, which the table lists as written.
  if (text.length > 3 && text === text.toUpperCase()) { const t = titleCase(text); if (has(COUNTRY_ALIASES, t)) return COUNTRY_ALIASES[t]; }
  return undefined;
}

/** True when `text` (or its title case, in a headline) is a world city or first-level region of the gazetteer. */
export function isGazetteerPlace(text: string): boolean {
  const name = foldDiacritics(text);
  return PLACE_NAME_SET.has(name) || (name.length > 3 && name === name.toUpperCase() && PLACE_NAME_SET.has(titleCase(name)));
}

/** `Herāt` → `Herat`, `Rafaḩ` → `Rafah`: the gazetteer holds names as English news mostly writes them. */
function foldDiacritics(text: string): string {
  // Most names are plain ASCII; only the others pay for normalisation.
  return /^[\x20-\x7e]*$/.test(text) ? text : text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’‘]/g, "'");
}

/** True for acronyms such as `NASA`, `U.S.`, `FSB`. */
export function isAcronym(text: string): boolean {
  return ACRONYM.test(text);
}

/** Finds the candidate names of one paragraph and the words it writes in lower case. */
export function findNames(paragraph: string, tokens: readonly Token[]): ParagraphNames {
  const lowerWords = new Set<string>();
  for (const t of tokens) if (isLowerWord(t)) lowerWords.add(t.text);
  return { candidates: findCandidates(paragraph, tokens), lowerWords };
}

/** Finds the candidate names of one paragraph and the local evidence for their types. */
export function findCandidates(paragraph: string, tokens: readonly Token[]): Candidate[] {
  const out: Candidate[] = [];
  const caption = !/[.!?…:;"”’)]\s*$/u.test(paragraph);
  const shouting = tokens.length >= 3 && !/\p{Ll}/u.test(paragraph.slice(0, 2000));
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i] as Token;
    if (!isCap(t) || notName(t) || (shouting && (shoutedWord(t) || NAME_CONNECTORS.has(lower(t))))) { i++; continue; }
    const j = chunkEnd(paragraph, tokens, i, shouting);
    readChunk({ paragraph, tokens, caption, shouting, out }, i, j + 1);
    i = j + 1;
  }
  linkBracketAcronyms(paragraph, out);
  shareListNationality(paragraph, out);
  return out;
}

// Between two people of one list: `, 33, ` or `, 30, and `.
const LIST_GAP = /^,\s*\d{1,3},\s*(?:and\s+)?$/u;

/** `Bulgarian nationals Katrin Ivanova, 33, Vanya Gaberova, 30, and …`: the nationality covers the whole list. */
function shareListNationality(paragraph: string, cands: Candidate[]): void {
  for (let k = 1; k < cands.length; k++) {
    const prev = cands[k - 1] as Candidate;
    const cur = cands[k] as Candidate;
    if (!LIST_GAP.test(paragraph.slice(prev.end, cur.start))) continue;
    for (const d of prev.descriptors) if (isNorpName(d) && !cur.descriptors.includes(d)) cur.descriptors.push(d);
  }
}

interface Ctx {
  paragraph: string;
  tokens: readonly Token[];
  caption: boolean;
  /** The paragraph is written in capitals (a wire headline): its words are not acronyms. */
  shouting: boolean;
  out: Candidate[];
}

function gapOf(paragraph: string, a: Token, b: Token): string {
  return paragraph.slice(a.end, b.start);
}

/** Words join into one name when only spaces (or a hyphen, or a title's full stop) separate them. */
function joins(paragraph: string, a: Token, b: Token): boolean {
  if (b.initial || a.possessive) return false;
  const gap = gapOf(paragraph, a, b);
  return WHITESPACE.test(gap) || gap === '-' || (gap.startsWith('.') && WHITESPACE.test(gap.slice(1)) && TITLE_WORDS.has(lower(a)));
}

/**
 * In a headline written in capitals every word is capitalised, so the words compromise reads as verbs, function
 * words or common nouns (`LEEDS HOLD ON TO BEAT NEWCASTLE`) are what separate the names.
 */
function shoutedWord(t: Token): boolean {
  // A gazetteer place that compromise does not know would otherwise pass for a common noun (`NEAR DONETSK`).
  return !NAME_CONNECTORS.has(lower(t)) && !isGazetteerPlace(t.text) && (hasTag(t, ['Verb', 'Conjunction', 'Preposition', 'Determiner', 'Pronoun', 'Adverb']) || commonNoun(t));
}

/** Index of the last token of the run of capitalised words (with inner connectors) starting at `i`. */
function chunkEnd(paragraph: string, tokens: readonly Token[], i: number, shouting = false): number {
  let j = i;
  // Once a head has taken `of`/`for`, the name may go on with more of them (`Centre for Control of Iodine …`).
  let inside = false;
  for (;;) {
    const a = tokens[j] as Token;
    const b = tokens[j + 1];
    if (!b || !joins(paragraph, a, b) || (shouting && shoutedWord(b))) return j;
    // A capitalised article inside a run starts a new phrase (`Great Yarmouth The arrest`), as does a date word.
    if (isCap(b) && !notName(b) && !neverName(b)) { j++; continue; }
    if (!isCap(b) && NAME_CONNECTORS.has(lower(b)) && (inside || connectorFits(a, lower(b)))) {
      inside ||= HEAD_CONNECTORS.has(lower(b));
      // Particles may come in runs: `Nikolaus van der Pas`, `Maria de la Cruz`.
      let k = j + 1;
      while (tokens[k + 1] && !isCap(tokens[k + 1] as Token) && NAME_CONNECTORS.has(lower(tokens[k + 1] as Token)) && !HEAD_CONNECTORS.has(lower(tokens[k + 1] as Token)) && joins(paragraph, tokens[k] as Token, tokens[k + 1] as Token)) k++;
      const c = tokens[k + 1];
      if (c && joins(paragraph, tokens[k] as Token, c) && isCap(c)) { j = k + 1; continue; }
      // `of the` inside a name: `Museum of the U.S. Air Force`.
      const d = tokens[j + 3];
      if (c && d && lower(b) === 'of' && lower(c) === 'the' && joins(paragraph, c, d) && isCap(d)) { j += 3; continue; }
    }
    return j;
  }
}

/** `of` and `for` continue a name only after a head (`University of`, `Centre for`), not after a person's name. */
function connectorFits(before: Token, connector: string): boolean {
  if (!HEAD_CONNECTORS.has(connector)) return true;
  const w = lower(before);
  return ORG_HEADS.has(w) || PLACE_HEADS.has(w) || OF_HEADS.has(w) || (connector === 'of' && TITLE_WORDS.has(w));
}

/** The type a head word gives a multi-word name: `Foreign Office` ORG, `Kennedy Space Center` PLACE. */
function headType(words: readonly Token[]): EntityType | null {
  if (words.length < 2) return null;
  const c = words.findIndex((w, k) => k > 0 && isLowerWord(w) && (lower(w) === 'of' || lower(w) === 'for'));
  const heads = c > 0 ? [words[c - 1] as Token, words[words.length - 1] as Token] : [words[words.length - 1] as Token];
  for (const h of heads) {
    const w = lower(h);
    if (ORG_HEADS.has(w)) return 'ORG';
    // A centre *for* something is an institution (`Australian Centre for Control of Iodine Deficiency`).
    if (PLACE_HEADS.has(w)) return c > 0 && lower(words[c] as Token) === 'for' ? 'ORG' : 'PLACE';
  }
  return null;
}

function readChunk(ctx: Ctx, from: number, to: number): void {
  const { tokens } = ctx;
  let a = from;
  let b = to;
  // Sentence-initial function words (`The`, `However`) are capitalised only by position.
  while (a < b && (tokens[a] as Token).initial && !isCaps(tokens[a] as Token) && (neverName(tokens[a] as Token) || hasTag(tokens[a] as Token, FUNCTION_TAGS))) a++;
  while (a < b && !isCap(tokens[a] as Token)) a++;
  while (b > a && !isCap(tokens[b - 1] as Token)) b--;
  if (a >= b) return;
  // A title after a name with a head belongs to the next phrase: `Museum of Flight CEO`.
  while (b - a > 2 && TITLE_WORDS.has(lower(tokens[b - 1] as Token)) && headType(tokens.slice(a, b - 1)) !== null) b--;
  // An acronym before a personal name is the person's organisation (`NASA Bill Ingalls`); before the name of an
  // event or programme it is the organiser (`FIFA World Cup`).
  if (b - a > 2 && isAcronym((tokens[a] as Token).text) && (hasTag(tokens[a + 1] as Token, ['FirstName', 'MaleName', 'FemaleName']) || NON_ENTITY_HEADS.has(lower(tokens[b - 1] as Token)))) {
    readChunk(ctx, a, a + 1);
    readChunk(ctx, a + 1, b);
    return;
  }
  // `and` joins two names unless the whole ends in a head that the first part lacks (`National Air and Space Museum`).
  for (let k = a + 1; k < b - 1; k++) {
    const w = tokens[k] as Token;
    if (!isLowerWord(w)) continue;
    const lw = lower(w);
    const splitHere = (lw === 'and' || lw === '&' || lw === 'y') ? !andInsideName(tokens, a, k, b) : false;
    if (splitHere) { readChunk(ctx, a, k); readChunk(ctx, k + 1, b); return; }
  }
  const words = tokens.slice(a, b);
  if (headType(words) === null) {
    const title = titleRun(words);
    if (title) {
      const [t, u] = title;
      if (t > 0) readChunk(ctx, a, a + t);
      // `Director of the National Iodine Nutrition Study`: what follows `of` is not the title holder's name.
      if (!isCap(words[u] as Token)) { readChunk(ctx, a + u, b); return; }
      const titleText = ctx.paragraph.slice((words[t] as Token).start, (words[u - 1] as Token).end);
      const honorific = words.slice(t, u).some((w) => PERSON_HONORIFICS.has(lower(w)));
      // A nationality before the title describes the person too (`Afghan Ambassador Hamdullah Mohib`).
      const nationality = t > 0 ? ctx.paragraph.slice((words[0] as Token).start, (words[t - 1] as Token).end) : '';
      addName(ctx, a + u, b, { PERSON: honorific ? STRONG_CUE + 2 : STRONG_CUE }, isNorpName(nationality) ? [nationality, titleText] : [titleText]);
      return;
    }
    // A nationality or country before a name is its own mention (`Russian` in `Russian Vladimir Putin`,
    // `United States` in `the United States Hamdullah Mohib`).
    const prefix = placePrefix(ctx.paragraph, words);
    if (prefix > 0) {
      addName(ctx, a, a + prefix, {}, []);
      const first = ctx.out.length;
      readChunk(ctx, a + prefix, b);
      const nationality = ctx.paragraph.slice((words[0] as Token).start, (words[prefix - 1] as Token).end);
      if (isNorpName(nationality) && ctx.out[first]) ctx.out[first].descriptors.unshift(nationality);
      return;
    }
  }
  addName(ctx, a, b, {}, []);
}

/** Length of the longest leading country or nationality in a multi-word name without a head, else 0. */
function placePrefix(paragraph: string, words: readonly Token[]): number {
  // A place compromise knows, then a first name: `Governor of Washington Chris Gregoire`.
  if (words.length > 2 && hasTag(words[0] as Token, ['Place', 'City', 'Region', 'Country']) && hasTag(words[1] as Token, ['FirstName', 'MaleName', 'FemaleName'])) return 1;
  const textOf = (n: number): string => paragraph.slice((words[0] as Token).start, (words[n - 1] as Token).end);
  const placeOrPeople = (t: string): boolean => isNorpName(t) || countryOf(t) !== undefined;
  // A whole country or nationality (`South Korea`, `Korea Republic`) is not split.
  if (placeOrPeople(textOf(words.length))) return 0;
  for (let k = words.length - 1; k >= 1; k--) if (placeOrPeople(textOf(k))) return k;
  return 0;
}

function andInsideName(tokens: readonly Token[], a: number, k: number, b: number): boolean {
  const before = tokens[k - 1] as Token;
  if (ORG_HEADS.has(lower(before)) || PLACE_HEADS.has(lower(before))) return false;
  for (let m = k + 1; m < b; m++) {
    const w = lower(tokens[m] as Token);
    if (ORG_HEADS.has(w) || PLACE_HEADS.has(w)) return k > a;
  }
  return false;
}

/**
 * A common noun for a role opening a chunk before a name of two words or more (`Prosecutor Susan Ferrier`,
 * `Meteorologist Estael Sias`): compromise knows it as a singular common noun, not a name, and it ends like an
 * agent noun. It is the person's descriptor, as a title is.
 */
function roleNoun(w: Token, rest: number): boolean {
  return rest >= 2 && commonNoun(w) && !w.tags.has('Plural') && ROLE_NOUN_ENDING.test(lower(w)) && !COMMON_SUFFIX.test(lower(w));
}

/** A word compromise's lexicon knows as a common noun only, not as (part of) a name. */
function commonNoun(w: Token): boolean {
  return w.tags.has('Noun') && !hasTag(w, ['ProperNoun', 'Person', 'Place', 'Organization', 'FirstName', 'LastName', 'Acronym']);
}

/** The leading run of titles in a chunk, when a name follows it: `Foreign Secretary` in `Foreign Secretary David Lammy`. */
function titleRun(words: readonly Token[]): [number, number] | null {
  const isTitle = (w: Token): boolean => TITLE_WORDS.has(lower(w).replace(/\.$/, ''));
  const role = words.length > 2 && roleNoun(words[0] as Token, words.length - 1);
  const t = role ? 0 : words.findIndex(isTitle);
  if (t < 0) return null;
  let u = role ? 1 : t;
  while (u < words.length && isTitle(words[u] as Token)) u++;
  if (u >= words.length) return null;
  // Inside a name a title word must come first or after a prefix such as an acronym or nationality, or a
  // portfolio that compromise knows as a common noun (`Health Minister`, `Education Secretary`).
  if (t > 0 && words.slice(0, t).every(commonNoun)) return [0, u];
  return t === 0 || words.slice(0, t).every((w) => isAcronym(w.text) || isNorpName(w.text) || countryOf(w.text) !== undefined) ? [t, u] : null;
}

function addName(ctx: Ctx, a: number, b: number, extra: Partial<Votes>, descriptors: string[]): void {
  const { paragraph, tokens } = ctx;
  if (a >= b) return;
  const words = tokens.slice(a, b);
  if (words.length === 1 && (neverName(words[0] as Token) || MONTHS.has(lower(words[0] as Token)))) return;
  const first = words[0] as Token;
  const last = words[words.length - 1] as Token;
  const start = first.start;
  const end = last.end;
  const text = paragraph.slice(start, end);
  const votes = emptyVotes();
  for (const [k, v] of Object.entries(extra) as Array<[EntityType, number]>) votes[k] += v;
  const cues = votes.PERSON;
  lexicalEvidence(text, words, votes, ctx, a, b);
  const guess = votes.PERSON - cues;
  const descs = [...descriptors];
  contextBefore(ctx, a, b, start, votes, descs);
  contextAfter(ctx, b, start, end, votes, descs);
  const gazetteer = gazetteerEvidence(ctx, a, text, words.length, votes.PERSON - guess, guess);
  if (gazetteer > 0) votes.PLACE += gazetteer;
  const cand: Candidate = { start, end, text, votes, descriptors: descs, words: words.length };
  if (gazetteer > 0) cand.gazetteer = gazetteer;
  const club = words.length > 1 && CLUB_WORDS.has(lower(last));
  if (club) cand.club = true;
  if (club || (!afterLocative(ctx, a) && headType(words) === null && !isDateline(ctx, start, end))) cand.team = true;
  if (words.length >= 2 && words.length <= 3 && words.every((w) => isCap(w) && !isCaps(w) && !hasTag(w, FUNCTION_TAGS) && !hasTag(w, ['Place', 'Organization', 'Acronym']) && !TITLE_WORDS.has(lower(w)) && !COMMON_SUFFIX.test(w.text)) &&
    Object.values(votes).every((v) => v <= WEAK_CUE)) cand.unknownWords = words.map(lower);
  ctx.out.push(cand);
}

function lexicalEvidence(text: string, words: readonly Token[], votes: Votes, ctx: Ctx, a: number, b: number): void {
  const key = text.toLowerCase();
  if (countryOf(text) !== undefined) votes.PLACE += LEXICON;
  else if (CAPITAL_SET.has(text) || CAPITAL_SET.has(titleCase(text)) || REGIONS.has(phraseKey(text))) votes.PLACE += HEAD;
  if (isNorpName(text)) votes.NORP += LEXICON;
  if (METONYMS.has(phraseKey(text))) votes.ORG += LEXICON;
  if (CREDIT.test(key) && isCredit(ctx, a, b)) votes.ORG += LEXICON;
  const head = headType(words);
  if (head) votes[head] += HEAD;
  else if (words.length > 1 && COMPASS_WORDS.has(lower(words[0] as Token)) && isCap(words[1] as Token)) votes.PLACE += CUE + 0.5;
  if (words.length > 1 && NON_ENTITY_HEADS.has(lower(words[words.length - 1] as Token))) for (const t of ['PERSON', 'ORG', 'PLACE', 'NORP'] as const) votes[t] -= LEXICON;
  if (words.length === 1 && isAcronym(text) && countryOf(text) === undefined && !POSTNOMINALS.has(key) && !(ctx.shouting && /^\p{Lu}{4,}$/u.test(text))) {
    // Codes (`STS-135`) and abbreviations of common nouns (`iodine deficiency disorders (IDD)`) are not names;
    // two letters alone (`IQ`) are too often something else to count as an organisation without other evidence.
    const letters = text.replace(/\./g, '');
    if (abbreviatesCommonNoun(ctx.paragraph, words[0] as Token)) for (const t of ['PERSON', 'ORG', 'PLACE', 'NORP'] as const) votes[t] -= DEFINITION;
    else if (/^-\d/.test(ctx.paragraph.slice((words[0] as Token).end, (words[0] as Token).end + 2))) votes.ORG -= LEXICON;
    else if (ORG_ACRONYMS.has(letters.toLowerCase())) votes.ORG += LEXICON;
    else if (letters.length > 2) votes.ORG += 1.5;
  }
  if (words.length === 1 && /^\p{Lu}\p{Ll}+(?:news|soft|media)$/u.test(text)) votes.ORG += 2;
  const f = words[0] as Token;
  const l = words[words.length - 1] as Token;
  if (words.some((w) => w.tags.has('Person'))) votes.PERSON += GUESS;
  if (words.length > 1 && (f.tags.has('FirstName') || f.tags.has('MaleName') || f.tags.has('FemaleName'))) votes.PERSON += 1.5;
  if (l.tags.has('LastName')) votes.PERSON += 0.5;
  if (hasTag(l, ['Place', 'Country', 'City', 'Region'])) votes.PLACE += 1.5;
  // Compromise's lexicon marks organisation words as it marks places; a name it reads as one throughout is as
  // good a guess as a place it knows.
  // An organisation's acronym before a place is its branch there (`NHS England`, `BBC Scotland`).
  const rest = text.slice(words[1] ? (words[1] as Token).start - (words[0] as Token).start : text.length);
  if (words.length > 1 && !head && isAcronym(f.text) && countryOf(f.text) === undefined && (f.tags.has('Organization') || ORG_ACRONYMS.has(f.text.replace(/\./g, '').toLowerCase())) &&
    (countryOf(rest) !== undefined || words.slice(1).every((w) => hasTag(w, ['Place', 'Country', 'City', 'Region'])))) votes.ORG += HEAD;
  // An organisation's acronym ending a longer name (`Eastside YMCA`) makes the whole a branch of it.
  if (l.tags.has('Organization') && words.length > 1 && isAcronym(l.text)) votes.ORG += 1.5;
  else if (l.tags.has('Organization') && !isAcronym(l.text)) votes.ORG += words.length > 1 && words.every((w) => w.tags.has('Organization')) ? 1.5 : 1;
}

/** `iodine deficiency disorders (IDD)`: the lower-case words before the bracket spell the acronym. */
function abbreviatesCommonNoun(paragraph: string, acr: Token): boolean {
  if (paragraph[acr.start - 1] !== '(') return false;
  const letters = acr.text.replace(/\./g, '').toLowerCase();
  const before = paragraph.slice(Math.max(0, acr.start - 120), acr.start - 1).trim().split(/[\s-]+/).slice(-letters.length);
  // The first word may be capitalised only because it starts the sentence.
  return before.length === letters.length && before.every((w, i) => (i === 0 || /^\p{Ll}/u.test(w)) && w[0]?.toLowerCase() === letters[i]) &&
    before.slice(1).every((w) => /^\p{Ll}/u.test(w));
}

/** A photo agency is a credit when it stands alone on its line or is glued to the end of a caption. */
function isCredit(ctx: Ctx, a: number, b: number): boolean {
  const { paragraph, tokens } = ctx;
  const first = tokens[a] as Token;
  const last = tokens[b - 1] as Token;
  const prev = tokens[a - 1];
  // Only the text near the name is looked at, so a huge paragraph costs no more than a short one.
  const atEnd = paragraph.length - last.end < 40 && !/\p{L}/u.test(paragraph.slice(last.end).replace(/^[’']s/u, ''));
  const alone = atEnd && first.start < 40 && !/\p{L}/u.test(paragraph.slice(0, first.start));
  const glued = !!prev && prev.end === first.start;
  return alone || (ctx.caption && atEnd) || glued || /^\s*\/|\/\s*$/.test(paragraph.slice(last.end, last.end + 2) + paragraph.slice(Math.max(0, first.start - 2), first.start));
}

/**
 * The PLACE evidence the gazetteer gives a name, 0 if none. Any person cue of the context cancels it. A name of
 * one word also yields to compromise's reading of it as a person's; a whole multi-word place (`Khan Yunis`,
 * `El Fasher`) outweighs that reading of one of its words (`Khan` as a surname) and weighs as a head.
 */
function gazetteerEvidence(ctx: Ctx, a: number, text: string, words: number, personCues: number, personGuess: number): number {
  if (personCues > 0 || afterCapitalised(ctx, a) || !isGazetteerPlace(text)) return 0;
  if (words > 1) return HEAD;
  return personGuess > 0 ? 0 : GAZETTEER;
}

/**
 * True when a capitalised word stands right before the word at `a`: a place name split off the end of a longer
 * name belongs to that name (`Space Shuttle Columbia`, `HMS Victory`), not to the map.
 */
function afterCapitalised(ctx: Ctx, a: number): boolean {
  const p = ctx.tokens[a - 1];
  const t = ctx.tokens[a] as Token;
  // In a headline in capitals every word is capitalised, so the word before says nothing.
  return !ctx.shouting && !!p && isCap(p) && !p.initial && WHITESPACE.test(ctx.paragraph.slice(p.end, t.start));
}

/** True when a locative preposition (`in`, `at the`) comes right before the word at `a`. */
function afterLocative(ctx: Ctx, a: number): boolean {
  const p = ctx.tokens[a - 1];
  const q = p && lower(p) === 'the' ? ctx.tokens[a - 2] : p;
  // Sentence-initial `In Paris,` counts as well.
  return !!q && (isLowerWord(q) || q.initial) && LOCATIVE_PREPOSITIONS.has(lower(q));
}

function contextBefore(ctx: Ctx, a: number, b: number, start: number, votes: Votes, descs: string[]): void {
  const { paragraph, tokens } = ctx;
  const p = tokens[a - 1];
  if (!p || p.end > start) return;
  const gap = paragraph.slice(p.end, start);
  const the = lower(p) === 'the' && /^\s*[“"‘']?$/u.test(gap);
  // The second of two names joined by `and`/`or` shares the first one's preposition (`in Goma and Bunia`).
  const conj = !the && isLowerWord(p) && (lower(p) === 'and' || lower(p) === 'or') && WHITESPACE.test(gap) && tokens[a - 2] && isCap(tokens[a - 2] as Token) ? tokens[a - 3] : undefined;
  const beforeThe = the ? tokens[a - 2] : conj ?? p;
  // A locative points to a place (`in Canoas`, `in Great Yarmouth`, `at the Old Bailey`); `from` only weakly, as
  // things come from people as often as from places (`a penalty from Kaoru Mitoma`).
  // A name with a subtitle (`in Batman: Arkham VR`) is a work's title, whatever the preposition.
  const subtitled = /^:\s*\p{Lu}/u.test(paragraph.slice((tokens[b - 1] as Token).end, (tokens[b - 1] as Token).end + 4));
  if (beforeThe && isLowerWord(beforeThe) && LOCATIVE_PREPOSITIONS.has(lower(beforeThe)) && !subtitled) votes.PLACE += lower(beforeThe) === 'from' ? WEAK_CUE : the || b - a > 1 ? CUE + 0.1 : CUE;
  const after = tokens[b];
  const modifier = !!after && isLowerWord(after) && after.tags.has('Noun') && !hasTag(after, ['Verb', 'Pronoun', 'Preposition']) && WHITESPACE.test(paragraph.slice((tokens[b - 1] as Token).end, after.start));
  if (the && !modifier) {
    // Personal names take no article: `the Old Bailey`, `the Kremlin`, `the Minions` are not people. (A name
    // that only modifies a noun, `the Andy Warhol exhibit`, says nothing of the kind.)
    votes.PERSON -= LEXICON;
    // A quoted plural name after the article names a group: dubbed the “Minions”.
    const last = tokens[b - 1] as Token;
    if (/[“"‘']/u.test(gap) && /s$/.test(last.text) && !isNorpName(last.text)) votes.ORG += CUE;
    return;
  }
  if (/^,\s+$/.test(gap) && isLowerWord(p) && !p.tags.has('Plural') && (TITLE_WORDS.has(lower(p)) || (p.tags.has('Noun') && ROLE_NOUN_ENDING.test(lower(p))))) {
    // Apposition after a role: `the Afghan team's coach, Alireza Mehraban,`.
    votes.PERSON += 2;
    descs.push(p.text);
    return;
  }
  if (!WHITESPACE.test(gap)) return;
  const yearOld = YEAR_OLD_BEFORE.exec(paragraph.slice(Math.max(0, start - 60), start));
  if (yearOld) { votes.PERSON += STRONG_CUE; descs.push(yearOld[1] as string); }
  if (!isLowerWord(p) || !p.tags.has('Noun') || p.possessive) return;
  const lp = lower(p);
  if (TITLE_WORDS.has(lp) || (ROLE_NOUN_ENDING.test(lp) && !p.tags.has('Plural'))) {
    votes.PERSON += 2;
    const pp = tokens[a - 2];
    const two = pp && isLowerWord(pp) && pp.tags.has('Noun') && !pp.tags.has('Plural') && !pp.possessive && !pp.tags.has('Hyphenated') && WHITESPACE.test(gapOf(paragraph, pp, p)) && !hasTag(pp, FUNCTION_TAGS);
    descs.push(two ? paragraph.slice(pp.start, p.end) : p.text);
    nationalityBefore(ctx, two ? a - 2 : a - 1, descs);
  } else if (p.tags.has('Plural') && (p.tags.has('Actor') || /(?:als|ers|ors|ies|ists|men)$/.test(lp))) {
    // `allies Biser Dzhambazov`, `nationals Katrin Ivanova`: a plural noun for people right before a name.
    votes.PERSON += CUE;
    nationalityBefore(ctx, a - 1, descs);
  }
}

function nationalityBefore(ctx: Ctx, k: number, descs: string[]): void {
  const n = ctx.tokens[k - 1];
  const at = ctx.tokens[k] as Token;
  if (n && isNorpName(n.text) && WHITESPACE.test(gapOf(ctx.paragraph, n, at))) descs.push(n.text);
}

// A wire dateline: a place in capitals opening the paragraph, then a comma, a bracket or a date (`BRUSSELS 1996-08-22`).
const DATELINE_AFTER = /^\s*(?:,|\(|\d{1,4}[-/ ])/u;

/** A place in capitals opening the paragraph before a comma, bracket or date: the wire dateline. */
function isDateline(ctx: Ctx, start: number, end: number): boolean {
  const name = ctx.paragraph.slice(start, end);
  return start === ctx.tokens[0]?.start && /\p{Lu}{3}/u.test(name) && name === name.toUpperCase() && DATELINE_AFTER.test(ctx.paragraph.slice(end, end + 24));
}

function contextAfter(ctx: Ctx, b: number, start: number, end: number, votes: Votes, descs: string[]): void {
  const { paragraph, tokens } = ctx;
  const rest = paragraph.slice(end, end + 24);
  if (isDateline(ctx, start, end)) votes.PLACE += HEAD;
  const age = AGE_AFTER.exec(rest);
  if (age) { votes.PERSON += STRONG_CUE; descs.push((age[1] ?? age[2]) as string); }
  const post = POSTNOMINAL_AFTER.exec(rest);
  if (post && POSTNOMINALS.has((post[1] as string).toLowerCase())) { votes.PERSON += 2; descs.push(post[1] as string); }
  // `McMinnville, Oregon`, `Sydney, Australia`: a name followed by the region or country it lies in.
  const region = tokens[b];
  if (region && /^,\s+$/.test(paragraph.slice(end, region.start)) && isCap(region) &&
    (countryOf(region.text) !== undefined || hasTag(region, ['Region', 'Country'])) && !hasTag(tokens[b - 1] as Token, ['Person']) &&
    // Not a list of names (`Group G, Belgium, Panama`).
    !/^,\s*\p{Lu}/u.test(paragraph.slice(region.end, region.end + 3))) votes.PLACE += 2;
  const n = tokens[b];
  if (n && isLowerWord(n) && SPEECH_VERBS.has(lower(n)) && WHITESPACE.test(paragraph.slice(end, n.start))) { votes.PERSON += 0.5; votes.ORG += 0.3; }
}

/** `Kennedy Space Center (KSC)`: the acronym in brackets right after a name is that name's alias. */
function linkBracketAcronyms(paragraph: string, cands: Candidate[]): void {
  for (let k = 1; k < cands.length; k++) {
    const acr = cands[k] as Candidate;
    const name = cands[k - 1] as Candidate;
    if (acr.words === 1 && isAcronym(acr.text) && /^\s*\($/.test(paragraph.slice(name.end, acr.start)) && paragraph[acr.end] === ')' && name.words > 1) {
      acr.expands = k - 1;
      // People are not given acronyms: the name is an institution's, unless a head or gazetteer says place.
      name.votes.PERSON -= LEXICON;
      name.votes.ORG += CUE;
      delete name.unknownWords;
    }
  }
}
