import nlp from 'compromise';
import { clusterExamples, clusterFeatures } from './clusters';
import { CAPITALS, COUNTRY_ALIASES, DEMONYMS, PLACE_NAMES } from './gazetteer.generated';
import { phraseLists, wordLists } from './knowledge';
import {
  ADDRESS_WORDS, LETTER_OPENERS, CAPTION_LABELS, COMBINING_FORMS, COMPASS_WORDS, LOCATIVE_PREPOSITIONS, MEMBERS_LETTERS, METONYMS, isListedBody, NEVER_NAME_INITIAL, NON_ENTITY_HEADS, NORP_GROUPS,
  FIRM_NOUNS, FIRM_NOUNS_BEFORE, ON_HEADS, ORG_ACRONYMS, ORG_HEADS, ORG_HEADS_FIRST, PERSON_HONORIFICS, PLACE_HEADS, PLACE_NOUNS, headForm, JOINED_POSTNOMINALS, POSTNOMINALS, isTitle, REGION_ABBREVIATIONS, REGIONS, ROLE_NOUN_ENDING, TITLE_WORDS, phraseKey,
} from './lexicon';
import type { Token } from './tokens';
import { SPEECH_VERBS } from './speechVerbs';
import { memoised } from './memo';

/**
 * The evidence the recogniser weighs, as named features. Each piece of evidence the hand rules used (titles,
 * role nouns, ages, locatives, heads, gazetteers, compromise's tags, acronym definitions, speech verbs, …) is
 * a feature whose id starts with `e:` and is listed in `EVIDENCE`, so that tests and explanations can name it;
 * the usual surface features (the words, their shapes, affixes and neighbours) and the document-level features
 * (`d:`, `g:`, `l:`) are built from templates. The weights of all of them are learned (see MODEL.md).
 */

/** Every named piece of evidence, with how an explanation reads it. */
export const EVIDENCE = {
  'e:country': 'country name',
  'e:capital': 'capital city or world region',
  'e:norp': 'nationality or group name',
  'e:metonym': 'institution named after its seat',
  'e:credit': 'agency credit (a photo’s or a wire dateline’s)',
  'e:head-org': 'organisation head word',
  'e:head-place': 'place head word',
  'e:head-for': 'head followed by “for” or “on”',
  'e:norp-head-org': 'a nationality first, an organisation head last',
  'e:team-context': 'played for, signed with … before',
  'e:score': 'a score beside the name',
  'e:compass': 'compass word first',
  'e:non-entity-head': 'head of an event, work or programme',
  'e:acronym': 'acronym',
  'e:acronym-short': 'two-letter acronym',
  'e:acronym-defined': 'acronym of lower-case words',
  'e:acronym-code': 'acronym followed by a number',
  'e:acronym-known-org': 'known organisation acronym',
  'e:caps-name': 'personal name written in capitals',
  'e:region-code': 'state or province abbreviation after a town',
  'e:addressed': 'greeting or sign-off before',
  'e:vocative': 'a letter addressed to it',
  'e:acronym-branch': 'organisation’s acronym or listed body before a place',
  'e:country-firm': 'a country’s name before the words of a trade (a firm named after its country)',
  'e:acronym-ends': 'organisation acronym last',
  'e:org-suffix': 'ends in -news, -soft or -media',
  'e:cg-person': 'compromise: person word',
  'e:cg-first-name': 'compromise: first name first',
  'e:cg-last-name': 'compromise: last name last',
  'e:cg-place': 'compromise: place word last',
  'e:cg-org': 'compromise: organisation word',
  'e:cg-org-all': 'compromise: organisation words throughout',
  'e:cg-common-noun': 'compromise: common noun',
  'e:locative': 'locative preposition before',
  'e:locative-from': '“from” before',
  'e:subtitled': 'followed by a subtitle',
  'e:the': '“the” before',
  'e:the-modifier': '“the” before, name modifies a noun',
  'e:quoted-plural': 'quoted plural after “the”',
  'e:apposition-role': 'role noun and comma before',
  'e:appos-person': 'a role in apposition after',
  'e:appos-org': 'a firm’s noun in apposition after',
  'e:appos-place': 'a place’s noun in apposition after',
  'e:year-old': 'N-year-old before',
  'e:title': 'title before',
  'e:before-office': 'an office and its holder after',
  'e:honorific': 'honorific before',
  'e:role': 'role noun before',
  'e:people-plural': 'plural noun for people before',
  'e:dateline': 'wire dateline',
  'e:age': 'age after',
  'e:postnominal': 'letters after the name',
  'e:region-after': 'region or country after a comma',
  'e:speech-verb': 'verb of saying after',
  'e:gazetteer': 'city gazetteer',
  'e:gazetteer-multi': 'multi-word city gazetteer',
  'e:gazetteer-person-cue': 'city gazetteer, with a person cue',
  'e:after-capitalised': 'capitalised word before',
  'e:bracket-acronym': 'followed by its acronym in brackets',
  'e:common-suffix': 'word ends like a common noun',
  'e:caption': 'caption line',
  'e:unpunctuated': 'long paragraph without a closing stop',
  'e:shouting': 'headline in capitals',
  'e:initial': 'first word of a sentence',
  'e:possessive': 'possessive after',
  'e:of-inside': '“of” inside',
  'e:and-inside': '“and” inside',
  'e:and-headed': '“and” inside a name with a head word',
  'e:according-to': '“according to” before',
} as const;

/** A named piece of evidence. */
export type EvidenceId = keyof typeof EVIDENCE;

/** Templates of the document-level features, read in explanations. */
const DOC_FEATURES: Record<string, string> = {
  'd:unknown-name': 'unknown capitalised words, never lower case',
  'd:unknown-name-lower': 'capitalised words the article also writes in lower case',
  'd:lower-last': 'last word written in lower case elsewhere',
  'd:lower-first': 'first word written in lower case elsewhere',
  'd:last-of-longer': 'last word of a longer name',
  'd:first-of-longer': 'first word of a longer name',
  'd:acronym-of': 'acronym of a longer name',
  'd:repeated': 'named more than once',
  'd:alone': 'text of one sentence',
};

// Features naming a word's cluster (`surface`).
const CLUSTER_FEATURES: ReadonlySet<string> = new Set(['cf', 'cl', 'cb', 'ca']);

/** How an explanation reads a feature id: `title "Sir" before`, `city gazetteer`, `other mention: age after`. */
/** The prefix of a run's part's features: a part is weighed apart from whole names (`partFeatures` in entities.ts). */
export const PART_PREFIX = 'part|';

export function describeFeature(id: string): string {
  if (id in EVIDENCE) return EVIDENCE[id as EvidenceId];
  if (id in DOC_FEATURES) return DOC_FEATURES[id] as string;
  // A part of a longer run of capitals has weights of its own (`runParts`, `partFeatures`).
  if (id.startsWith(PART_PREFIX)) return `part of a run: ${describeFeature(id.slice(PART_PREFIX.length))}`;
  if (id.startsWith('run:')) return `run of capitals: ${id.slice(4)}`;
  if (id.startsWith('d:alone|')) return `${describeFeature(id.slice('d:alone|'.length))}, in a text of one sentence`;
  const colon = id.indexOf(':');
  const eq = id.indexOf('=');
  const kind = id.slice(0, colon);
  const rest = id.slice(colon + 1);
  if (kind === 'g' && rest.startsWith('e:')) return `other mention: ${describeFeature(rest)}`;
  if (kind === 'l' && rest.startsWith('e:')) return `longer name: ${describeFeature(rest)}`;
  if (kind === 'p') {
    const [what, type] = rest.split('=');
    const label = type === 'O' ? 'no name' : type;
    if (what === 'weak' || what === 'sure') return `first pass: ${label}, ${what === 'weak' ? 'barely' : 'by far'}`;
    return what === 'self' ? `first pass: ${label}` : what === 'group' ? `other mentions: ${label}` : what === 'longer' ? `longer name: ${label}` : `short form: ${label}`;
  }
  if (id === 'k:none') return 'in no name list';
  if (kind === 'k') return `${rest} list`;
  if (kind === 'kf') return `first word in ${rest} list`;
  if (kind === 'kl') return `last word in ${rest} list`;
  if (kind === 'kp') return `word before in ${rest} list`;
  if (eq > 0) {
    const name = id.slice(0, eq);
    const value = id.slice(eq + 1);
    const words: Record<string, string> = {
      w: 'the name', first: 'first word', last: 'last word', prev: 'word before', prev2: 'two words before', next: 'word after', next2: 'two words after',
      title: 'title', head: 'head word', locative: 'preposition', shape: 'shape', suf: 'ending', words: 'words', tagf: 'first word tag', tagl: 'last word tag', speech: 'verb',
      cf: 'first word', cl: 'last word', cb: 'word before', ca: 'word after',
    };
    const label = words[name] ?? name;
    if (name === 'title') return `title "${value}" before`;
    if (CLUSTER_FEATURES.has(name)) {
      const like = clusterExamples(value);
      return like.length > 0 ? `${label} like ${like.map((w) => `"${w}"`).join(', ')}` : value === '_' ? `${label}: unknown word` : label;
    }
    if (name === 'src') return 'span proposed by the tagger';
    if (name === 'tg') return value === 'none' ? 'tagger: no name here' : value === 'part' ? 'tagger: a span overlapping it' : `tagger: ${value}`;
    if (name === 'locative') return `"${value}" before`;
    if (name === 'speech') return `"${value}" after`;
    if (name === 'appos') return `"${value}" in apposition after`;
    if ((name === 'tagf' || name === 'tagl') && value.startsWith('?')) return `${label} "${value.slice(1)}", guessed from its ending`;
    return `${label} "${value}"`;
  }
  return id;
}

// ---------------------------------------------------------------------------------------------------------------
// Word classes shared by the chunker (names.ts) and the evidence below.

const DEMONYM_SET: ReadonlySet<string> = new Set(DEMONYMS);
const CAPITAL_SET: ReadonlySet<string> = new Set(CAPITALS);
const PLACE_NAME_SET: ReadonlySet<string> = new Set(PLACE_NAMES.split('|'));
export const FUNCTION_TAGS = ['Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Adverb', 'QuestionWord', 'Modal', 'Auxiliary', 'Comparative', 'Superlative'];
const NOT_NAME_TAGS = ['Date', 'Month', 'WeekDay', 'Value', 'Holiday', 'Duration'];
const CREDIT = /^(?:getty(?: images)?|pa(?: media| wire)?|afp|reuters|ap|epa|alamy|shutterstock|bloomberg|rex(?: features)?|xinhua|anadolu|sipa|cp|upi|dpa|aap|efe|ansa)$/;
const ACRONYM = /^(?:\p{Lu}\.){2,}$|^\p{Lu}[\p{Lu}\d&]{1,7}$/u;
const AGE_AFTER = /^ ?,\s*(\d{1,3})\s*(?:,|\.|;|\)|$)|^\s*\((\d{1,3})\)/u;
const POSTNOMINAL_AFTER = /^ ?,\s*(\p{Lu}{2,4})\b/u;
const JOINED_POSTNOMINAL_AFTER = /^[ \t\u00a0]+(\p{Lu}[\p{Lu}h]\p{Lu}{0,2})\b/u;
const YEAR_OLD_BEFORE = /(\d{1,3})-year-old(?:\s+\p{Ll}[\p{Ll}-]*){0,2}\s+$/u;
export const WHITESPACE = /^[ \t\u00a0]+$/;
// Derivational endings of English common nouns and adjectives, which personal names do not have
// (`Iodine Deficiency Disorders`, `Global Offensive`, `Successful Stormtroopers`).
export const COMMON_SUFFIX = /(?:tion|sion|ness|ment|ency|ancy|ence|ance|ity|ism|ful|ous|ive|able|ible|ical|ology|ics)$/;

