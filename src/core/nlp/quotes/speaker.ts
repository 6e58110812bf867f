import {
  DETERMINERS, DOCUMENT_NOUNS, NAME_CONNECTORS, NAME_PARTICLES, NP_STOP, PRONOUNS, ROLE_PREPOSITIONS,
  TITLES, TITLE_MODIFIERS, VERB_MODIFIERS,
} from './lexicon';
import { ORG_HEADS as BODY_HEADS, PLACE_HEADS, POSTNOMINALS } from '../lexicon';
import { phraseLists, wordLists } from '../knowledge';
import { SPEECH_VERBS } from '../speechVerbs';
import { isCapitalised, isPossessive, possessiveLength, type Token } from './tokens';

/** What kind of expression names a quote's source. */
export type SpeakerKind = 'name' | 'role' | 'pronoun';

/** A speaker span found in the text, before it is linked to an entity. */
export interface SpeakerFound {
  start: number;
  end: number;
  kind: SpeakerKind;
}

// Heads that make a capitalised run an organisation even when its first word looks like a title
// (`Justice Department`, `Defence Ministry`): the title is then part of the name.
const ORG_HEADS = new Set(
  'department ministry office council committee agency service party court commission bureau authority board'.split(' '),
);

// Words that open an adverbial phrase rather than a subject (`After the match, X said`).
const ADVERBIAL_OPENERS = new Set(
  ('however meanwhile yesterday today tonight last earlier later allegedly separately still now also but and so ' +
    'then instead indeed overall finally despite amid following citing according speaking asked when while ' +
    'although though as in on at after before for during with from by since under over unlike like around ' +
    'about within throughout across among amongst upon toward towards through via beyond besides near').split(' '),
);

// Adjectives that tie an anonymous source to what it knows (`a person familiar with the talks`).
const SOURCE_ADJECTIVES = new Set('close familiar briefed involved knowledgeable opposed loyal'.split(' '));

// Prepositions after those adjectives.
const SOURCE_LINKS = new Set(['to', 'with', 'on', 'in']);

// Nouns of time that head an adverbial phrase after a subject (`the report at the time`, `officials on the day`).
const TIME_NOUNS = new Set('time moment day days week weeks month months year years weekend night morning evening afternoon hearing meeting'.split(' '));

// Days and months, and the words that open a time before a verb (`last year`, `in March`, `on Monday`).
const WHEN_NAMES = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/u;
const TIME_OPENERS = new Set('last this next in on earlier that'.split(' '));

// Nouns in -ly, which are no adverbs (`the influential daily wrote`, `his family said`).
const LY_NOUNS = new Set('daily weekly monthly quarterly fortnightly family ally assembly rally bully'.split(' '));

// Relative pronouns that stand for the noun phrase before them as the subject of their clause.
const RELATIVES = new Set(['who', 'which']);

// Heads that make a run of capitalised words an organisation (`University of Lancaster` is no person's name).
const AFFILIATION_HEADS = new Set([...ORG_HEADS, ...'university college institute school hospital bank company group foundation centre center museum society union association'.split(' ')]);

// The lists that know a word as a surname, and a phrase as a firm's or a body's name.
const SURNAME_LISTS: ReadonlySet<string> = new Set(['surname', 'famous', 'famousCommon']);
const FIRM_LISTS: ReadonlySet<string> = new Set(['company', 'orgWn', 'orgLex', 'brand']);

const isWordLike = (t: Token | undefined): t is Token => !!t && t.word;
const isPronoun = (t: Token | undefined): boolean => isWordLike(t) && PRONOUNS.has(t.lower);
const bare = (t: Token): string => t.lower.replace(/\.$/u, '');
/** A function word, unless written in capitals as an abbreviation (`US` is not `us`). */
const isStopWord = (t: Token): boolean => NP_STOP.has(t.lower) && !(t.text.length > 1 && t.text === t.text.toUpperCase());