export const lower = (t: Token): string => t.text.toLowerCase();
export const isCap = (t: Token): boolean => /^\p{Lu}/u.test(t.text);
// All-capital words (`WHO`, `FIRST`) are acronyms, not the function words or numbers they spell.
export const isCaps = (t: Token): boolean => /^\p{Lu}[\p{Lu}.&\d]+$/u.test(t.text);
export const hasTag = (t: Token, tags: readonly string[]): boolean => tags.some((x) => t.tags.has(x));
// An amount in a currency written with its country's letters (`C$14.20`, `US$2.7`, `HK$8`), one token to the tokeniser.
const CURRENCY_AMOUNT = /^\p{Lu}{1,3}\$\d/u;
export const notName = (t: Token): boolean => CURRENCY_AMOUNT.test(t.text) || (!isCaps(t) && (hasTag(t, NOT_NAME_TAGS) || CAPTION_LABELS.has(lower(t))));
export const neverName = (t: Token): boolean => !isCaps(t) && !t.nameWord && NEVER_NAME_INITIAL.has(lower(t));
export const isLowerWord = (t: Token): boolean => /^\p{Ll}/u.test(t.text);

// Lists that make an acronym something other than an organisation (`USA`, `IRA` the given name, `CEO`).
const NOT_ORG_LISTS: ReadonlySet<string> = new Set(['city', 'country', 'region', 'placeWn', 'placeLex', 'personWn', 'personLex', 'firstName', 'surname', 'famous', 'memberWn', 'roleNoun', 'commonNoun']);

/** An acronym of three letters or more that WordNet or compromise know as an organisation and as nothing else (`UNICEF`, `NATO`). */
function knownOrgAcronym(letters: string): boolean {
  if (letters.length < 3) return false;
  const lists = wordLists(letters);
  return lists.some((l) => l === 'orgWn' || l === 'orgLex') && !lists.some((l) => NOT_ORG_LISTS.has(l));
}

/** True when `text` names a nationality or group: a demonym, a religious or political group, `Anglo-Russian`. */
export const isNorpName = memoised(norpName);

function norpName(text: string): boolean {
  if (text.length > 3 && text === text.toUpperCase()) { const t = titleCase(text); if (t !== text) return isNorpName(t); }
  if (DEMONYM_SET.has(text) || (/^\p{Lu}/u.test(text) && NORP_GROUPS.has(text.toLowerCase()))) return true;
  const parts = text.split('-');
  return parts.length > 1 && parts.every((p, i) => DEMONYM_SET.has(p) || (i < parts.length - 1 && COMBINING_FORMS.has(p.toLowerCase())));
}

const has = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);

/** `RUSSIA` → `Russia`, `NEW ZEALAND` → `New Zealand`: headlines and datelines write names in capitals. */
export const titleCase = memoised(toTitleCase);

function toTitleCase(text: string): string {
  return text.toLowerCase().replace(/(^|[\s-])(\p{Ll})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase());
}

/** The country a name or alias stands for (`UK` → `United Kingdom`, `RUSSIA` → `Russia`), if it is one. */
export const countryOf = memoised(countryOfName);

function countryOfName(text: string): string | undefined {
  if (has(COUNTRY_ALIASES, text)) return COUNTRY_ALIASES[text];
  // A name in capitals is looked up in title case, but not a short code, which the table lists as written.
  if (text.length > 3 && text === text.toUpperCase()) { const t = titleCase(text); if (has(COUNTRY_ALIASES, t)) return COUNTRY_ALIASES[t]; }
  return undefined;
}

/** True when `text` (or its title case, in a headline) is a world city or first-level region of the gazetteer. */
export const isGazetteerPlace = memoised(gazetteerPlace);