/** A title word, or a title modifier in front of a title (`Prime Minister`, `U.S. Senator`). */
function isTitleAt(tokens: Token[], k: number, e: number): boolean {
  const w = bare(tokens[k]);
  if (TITLES.has(w) || TITLES.has(tokens[k].lower)) return true;
  return (TITLE_MODIFIERS.has(w) || TITLE_MODIFIERS.has(tokens[k].lower)) && k + 1 <= e && isTitleAt(tokens, k + 1, e);
}

// Heads of quantities: `31 percent`, `a third`, `half` of respondents are no named source.
const QUANTITY = /^(?:percent|per|cent|%|half|third|thirds|quarter|majority|minority|number|share|proportion)$/u;

/** The words a found speaker spans, joined by single spaces. */
const textOf = (tokens: Token[], f: SpeakerFound): string => tokens.filter((t) => t.start >= f.start && t.end <= f.end).map((t) => t.text).join(' ');

function speaker(tokens: Token[], s: number, e: number, kind: SpeakerKind, endCut = 0): SpeakerFound {
  return { start: tokens[s].start, end: tokens[e].end - endCut, kind };
}

/**
 * The name at the end of a capitalised run, without titles (`Foreign Secretary David Lammy` -> `David Lammy`,
 * `Governor of Washington Chris Gregoire` -> `Chris Gregoire`); null when the run is only titles.
 */
function nameInRun(tokens: Token[], r: number, e: number, endCut: number): SpeakerFound | null {
  if (ORG_HEADS.has(bare(tokens[e]))) return speaker(tokens, r, e, 'name', endCut);
  // Letters after a name are no part of it (`Judge Mark Lucraft KC`), though `KC` is a title word before one.
  if (e > r && POSTNOMINALS.has(bare(tokens[e]))) return nameInRun(tokens, r, e - 1, 0);
  let cut = r;
  // A title word last that is a surname too, after a word that is no title, is the surname (`Amrita Sen`, `Hun Sen`,
  // `John Major`): titles come before names. Not an office's word (`The Lords Spokesperson`).
  const surname = (k: number): boolean => k === e && k > r && !isTitleAt(tokens, k - 1, e) && wordLists(bare(tokens[k])).some((l) => SURNAME_LISTS.has(l));
  // A firm's name that opens with a title word is the firm's (`said General Motors`).
  if (e > r && phraseLists(tokens.slice(r, e + 1).map((t) => t.text)).some((l) => FIRM_LISTS.has(l))) return speaker(tokens, r, e, 'name', endCut);
  for (let k = r; k <= e; k++) if (isTitleAt(tokens, k, e) && !surname(k)) cut = k + 1;
  // The abbreviation's full stop of such a surname ends the sentence, not the name (`said Hun Sen.`).
  if (cut <= e && surname(e) && endCut === 0 && /\.$/u.test(tokens[e].text)) return speaker(tokens, cut, e, 'name', 1);
  // `Special Agent in Charge Jane Doe`: the office goes on past `in Charge`.
  if (cut > r && tokens[cut]?.lower === 'in' && tokens[cut + 1]?.text === 'Charge') cut += 2;
  if (cut > e) return null;
  const affiliated = nameBeforeOf(tokens, cut, e, cut > r);
  if (affiliated >= 0) return speaker(tokens, cut, affiliated, 'name');
  if (NAME_CONNECTORS.has(tokens[cut].lower)) {
    // `Governor of Washington Chris Gregoire`: the title's complement comes first; a name is its last two words.
    cut++;
    if (e - cut + 1 < 3) return null;
    cut = e - 1;
  }
  return speaker(tokens, cut, e, 'name', endCut);
}

/**
 * The last token of a person's name of two or three words before `of` and a place or body (`Senator John Kennedy of
 * Louisiana`, `Gene Munster of Loup Ventures`): the person speaks, not where they are from. -1 where the words
 * before `of` are a body's or a place's (`Bank of England`, `National Academy of Sciences`, `Gulf of Mexico`).
 */
function nameBeforeOf(tokens: Token[], s: number, e: number, titled: boolean): number {
  // One word after a title is a name too (`Prince Harry of Britain`, `King Charles of Britain`).
  for (let o = titled ? s + 1 : s + 2; o <= Math.min(s + 3, e - 1); o++) {
    if (tokens[o].lower !== 'of') continue;
    const before = tokens.slice(s, o);
    const head = bare(tokens[o - 1]);
    if (!before.every((t) => t.word && isCapitalised(t) && !NAME_CONNECTORS.has(t.lower) && !NAME_PARTICLES.has(t.lower))) return -1;
    if (AFFILIATION_HEADS.has(head) || BODY_HEADS.has(head) || PLACE_HEADS.has(head) || STATE_HEADS.has(head) || !isCapitalised(tokens[o + 1])) return -1;
    return o - 1;
  }
  return -1;
}

// Heads of a state's name before `of` (`the Islamic Republic of Iran`, `the United Kingdom of Great Britain`).
const STATE_HEADS = new Set('republic kingdom emirates states federation commonwealth principality union sultanate emirate'.split(' '));

/**
 * Turns a noun phrase (tokens `s..e`) into a speaker: the possessor of a document (`Cornyn's statement` ->
 * `Cornyn`), a name without title or determiner when the phrase is headed by one (`Moscow’s Federal Security
 * Service` -> `Federal Security Service`), otherwise the whole role phrase with its determiner (`The Prime
 * Minister’s official spokesman`).
 */
export function nameOrRole(tokens: Token[], s: number, e: number, endCut = 0): SpeakerFound | null {
  if (e < s) return null;
  const last = tokens[e];
  if (DOCUMENT_NOUNS.has(last.lower)) {
    for (let k = e - 1; k >= s; k--) {
      if (isPossessive(tokens[k])) return nameOrRole(tokens, s, k, possessiveLength(tokens[k]));
    }
  }
  // `Nguyen Khac Giang of Singapore's ISEAS-Yusof Ishak Institute`, `Chong of Singapore's ISEAS`: the person before
  // `of` speaks, though a possessive in the affiliation cuts the run read backwards from its end.
  const of = nameBeforeOf(tokens, s, e, true);
  if (of >= 0 && tokens.slice(of + 2, e + 1).some(isPossessive)) return speaker(tokens, s, of, 'name');
  if (isCapitalised(last) && !DETERMINERS.has(last.lower)) {
    let r = e;
    while (r - 1 >= s) {
      const t = tokens[r - 1];
      if (!t.word || isPossessive(t) || DETERMINERS.has(t.lower)) break;
      if (isCapitalised(t)) { r--; continue; }
      if ((NAME_CONNECTORS.has(t.lower) || NAME_PARTICLES.has(t.lower) || (t.lower === 'in' && tokens[r]?.text === 'Charge')) && r - 2 >= s && isCapitalised(tokens[r - 2])) {
        r--;
        continue;
      }
      // Particles in a row (`Ursula von der Leyen`).
      if (NAME_PARTICLES.has(t.lower) && r - 3 >= s && NAME_PARTICLES.has(tokens[r - 2].lower) && isCapitalised(tokens[r - 3])) {
        r -= 2;
        continue;
      }
      break;
    }
    // Particles in lower case opening the phrase are the name's (`von der Leyen said`, `de Gaulle`).
    let p = r;
    while (p - 1 >= s && p > r - 2 && NAME_PARTICLES.has(tokens[p - 1].text) && tokens[p - 1].word) p--;
    if (p < r && (p === s || !isCapitalised(tokens[p - 1]))) r = p;
    const name = nameInRun(tokens, r, e, endCut);
    if (name) return name;
  }
  return speaker(tokens, s, e, 'role', endCut);
}

/** Whether a phrase starting at token `i` is an adverbial (`After the match`, `In a statement`, `Allegedly`). */
function isAdverbial(tokens: Token[], i: number, end: number): boolean {
  const t = tokens[i];
  if (!isWordLike(t)) return true;
  if (ADVERBIAL_OPENERS.has(t.lower)) return true;
  if (LY_NOUNS.has(t.lower)) return false;
  if (/(?:ing|ly)$/u.test(t.lower) && !isCapitalised(tokens[i + 1] ?? t)) return true;
  return end - i === 1 && /ly$/u.test(t.lower);
}