function gazetteerPlace(text: string): boolean {
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

/** A word compromise's lexicon knows as a common noun only, not as (part of) a name. */
export function commonNoun(w: Token): boolean {
  return w.tags.has('Noun') && !hasTag(w, ['ProperNoun', 'Person', 'Place', 'Organization', 'FirstName', 'LastName', 'Acronym']);
}

// The members whose conference is a standing body (`Conference of Catholic Bishops`); one of other people meets.
export const CONFERENCE_MEMBERS: ReadonlySet<string> = new Set(['bishops', 'churches', 'rabbis', 'imams', 'mayors', 'presidents', 'governors', 'rectors', 'chancellors', 'chiefs']);

/** The type a head word gives a multi-word name: `Foreign Office` ORG, `Kennedy Space Center` PLACE. */
export function headType(words: readonly Token[]): 'ORG' | 'PLACE' | null {
  const h = headWord(words);
  return h ? h.type : null;
}

// What a district that is a body is for (`School District`, `Water District`, `Fire District`).
const DISTRICT_BODIES: ReadonlySet<string> = new Set(['school', 'water', 'fire', 'park', 'parks', 'hospital', 'sanitation', 'irrigation', 'utility', 'utilities', 'transit', 'library', 'college', 'sewer', 'drainage']);

function headWord(words: readonly Token[]): { type: 'ORG' | 'PLACE'; word: string; forHead: boolean } | null {
  if (words.length < 2) return null;
  // The name finder joins `on` only after a deliberative body's head (`Council on Foreign Relations`).
  const c = words.findIndex((w, k) => k > 0 && isLowerWord(w) && (lower(w) === 'of' || lower(w) === 'for' || lower(w) === 'on'));
  // `International` after a firm's head closes its name (`Thai Airways International`, `Fitch Ratings International`).
  const n = words.length > 2 && lower(words[words.length - 1] as Token) === 'international' && ORG_HEADS.has(lower(words[words.length - 2] as Token)) ? words.length - 2 : words.length - 1;
  const heads = c > 0 ? [words[c - 1] as Token, words[n] as Token] : [words[n] as Token];
  // A body named for what it deliberates on is an organisation (`Intergovernmental Panel on Climate Change`).
  if (c > 0 && lower(words[c] as Token) === 'on' && ON_HEADS.has(lower(words[c - 1] as Token))) return { type: 'ORG', word: lower(words[c - 1] as Token), forHead: true };
  // So is a conference of members in the plural (`Conference of Catholic Bishops`, `Conference of European
  // Churches`), where one of a year or a place is a meeting (`Conference of the Parties`).
  if (c > 0 && lower(words[c] as Token) === 'of' && lower(words[c - 1] as Token) === 'conference') {
    let k = c + 1;
    while (k < words.length && !isLowerWord(words[k] as Token)) k++;
    if (k > c + 1 && CONFERENCE_MEMBERS.has(lower(words[k - 1] as Token))) return { type: 'ORG', word: 'conference', forHead: true };
  }
  // A head's plural after a given name, or a title and a given name, is a surname (`Jim Banks`, `Senator Jim Banks`,
  // `Monty Halls`), not a body's head in the plural.
  const g = words.length > 2 && isTitle(lower(words[0] as Token)) ? 1 : 0;
  // Words between that only the common nouns hold are no part of a person's name (`Norman Public Schools`).
  const ordinary = (w: Token): boolean => { const l = wordLists(w.text); return l.length > 0 && l.every((x) => x === 'commonNoun'); };
  const givenFirst = words.length - g <= 3 && (hasTag(words[g] as Token, ['FirstName', 'MaleName', 'FemaleName']) || wordLists((words[g] as Token).text).includes('firstName')) &&
    !words.slice(g + 1, -1).some(ordinary);
  // A special district is a body that governs it (`Cedar Rapids Community School District`, `Metropolitan Water
  // District`), not the area.
  if (c < 0 && lower(words[words.length - 1] as Token) === 'district' && DISTRICT_BODIES.has(lower(words[words.length - 2] as Token))) return { type: 'ORG', word: 'district', forHead: false };
  for (const h of heads) {
    const w = givenFirst && c < 0 ? lower(h) : headForm(lower(h));
    if (ORG_HEADS.has(w)) return { type: 'ORG', word: w, forHead: false };
    // A centre *for* something is an institution (`Australian Centre for Control of Iodine Deficiency`).
    if (PLACE_HEADS.has(w)) return c > 0 && lower(words[c] as Token) === 'for' ? { type: 'ORG', word: w, forHead: true } : { type: 'PLACE', word: w, forHead: false };
  }
  const first = lower(words[0] as Token);
  if (ORG_HEADS_FIRST.has(first)) return { type: 'ORG', word: first, forHead: false };
  return null;
}

// ---------------------------------------------------------------------------------------------------------------
// The evidence of one candidate name.

/** What the evidence of a name reads of its paragraph. */
export interface EvidenceContext {
  paragraph: string;
  tokens: readonly Token[];
  /** The paragraph reads as a caption (no closing punctuation). */
  caption: boolean;
  /** The paragraph is written in capitals (a wire headline). */
  shouting: boolean;
}

// The longest caption, in words: news captions run to a sentence or two with the credit.
const CAPTION_WORDS = 40;

// Evidence that the name is a person's, which a gazetteer reading of the name yields to.
const PERSON_CUES: ReadonlySet<string> = new Set(['e:title', 'e:honorific', 'e:role', 'e:age', 'e:year-old', 'e:apposition-role', 'e:appos-person', 'e:postnominal', 'e:speech-verb', 'e:people-plural']);

/** The evidence and descriptors found for the name `tokens[a..b)` of a paragraph. */
export interface NameEvidence {
  features: string[];
  descriptors: string[];
}

/** Every local feature of the name `tokens[a..b)`: named evidence and the usual surface features. */
export function nameEvidence(ctx: EvidenceContext, a: number, b: number, extra: readonly string[], descriptors: readonly string[]): NameEvidence {
  const { paragraph, tokens } = ctx;
  const words = tokens.slice(a, b);
  const first = words[0] as Token;
  const last = words[words.length - 1] as Token;
  const text = paragraph.slice(first.start, last.end);
  const f: string[] = [...extra];
  const descs = [...descriptors];
  lexicalEvidence(text, words, f, ctx, a);
  contextBefore(ctx, a, b, first.start, f, descs);
  contextAfter(ctx, b, first.start, last.end, f, descs);
  if (officeAfter(ctx, b)) f.push('e:before-office');
  if (isGazetteerPlace(text)) {
    // Many places share their name with people (`Mr Goma`, `Jackson said`): with a person cue the gazetteer is
    // a different piece of evidence, whose weight is learned apart.
    f.push(f.some((x) => PERSON_CUES.has(x)) ? 'e:gazetteer-person-cue' : words.length > 1 ? 'e:gazetteer-multi' : 'e:gazetteer');
    if (afterCapitalised(ctx, a)) f.push('e:after-capitalised');
  }
  if (words.some((w) => COMMON_SUFFIX.test(lower(w)))) f.push('e:common-suffix');
  sportsContext(ctx, words, first.start, last.end, f);
  // A caption is a short line; a long paragraph without a closing stop is a web post that never ends its last
  // sentence, whose names are no rarer than in any other post.
  if (ctx.caption) f.push(ctx.tokens.length <= CAPTION_WORDS ? 'e:caption' : 'e:unpunctuated');
  if (ctx.shouting) f.push('e:shouting');
  if (first.initial) f.push('e:initial');
  if (vocative(ctx, a, b)) f.push('e:vocative');
  if (last.possessive) f.push('e:possessive');
  surface(ctx, a, b, text, f);
  knowledge(words, text, neighbourBefore(ctx, a), f);
  return { features: f, descriptors: descs };
}

/**
 * What the name lists know (knowledge.ts): the lists holding the whole name, its first and last words, and the
 * word before it (`k:company`, `kl:surname`, `kp:roleNoun`). A hyphenated name is looked up as written too, since
 * the tokeniser splits it at the hyphen and the lists hold some such names one way (`Agence France-Presse`,
 * `Coca-Cola`) and some the other (`al Qaeda`).
 */
function knowledge(words: readonly Token[], text: string, before: Token | undefined, f: string[]): void {
  const n = f.length;
  const lists = phraseLists(words.map((w) => w.text));
  for (const l of lists) f.push(`k:${l}`);
  if (words.length > 1 && /\S[-‐]\S/u.test(text)) for (const l of phraseLists(text.split(/\s+(?!['’]s\b)/u))) if (!lists.includes(l)) f.push(`k:${l}`);
  if (words.length > 1) {
    for (const l of wordLists((words[0] as Token).text)) f.push(`kf:${l}`);
    for (const l of wordLists((words[words.length - 1] as Token).text)) f.push(`kl:${l}`);
  }
  // No list knows the name or its first or last word (`Yaqubi`, `Hardrock`): such a word is seldom a common one.
  if (f.length === n) f.push('k:none');
  if (before) for (const l of wordLists(before.text)) f.push(`kp:${l}`);
}

/**
 * The word before the token at `a` and the word after the tokens ending at `b`, unless a sentence ends between: the
 * last word of the sentence before says nothing of a name opening the next (`… at the Amsterdam ArenA. Feyenoord
 * drew`), and reads as a capitalised neighbour where there is none. The punctuation feature still marks the break.
 */
function neighbourBefore(ctx: EvidenceContext, a: number): Token | undefined {
  const p = ctx.tokens[a - 1];
  const t = ctx.tokens[a] as Token;
  return p && !(t.initial && SENTENCE_END.test(ctx.paragraph.slice(p.end, t.start))) ? p : undefined;
}

function neighbourAfter(ctx: EvidenceContext, b: number): Token | undefined {
  const n = ctx.tokens[b];
  const t = ctx.tokens[b - 1] as Token;
  return n && !(n.initial && SENTENCE_END.test(ctx.paragraph.slice(t.end, n.start))) ? n : undefined;
}

const SENTENCE_END = /[.!?…]/u;

function shapeOf(s: string): string {
  return s.replace(/\p{Lu}+/gu, 'X').replace(/\p{Ll}+/gu, 'x').replace(/\d+/g, '9').slice(0, 8);
}

// Coarse word classes of a neighbour, most specific first.
const WORD_CLASSES = ['Copula', 'Modal', 'PastTense', 'PresentTense', 'Infinitive', 'Gerund', 'Verb', 'Preposition', 'Determiner', 'Conjunction', 'Pronoun', 'Value', 'Adjective', 'Adverb', 'Plural', 'Noun'];

function wordClass(t: Token): string {
  if (/^\p{Lu}/u.test(t.text)) return 'Cap';
  for (const c of WORD_CLASSES) if (t.tags.has(c)) return c;
  return 'other';
}

/** The punctuation in the gap between a name and its neighbour, at most two marks (`,` `(` `"`), or `_` for spaces only. */
function gapMark(gap: string): string {
  const m = gap.replace(/\s+/gu, '');
  return m ? m.slice(0, 2) : '_';
}

/** The usual features: the words, their shapes and endings, their neighbours, compromise's tags. */
function surface(ctx: EvidenceContext, a: number, b: number, text: string, f: string[]): void {
  const { tokens } = ctx;
  const words = tokens.slice(a, b);
  const first = words[0] as Token;
  const last = words[words.length - 1] as Token;
  f.push('bias', `words=${Math.min(words.length, 4)}`, `shape=${words.map((w) => shapeOf(w.text)).join(' ').slice(0, 16)}`);
  if (words.length <= 3) f.push(`w=${text.toLowerCase()}`);
  f.push(`first=${lower(first)}`, `last=${lower(last)}`, `suf=${lower(last).slice(-3)}`);
  if (words.length > 1) f.push(`suf1=${lower(first).slice(-3)}`);
  // One word either side, within the sentence; two-word windows measured worse in cross-validation (MODEL.md).
  const prevTok = neighbourBefore(ctx, a);
  const nextTok = neighbourAfter(ctx, b);
  f.push(`prev=${prevTok ? lower(prevTok) : '_'}`, `next=${nextTok ? lower(nextTok) : '_'}`);
  // Word clusters carry what was learned of one word to words used alike (`Volkswagen` as `Toyota`): the first and
  // last words', and the neighbours' (`cb=`, `ca=`: a verb of reporting after a name reads like other such verbs).
  f.push(...clusterFeatures('cf', first.text));
  if (words.length > 1) f.push(...clusterFeatures('cl', last.text));
  f.push(...clusterFeatures('cb', prevTok?.text), ...clusterFeatures('ca', nextTok?.text));
  // The neighbours' word classes and the punctuation between: `Japan protested`, `Leeds 2 Chelsea 1`, `(Reuters)`.
  f.push(`prevc=${prevTok ? wordClass(prevTok) : '_'}`, `nextc=${nextTok ? wordClass(nextTok) : '_'}`);
  const before = tokens[a - 1];
  const after = tokens[b];
  f.push(`punc=${gapMark(ctx.paragraph.slice(before ? before.end : 0, first.start))}|${gapMark(ctx.paragraph.slice(last.end, after ? after.start : ctx.paragraph.length))}`);
  // An adjective compromise guessed from the ending of a word its lexicon lacks (`Djokovic`, `Nadal` opening a
  // sentence) is a feature of its own: such words are as often names as adjectives.
  const tag = (w: Token, t: string): string => (w.guessed && t === 'Adjective' ? '?Adjective' : t);
  for (const t of first.tags) f.push(`tagf=${tag(first, t)}`);
  if (words.length > 1) for (const t of last.tags) f.push(`tagl=${tag(last, t)}`);
  if (words.some((w) => w.text.includes('-'))) f.push('hyphen');
  if (words.some((w) => lower(w) === 'of')) f.push('e:of-inside');
  if (words.some((w) => lower(w) === 'and' || w.text === '&')) f.push('e:and-inside');
}

// Groups whose plural is also a vegetable's.
const VEGETABLE_GROUPS: ReadonlySet<string> = new Set(['greens', 'swedes']);

function lexicalEvidence(text: string, words: readonly Token[], f: string[], ctx: EvidenceContext, a: number): void {
  const key = text.toLowerCase();
  if (countryOf(text) !== undefined) f.push('e:country');
  else if (CAPITAL_SET.has(text) || CAPITAL_SET.has(titleCase(text)) || REGIONS.has(phraseKey(text))) f.push('e:capital');
  // `Greens and root vegetables …`, `Swedes, carrots and parsnips …`: the plural of a vegetable opening a sentence.
  if (isNorpName(text) && !(words.length === 1 && (words[0] as Token).initial && VEGETABLE_GROUPS.has(key))) f.push('e:norp');
  if (METONYMS.has(phraseKey(text))) f.push('e:metonym');
  if (CREDIT.test(key) && isCredit(ctx, a, a + words.length)) f.push('e:credit');
  const head = headWord(words);
  if (head) { f.push(head.type === 'ORG' ? 'e:head-org' : 'e:head-place', `head=${head.word}`); if (head.forHead) f.push('e:head-for'); }
  else if (words.length > 1 && COMPASS_WORDS.has(lower(words[0] as Token)) && isCap(words[1] as Token)) f.push('e:compass');
  // A nationality opening a name reads towards no name on its own (the training corpora's languages and events:
  // `American Sign Language`, `European Cup`); with a body's head last it names the body (`European Union Aviation
  // Safety Agency`, `Russian Academy of Sciences`), which one weight on each side cannot say.
  const opener = (words[0] as Token).text;
  if (head?.type === 'ORG' && words.length > 1 && (isNorpName(opener) || wordLists(opener).includes('demonym'))) f.push('e:norp-head-org');
  // `and` inside a name a body's or a place's word heads is part of it (`Food and Drug Administration`, `National Air
  // and Space Museum`), where elsewhere it mostly joins two names (`Dye & Bavelier`).
  if (head && words.some((w) => lower(w) === 'and' || w.text === '&')) f.push('e:and-headed');
  // An event's or a work's word ends the name only where no body or place heads it (`World Cup`, not `Institute for
  // the Study of War`).
  if (!head && words.length > 1 && NON_ENTITY_HEADS.has(lower(words[words.length - 1] as Token))) f.push('e:non-entity-head');
  if (words.length === 1 && capsName(ctx, text)) f.push('e:caps-name');
  else if (words.length === 1 && isAcronym(text) && countryOf(text) === undefined && !POSTNOMINALS.has(key) && !(ctx.shouting && /^\p{Lu}{4,}$/u.test(text))) {
    // Codes (`STS-135`) and abbreviations of common nouns (`iodine deficiency disorders (IDD)`) are not names;
    // two letters alone (`IQ`) are too often something else.
    const letters = text.replace(/\./g, '');
    f.push(letters.length > 2 ? 'e:acronym' : 'e:acronym-short');
    if (abbreviatesCommonNoun(ctx.paragraph, words[0] as Token)) f.push('e:acronym-defined');
    else if (/^-\d/.test(ctx.paragraph.slice((words[0] as Token).end, (words[0] as Token).end + 2))) f.push('e:acronym-code');
    else if (ORG_ACRONYMS.has(letters.toLowerCase()) || knownOrgAcronym(letters)) f.push('e:acronym-known-org');
  }
  if (words.length === 1 && /^\p{Lu}\p{Ll}+(?:news|soft|media)$/u.test(text)) f.push('e:org-suffix');
  const first = words[0] as Token;
  const last = words[words.length - 1] as Token;
  if (words.some((w) => w.tags.has('Person'))) f.push('e:cg-person');
  if (words.length > 1 && hasTag(first, ['FirstName', 'MaleName', 'FemaleName'])) f.push('e:cg-first-name');
  if (last.tags.has('LastName')) f.push('e:cg-last-name');
  if (hasTag(last, ['Place', 'Country', 'City', 'Region'])) f.push('e:cg-place');
  if (words.every(commonNoun)) f.push('e:cg-common-noun');
  // An organisation's acronym before a place is its branch there (`NHS England`, `BBC Scotland`).
  const rest = text.slice(words[1] ? (words[1] as Token).start - first.start : text.length);
  if (words.length > 1 && !head && isAcronym(first.text) && countryOf(first.text) === undefined && (first.tags.has('Organization') || ORG_ACRONYMS.has(first.text.replace(/\./g, '').toLowerCase())) &&
    (countryOf(rest) !== undefined || words.slice(1).every((w) => hasTag(w, ['Place', 'Country', 'City', 'Region'])))) f.push('e:acronym-branch');
  // So is a body of two words or more the news lexicon lists before a country (`Amnesty International Kenya`).
  else if (words.length > 2 && !head && countryOf(last.text) !== undefined && isListedBody(ctx.paragraph.slice(first.start, (words[words.length - 2] as Token).end))) f.push('e:acronym-branch');
  if (!head && countryFirm(words, ctx.paragraph)) f.push('e:country-firm');
  // An organisation's acronym ending a longer name (`Eastside YMCA`) makes the whole a branch of it.
  if (last.tags.has('Organization') && words.length > 1 && isAcronym(last.text)) f.push('e:acronym-ends');
  else if (last.tags.has('Organization') && !isAcronym(last.text)) f.push(words.length > 1 && words.every((w) => w.tags.has('Organization')) ? 'e:cg-org-all' : 'e:cg-org');
}

/** The tags compromise gives a word in lower case, alone: how it reads where no capital makes it a name. */
export const lowerReading = memoised((word: string): ReadonlySet<string> => new Set(nlp(word).json()[0]?.terms[0]?.tags ?? []));

// Lists that make a word after a country a person's or a place's, not a trade's.
const NOT_TRADE_LISTS: ReadonlySet<string> = new Set(['firstName', 'surname', 'personName', 'famous', 'famousCommon', 'personLex', 'memberWn', 'orgLex', 'orgWn', 'city', 'region',
  'placeWn', 'placeLex', 'demonym', 'country']);
const CALENDAR_WORDS: ReadonlySet<string> = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december']);

// Events and documents a country's name goes before, which the lists do not know as such.
const TRADE_NOT: ReadonlySet<string> = new Set(['game', 'paralympics', 'amendment', 'constitution', 'email', 'diaries', 'diary', 'edition', 'version', 'time', 'team', 'squad', 'side', 'national', 'nationals',
  // a flight's number after an airline, and a country's figures in a headline in title case (`China Coal Imports Fall`)
  'flight', 'exports', 'imports', 'output', 'production', 'sales', 'prices', 'demand', 'supply', 'shipments', 'growth', 'inflation', 'stocks', 'shares']);

/** A word after a country's name that may be a firm's (`Life`, `Zinc`, `Cements`, `Vanke`; `&` inside). */
function tradeWord(w: Token, last: boolean): boolean {
  if (w.text === '&') return !last;
  if (!/^\p{Lu}\p{Ll}+$/u.test(w.text)) return false;
  const l = lower(w);
  if (TITLE_WORDS.has(l) || PLACE_HEADS.has(l) || NON_ENTITY_HEADS.has(l) || COMPASS_WORDS.has(l) || CALENDAR_WORDS.has(l) || isNorpName(w.text) || countryOf(w.text) !== undefined) return false;
  if (hasTag(w, ['Person', 'FirstName', 'MaleName', 'FemaleName', 'LastName', 'Place', 'City', 'Country', 'Region', 'Date'])) return false;
  // Not last a word that reads in lower case as a modifier of something else (`US Corporate`, `U.S. Olympic team`),
  // as it may inside (`China Light & Power`).
  const reading = lowerReading(l);
  if (last && ['Adjective', 'Ordinal', 'Value'].some((t) => reading.has(t))) return false;
  if (TRADE_NOT.has(l)) return false;
  const lists = wordLists(l);
  // A famous surname that is an ordinary noun too stays the noun (`China Light & Power`).
  const common = lists.includes('commonNoun');
  return !lists.some((x) => NOT_TRADE_LISTS.has(x) && !(x === 'famousCommon' && common)) && !(lists.includes('personWn') && !common);
}

/**
 * Whether a name without a head is a country's name and then the words of a trade, which names a firm after its
 * country (`China Life`, `Korea Zinc`, `India Cements`, `Canada Goose`, `China Light & Power`), not the country and a
 * second name: no event or work (`Iraq War`, `Canada Day`), no place (`Mexico City`, `Korea Strait`), no person
 * (`Israel Folau`, `Chad Johnson`, `In Israel Netanyahu spoke`), no body (`Israel-Hamas`) and no day after it (`in
 * China Thursday`).
 */
export function countryFirm(words: readonly Token[], paragraph: string): boolean {
  if (words.length < 2) return false;
  const all = words.map((w) => w.text);
  // The country first (asked of most names without a head, so the cheapest test opens).
  let k = Math.min(3, words.length - 1);
  while (k >= 1 && countryOf(all.slice(0, k).join(' ')) === undefined) k--;
  if (k < 1) return false;
  // Two sides joined by a hyphen (`Israel-Hamas talks`) are no firm.
  if (words.some((w, i) => i > 0 && paragraph.slice((words[i - 1] as Token).end, w.start).includes('-'))) return false;
  if (countryOf(all.join(' ')) !== undefined || phraseLists(all).some((l) => NOT_TRADE_LISTS.has(l) || l === 'eventWn')) return false;
  const rest = words.slice(k);
  // Three words of a trade at most, and none after the first that reads as a verb (a headline in title case: `India
  // Sugar Output Seen Rising`).
  const verbal = (w: Token): boolean => {
    const r = lowerReading(lower(w));
    return !r.has('Noun') && !wordLists(lower(w)).includes('commonNoun') && (r.has('Verb') || r.has('Gerund') || r.has('PastTense'));
  };
  if (rest.filter((w) => w.text !== '&').length > 3 || rest.slice(1).some(verbal)) return false;
  return rest.every((w, i) => tradeWord(w, i === rest.length - 1));
}

/**
 * A surname or given name written in capitals in text that is not (`in which KENNEDY, SOUTER, and GINSBURG joined`,
 * signatures, bylines): four letters or more that the name lists know as a person's name and not as an
 * organisation's acronym, so not an acronym.
 */
function capsName(ctx: EvidenceContext, text: string): boolean {
  if (ctx.shouting || !/^\p{Lu}{4,}$/u.test(text) || ORG_ACRONYMS.has(text.toLowerCase()) || knownOrgAcronym(text)) return false;
  const lists = wordLists(text);
  return lists.some((l) => l === 'firstName' || l === 'surname' || l === 'famous');
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
function isCredit(ctx: EvidenceContext, a: number, b: number): boolean {
  const { paragraph, tokens } = ctx;
  const first = tokens[a] as Token;
  const last = tokens[b - 1] as Token;
  const prev = tokens[a - 1];
  // Only the text near the name is looked at, so a huge paragraph costs no more than a short one.
  const atEnd = paragraph.length - last.end < 40 && !/\p{L}/u.test(paragraph.slice(last.end).replace(/^[’']s/u, ''));
  const alone = atEnd && first.start < 40 && !/\p{L}/u.test(paragraph.slice(0, first.start));
  const glued = !!prev && prev.end === first.start;
  return alone || (ctx.caption && atEnd) || glued || /^\s*\/|\/\s*$/.test(paragraph.slice(last.end, last.end + 2) + paragraph.slice(Math.max(0, first.start - 2), first.start)) ||
    (first.start < 60 && DATELINE_AGENCY_BEFORE.test(paragraph.slice(0, first.start)) && /^\)\s*[-–—]/u.test(paragraph.slice(last.end, last.end + 4)));
}

// The agency of a wire story in brackets after its dateline: `WASHINGTON (Reuters) -`, `LONDON, March 3 (AP) —`.
const DATELINE_AGENCY_BEFORE = /^\p{Lu}[\p{Lu}\p{M} .'-]+(?:,[\p{L}\d .,'-]*)?\s*\($/u;

/**
 * True when a capitalised word stands right before the word at `a`: a place name split off the end of a longer
 * name belongs to that name (`Space Shuttle Columbia`, `HMS Victory`), not to the map.
 */
function afterCapitalised(ctx: EvidenceContext, a: number): boolean {
  const p = ctx.tokens[a - 1];
  const t = ctx.tokens[a] as Token;
  // In a headline in capitals every word is capitalised, so the word before says nothing.
  return !ctx.shouting && !!p && isCap(p) && !p.initial && WHITESPACE.test(ctx.paragraph.slice(p.end, t.start));
}

/** True when a locative preposition (`in`, `at the`) comes right before the word at `a`. */
export function afterLocative(ctx: EvidenceContext, a: number): boolean {
  const p = ctx.tokens[a - 1];
  const q = p && lower(p) === 'the' ? ctx.tokens[a - 2] : p;
  // Sentence-initial `In Paris,` counts as well, as does `IN` in a headline in capitals.
  return !!q && (isLowerWord(q) || q.initial || ctx.shouting) && LOCATIVE_PREPOSITIONS.has(lower(q));
}

/** The words `tokens[a..b)` name a town the lists or the gazetteer know. */
export function isTown(paragraph: string, tokens: readonly Token[], a: number, b: number): boolean {
  return phraseLists(tokens.slice(a, b).map((t) => t.text)).includes('city') || isGazetteerPlace(paragraph.slice((tokens[a] as Token).start, (tokens[b - 1] as Token).end));
}

/** One to three capitalised words right before token `a` name a town (`Houston TX`, `Las Vegas NV`). */
function townBefore(ctx: EvidenceContext, a: number): boolean {
  const { paragraph, tokens } = ctx;
  for (let n = 1; n <= 3 && a - n >= 0; n++) {
    const w = tokens[a - n] as Token;
    if (!isCap(w) || !WHITESPACE.test(paragraph.slice(w.end, (tokens[a - n + 1] as Token).start))) return false;
    if (isTown(paragraph, tokens, a - n, a)) return true;
  }
  return false;
}

function contextBefore(ctx: EvidenceContext, a: number, b: number, start: number, f: string[], descs: string[]): void {
  const { paragraph, tokens } = ctx;
  const p = tokens[a - 1];
  if (!p || p.end > start) return;
  const gap = paragraph.slice(p.end, start);
  // `Thanks, Dawn`, `Hi Bob`: a name a letter addresses or is signed with is a person's.
  if (ADDRESS_WORDS.has(lower(p)) && /^[,!:]?\s+$/u.test(gap)) f.push('e:addressed');
  // `Holyoke, MA 01040`, `Kingston, Ont.`: the state or province of the town before the comma; in addresses and
  // signatures also without it (`Houston TX`), where the code is written in capitals.
  const code = paragraph.slice(start, (tokens[a] as Token).end).replace(/\.$/, '');
  const codeGap = /^ ?,\s+$/u.test(gap) || (!ctx.shouting && WHITESPACE.test(gap) && /^\p{Lu}{2}$/u.test(code) && townBefore(ctx, a));
  if (b === a + 1 && REGION_ABBREVIATIONS.has(code) && codeGap && isCap(p)) f.push('e:region-code');
  const the = lower(p) === 'the' && /^\s*[“"‘']?$/u.test(gap);
  // The second of two names joined by `and`/`or` shares the first one's preposition (`in Goma and Bunia`).
  const conj = !the && isLowerWord(p) && (lower(p) === 'and' || lower(p) === 'or') && WHITESPACE.test(gap) && tokens[a - 2] && isCap(tokens[a - 2] as Token) ? tokens[a - 3] : undefined;
  const beforeThe = the ? tokens[a - 2] : conj ?? p;
  // `according to Pollstar`, `according to the BBC`: a source, a person's or a body's, hardly ever a place's.
  const to = the ? tokens[a - 2] : p;
  const according = the ? tokens[a - 3] : tokens[a - 2];
  if (to && according && lower(to) === 'to' && lower(according) === 'according') f.push('e:according-to');
  // A name with a subtitle (`in Batman: Arkham VR`) is a work's title, whatever the preposition.
  const subtitled = /^:\s*\p{Lu}/u.test(paragraph.slice((tokens[b - 1] as Token).end, (tokens[b - 1] as Token).end + 4));
  if (subtitled) f.push('e:subtitled');
  if (beforeThe && isLowerWord(beforeThe) && LOCATIVE_PREPOSITIONS.has(lower(beforeThe))) {
    f.push(lower(beforeThe) === 'from' ? 'e:locative-from' : 'e:locative', `locative=${lower(beforeThe)}`);
  }
  const after = tokens[b];
  const modifier = !!after && isLowerWord(after) && after.tags.has('Noun') && !hasTag(after, ['Verb', 'Pronoun', 'Preposition']) && WHITESPACE.test(paragraph.slice((tokens[b - 1] as Token).end, after.start));
  if (the) {
    // Personal names take no article: `the Old Bailey`, `the Kremlin`; a name that only modifies a noun
    // (`the Andy Warhol exhibit`) says nothing of the kind.
    f.push(modifier ? 'e:the-modifier' : 'e:the');
    // A quoted plural name after the article names a group: dubbed the “Minions”.
    const last = tokens[b - 1] as Token;
    if (!modifier && /[“"‘']/u.test(gap) && /s$/.test(last.text) && !isNorpName(last.text)) f.push('e:quoted-plural');
    return;
  }
  const role = (isLowerWord(p) && !p.tags.has('Plural') && (TITLE_WORDS.has(lower(p)) || (p.tags.has('Noun') && ROLE_NOUN_ENDING.test(lower(p))))) || MEMBERS_LETTERS.has(p.text);
  if (/^ ?,\s+$/.test(gap) && role) {
    // Apposition after a role: `the Afghan team's coach, Alireza Mehraban,`, `Another Labour MP, Dawn Butler,`.
    f.push('e:apposition-role');
    descs.push(p.text);
    return;
  }
  // … or after a role and what it is of or for (`A spokesman for the company, Miroslaw Siemieniec,`, `the head of the
  // union, Zwelinzima Vavi,`).
  // Not a place after the comma, which places what the role is of (`a councilman for the City of Little Falls,
  // Minnesota`).
  const of = /^ ?,\s+$/.test(gap) ? ROLE_OF_BEFORE.exec(paragraph.slice(Math.max(0, start - 70), start)) : null;
  const placed = (name: string): boolean => countryOf(name) !== undefined || isGazetteerPlace(name) || wordLists(name).some((l) => l === 'region' || l === 'city' || l === 'country' || l === 'placeWn');
  if (of && (TITLE_WORDS.has((of[1] as string).toLowerCase()) || ROLE_NOUN_ENDING.test((of[1] as string).toLowerCase())) && !placed(paragraph.slice(start, (tokens[b - 1] as Token).end))) {
    f.push('e:apposition-role');
    descs.push(of[1] as string);
    return;
  }
  if (!WHITESPACE.test(gap)) return;
  const yearOld = YEAR_OLD_BEFORE.exec(paragraph.slice(Math.max(0, start - 60), start));
  if (yearOld) { f.push('e:year-old'); descs.push(yearOld[1] as string); }
  if (!isLowerWord(p) || !p.tags.has('Noun') || p.possessive) return;
  const lp = lower(p);
  if (TITLE_WORDS.has(lp) || (ROLE_NOUN_ENDING.test(lp) && !p.tags.has('Plural'))) {
    f.push(TITLE_WORDS.has(lp) ? 'e:title' : 'e:role', `title=${lp}`);
    const pp = tokens[a - 2];
    const two = pp && isLowerWord(pp) && pp.tags.has('Noun') && !pp.tags.has('Plural') && !pp.possessive && !pp.tags.has('Hyphenated') && WHITESPACE.test(paragraph.slice(pp.end, p.start)) && !hasTag(pp, FUNCTION_TAGS);
    descs.push(two ? paragraph.slice(pp.start, p.end) : p.text);
    nationalityBefore(ctx, two ? a - 2 : a - 1, descs);
  } else if (p.tags.has('Plural') && (p.tags.has('Actor') || /(?:als|ers|ors|ies|ists|men)$/.test(lp))) {
    // `allies Biser Dzhambazov`, `nationals Katrin Ivanova`: a plural noun for people right before a name.
    f.push('e:people-plural');
    nationalityBefore(ctx, a - 1, descs);
  }
}

/**
 * An office or role written in lower case, then its holder's name, right after this name: the name is whose office
 * it is (`Amazon founder Jeff Bezos`, `Tesla chief executive Elon Musk`, `the Labour leader Keir Starmer`). The
 * same evidence the name finder gives a name it reads before a capitalised office (`Microsoft Chief Executive`).
 */
function officeAfter(ctx: EvidenceContext, b: number): boolean {
  const { paragraph, tokens } = ctx;
  for (let k = b; k < b + 4; k++) {
    const t = tokens[k];
    if (!t || !WHITESPACE.test(paragraph.slice((tokens[k - 1] as Token).end, t.start))) return false;
    if (k > b) {
      if (isCap(t) && !t.initial) return true;
      if (k === b + 3) return false;
    }
    const l = lower(t);
    if (!isLowerWord(t) || !t.tags.has('Noun') || t.tags.has('Plural') || t.possessive || !(TITLE_WORDS.has(l) || ROLE_NOUN_ENDING.test(l))) return false;
  }
  return false;
}

function nationalityBefore(ctx: EvidenceContext, k: number, descs: string[]): void {
  const n = ctx.tokens[k - 1];
  const at = ctx.tokens[k] as Token;
  if (n && isNorpName(n.text) && WHITESPACE.test(ctx.paragraph.slice(n.end, at.start))) descs.push(n.text);
}

// A wire dateline: a place in capitals opening the paragraph, then a comma, a bracket or a date (`BRUSSELS 1996-08-22`).
const DATELINE_AFTER = /^\s*(?:,|\(|\d{1,4}[-/ ])/u;
// A dash after it makes a dateline only of a place the gazetteer or the lists know: `MARKETS —` is a section's label.
const DATELINE_DASH = /^\s*[—–]\s/u;

/** A place in capitals opening the paragraph before a comma, bracket, dash or date: the wire dateline (`NEW YORK —`). */
export function isDateline(ctx: EvidenceContext, start: number, end: number): boolean {
  const name = ctx.paragraph.slice(start, end);
  if (start !== ctx.tokens[0]?.start || !/\p{Lu}{3}/u.test(name) || name !== name.toUpperCase()) return false;
  const after = ctx.paragraph.slice(end, end + 24);
  // A headline all in capitals lists names with commas (`NETANYAHU, ARAFAT TO MEET`): there only a place or a date
  // after the comma makes a dateline (`LAGOS, NIGERIA 1996-08-22`).
  if (/^\s*,/u.test(after) && !/\p{Ll}/u.test(ctx.paragraph)) {
    const next = /^\s*,\s*([\p{Lu}][\p{Lu}.'’-]*(?: [\p{Lu}][\p{Lu}.'’-]*)?)/u.exec(after)?.[1] ?? '';
    const place = (t: string): boolean => isGazetteerPlace(t) || countryOf(t) !== undefined || phraseLists(t.split(/\s+/u)).some((l) => l === 'city' || l === 'region' || l === 'country');
    return /^\s*,\s*\d/u.test(after) || place(next) || place(next.split(' ')[0] ?? '');
  }
  return DATELINE_AFTER.test(after) || (DATELINE_DASH.test(after) && (isGazetteerPlace(name) || phraseLists(name.split(/\s+/u)).some((l) => l === 'city' || l === 'region' || l === 'country')));
}

/**
 * Whether the name is the region or country a wire dateline adds to its town (`AUGUSTA, Georgia (AP) -`,
 * `LAGOS, Nigeria —`): a place, even in a sports report.
 */
export function isDatelineRegion(paragraph: string, start: number, end: number): boolean {
  return /^\p{Lu}[\p{Lu}\s.'’-]+,\s*$/u.test(paragraph.slice(0, start)) && /^\s*(?:\(|[-–—]|,)/u.test(paragraph.slice(end, end + 4));
}

function contextAfter(ctx: EvidenceContext, b: number, start: number, end: number, f: string[], descs: string[]): void {
  const { paragraph, tokens } = ctx;
  const rest = paragraph.slice(end, end + 24);
  if (isDateline(ctx, start, end)) f.push('e:dateline');
  const age = AGE_AFTER.exec(rest);
  if (age) { f.push('e:age'); descs.push((age[1] ?? age[2]) as string); }
  const post = POSTNOMINAL_AFTER.exec(rest);
  const joined = JOINED_POSTNOMINAL_AFTER.exec(rest);
  if (post && POSTNOMINALS.has((post[1] as string).toLowerCase())) { f.push('e:postnominal'); descs.push(post[1] as string); }
  else if (joined && JOINED_POSTNOMINALS.has((joined[1] as string).toLowerCase())) { f.push('e:postnominal'); descs.push(joined[1] as string); }
  // `McMinnville, Oregon`, `Sydney, Australia`: a name followed by the region or country it lies in.
  const region = tokens[b];
  if (region && /^ ?,\s+$/.test(paragraph.slice(end, region.start)) && isCap(region) &&
    (countryOf(region.text) !== undefined || hasTag(region, ['Region', 'Country'])) && !hasTag(tokens[b - 1] as Token, ['Person']) &&
    // Not a list of names (`Group G, Belgium, Panama`).
    !/^ ?,\s*\p{Lu}/u.test(paragraph.slice(region.end, region.end + 4))) f.push('e:region-after');
  // What an apposition after the name says it is (`Ngozi Adebayo-Mensah, a UNICEF nutrition officer,`): its noun,
  // and whether that noun is a role, a firm's or a place's.
  const appos = appositionAfter(paragraph, end);
  if (appos) { f.push(`appos=${appos.head}`); if (appos.kind) f.push(`e:appos-${appos.kind.toLowerCase()}`); }
  const n = tokens[b];
  if (n && isLowerWord(n) && SPEECH_VERBS.has(lower(n)) && WHITESPACE.test(paragraph.slice(end, n.start))) f.push('e:speech-verb', `speech=${lower(n)}`);
}

/** A word the lists know as a place and as no town, country or region of its own (`Alps`, `Highlands`, `Riviera`). */
export function regionWord(word: string): boolean {
  const lists = wordLists(word);
  return lists.some((l) => l === 'placeWn' || l === 'placeLex') && !lists.some((l) => l === 'city' || l === 'country' || l === 'region' || l === 'firstName' || l === 'surname');
}

/** A given name opening a name of two or three capitalised words with no head word (`Arthur Pond`, `Harry Kane`). */
export function givenNameFirst(words: readonly Token[]): boolean {
  return words.length > 1 && words.length <= 3 && words.every(isCap) && headWord(words) === null && wordLists((words[0] as Token).text).includes('firstName');
}

// A side's context before its name: `played for`, `signed with`, `debuted for`, `24 games for`, `a rookie with the`,
// `coached`: what makes a club named after its town (`played for Lausanne`) a team. Not `played with`, whose object
// is as often a team-mate or a band-mate (`played with Clapton`), nor winning or losing, which elections share
// (`defeated Trump`); a side's score says that (`lost to Tulsa 63-7`).
const TEAM_BEFORE = /\b(?:play(?:ed|s|ing)?\s+(?:\w+\s+){0,2}?(?:for|against)|(?:games?|matches|appearances|caps|debut(?:ed|s)?|sign(?:ed|s|ing)?|rookie|season|stint|spell|loan(?:ed)?|traded|drafted|transferred)\s+(?:\w+\s+){0,2}?(?:for|with|to|by|against|from)|(?:win|victory|defeat|draw)s?\s+(?:over|against|to|by|with)|(?:scor(?:ed|es|ing)|driv(?:es|ing)|drove|rac(?:ed|es|ing))\s+(?:\w+\s+){0,2}?(?:for|against)|coach(?:ed|es|ing)|captain(?:ed|s|ing))\s+(?:the\s+)?$/iu;
// A score after the name (`Tulsa 63-7`, `Leeds 2 Chelsea 1`), before it (`a 2-1 win over Leeds`), or the name
// between two sides' scores (`Chelsea` in `Leeds 2 Chelsea 1`; not a scorer after a results line, `… 1, Dries Mertens`).
// Scores up to 199, so no `Boeing 737-800`.
const SCORE = String.raw`(?:1\d\d|\d{1,2})`;
const SCORE_END = String.raw`(?![\d:/-]|\.\d)`;
const SCORE_AFTER = new RegExp(String.raw`^\s+(?:${SCORE}\s*[-–]\s*${SCORE}|\d{1,2}\s*,?\s+\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+){0,2}\s+\d{1,2})${SCORE_END}`, 'u');
const SCORE_BEFORE = new RegExp(String.raw`\b${SCORE}\s*[-–]\s*${SCORE}\s+(?:\w+\s+)?(?:over|against|to|by|at|with)\s+(?:the\s+)?$`, 'u');
const SIDE_BEFORE = /\p{L}\s+\d{1,2}\s*,?\s+$/u;
const NUMBER_AFTER = /^\s+\d{1,2}(?![\d:/-]|\.\d)/u;

// One score, not a tennis player's sets, which run on (`6-4 6-3`, `6-2, 7-5`), a code (`District 8-4A`) or a range of
// a unit (`Allow 4 - 7 days`).
const ONE_SCORE = String.raw`${SCORE}\s*[-–]\s*${SCORE}${SCORE_END}(?!\p{L})(?!\s*,?\s+\d{1,2}\s*[-–]\s*\d)(?!\s*(?:%|(?:percent|per|days?|nights?|hours?|minutes?|weeks?|months?|years?|km|miles?|kg|metres?|meters?|feet|inches|degrees)\b))`;
// A side's result after its name: the score itself (`Arsenal 2-1`), or a verb of the result, at most three words and
// the score (`Chelsea lost 3-0`, `Arsenal beat Manchester United 2-1`, `Everton drew 1-1 with Aston Villa`).
const RESULT_AFTER = new RegExp(String.raw`^\s+(?:(?:beat|beats|lost|loses|won|wins|drew|draws|defeated|thrashed|edged|routed|hammered|crushed|trounced|downed|overcame|held)\s+(?:[\p{L}.'’-]+\s+){0,3}?)?${ONE_SCORE}`, 'u');
// A side's result before its name, not its ground (`a 2-1 win over Leeds`, `lost 3-0 to Tulsa`; not `2-1 at Highbury`),
// and not after a set of a tennis match.
const RESULT_BEFORE = new RegExp(String.raw`(?<!\d\s*[-–]\s*\d{1,2}\s*,?\s{1,3})\b${SCORE}\s*[-–]\s*${SCORE}\s+(?:\w+\s+)?(?:over|against|to|by|with)\s+(?:the\s+)?$`, 'u');

// A result written as two sides each before its score, run into a sentence after a colon or a comma (`Scottish premier
// division: Celtic 2 Hearts 1, Hibernian 0 Rangers 3.`): a side of up to four words (`Queen of the South 1`), scores
// up to 19, each pair ending at a comma, a full stop or the line's end. One such pair names no side on its own
// (`Chapter 3 Verse 16.`); two in a row, or one that is its whole line or ends it after a label's colon, do.
const SIDE_WORD = String.raw`\p{Lu}[\p{L}'’.&-]*`;
const SIDE = String.raw`${SIDE_WORD}(?:\s(?:${SIDE_WORD}|of|the|and)){0,3}`;
const PAIR_SCORE = String.raw`(?:1\d|\d)`;
const PAIR_END = String.raw`(?=\s*(?:[,;]|\.(?!\d)|\n|$))`;
const PAIR = String.raw`${SIDE}\s${PAIR_SCORE}\s${SIDE}\s${PAIR_SCORE}${PAIR_END}`;
const PAIRS = new RegExp(String.raw`(?:^|[:,;]\s*|\n)(?:${PAIR}\s*[,;]\s*)+${PAIR}|(?:^|:)\s*${PAIR}\s*\.?\s*$`, 'gmu');

// Words that label a score rather than name a side (`Halftime 1-1`, `Aggregate 3-2`).
const SCORE_LABELS: ReadonlySet<string> = new Set(['halftime', 'half-time', 'fulltime', 'full-time', 'ht', 'ft', 'aggregate', 'score', 'result', 'final', 'penalties', 'pens', 'agg']);

// A market's verbs after a firm's shares (`Chase Manhattan shares fell 1/2`), and the shares of a firm before it.
const SHARES_AFTER = /^(?:\s*['’]s?)?\s+(?:shares|stock|share price|stock price|ADRs)\s+(?:rose|fell|jumped|slipped|gained|lost|climbed|dropped|plunged|soared|tumbled|slid|surged|rallied|sank|dipped|added|eased|firmed|edged|closed|ended|finished|traded|were|was|have|had|are|is)\b/u;
const SHARES_BEFORE = /\b(?:[Ss]hares|[Ss]tock|ADRs)\s+(?:in|of)\s+$/u;

/**
 * Whether the name's shares are traded beside it (`Chase Manhattan shares fell`, `shares of Dell Computer Corp
 * jumped`): a listed firm's, whatever person or place its words name.
 */
export function sharesBeside(paragraph: string, start: number, end: number): boolean {
  return SHARES_AFTER.test(paragraph.slice(end, end + 40)) || SHARES_BEFORE.test(paragraph.slice(Math.max(0, start - 16), start));
}

// A name before a verb of saying whose report goes on with `he` or `she` (`Zelensky said on Tuesday that he would go`,
// `Okafor told reporters she was tired`): a person's, where a firm's goes on with `it` (`Vestas said profits rose`).
const HE_SAID = /^\s+(?:said|says|told|tells|added|adds|insisted|argued|warned|claimed|stressed|noted|wrote|writes|explained|acknowledged|admitted|denied|confirmed|announced|declared|tweeted|posted|vowed|pledged|promised)\s+(?:[^\s.!?;:"“”]+\s+){0,4}?(?:he|she)\b/u;

/** Whether a verb of saying after the name `paragraph[.., end)` goes on with `he` or `she` in the same clause. */
export function heSaidBeside(paragraph: string, end: number): boolean {
  return HE_SAID.test(paragraph.slice(end, end + 60));
}

// A firm's report of its results after its name (`Vestrale said profits rose`, `Quellcorp reported quarterly sales`,
// `Siemens said its orders fell`): what firms, not people, report of themselves.
const RESULTS_SAID = /^\s+(?:said|says|reported|reports|posted|posts)\s+(?:that\s+)?(?:its\s+)?(?:(?:first|second|third|fourth|quarterly|annual|half-year|full-year|net|operating|pre-tax|pretax|underlying|core)[\s-]+){0,3}(?:profits?|sales|revenues?|earnings|orders|output|margins?|deliveries|bookings)\b/u;

/** Whether the name `paragraph[.., end)` reports a firm's results (`Vestrale said profits rose`). */
export function resultsSaidBeside(paragraph: string, end: number): boolean {
  return RESULTS_SAID.test(paragraph.slice(end, end + 80));
}

// A town's people as local news names them (`a Dapto man`, `A 31-year-old Newtown woman`, `the Penrith couple`).
const TOWNSFOLK_BEFORE = /(?:\b(?:[Aa]n?|[Tt]he)|\d+-year-old)\s+$/u;
const TOWNSFOLK_AFTER = /^\s+(?:man|woman|men|women|boy|girl|teenager|teen|youth|resident|residents|couple|family|pensioner|mother|father|grandmother|grandfather|grandfather|motorist|cyclist|pedestrian|businessman|businesswoman|landlord|schoolboy|schoolgirl|toddler|baby|retiree|mum|dad)\b/u;

/** Whether the name `paragraph[start, end)` says where someone is from, as local news writes it (`a Dapto man`). */
export function townsfolkBeside(paragraph: string, start: number, end: number): boolean {
  return TOWNSFOLK_AFTER.test(paragraph.slice(end, end + 20)) && TOWNSFOLK_BEFORE.test(paragraph.slice(Math.max(0, start - 16), start));
}

// A wire story's sign-off (`Reporting by Kiyoshi Takenaka in Tokyo and Nailia Bagirova in Baku; Editing by Kim
// Coghill`), at a paragraph's start or in brackets: who reported, wrote and edited, and where from.
const SIGN_OFF = /(?:^|\(|\n)\s*(?:(?:additional|further)\s+)?(?:reporting|writing|editing|compiled|edited|reported|written)\s+by\s/giu;
const SIGN_OFF_LABEL = /^(?:(?:additional|further)\s+)?(?:reporting|writing|editing|compiled|edited|reported|written)$/iu;
// The lower-case words a sign-off holds; any other makes it a sentence (`Reporting by Bloomberg News in March
// showed …`).
const SIGN_OFF_WORDS: ReadonlySet<string> = new Set(['by', 'in', 'and', 'reporting', 'writing', 'editing', 'additional', 'further', 'compiled', 'edited', 'reported', 'written', 'staff', 'newsroom', 'bureau', 'desk', 'from', 'with', 'at', 'of', 'the', 'de', 'van', 'von', 'al', 'bin', 'da', 'di', 'le', 'la']);
// A place's words after a name in a sign-off: the newsroom's, not a person's (`Beijing newsroom`).
const NEWSROOM_AFTER = /^\s+(?:newsroom|bureau|staff|desk|team)\b/iu;

/**
 * What a wire sign-off makes of the name `paragraph[start, end)`: a person after `by`, `and`, a comma or a
 * semicolon, a place after `in` (and a place the lists know after a place, `in Palm Beach, Florida`, `in Gaza and
 * Cairo`), no name for the sign-off's own label (`Editing`, `Additional`); undefined outside one, for an agency
 * (`Reporting by Reuters staff`) and for a newsroom's town (`Beijing newsroom`).
 */
export function signOffRole(paragraph: string, start: number, end: number): 'PERSON' | 'PLACE' | 'none' | undefined {
  if (!/\bby\s/u.test(paragraph)) return undefined;
  const text = paragraph.slice(start, end);
  const after = paragraph.slice(end, end + 24);
  if ((SIGN_OFF_LABEL.test(text) && /^\s+by\s/u.test(after)) || (/^(?:additional|further)$/iu.test(text) && /^\s+reporting\s+by\s/iu.test(after))) {
    return /(?:^|[(;\n]|\band)\s*$/iu.test(paragraph.slice(Math.max(0, start - 20), start)) ? 'none' : undefined;
  }
  let open = -1;
  for (const m of paragraph.matchAll(SIGN_OFF)) if (m.index < start) open = m.index; else break;
  if (open < 0 || start - open > 240) return undefined;
  // The sign-off runs to its bracket's end or the paragraph's, and holds no sentence.
  const close = paragraph.indexOf(')', open);
  const segment = paragraph.slice(open, close > start ? close : paragraph.length);
  if (/[.!?]\s/u.test(segment) || (segment.match(/\b\p{Ll}[\p{Ll}'’-]*\b/gu) ?? []).some((w) => !SIGN_OFF_WORDS.has(w))) return undefined;
  if (NEWSROOM_AFTER.test(after) || isAcronym(text) || isListedBody(text) || phraseLists(text.split(/\s+/u)).some((l) => l === 'company' || l === 'orgLex' || l === 'orgWn')) return undefined;
  // The last link before the name: `by`, `and`, `;` or `in` (commas pass through to it).
  const links = [...paragraph.slice(open, start).matchAll(/\b(by|and|in)\b|;/gu)];
  const link = links.at(-1)?.[1] ?? ';';
  const place = countryOf(text) !== undefined || isGazetteerPlace(text) || phraseLists(text.split(/\s+/u)).some((l) => l === 'city' || l === 'region' || l === 'country');
  if (link === 'in') return 'PLACE';
  const sincePlace = links.length > 1 && (links.at(-2)?.[1] === 'in') && link !== ';';
  if (place && (sincePlace || /,\s*$/u.test(paragraph.slice(open, start)))) return 'PLACE';
  return 'PERSON';
}

// A university named as a place of study or research: `at` or `from` before it in a sentence about study or
// research (`researchers at Harvard`, `studied economics at Oxford`), or a noun of it right after (`a Stanford study`).
const ACADEMIC_AFTER = /^(?:['’]s)?(?:\s+(?:and|&)\s+\p{Lu}[\p{L}&.]*)?\s+(?:researchers?|scientists?|professors?|study|studies|survey|economists?|students?|graduates?|alumni|law|business|medical|university|team|paper|lab|laboratory|academics?|historians?|physicists?|biologists?)\b/u;
// … after others listed (`researchers at Harvard, Stanford and Duke`).
const ACADEMIC_BEFORE = /\b(?:at|from)\s+(?:\p{Lu}[\p{L}&.-]*(?: \p{Lu}[\p{L}&.-]*)?(?:,\s+|,?\s+and\s+))*$/u;
const ACADEMIC_NOUNS = /\b(?:researchers?|scientists?|professors?|stud(?:y|ies|ied|ying)|students?|graduated?|economics|economists?|lecturers?|faculty|alumni|degree|PhD|doctorate|academics?|fellows?|dean|chemists?|physicists?|biologists?|historians?|research)\b/iu;

/** Whether the sentence names `paragraph[start, end)` as a university (`researchers at Harvard`, `a Stanford study`). */
export function academicBeside(paragraph: string, start: number, end: number): boolean {
  // Also coordinated with another (`Harvard and MIT students`).
  if (ACADEMIC_AFTER.test(paragraph.slice(end, end + 40))) return true;
  return ACADEMIC_BEFORE.test(paragraph.slice(Math.max(0, start - 80), start)) && ACADEMIC_NOUNS.test(paragraph.slice(Math.max(0, start - 100), end + 100));
}

// How an apposition after a name opens (`, the …`, `, a …`, `, Britain's …`), and the words that may follow its head
// noun inside it (`, a unit of General Electric,`, `, a town near the border,`).
const APPOSITION_OPEN = /^ ?,\s+(?:the|a|an|its|their|\p{Lu}[\p{L}.&-]* ?['’]s)\s+/u;
const APPOSITION_HEAD_FOLLOWERS: ReadonlySet<string> = new Set(['that', 'which', 'whose', 'where', 'based', 'headquartered', 'owned', 'controlled', 'listed', 'founded', 'known', 'run', 'with', 'in', 'near', 'on', 'at', 'of', 'from', 'for', 'and']);
// An apposition without an article: lower-case words right after the comma (`, chief financial officer at …`).
const BARE_APPOSITION_OPEN = /^ ?,\s+(?=\p{Ll})/u;
// Words that end the modifiers before an apposition's head: a preposition, a conjunction or a verb starts another
// phrase (`, the head of the bank,` has no head *bank*; `, a member of the union,` none *union*).
const APPOSITION_STOPS: ReadonlySet<string> = new Set(['of', 'for', 'at', 'in', 'on', 'with', 'from', 'by', 'to', 'and', 'or', 'but', 'who', 'which', 'that', 'whose', 'is', 'was', 'are', 'were', 'has', 'had', 'have', 'be', 'been', 'said', 'says', 'told', 'will', 'would', 'as', 'than']);
// What makes a group one of people rather than a body (`, an ethnic group,`).
const PEOPLE_GROUP = /^(?:ethnic|tribal|racial|religious|minority|age|blood|focus|language|linguistic|income|social)$/u;
// Nouns that before `of` count or measure rather than name a body (`a group of chemicals`, `the other side of the border`).
const COLLECTIVES: ReadonlySet<string> = new Set(['group', 'chain', 'network', 'side', 'exchange', 'movement', 'platform', 'party', 'series']);
const MAX_APPOSITION_MODIFIERS = 4;

/**
 * The kind a noun in apposition gives the name starting at `start`, whose evidence is `features`: ORG after
 * `Safaricom, the country's largest telecoms firm,` or `Zentiva, a Swiss drugmaker,` (`e:appos-org`, read by
 * `appositionAfter`), and right before it after a firm's noun no relative clause is likely to follow (`Swiss drugmaker
 * Zentiva`, `the mobile operator Safaricom`; not `the company Smith founded`); PLACE after `Ouallam, a town of 20,000
 * people,` (`e:appos-place`). News introduces the firms and towns its readers do not know so, and the recogniser
 * reads an unknown word with no other evidence as a place, a person or no name.
 */
export function kindBeside(paragraph: string, start: number, features: readonly string[]): 'ORG' | 'PLACE' | undefined {
  const from = Math.max(0, start - 40);
  const before = /(?:^|\s)([\p{Ll}-]+) $/u.exec(paragraph.slice(from, start));
  // A match at the slice's start is a whole word only where the slice starts the paragraph.
  if (before && (before.index > 0 || from === 0) && FIRM_NOUNS_BEFORE.has(before[1] as string)) return 'ORG';
  // Capitalised, the firm's kind opens the sentence (`Regulator Ofgem said`).
  const opening = /(?:^|[.!?]["”’]?\s+)(\p{Lu}[\p{Ll}-]+) $/u.exec(paragraph.slice(from, start));
  const kind = (opening?.[1] as string | undefined)?.toLowerCase();
  // Not before a person's name (`Retailer John Lewis`, a firm named after its founder, is for the recogniser).
  const person = features.includes('kf:firstName') || features.includes('e:cg-first-name') || features.includes('e:cg-person');
  if (opening && (opening.index > 0 || from === 0) && OPENING_KINDS.has(kind as string) && !person && /^\p{Lu}\p{L}/u.test(paragraph.slice(start, start + 2))) return 'ORG';
  return features.includes('e:appos-org') ? 'ORG' : features.includes('e:appos-place') ? 'PLACE' : undefined;
}

// Nouns for a person in apposition that neither the title list holds nor end like an agent noun (`, the committee's
// head,`, `, a former aide,`, `, his widow,`).
const PERSON_APPOSITION_NOUNS: ReadonlySet<string> = new Set(['head', 'boss', 'aide', 'envoy', 'widow', 'widower', 'son', 'daughter', 'wife', 'husband', 'mother', 'friend', 'colleague', 'veteran', 'native', 'mp', 'lawmaker', 'legislator']);

/**
 * The firms' kinds that, capitalised at a sentence's start, describe the firm named after them (`Regulator Ofgem`,
 * `Drugmaker Zentiva`): not those people are too (`Broadcaster Gyles Brandreth`, `Maker`, `Miner`) or that open
 * names of their own (`Group F`, `Utility Warehouse`, `Supermarket Sweep`, `Airline Pilots Association`).
 */
export const OPENING_KINDS: ReadonlySet<string> = new Set(['regulator', 'watchdog', 'drugmaker', 'carmaker', 'automaker', 'chipmaker', 'planemaker',
  'steelmaker', 'handsetmaker', 'shipbuilder', 'insurer', 'reinsurer', 'lender', 'retailer', 'wholesaler', 'conglomerate', 'brokerage', 'refiner',
  'supplier', 'manufacturer', 'multinational', 'shipper', 'tabloid', 'consultancy', 'rival', 'rivals']);

/** A title, or a common noun ending like a role's (`officer`, `treasurer`; not `however`). */
const roleNounAfter = (word: string): boolean => TITLE_WORDS.has(word) || PERSON_APPOSITION_NOUNS.has(word) || (ROLE_NOUN_ENDING.test(word) && wordLists(word).includes('commonNoun'));

/** An apposition's head noun after a name, and the kind of thing it describes (a person's role, a firm, a place). */
export interface Apposition {
  head: string;
  kind?: 'PERSON' | 'ORG' | 'PLACE';
}

/**
 * The noun of an apposition after the name ending at `end` (`, a UNICEF nutrition officer in Kinshasa,` → `officer`,
 * a person's role; `, a Swiss drugmaker,` → a firm; `, a town of 20,000 people,` → a place): at most four modifiers
 * before it, and the apposition closing after it or going on with a preposition or a relative clause.
 */
export function appositionAfter(paragraph: string, end: number): Apposition | undefined {
  const after = paragraph.slice(end, end + 160);
  // Without an article news writes a role (`K.C. Maurer, chief financial officer and treasurer at …`) or a capital
  // (`Kinshasa, capital of Congo`): only such a noun counts there.
  const full = APPOSITION_OPEN.exec(after);
  const open = full ?? BARE_APPOSITION_OPEN.exec(after);
  if (!open) return undefined;
  const bare = !full;
  // Copy tokenised before publication (CoNLL's) writes a space before each stop: `, a Swiss drugmaker , said`.
  const words = after.slice(open[0].length).replace(/ ([,.;:)])/gu, '$1').split(/\s+/u, MAX_APPOSITION_MODIFIERS + 2);
  for (let k = 0; k < words.length && k <= MAX_APPOSITION_MODIFIERS; k++) {
    const token = words[k] as string;
    const word = token.replace(/[,.;:)]+$/u, '');
    if (APPOSITION_STOPS.has(word.toLowerCase())) return undefined;
    const closed = word.length < token.length;
    const next = words[k + 1]?.toLowerCase();
    const headEnds = closed || k === words.length - 1 || (next !== undefined && APPOSITION_HEAD_FOLLOWERS.has(next));
    if (headEnds && /^\p{Ll}[\p{Ll}-]*$/u.test(word)) {
      // `, a group of veterans,` and `, an exchange of fire,` count what they hold; `, an ethnic group,` is a people.
      const counts = (next === 'of' && !closed && COLLECTIVES.has(word)) || (word === 'group' && k > 0 && PEOPLE_GROUP.test((words[k - 1] as string).toLowerCase()));
      const kind = counts ? undefined : FIRM_NOUNS.has(word) ? 'ORG' : PLACE_NOUNS.has(word) ? 'PLACE' : roleNounAfter(word) ? 'PERSON' : undefined;
      if (bare) return kind === 'PERSON' || kind === 'PLACE' ? { head: word, kind } : undefined;
      return kind ? { head: word, kind } : { head: word };
    }
    if (closed) return undefined;
  }
  return undefined;
}

// A club's name as British sport writes it, with a plural verb (`Liverpool have won three of their last four`,
// `Juventus are top`), or as the object of a transfer (`joined Bayern Munich for a fee`, `signed for Benfica`): a
// town's or a firm's name is no subject of `have won` or `are top`, nor is a person's (`Kane have`).
const SQUAD_AFTER = /^\s+(?:have|are|were|'ve)\s+(?:(?:now|also|still|already|just|not|never|been|only)\s+){0,2}(?:won|lost|drawn|beaten|beat|signed|sacked|appointed|scored|conceded|top|bottom|unbeaten|relegated|promoted|qualified|eliminated|knocked|through|champions|favourites|winless|level|struggled|dropped|climbed|moved\s+(?:up|top|clear))\b/u;
const SQUAD_BEFORE = /\b(?:joined|rejoined|signed\s+(?:for|with)|re-signed\s+for|transfer\s+to|loaned\s+to|loan\s+to|sold\s+to|bought\s+from|loan\s+from|transfer\s+from)\s+(?:the\s+)?$/u;
const SQUAD_NOUNS = /\b(?:striker|midfielder|defender|goalkeeper|forward|winger|full-back|centre-back|center-back|playmaker|fee|transfer|loan|contract|squad|season|club|coach|manager|league|fixtures?|games?|matches|points|goals?|title|table|derby|cup|clean sheets?)\b/iu;

/**
 * Whether a name is written as a sports club (`Liverpool have won …`, `joined Bayern Munich for a fee`): a plural
 * verb of a side's results right after it, or a transfer's verb before it in a sentence with a sports noun.
 */
export function squadBeside(paragraph: string, start: number, end: number): boolean {
  if (SQUAD_AFTER.test(paragraph.slice(end, end + 40))) return true;
  return SQUAD_BEFORE.test(paragraph.slice(Math.max(0, start - 24), start)) && SQUAD_NOUNS.test(paragraph.slice(Math.max(0, start - 120), end + 120));
}

// A country, a body's head or an event's: a word of a side's event or campaign (`Copa America`, `Nations League`).
const eventOrBodyWord = (w: string): boolean => countryOf(w) !== undefined || ORG_HEADS.has(w.toLowerCase()) || NON_ENTITY_HEADS.has(w.toLowerCase());
// ... or a word the lists know only as a common noun, or as a place (`Six Nations`, `World Cup`).
const ordinaryOrPlace = (w: string): boolean => {
  const lists = wordLists(w);
  return eventOrBodyWord(w) || (lists.length > 0 && lists.every((l) => l === 'commonNoun')) || lists.some((l) => l === 'country' || l === 'region' || l === 'placeWn' || l === 'city');
};
// A person's name of two or three words after a possessive (`Argentina's Francisco Cerundolo`), and a name with a
// bracket opening right before it that closes right after it, after a capitalised word (`Ludvig Aberg (Sweden)`).
const PERSON_AFTER_POSSESSIVE = /^['’]s\s+\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2}\b/u;
const NAME_BEFORE_BRACKET = /\p{Lu}[\p{L}.'’-]*\s+\($/u;
// A player's name and `of` before their country (`Aryna Sabalenka of Belarus`, `Serena Williams of the United States`).
const NAME_BEFORE_OF = /\p{Lu}[\p{Ll}'’-]+\s+of\s+(?:the\s+)?$/u;

// A role, `of`, `for` or `at` and what it is of (four words at most), then the comma before a name in apposition.
const ROLE_OF_BEFORE = /\b(\p{Ll}+)\s+(?:of|for|at)\s+(?:the\s+|a\s+|an\s+)?[\p{L}'’.&-]+(?:\s+[\p{L}'’.&-]+){0,3}\s?,\s+$/u;

/**
 * Whether a name is written as where a person comes from: a country's possessive before a player's name in a report
 * (`Italy's Jannik Sinner`), after the name and `of` (`Iga Swiatek of Poland`), or in brackets after a name in a results
 * list (`Ludvig Aberg (Sweden)`). A side in a sports report is no such thing, so the report's rule that reads
 * countries as teams leaves these places.
 */
export function originBeside(paragraph: string, start: number, end: number): boolean {
  const person = PERSON_AFTER_POSSESSIVE.exec(paragraph.slice(end, end + 60));
  // Not a side's event or campaign (`Argentina's Copa America triumph`, `Germany's Nations League defeat`, `Wales's
  // Six Nations campaign`): no ordinary word or place first after the possessive, and no event's or body's word.
  const after = person ? person[0].slice(2).trim().split(/\s+/u) : [];
  if (person && !ordinaryOrPlace(after[0] as string) && !after.some(eventOrBodyWord)) return true;
  if (NAME_BEFORE_OF.test(paragraph.slice(Math.max(0, start - 40), start))) return true;
  return paragraph[end] === ')' && NAME_BEFORE_BRACKET.test(paragraph.slice(Math.max(0, start - 40), start));
}

// What cites a publication: where its words appeared (`published in`, `an interview with`, `told`, `according to`),
// its kind before it (`the journal Science`), or its reporting after it (`Forbes reported`, `Time magazine`; not
// `said`, `wrote` alone: `Dawn said` is as often a woman, and `SAID_AFTER` takes them only after `The`).
const CITED_BEFORE = new RegExp(String.raw`(?:\b(?:published|appeared|appearing|wrote|writing|written|reported|quoted|cited|op-ed|column|editorial|article|interview|report|study|paper|piece|letter|commentary|essay|story|survey|analysis|investigation|podcast)\s+(?:in|on|by|with)|\b(?:told|tells|telling|according\s+to|(?:speaking|spoke|speaks|talking|talked)\s+to|journal|magazine|newspaper|tabloid|broadsheet|weekly|daily|broadcaster|channel|network|outlet|website)|\bnews\s+(?:site|outlet|channel|magazine|network))\s+(?:the\s+)?$`, 'iu');
const CITED_AFTER = /^(?:['’]s?)?\s+(?:reported|reports|reporting|published|publishes|revealed|reveals|quoted|cites|cited|magazine|journal|newspaper|tabloid|weekly|daily|editorial|columnist|reporter|reporters|correspondent|editor|interview|report|article|investigation|survey|poll|podcast|website|story|obtained|has\s+reported|has\s+learned)\b/u;
// A verb of saying after a publication named with its article (`The Guardian said`, `The Times wrote`): without it the
// name may be a person's (`Forbes said`, after `Kate Forbes`).
const SAID_AFTER = /^(?:['’]s)?\s+(?:said|says|wrote|writes|noted|notes|commented|argued|argues|warned|warns|claimed|concluded|editorialised|editorialized|opined)\b/u;

/** Whether the sentence cites the name `paragraph[start, end)` as a publication (`published in Nature`, `Forbes reported`). */
export function citedBeside(paragraph: string, start: number, end: number): boolean {
  if (SAID_AFTER.test(paragraph.slice(end, end + 30)) && (paragraph.startsWith('The ', start) || paragraph.slice(Math.max(0, start - 4), start) === 'The ')) return true;
  return CITED_AFTER.test(paragraph.slice(end, end + 30)) || CITED_BEFORE.test(paragraph.slice(Math.max(0, start - 40), start));
}

/**
 * Whether a side's result stands beside the name `paragraph[start, end)`: what, in a sports report, makes a name of
 * one word a team whatever else the word is (`Chelsea lost 3-0`, `beat Arsenal 2-1`). Stricter than `e:score` (a
 * model feature): one score, no tennis sets, no ground after `at`.
 */
export function resultBeside(paragraph: string, start: number, end: number): boolean {
  if (SCORE_LABELS.has(paragraph.slice(start, end).toLowerCase())) return false;
  return RESULT_AFTER.test(paragraph.slice(end, end + 60)) || RESULT_BEFORE.test(paragraph.slice(Math.max(0, start - 48), start));
}

/**
 * Whether `paragraph[start, end)` is one side of a run of results pairs (`Celtic 2 Hearts 1, Hibernian 0 Rangers 3`):
 * read only in a sports report, as polls, ages, tallies and chapters take the same shape (`aged: Emma 7 Lucy 5`).
 */
export function inResultPairs(paragraph: string, start: number, end: number): boolean {
  // Only where a score follows the name.
  if (!/^\s\d{1,2}\b/u.test(paragraph.slice(end, end + 4))) return false;
  for (const [from, to] of pairRuns(paragraph)) {
    if (from > start) return false;
    // The name opens a side: after the run's opening, a comma or the other side's score.
    if (to >= end) return /(?:^|[:,;\n]|\d)\s*$/u.test(paragraph.slice(Math.max(from, start - 4), start));
  }
  return false;
}

// The runs of results pairs of the paragraph last asked about: its candidates are asked one after another, and a
// results table of one long paragraph would otherwise be scanned once for each of its sides.
let pairsOf = '';
let pairsFound: Array<[number, number]> = [];
function pairRuns(paragraph: string): ReadonlyArray<[number, number]> {
  if (paragraph !== pairsOf) {
    pairsFound = [];
    PAIRS.lastIndex = 0;
    for (let m = PAIRS.exec(paragraph); m; m = PAIRS.exec(paragraph)) pairsFound.push([m.index, m.index + m[0].length]);
    pairsOf = paragraph;
  }
  return pairsFound;
}

// A tennis or squash match's sets, two or more (`6-4 6-3`, `6-4, 7-6 (7-4)`), and a player's result before them
// (`Sampras beat Agassi 6-4 6-3`): a player's name before the verb, the opponent's right before the sets.
const SET = String.raw`[0-7]\s*[-–]\s*[0-7](?:\s*\(\d{1,2}(?:\s*[-–]\s*\d{1,2})?\))?`;
const SETS = String.raw`${SET}\s*,?\s+${SET}(?![\d:/-])`;
const SETS_AFTER = new RegExp(String.raw`^\s+(?:(?:beat|beats|defeated|defeats|downed|edged|overcame|routed|thrashed|upset|ousted|lost\s+to|loses\s+to|fell\s+to)\s+(?:[\p{L}.'’-]+\s+){0,3}?)?${SETS}`, 'u');

/** Whether a player's sets stand after a name ending at `end` (`Sampras beat Agassi 6-4 6-3`). */
export function setsBeside(paragraph: string, end: number): boolean {
  return SETS_AFTER.test(paragraph.slice(end, end + 70));
}

/**
 * The context of a sports team: a verb or noun of playing for or against a side before the name, or a score beside
 * it. Not for a name opening with a given name: `played with Harry Kane` is a team-mate.
 */
function sportsContext(ctx: EvidenceContext, words: readonly Token[], start: number, end: number, f: string[]): void {
  if (givenNameFirst(words)) return;
  const before = ctx.paragraph.slice(Math.max(0, start - 48), start);
  const after = ctx.paragraph.slice(end, end + 40);
  if (TEAM_BEFORE.test(before)) f.push('e:team-context');
  if (SCORE_AFTER.test(after) || SCORE_BEFORE.test(before) || (SIDE_BEFORE.test(before) && NUMBER_AFTER.test(after))) f.push('e:score');
}

/**
 * A name a letter or a message opens by addressing (`Geoff, Thanks for the pictures`, `Kathleen, You are correct`,
 * `Jill: As discussed`): a comma or colon, then a capitalised greeting, pronoun or word that opens a request, where
 * the name opens its sentence or follows other capitalised words (a signature run together with the next message).
 * Running text puts no capital after such a comma (`In the United States, I think` follows `the`).
 */
function vocative(ctx: EvidenceContext, a: number, b: number): boolean {
  const { paragraph, tokens } = ctx;
  const first = tokens[a] as Token;
  const next = tokens[b];
  const before = tokens[a - 1];
  if (!next || ctx.shouting || !isCap(next) || !/^ ?[,:]\s+$/u.test(paragraph.slice((tokens[b - 1] as Token).end, next.start))) return false;
  if (!first.initial && !(before && isCap(before) && WHITESPACE.test(paragraph.slice(before.end, first.start)))) return false;
  const w = lower(next);
  return ADDRESS_WORDS.has(w) || LETTER_OPENERS.has(w) || (next.tags.has('Pronoun') && !next.tags.has('Determiner'));
}

/** Whether a title run includes an honorific that by itself says person (`Mr`, `Dame`). */
export function titleEvidence(titleWords: readonly Token[]): string[] {
  const f = ['e:title'];
  for (const w of titleWords) f.push(`title=${lower(w).replace(/\.$/, '')}`);
  if (titleWords.some((w) => PERSON_HONORIFICS.has(lower(w).replace(/\.$/, '')))) f.push('e:honorific');
  return f;
}