/** Splits `from..to` (exclusive) at commas into segments of token indices. */
function commaSegments(tokens: Token[], from: number, to: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let s = from;
  for (let i = from; i <= to; i++) {
    if (i === to || tokens[i].text === ',') {
      if (i > s) out.push([s, i]);
      s = i + 1;
    }
  }
  return out;
}

/** The noun phrase read backwards from token `k` (inclusive), no further back than `min`. */
function npBackward(tokens: Token[], k: number, min: number): SpeakerFound | null {
  const t = tokens[k];
  if (!isWordLike(t)) return null;
  if (isPronoun(t)) return speaker(tokens, k, k, 'pronoun');
  // A possessive or determiner right before the cue makes it a noun (`Trump's comments`, `the claims`).
  if (DETERMINERS.has(t.lower) || NP_STOP.has(t.lower) || isPossessive(t)) return null;
  let s = k + 1;
  let lower = 0;
  for (let i = k; i >= min; i--) {
    const u = tokens[i];
    if (!u.word) break;
    if (DETERMINERS.has(u.lower)) { s = i; break; }
    if (isCapitalised(u)) {
      // Capitalised, `State` is a name word, not the verb `state`.
      // A capitalised function word inside a name (`Doctors Without Borders`) joins it; one opening the
      // sentence (`In Paris, …`) does not.
      // A month's name before the capitalised word read so far is a given name (`June Sarpong told`).
      const givenMonth = GIVEN_MONTHS.has(u.lower) && s === i + 1 && i < k;
      if (isStopWord(u) && !givenMonth && !(i - 1 >= min && isCapitalised(tokens[i - 1]) && !isStopWord(tokens[i - 1]) && s === i + 1)) break;
      s = i;
      continue;
    }
    const between = i - 1 >= min && isCapitalised(tokens[i - 1]) && isCapitalised(tokens[i + 1]);
    if ((NAME_CONNECTORS.has(u.lower) || NAME_PARTICLES.has(u.lower) || (u.lower === 'in' && tokens[i + 1]?.text === 'Charge')) && between) { s = i; continue; }
    // The head itself may be a noun that is also a verb of saying (`A council report at the time described`).
    if (NP_STOP.has(u.lower) || (i < k && SPEECH_VERBS.has(u.lower)) || /^[\d.,]+$/u.test(u.text) || lower >= 3) break;
    lower++;
    s = i;
  }
  // A sentence-initial adverb is capitalised but is no part of the subject (`Yesterday Smith said`).
  while (s < k && isAdverbial(tokens, s, k + 1) && !DETERMINERS.has(tokens[s].lower)) s++;
  if (s > k) return null;
  // A quantity is no speaker (`31 percent call them`): a speaker is a noun phrase naming a source.
  if (QUANTITY.test(tokens[k].lower)) return null;
  // `a source close to the board`, `people familiar with the talks`: the role with its complement, whole.
  const linkWord = tokens[s - 1];
  if (linkWord && s - 3 >= min && SOURCE_LINKS.has(linkWord.lower) && SOURCE_ADJECTIVES.has(tokens[s - 2].lower)) {
    const role = npBackward(tokens, s - 3, min);
    if (role && (role.kind === 'role' || role.start === tokens[s - 3].start)) return { start: role.start, end: tokens[k].end, kind: 'role' };
  }
  // `A dealer at Banca Commerciale in Milan said`, `The Mainland Affairs Council in Taipei urged`: a place after `in`
  // says where the source is, not who.
  const prep = tokens[s - 1];
  if (prep && prep.text === 'in' && s - 2 >= min && isCapitalised(tokens[s]) && isWordLike(tokens[s - 2]) && !NP_STOP.has(tokens[s - 2].lower)) {
    const source = npBackward(tokens, s - 2, min);
    if (source) return source;
  }
  // `A spokeswoman for the ministry said`: the role before the preposition is the speaker, taken whole.
  if (prep && s - 2 >= min && ROLE_PREPOSITIONS.has(prep.text)) {
    const role = npBackward(tokens, s - 2, min);
    // `A council report at the time described`: a phrase of time is no part of the speaker.
    if (role && TIME_NOUNS.has(tokens[k].lower)) return role;
    // … with its determiner, or people in the plural without one (`analysts at Goldman Sachs said`).
    const opener = tokens.find((t) => t.start === role?.start);
    const plural = !!opener && opener.end === role?.end && /^\p{Ll}+s$/u.test(opener.text);
    if (role?.kind === 'role' && (DETERMINERS.has(opener?.lower ?? '') || plural)) {
      return { start: (role as SpeakerFound).start, end: tokens[k].end, kind: 'role' };
    }
    // `Dr Sunil Mehta of the University of Lancaster, …, said`, `Detective Inspector Sarah Wood of the Metropolitan
    // Police said`, `Jackson of the Bank of England said`: the person, not the affiliation, speaks; and a body named
    // by its members speaks as them (`Friends of the Earth said`, `Daughters of the American Revolution said`).
    if (role?.kind === 'name' && prep.text !== 'for' && !AFFILIATION_HEADS.has(tokens.find((t) => t.end === role.end)?.lower ?? '')) {
      const org = nameOrRole(tokens, s, k);
      if (org?.kind === 'name') return role;
    }
  }
  return nameOrRole(tokens, s, k);
}

/**
 * The subject of the reporting verb at token `verb`, read backwards no further than token `min`: a pronoun
 * (`he said`), the noun phrase before the verb (`Tunisia's coach Nabil Maaloul said`), or, when an appositive
 * sits between them (`Khaled Al-Maeena, editor at large at the Saudi Gazette, said`), the phrase before it.
 */
export function subjectBefore(tokens: Token[], verb: number, min: number): SpeakerFound | null {
  let k = verb - 1;
  for (let skipped = 0; k >= min && skipped < 3; skipped++) {
    const t = tokens[k];
    if (!t.word || !(VERB_MODIFIERS.has(t.lower) || (/ly$/u.test(t.lower) && t.lower === t.text && !LY_NOUNS.has(t.lower)))) break;
    k--;
  }
  // A time between a relative pronoun and its verb is no subject (`Rabuka, who last year called for`, `who in March
  // said`, `which on Monday wrote`).
  const timeAt = (i: number): boolean => i - 1 >= min && (TIME_NOUNS.has(tokens[i].lower) || WHEN_NAMES.test(tokens[i].lower)) && TIME_OPENERS.has(tokens[i - 1].lower);
  if (timeAt(k) && k - 2 >= min && RELATIVES.has(tokens[k - 2].lower)) k -= 2;
  // `a post titled "Ten Years On," wrote`: the closing mark of a title in the subject is no boundary.
  while (k > min && /^["”’'»]$/u.test(tokens[k].text)) k--;
  // `Amy Rhodes (D-Ore.) said`: a parenthesised affiliation between subject and verb.
  if (k > min && tokens[k].text === ')') {
    let open = k - 1;
    while (open > min && open > k - 8 && tokens[open].text !== '(') open--;
    if (tokens[open].text === '(') k = open - 1;
  }
  if (k < min) return null;
  // `Cárdenas, who had called the vote "…"`, `the ministry, which said`: the relative pronoun stands for the
  // phrase before it.
  if (RELATIVES.has(tokens[k].lower) && k - 1 >= min) {
    const j = tokens[k - 1].text === ',' ? k - 2 : k - 1;
    return j >= min ? npBackward(tokens, j, min) : null;
  }
  if (tokens[k].text === ',') {
    const segments = commaSegments(tokens, min, k).filter(([s, e]) => !isAdverbial(tokens, s, e));
    if (!segments.length) return null;
    const [s, e] = segments[0];
    const found = npBackward(tokens, e - 1, s);
    // `Trump's campaign manager, Kellyanne Conway, told`, `the Recorder of London, Judge Mark Lucraft, said`: the
    // name in apposition names the source (an office's place is no speaker).
    const next = segments[1];
    const office = found?.kind === 'name' && DETERMINERS.has(tokens[s].lower) && (found.start > tokens[s + 1].start || / of /u.test(textOf(tokens, found)));
    if ((found?.kind === 'role' || office) && next && next[1] - next[0] <= 5) {
      const name = npBackward(tokens, next[1] - 1, next[0]);
      // The whole segment is the name, or titles before it (`Judge Mark Lucraft`).
      let t = next[0];
      while (name && tokens[t].start < name.start && isTitleAt(tokens, t, next[1] - 1)) t++;
      if (name?.kind === 'name' && name.start === tokens[t].start && (!office || /\s/u.test(textOf(tokens, name)))) return name;
    }
    return found;
  }
  return npBackward(tokens, k, min);
}

// Months that are given names too (`April Verrett`, `June Sarpong`, `August Wilson`).
const GIVEN_MONTHS: ReadonlySet<string> = new Set(['january', 'april', 'may', 'june', 'july', 'august']);

/** The noun phrase read forwards from token `f` (before `to`), as token indices, or null. */
function npForward(tokens: Token[], f: number, to: number): [number, number] | null {
  let i = f;
  if (i < to && DETERMINERS.has(tokens[i].lower)) i++;
  let sawCap = false;
  let lower = 0;
  let last = -1;
  while (i < to) {
    const t = tokens[i];
    if (!t.word) break;
    if (isPossessive(t)) { sawCap = false; last = i; i++; continue; }
    const next = tokens[i + 1];
    // A month's name before a capitalised word is a given name (`SEIU President April Verrett`).
    if (isCapitalised(t) && (!isStopWord(t) || (GIVEN_MONTHS.has(t.lower) && next?.word && isCapitalised(next) && !isStopWord(next)))) { sawCap = true; last = i; i++; continue; }
    // … and the `in` of `Special Agent in Charge Jane Doe`.
    if (sawCap && (NAME_CONNECTORS.has(t.lower) || NAME_PARTICLES.has(t.lower) || (t.lower === 'in' && next?.text === 'Charge')) && i + 1 < to && next && isCapitalised(next)) {
      i++;
      continue;
    }
    // `the head of the delegation`, `a person close to the campaign`: the complement belongs to the phrase.
    if ((t.lower === 'of' || (SOURCE_LINKS.has(t.lower) && SOURCE_ADJECTIVES.has(tokens[i - 1]?.lower ?? ''))) && last >= f && next?.word && !sawCap) {
      i += DETERMINERS.has(next.lower) ? 2 : 1;
      continue;
    }
    if (NP_STOP.has(t.lower) || SPEECH_VERBS.has(t.lower) || (/ed$/u.test(t.lower) && t.lower.length > 4)) break;
    if (/^[\d.,]+$/u.test(t.text) || /ly$/u.test(t.lower) || (lower >= 3 && !longTitleEnds(tokens, i, to))) break;
    // After a name, a lower-case word in -s is a verb (`Russia wants`), not part of the phrase; so is one
    // followed by a determiner, its object (`Berko struck a similar note`).
    if (sawCap && /[^s]s$/u.test(t.lower)) break;
    if (sawCap && next && DETERMINERS.has(next.lower)) break;
    // Common nouns may follow capitalised modifiers (`the Crown prosecutor`) and precede a name
    // (`Republican presidential candidate Donald Trump`).
    lower++;
    last = i;
    i++;
  }
  return last >= f ? [f, last] : null;
}

/**
 * Whether the lower-case words from `i` end, within two words, before a capitalised name: a long title before its
 * holder (`said Spotify's chief public affairs officer Dustee Jenkins`).
 */
function longTitleEnds(tokens: Token[], i: number, to: number): boolean {
  for (let k = i; k < Math.min(to, i + 3); k++) {
    const t = tokens[k];
    if (!t.word || NP_STOP.has(t.lower) || SPEECH_VERBS.has(t.lower)) return false;
    if (isCapitalised(t)) return k > i && !isStopWord(t);
  }
  return false;
}

/**
 * The source named after a cue (`said Ambassador Mohib`, `according to the Sydney Morning Herald`). In an
 * appositive chain (`the Crown prosecutor, Mark Tedeschi, QC`) the first segment headed by a name wins.
 */
export function speakerAfter(tokens: Token[], from: number, to: number): SpeakerFound | null {
  if (from >= to) return null;
  if (isPronoun(tokens[from])) return speaker(tokens, from, from, 'pronoun');
  let first: SpeakerFound | null = null;
  let i = from;
  while (i < to) {
    const np = npForward(tokens, i, to);
    if (!np) break;
    // `according to a statement from the Interior Ministry`: the source of the document speaks.
    if (DOCUMENT_NOUNS.has(tokens[np[1]].lower) && ['from', 'by', 'of'].includes(tokens[np[1] + 1]?.lower ?? '')) {
      const source = speakerAfter(tokens, np[1] + 2, to);
      if (source) return source;
    }
    const found = nameOrRole(tokens, np[0], np[1]);
    if (found?.kind === 'name') return found;
    first ??= found;
    // Only a pure noun phrase followed by a comma continues an appositive chain.
    if (tokens[np[1] + 1]?.text !== ',') break;
    i = np[1] + 2;
  }
  return first;
}

/**
 * The subject of a sentence's main clause, for participle cues (`David Lammy defended the decision by saying`,
 * `The UK has denied ..., labelling them as`): the first noun phrase after any leading adverbial phrases.
 */
export function sentenceSubject(tokens: Token[], from: number, to: number): SpeakerFound | null {
  // A dateline (`WASHINGTON (AP) —`, `LONDON, June 5 —`) is no part of the sentence.
  // A hyphen after the agency's brackets is a dateline's dash too (`ISLAMABAD (Reuters) - Pakistan closed …`).
  const dash = tokens.findIndex((t, i) => i >= from && i < Math.min(to, from + 12) && (/^[—–]$|^--$/u.test(t.text) || (t.text === '-' && tokens[i - 1]?.text === ')')));
  if (dash >= 0 && tokens.slice(from, dash).every((t) => !t.word || !/\p{Ll}/u.test(t.text) || /^\p{Lu}/u.test(t.text))) from = dash + 1;
  // … and a town in capitals before a colon (`SYDNEY: Premier Chris Minns …, telling`).
  const colon = tokens.findIndex((t, i) => i >= from && i < Math.min(to, from + 4) && t.text === ':');
  if (colon > from && tokens.slice(from, colon).every((t) => t.word && !/\p{Ll}/u.test(t.text))) from = colon + 1;
  for (const [s, e] of commaSegments(tokens, from, to)) {
    if (isAdverbial(tokens, s, e)) continue;
    if (isPronoun(tokens[s])) return speaker(tokens, s, s, 'pronoun');
    const np = npForward(tokens, s, e);
    const found = np ? nameOrRole(tokens, np[0], np[1]) : null;
    return found?.kind === 'role' ? nameInApposition(tokens, found, e + 1, to) ?? found : found;
  }
  return null;
}

/**
 * The short name in apposition after a role subject (`the chief operating officer, Victor Huang, could be
 * heard telling`), from token `from` (after the comma): the name names the source better than the role.
 */
function nameInApposition(tokens: Token[], role: SpeakerFound, from: number, to: number): SpeakerFound | null {
  let e = from;
  while (e < to && tokens[e].text !== ',') e++;
  if (e >= to || e === from || e - from > 4) return null;
  const name = npBackward(tokens, e - 1, from);
  return name?.kind === 'name' && name.start === tokens[from].start && role.end < name.start ? name : null;
}
