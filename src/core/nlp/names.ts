import {
  COMMON_SUFFIX, FUNCTION_TAGS, WHITESPACE, afterLocative, commonNoun, countryFirm, countryOf, lowerReading, hasTag, headType, isAcronym, isCap, isCaps, isDateline, isGazetteerPlace, isTown,
  citedBeside, CONFERENCE_MEMBERS, regionWord, givenNameFirst, isLowerWord, isNorpName, lower, nameEvidence, neverName, notName, academicBeside, heSaidBeside, resultsSaidBeside, signOffRole, townsfolkBeside, kindBeside, originBeside, isDatelineRegion, OPENING_KINDS, inResultPairs, resultBeside, setsBeside, sharesBeside, squadBeside, titleEvidence,
} from './evidence';
import {
  CLUB_WORDS, COMPASS_WORDS, COURTESY_WORDS, EPONYMOUS_DISEASES, MEMBERS_LETTERS, NAME_PARTICLES, SHOP_ONLY_NOUNS, SLUG_NOUNS, WORD_FIRMS, NORP_GROUPS, PARTY_MEMBERS, SHOP_NOUNS, TRADE_PLURALS, CREDIT_AGENCIES, FOR_THE_HEADS, HEAD_CONNECTORS, JOINED_POSTNOMINALS, NAME_CONNECTORS, NON_ENTITY_HEADS, OF_HEADS, ON_HEADS, ORG_HEADS, PLACE_HEADS, REGION_ABBREVIATIONS, ROLE_NOUN_ENDING, ROLE_NOUNS, ROMANISED_SYLLABLE, KOREAN_FAMILY_NAMES, TITLE_MODIFIERS, TITLE_WORDS, UNIVERSITIES, headForm, isListedBody, isTitle, publicationOf, takesConnector, NAMES_AS_WRITTEN, PERSON_HONORIFICS,
} from './lexicon';
import type { EntityType } from '../model';
import { memoised } from './memo';
import { paragraphRule, placedEvent } from './handRules';
import { isGivenPlace, longestPhrase, phraseLists, wordLists } from './knowledge';
import { singulars, sportsHeadlineRuns, sportsHeadlineType, sportsSlugEnd, tableNames, type TableName } from './tables';
import { shippedKnows, spanTagger } from './recogniser';
import { proposeSpans, wellCased, type Tagger } from './tagger';
import type { Token } from './tokens';
import { namedSpeakers, paragraphQuotes, type ParagraphQuotes } from './quotes/findQuotes';

export { countryOf, isAcronym, isGazetteerPlace, isNorpName, titleCase } from './evidence';

/** A name found in one paragraph, with the evidence for its type; offsets are relative to the paragraph. */
export interface Candidate {
  start: number;
  end: number;
  text: string;
  /** The named evidence and surface features of the name in its paragraph (see evidence.ts). */
  features: string[];
  /** Titles, roles, ages and nationalities the paragraph gives this name. */
  descriptors: string[];
  /** Number of words in the name. */
  words: number;
  /** Index (in the paragraph's candidates) of the name this bracketed acronym stands for: `Name (ACR)`. */
  expands?: number;
  /**
   * Set on a name of two or three capitalised words with no named evidence (`Romelu Lukaku`): its lower-case
   * words, so that the document can tell an unknown personal name from capitalised common words.
   */
  unknownWords?: string[];
  /**
   * The name could stand for a sports team: it follows no locative (`at Wembley` is the ground) and has no
   * facility head, or it ends in a club word (`Manchester City`, `Blackburn Rovers`).
   */
  team?: boolean;
  /**
   * The name gives a person's country or home town, not a side: a possessive before a person's name (`Argentina's
   * Francisco Cerundolo`) or brackets after one (`Ludvig Aberg (Sweden)`; `originBeside`).
   */
  origin?: boolean;
  /** The name ends in a club word after another word (`Leeds United`): a club's name in a sports report. */
  club?: boolean;
  /** One word with a side's result beside it (`Chelsea lost 3-0`, `beat Arsenal 2-1`; `resultBeside`). */
  side?: boolean;
  /** A side of a run of results pairs (`Celtic 2 Hearts 1, Hibernian 0 Rangers 3`; `inResultPairs`): a side only in a sports report. */
  pairSide?: boolean;
  /** The name's shares are traded beside it (`Chase Manhattan shares fell`; `sharesBeside`): a listed firm's. */
  listed?: boolean;
  /** A match's sets stand beside the name (`Sampras beat Agassi 6-4 6-3`; `setsBeside`): a player's. */
  player?: boolean;
  /** A verb of saying after the name goes on with `he` or `she` (`Zelensky said he would go`; `heSaidBeside`). */
  heSaid?: boolean;
  /** The name reports a firm's results (`Vestrale said profits rose`; `resultsSaidBeside`). */
  firmSaid?: boolean;
  /** A university the news lexicon lists, named as a place of study or research (`researchers at Harvard`). */
  academic?: boolean;
  /** The kind a noun in apposition gives the name (`Zentiva, a Swiss drugmaker,`, `Ouallam, a town`; `kindBeside`). */
  kind?: 'ORG' | 'PLACE';
  /** The sentence writes the name as a sports club (`Liverpool have won`, `joined Benfica for a fee`; `squadBeside`). */
  squad?: boolean;
  /** The name says where someone is from (`a Dapto man`, `a 31-year-old Newtown woman`; `townsfolkBeside`). */
  townsfolk?: boolean;
  /** `airport` in lower case follows the name (`Heathrow airport`). */
  airport?: boolean;
  /** The name is the place an office in lower case is of (`the mayor of Rio Gallegos`). */
  placeOfOffice?: boolean;
  /** A country's name before the possessive of its state's parts (`Chad's army`, `Congo's government`). */
  state?: boolean;
  /** What a wire sign-off makes of the name (`Reporting by Ann Lee in Tokyo; Editing by Kim Coghill`; `signOffRole`). */
  signOff?: 'PERSON' | 'PLACE' | 'none';
  /** A photographer's name after a credit's label and agency (`Image: NASA Bill Ingalls`; `creditAgencyFirst`). */
  photographer?: boolean;
  /** A publication the news lexicon lists, which the sentence cites (`published in Nature`; `citedBeside`). */
  cited?: boolean;
  /** A given name that is a place or nationality, before a surname (`Jordan Spieth`, `Florence Pugh`; `givenPlaceName`). */
  givenPlace?: boolean;
  /** The paragraph's own attribution gives the name as a quote's speaker (`said Gustafon`; `namedSpeakers`). */
  speaker?: boolean;
  /**
   * A part of a longer run of capitalised words, offered as a name of its own (`Renee Ratcliff` in `Pam Butler
   * Renee Ratcliff`): it reads the article's other mentions but does not count among them (see `runParts`).
   */
  part?: boolean;
  /** The run a part belongs to. */
  run?: Candidate;
  /**
   * A name a workspace's decisions taught, proposed where it lies inside or across longer candidates nobody
   * rejected (`Acme Corp` in `Acme Corp Chief Executive Jane Roe`): it stands only where the analyser keeps no
   * name reaching beyond it (`taughtNamesYield` in entities.ts).
   */
  yields?: boolean;
  /** Caches of what depends on the paragraph alone, filled on first use: the evidence other mentions share, */
  evidence?: readonly string[];
  /** the hand rule's decision (false: none), */
  rule?: EntityType | null | false;
  /** why a rule of the paragraph pass decided it (a table line, a sports headline), set with `rule`; */
  ruleWhy?: string;
  /** and each recogniser's scores of the local features. */
  scores?: WeakMap<object, number[]>;
}

/** What the paragraph pass finds: candidate names, and the words the paragraph writes in lower case. */
export interface ParagraphNames {
  candidates: Candidate[];
  lowerWords: ReadonlySet<string>;
  /** The paragraph's quotes, read as if no quotation were left open before it (their speakers mark names). */
  quotes: ParagraphQuotes;
  /** How many sentences the paragraph holds. */
  sentences: number;
}

/** The sentences of a paragraph: one, and one more for each word opening a sentence after a full stop, `!` or `?`. */
function sentenceCount(paragraph: string, tokens: readonly Token[]): number {
  let n = tokens.length > 0 ? 1 : 0;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.initial && /[.!?…]/u.test(paragraph.slice((tokens[i - 1] as Token).end, t.start))) n++;
  }
  return n;
}

// Month names alone are dates, whatever compromise makes of them without its post-tagger (`in March`, `in May`).
const MONTHS: ReadonlySet<string> = new Set('january february march april may june july august september october november december'.split(' '));

/** How the learned span proposer adds to the rules' candidates (see tagger.ts and MODEL.md). */
export interface ProposerOptions {
  /** The tagger; the shipped one by default, none with null. */
  tagger?: Tagger | null;
  /**
   * Which of the tagger's own spans to keep in a paragraph written with capitals (edited text): all, those with a
   * capitalised word (the default), or none (the tagger then only gives its reading of the rules' spans); `off`:
   * the tagger does not read such a paragraph at all; `split`: only its splits of a rule span of three words or
   * more, without marks (measured, not shipped).
   */
  inEdited?: 'all' | 'capitalised' | 'none' | 'off' | 'split';
  /** Only the tagger's proposals, not the rules' spans (measured, not shipped). */
  only?: boolean;
  /** Whether the rules' candidates get the tagger's reading of them as features (`tg=`); true by default. */
  marks?: boolean;
  /**
   * Whether brands written in lower case are candidates (`src=brand`, see `brandProposals`); by default when the
   * shipped weights have learned such candidates. Training proposes them always.
   */
  brands?: boolean;
  /** Which runs of capitalised words are also offered in parts (`runParts`); `RUN_PARTS` by default, none with null. */
  runs?: RunParts | null;
  /**
   * Whether a given name that is also a country or nationality stays one name with the surname after it (`Jordan
   * Spieth`; `givenPlaceName`, RULES.md 45); true by default. Training turns it off: the rule after typing decides
   * those names, a name a rule decides is not trained, and so the weights read the corpora as they did before.
   */
  givenPlaces?: boolean;
}

/**
 * Runs of `min` to `max` words (a hyphenated word counts once) are offered in parts; a part has at most `longest`
 * words unless it opens or ends the run.
 */
export interface RunParts {
  min: number;
  max: number;
  longest: number;
  /** Whether the whole run also gets features of its own (its length, the given names inside it). */
  marks?: boolean;
  /**
   * In edited text, only runs in which a given name opens a word after the first are offered in parts (`Marit Dunlow
   * Sarah Graves`); other runs there are nearly always one name (`Kennedy Space Center Visitor Complex`), and their
   * parts would cost a news article a quarter of its analysis time or more.
   */
  gate?: boolean;
  /** Whether the parts are offered at all (false: the whole run's features only; measured, not shipped). */
  offer?: boolean;
}

/** What analysis offers (chosen by cross-validation, MODEL.md *Runs of names read in parts*). */
export const RUN_PARTS: RunParts | null = { min: 3, max: 8, longest: 3, gate: true };

/** Finds the candidate names of one paragraph and the words it writes in lower case. */
export function findNames(paragraph: string, tokens: readonly Token[], proposer: ProposerOptions = {}): ParagraphNames {
  const lowerWords = new Set<string>();
  for (const t of tokens) if (isLowerWord(t)) lowerWords.add(t.text);
  const rules = findCandidates(paragraph, tokens, proposer.givenPlaces !== false);
  const tagger = proposer.tagger === undefined ? spanTagger() : proposer.tagger;
  const mode = proposer.inEdited ?? 'off';
  const skip = (mode === 'off' && wellCased(paragraph, tokens)) || (mode === 'split' && wellCased(paragraph, tokens) && !rules.some((c) => c.words >= 3));
  const candidates = tagger && !skip ? withProposals(paragraph, tokens, rules, tagger, proposer) : rules;
  const runs = proposer.runs === undefined ? RUN_PARTS : proposer.runs;
  const all = runs ? withRunParts(paragraph, tokens, candidates, runs) : candidates;
  const quotes = paragraphQuotes(paragraph, false);
  for (const s of namedSpeakers(quotes)) for (const c of all) if (c.start === s.start && c.end === s.end) c.speaker = true;
  return { candidates: all, lowerWords, quotes, sentences: sentenceCount(paragraph, tokens) };
}

/**
 * The candidates with the parts of their long runs (`runParts`), in paragraph order, each bracketed acronym still
 * pointing at the name it stands for. Costs nothing in a paragraph without a run of `runs.min` words.
 */
function withRunParts(paragraph: string, tokens: readonly Token[], cands: Candidate[], runs: RunParts): Candidate[] {
  if (!cands.some((c) => c.words >= runs.min)) return cands;
  const ctx = paragraphContext(paragraph, tokens);
  runParts(ctx, cands, runs, !!runs.gate && wellCased(paragraph, tokens));
  if (ctx.out.length === 0) return cands;
  const all = [...cands, ...ctx.out].sort((x, y) => x.start - y.start || x.end - y.end);
  const at = new Map(all.map((c, i) => [c, i]));
  for (const c of cands) if (c.expands !== undefined) c.expands = at.get(cands[c.expands] as Candidate);
  return all;
}

/**
 * Names run together in one run of capitalised words (the lines of a signature or a list joined by spaces: `Pam
 * Butler Renee Ratcliff Larry Lewis`, `Phillip Allen Let`) are found by offering each part of a run of `min` to
 * `max` words as a candidate of its own: every span that opens and ends on a capitalised word that is no
 * connector. Each part has the usual evidence and says where it sits in the run: whether it opens or ends it or
 * lies inside, the run's length, whether its first word and the word after it in the run are given names, whether
 * the two words before it open the run with a given name; the run itself says its length and how many given names
 * open words inside it. A part is weighed by weights of its own over what the recogniser makes of it and of its run
 * (`partView` in entities.ts), and a part typed as a name makes its run give way (`runsGiveWay`).
 */
function runParts(ctx: Ctx, cands: readonly Candidate[], runs: RunParts, edited: boolean): void {
  const { paragraph, tokens } = ctx;
  const seen = new Set(cands.map((c) => `${c.start}:${c.end}`));
  let k = 0;
  for (const c of cands) {
    if (c.part || c.words < runs.min || c.rule !== undefined || c.features.includes('src=tagger')) continue;
    while (k < tokens.length && (tokens[k] as Token).start < c.start) k++;
    const a = k;
    const b = a + c.words;
    if ((tokens[a] as Token | undefined)?.start !== c.start || b > tokens.length) continue;
    // A part opens and ends on a capitalised word that is no connector, and never inside a hyphenated word (`Min-Woo`).
    const edge = (i: number): boolean => isCap(tokens[i] as Token) && !NAME_CONNECTORS.has(lower(tokens[i] as Token));
    const cut = (i: number): boolean => WHITESPACE.test(gapOf(paragraph, tokens[i - 1] as Token, tokens[i] as Token));
    const starts = [a];
    for (let i = a + 1; i < b; i++) if (cut(i) && edge(i)) starts.push(i);
    const ends = [];
    for (let j = a + 1; j < b; j++) if (cut(j) && (edge(j - 1) || hyphenSyllable(paragraph, tokens, j - 1))) ends.push(j);
    ends.push(b);
    let words = 1;
    for (let i = a + 1; i < b; i++) if (cut(i)) words++;
    if (words < runs.min || words > runs.max) continue;
    const given = (i: number): boolean => i < b && edge(i) && (hasTag(tokens[i] as Token, GIVEN_NAME_TAGS) || wordLists((tokens[i] as Token).text).includes('firstName'));
    const n = Math.min(words, 6);
    let inner = 0;
    for (const i of starts) if (i > a && given(i)) inner++;
    if (runs.marks !== false) c.features.push(`run:len=${n}`, `run:inner-given=${Math.min(inner, 2)}`);
    if ((edited && inner === 0) || runs.offer === false) continue;
    for (const i of starts) {
      for (const j of ends) {
        if (j <= i || (i === a && j === b)) continue;
        const pos = i === a ? 'open' : j === b ? 'end' : 'inside';
        let size = 1;
        for (let m = i + 1; m < j; m++) if (cut(m)) size++;
        if (pos === 'inside' && size > runs.longest) continue;
        const start = (tokens[i] as Token).start;
        if (seen.has(`${start}:${(tokens[j - 1] as Token).end}`)) continue;
        const pair = i - a === 2 && given(a) && cut(a + 1);
        const at = ctx.out.length;
        addName(ctx, i, j, ['src=part', `run:${pos}`, `run:${pos}:len=${n}`, `run:${pos}:g=${given(i) ? 1 : 0}${given(j) ? 1 : 0}`, `run:words=${Math.min(size, 4)}/${n}`, ...(pair ? ['run:after-pair'] : [])], []);
        const p = ctx.out[at];
        if (p) { p.part = true; p.run = c; seen.add(`${p.start}:${p.end}`); }
      }
    }
  }
}

/**
 * The rules' candidates and the tagger's proposals together, in paragraph order: each rule candidate learns what
 * the tagger made of it (`tg=PERSON` for the same span, `tg=part` for an overlapping one, `tg=none`), and each span
 * only the tagger proposes becomes a candidate of its own (`src=tagger`), with all the evidence of a name.
 * Overlapping candidates are settled after typing (entities.ts).
 */
function withProposals(paragraph: string, tokens: readonly Token[], rules: Candidate[], tagger: Tagger, options: ProposerOptions): Candidate[] {
  const spans = proposeSpans(tagger, paragraph, tokens, rules);
  const edited = wellCased(paragraph, tokens);
  const marks = options.marks !== false;
  const ctx = paragraphContext(paragraph, tokens);
  const same = new Set<Candidate>();
  const inEdited = options.inEdited ?? 'off';
  if (edited && inEdited === 'split') {
    // In edited text only the tagger's splits of a run of three capitalised words or more are proposed, without marks.
    for (const s of spans) {
      const start = (tokens[s.a] as Token).start;
      const end = (tokens[s.b - 1] as Token).end;
      if (rules.some((c) => c.words >= 3 && c.start <= start && end <= c.end && (c.start !== start || c.end !== end)) && !rules.some((c) => c.start === start && c.end === end)) addName(ctx, s.a, s.b, ['src=tagger', `tg=${s.type}`], []);
    }
  } else for (const s of spans) {
    const start = (tokens[s.a] as Token).start;
    const end = (tokens[s.b - 1] as Token).end;
    const rule = rules.find((c) => c.start === start && c.end === end);
    if (rule) { if (marks) rule.features.push(`tg=${s.type}`); same.add(rule); if (!options.only) continue; }
    if (marks) for (const c of rules) if (c.start < end && start < c.end && !same.has(c) && !c.features.includes('tg=part')) c.features.push('tg=part');
    if (edited && (inEdited === 'none' || (inEdited === 'capitalised' && !tokens.slice(s.a, s.b).some(isCap)))) continue;
    addName(ctx, s.a, s.b, ['src=tagger', `tg=${s.type}`], []);
  }
  if (!edited && (options.brands ?? shippedKnows('src=brand'))) brandProposals(ctx, rules);
  if (marks && !(edited && inEdited === 'split')) for (const c of rules) if (!same.has(c) && !c.features.includes('tg=part')) c.features.push('tg=none');
  if (options.only) return ctx.out;
  if (ctx.out.length === 0) return rules;
  // Paragraph order, with each bracketed acronym still pointing at the name it stands for.
  const all = [...rules, ...ctx.out].sort((x, y) => x.start - y.start || x.end - y.end);
  const at = new Map(all.map((c, i) => [c, i]));
  for (const c of rules) if (c.expands !== undefined) c.expands = at.get(rules[c.expands] as Candidate);
  return all;
}

// Words that open or close no brand name written in lower case (`at home`, `the body shop`, `can do`).
const NOT_BRAND_EDGE = ['Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Modal', 'Copula', 'Auxiliary', 'QuestionWord', 'Adverb'];

/**
 * In text not written as edited text, a brand written in lower case (`starbucks`, `taco bell`, `five guys`) that
 * neither the rules nor the tagger found is a candidate (`src=brand`): the brand list knows it, the classifier
 * decides. Not a common noun, not opening or closing on a function word, at most three words.
 */
function brandProposals(ctx: Ctx, rules: readonly Candidate[]): void {
  const { tokens } = ctx;
  const texts = tokens.map((t) => t.text);
  const taken = (start: number, end: number): boolean => [...rules, ...ctx.out].some((c) => c.start < end && start < c.end);
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i] as Token;
    if (!/^\p{Ll}/u.test(first.text)) continue;
    const hit = longestPhrase(texts, i, 3);
    if (!hit || !hit.lists.includes('brand') || hit.lists.includes('commonNoun')) continue;
    const last = tokens[i + hit.length - 1] as Token;
    if (hasTag(first, NOT_BRAND_EDGE) || hasTag(last, NOT_BRAND_EDGE) || taken(first.start, last.end)) continue;
    addName(ctx, i, i + hit.length, ['src=brand'], []);
    i += hit.length - 1;
  }
}

/**
 * A listed organisation or place with a lower-case word inside its name (`Save the Children`, `Committee to Protect
 * Journalists`, `Dar es Salaam`) is one candidate where it is written, in place of the candidates inside it
 * (`Children`).
 */
function namesAsWritten(ctx: Ctx): void {
  const { paragraph, tokens, out } = ctx;
  let added = false;
  for (const body of NAMES_AS_WRITTEN) {
    for (let at = paragraph.indexOf(body); at >= 0; at = paragraph.indexOf(body, at + 1)) {
      const a = tokens.findIndex((t) => t.start === at);
      const b = tokens.findIndex((t) => t.end === at + body.length);
      if (a < 0 || b < 0) continue;
      const inside = out.filter((c) => c.start >= at && c.end <= at + body.length);
      if (out.some((c) => c.start < at + body.length && at < c.end && !inside.includes(c))) continue;
      for (const c of inside) out.splice(out.indexOf(c), 1);
      addName(ctx, a, b + 1, [], []);
      added = true;
    }
  }
  if (added) out.sort((x, y) => x.start - y.start || y.end - x.end);
}

/** Finds the candidate names of one paragraph and the local evidence for their types. */
export function findCandidates(paragraph: string, tokens: readonly Token[], givenPlaces = true): Candidate[] {
  const ctx = paragraphContext(paragraph, tokens, givenPlaces);
  const { out, shouting } = ctx;
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i] as Token;
    if (!shouting && unitOrdinal(paragraph, tokens, i)) {
      const j = chunkEnd(paragraph, tokens, i + 1);
      readChunk(ctx, i, j + 1);
      i = j + 1;
      continue;
    }
    // The word after a street's `St.` that opens the next sentence is no name's (`on Main St. Called Comcast`).
    if (i > 0 && streetEnd(paragraph, tokens, i - 1)) { i++; continue; }
    if (aircraftVariant(tokens, i) || numberedSummit(tokens, i)) { i++; continue; }
    if ((!isCap(t) && !leadingParticle(paragraph, tokens, i)) || (notName(t) && !initialParticle(paragraph, tokens, i) && !givenNameMonth(paragraph, tokens, i)) || (shouting && (shoutedWord(t) || NAME_CONNECTORS.has(lower(t))))) { i++; continue; }
    const j = chunkEnd(paragraph, tokens, i, shouting);
    readChunk(ctx, i, j + 1);
    i = j + 1;
  }
  if (!shouting) namesAsWritten(ctx);
  // A wire table line (results, standings, scorecards, line-ups) types its names by its shape (tables.ts).
  const table = tableNames(paragraph);
  if (table) useTableNames(ctx, table);
  else if (shouting) useSportsHeadlineNames(ctx);
  for (const c of out) {
    if (c.rule !== undefined) continue;
    const d = paragraphRule(paragraph, c.start, c.end, c.text);
    if (d) { c.rule = d.type; c.ruleWhy = d.why; }
  }
  linkBracketAcronyms(paragraph, out);
  shareListNationality(paragraph, out);
  return out;
}

/** The table's names replace the candidates they overlap, with the table's types as hand-rule decisions. */
function useTableNames(ctx: Ctx, table: readonly TableName[]): void {
  const { tokens, out } = ctx;
  const kept = out.filter((c) => !table.some((n) => c.start < n.end && n.start < c.end));
  out.length = 0;
  out.push(...kept);
  let a = 0;
  for (const n of table) {
    while (a < tokens.length && (tokens[a] as Token).start < n.start) a++;
    let b = a;
    while (b < tokens.length && (tokens[b] as Token).end <= n.end) b++;
    if (b <= a || out.some((c) => c.start < n.end && n.start < c.end)) continue;
    const at = out.length;
    addName(ctx, a, b, [], []);
    const c = out[at];
    if (c) { c.rule = n.type; c.ruleWhy = n.why; }
  }
  out.sort((x, y) => x.start - y.start);
}

/** Under a sports slug (`SOCCER - LEEDS BEAT CHELSEA .`) the headline's names are sides or competitors. */
function useSportsHeadlineNames(ctx: Ctx): void {
  const { paragraph, tokens, out } = ctx;
  const runs = sportsHeadlineRuns(paragraph, tokens);
  if (!runs) return;
  // The slug names the sport (`RUGBY UNION - `, whose `UNION` would read as an organisation's head).
  const slugEnd = sportsSlugEnd(paragraph);
  for (let k = out.length - 1; k >= 0; k--) if ((out[k] as Candidate).start < slugEnd) out.splice(k, 1);
  for (const [a, b] of runs) {
    const start = (tokens[a] as Token).start;
    const end = (tokens[b - 1] as Token).end;
    const text = paragraph.slice(start, end);
    const h = isNorpName(text) ? undefined : sportsHeadlineType(paragraph, start, text);
    if (!h) continue;
    for (let k = out.length - 1; k >= 0; k--) if ((out[k] as Candidate).start < end && start < (out[k] as Candidate).end) out.splice(k, 1);
    const at = out.length;
    addName(ctx, a, b, [], []);
    const c = out[at];
    if (c) { c.rule = h.type; c.ruleWhy = h.why; }
  }
  out.sort((x, y) => x.start - y.start);
}

/**
 * A candidate for the words `[start, end)` of a paragraph, with the local evidence the name finder would give it:
 * for a span the name finder itself does not propose (a name a person added in another article). Undefined when
 * the span does not start and end on word boundaries.
 */
export function spanCandidate(paragraph: string, tokens: readonly Token[], start: number, end: number): Candidate | undefined {
  const a = tokens.findIndex((t) => t.start === start);
  if (a < 0) return undefined;
  let b = a;
  while (b < tokens.length && (tokens[b] as Token).end < end) b++;
  if (b >= tokens.length || (tokens[b] as Token).end !== end) return undefined;
  const { features, descriptors } = nameEvidence(paragraphContext(paragraph, tokens), a, b + 1, [], []);
  return { start, end, text: paragraph.slice(start, end), features, descriptors, words: b + 1 - a };
}

// Between two people of one list: `, 33, ` or `, 30, and `.
const LIST_GAP = /^ ?,\s*\d{1,3} ?,\s*(?:and\s+)?$/u;

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
  /** Whether a given name that is also a country stays one name with its surname (`ProposerOptions.givenPlaces`). */
  givenPlaces: boolean;
}

/** What the evidence reads of a paragraph: a caption has no closing punctuation; a headline is written in capitals. */
function paragraphContext(paragraph: string, tokens: readonly Token[], givenPlaces = true): Ctx {
  return { paragraph, tokens, caption: !/[.!?…:;"”’)]\s*$/u.test(paragraph), shouting: tokens.length >= 3 && !/\p{Ll}/u.test(paragraph.slice(0, 2000)), out: [], givenPlaces };
}

function gapOf(paragraph: string, a: Token, b: Token): string {
  return paragraph.slice(a.end, b.start);
}

// Abbreviations that open a place's or a saint's name (`St. Louis Cardinals`, `Mt. Hood`): their full stop ends no name.
const NAME_ABBREVIATIONS: ReadonlySet<string> = new Set(['st', 'ste', 'mt', 'ft']);

/** Words join into one name when only spaces (or a hyphen, or a title's or an abbreviation's full stop) separate them. */
function joins(paragraph: string, a: Token, b: Token): boolean {
  if (b.initial || a.possessive) return false;
  const gap = gapOf(paragraph, a, b);
  if (WHITESPACE.test(gap) || gap === '-') return true;
  // After an abbreviation's full stop: a title (`Gov. Jerry Brown`), a saint or a mount (`St. Louis`), or a legal form
  // after another (`Merrill Lynch & Co. Inc.`).
  // … or a label's trade after its legal form (`Warner Bros. Records`, `Warner Bros. Pictures`).
  return gap.startsWith('.') && WHITESPACE.test(gap.slice(1)) && (TITLE_WORDS.has(lower(a)) || (NAME_ABBREVIATIONS.has(lower(a)) && isCap(b)) || (legalForm(a) && (legalForm(b) || (lower(a) === 'bros' && isCap(b) && ORG_HEADS.has(lower(b))))));
}

// A company's legal form closes its name, after a comma too (`Google, Inc.`, `Holland & Hart, LLP`), with its full stop.
const LEGAL_FORMS: ReadonlySet<string> = new Set(['inc', 'ltd', 'llc', 'llp', 'plc', 'corp', 'co', 'pty', 'gmbh', 'ag', 'bros', 'a/s']);
const legalForm = (t: Token): boolean => isCap(t) && LEGAL_FORMS.has(lower(t));
// Abbreviations that end a name with their full stop: generations and street kinds.
const NAME_END_ABBREVIATIONS: ReadonlySet<string> = new Set(['jr', 'sr', 'st', 'ave', 'rd', 'blvd']);

/**
 * `Enron Broadband Services, Inc.`: a legal form after a comma still belongs to the name before it, also where
 * tokenised copy writes a space before the comma (`CBS , Inc.`).
 */
function legalFormAfterComma(paragraph: string, a: Token, b: Token): boolean {
  return legalForm(b) && /^ ?,[ \t\u00a0]*$/u.test(gapOf(paragraph, a, b)) && isCap(a);
}

/**
 * In a headline written in capitals every word is capitalised, so the words compromise reads as verbs, function
 * words or common nouns (`LEEDS HOLD ON TO BEAT NEWCASTLE`) are what separate the names.
 */
function shoutedWord(t: Token): boolean {
  // A gazetteer place that compromise does not know would otherwise pass for a common noun (`NEAR DONETSK`).
  // A word no list knows, not even as a common noun, is no common noun compromise guessed (`RAMAPHOSA DEFENDS …`).
  // (Only where the lists know it as a common noun measured the same in cross-validation, and the retraining it
  // took typed the seed's `Old Bailey` the court; MODEL.md, round 29.)
  // A word the lists know as a name (`BUNDESBANK`, an organisation's in WordNet; `YELTSIN`) is none, and a plural of a
  // common noun is one (`LEAVES`).
  const lists = wordLists(t.text);
  const common = commonNoun(t) && ((lists.length > 0 && !lists.some((l) => SHOUTED_NAME_LISTS.has(l))) || pluralOfCommonNoun(lower(t)));
  return !NAME_CONNECTORS.has(lower(t)) && !isGazetteerPlace(t.text) && (hasTag(t, ['Verb', 'Conjunction', 'Preposition', 'Determiner', 'Pronoun', 'Adverb']) || common || SLUG_NOUNS.has(lower(t)));
}

// Heads of bodies that `on` joins to their field only (`ON_HEADS`).
const INSTITUTE_HEADS: ReadonlySet<string> = new Set(['institute', 'center', 'centre']);

// Lists that know a word in a headline in capitals as a name rather than a common noun.
const SHOUTED_NAME_LISTS: ReadonlySet<string> = new Set(['orgWn', 'orgLex', 'famous', 'company', 'country', 'city', 'region', 'surname', 'personName']);

// Saints whose possessive names a place or a body (`St Vincent's Hospital`, `St. Peter's Square`).
const SAINTS: ReadonlySet<string> = new Set(['st', 'saint', 'ste']);
// Nouns whose possessive opens an institution's name (`People's Republic of China`, `King's College`).
// Inside a longer name too (`Boston Children's Hospital`, `Ministry of Veterans' Affairs`, `National Farmers' Union`).
const POSSESSIVE_OPENERS: ReadonlySet<string> = new Set(['people', 'peoples', 'children', 'women', 'men', 'boys', 'girls', 'king', 'queen', 'magistrate', 'lord',
  'veterans', 'workers', 'farmers', 'teachers', 'nurses', 'miners', 'mothers', 'parents', 'doctors', 'physicians', 'lawyers', 'students',
  'employees', 'journalists', 'writers', 'citizens', 'consumers', 'taxpayers', 'pensioners', 'soldiers', 'sailors', 'seafarers',
  'firefighters', 'officers', 'pilots', 'actors', 'musicians', 'artists', 'patients', 'survivors', 'martyrs', 'prisoners', 'refugees',
  'growers', 'producers', 'traders', 'investors', 'shareholders', 'owners', 'friends', 'cyclists', 'residents', 'tenants', 'drivers', 'riders',
  'engineers', 'scientists', 'pharmacists', 'dentists', 'midwives', 'bankers', 'brokers', 'retailers', 'exporters', 'manufacturers', 'employers',
  'builders', 'shopkeepers', 'landlords', 'homeowners', 'athletes', 'players', 'cricketers', 'footballers', 'editors', 'broadcasters',
  'publishers', 'authors', 'victims', 'widows', 'shippers', 'ratepayers', 'motorists', 'dockers', 'carers', 'clergy', 'judges']);

// Institutions named after a founder or a patron with a possessive (`Addenbrooke's Hospital`, `Queen's University`).
const POSSESSIVE_INSTITUTIONS: ReadonlySet<string> = new Set(['hospital', 'hospice', 'infirmary', 'college', 'school', 'university', 'academy', 'church', 'cathedral', 'chapel', 'abbey', 'priory']);

// Titles whose holder's office is named with their possessive (`Sheriff's Office`, `Attorney General's Office`).
const OFFICE_HOLDERS: ReadonlySet<string> = new Set(['sheriff', 'attorney', 'general', 'minister', 'defender', 'coroner', 'comptroller', 'auditor', 'prosecutor',
  'governor', 'mayor', 'president', 'chancellor', 'commissioner', 'treasurer', 'assessor', 'clerk', 'marshal', 'marshals', 'controller', 'examiner']);

/** The plural of a noun for people of a trade or role (`fishermen`, `dockers`, `midwives`), which names members too. */
function peoplePlural(l: string): boolean {
  // Not a name ending so (`Yemen's Houthis`): the singular in `-man` must be a word.
  if (l.endsWith('men')) return l !== 'men' && wordLists(`${l.slice(0, -3)}man`).length > 0;
  return l.endsWith('s') && singulars(l).some((x) => x !== l && wordLists(x).includes('roleNoun'));
}

/**
 * A possessive inside a name (`St Vincent's Hospital`, `People's Liberation Army`, `Workers' Party of Korea`, `Boston
 * Children's Hospital`, `Scottish Fishermen's Federation`): after a saint's name, or after a noun that names
 * institutions' members, before a capitalised word that is no given name (`the Teachers' Jane Doe` is two).
 * Elsewhere a possessive ends the name (`Britain's Foreign Office` is two).
 */
function possessiveInside(paragraph: string, tokens: readonly Token[], i: number, j: number): boolean {
  const a = tokens[j] as Token;
  const b = tokens[j + 1] as Token;
  // Text tokenised before it was published writes the possessive as a word of its own (`St. Peter 's Square`). Letters
  // after a possessive are a name of their own (`Britain's BBC`), unless the line is in capitals (`PEOPLE'S BANK`).
  if (!a.possessive || !isCap(b) || b.initial || (isCaps(b) && !isCaps(a)) || !/^ ?['’]s?\s+$/u.test(gapOf(paragraph, a, b))) return false;
  if (POSSESSIVE_OPENERS.has(lower(a)) || peoplePlural(lower(a))) return !wordLists(b.text).includes('firstName');
  // An office named by its holder's title (`Kern County Sheriff's Office`, `District Attorney's Office`).
  // … their plural's too (`Seoul Central District Prosecutors' Office`).
  const holder = lower(a).replace(/['’]s?$/u, '');
  if ((OFFICE_HOLDERS.has(holder) || (holder.endsWith('s') && OFFICE_HOLDERS.has(holder.slice(0, -1)))) && ORG_HEADS.has(lower(b))) return true;
  // An institution named after its founder or patron (`Addenbrooke's Hospital`, `Guy's Hospital`, `Christ's College`).
  // Not a town's or a country's possessive (`Toronto's Hospital for Sick Children`).
  const patron = a.text.replace(/\s*['’]s?$/u, '');
  if (POSSESSIVE_INSTITUTIONS.has(lower(b)) && isCap(a) && !isCaps(a) && countryOf(patron) === undefined && !isGazetteerPlace(patron) &&
    !wordLists(patron).some((l) => l === 'city' || l === 'region' || l === 'placeWn')) return true;
  // A body named for a disease named after a physician (`Alzheimer's Association`, `Parkinson's Foundation`).
  if (EPONYMOUS_DISEASES.has(lower(a).replace(/['’]s?$/u, '')) && ORG_HEADS.has(headForm(lower(b)))) return true;
  // A shop or a restaurant named after its owner's given name (`Ray's Pizza`, `Ralph's Market`, `Joe's Garage`), or
  // one compromise reads as a firm's name whole; not a person's possessive before a common noun (`Obama's Kitchen
  // Cabinet`, `Britain's Market`).
  // The shop's noun may end a longer name (`Joe's Crab Shack`, `Hank's Auto Body`); a surname's shop, or one no list
  // knows, only by a noun of shops alone (`Powell's Books`, `Pengelly's Newsagents`).
  const c = tokens[j + 2];
  const noun = SHOP_NOUNS.has(lower(b)) ? lower(b) : c && isCap(c) && !isCaps(c) && WHITESPACE.test(gapOf(paragraph, b, c)) && SHOP_NOUNS.has(lower(c)) ? lower(c) : '';
  const owner = a.text.replace(/\s*['’]s?$/u, '');
  if (noun && (hasTag(a, GIVEN_NAME_TAGS) || (hasTag(a, ['Organization']) && hasTag(b, ['Organization'])) || wordLists(owner).includes('firstName') || (SHOP_ONLY_NOUNS.has(noun) && (wordLists(owner).includes('surname') || wordLists(owner).length === 0)))) return true;
  const before = tokens[j - 1] as Token;
  // Not before a given name: a college's side and its player (`St. Mary's Aidan Mahaney scored 20`).
  return j - 1 >= i && SAINTS.has(lower(before)) && /^\.?\s+$/u.test(gapOf(paragraph, before, a)) && !hasTag(b, GIVEN_NAME_TAGS) && !wordLists(b.text).includes('firstName');
}

// The label of a photo credit (`Image:`, `Photo:`, `Credit:`, `Pictures:`), right before the agency.
const CREDIT_LABEL = /(?:^|[\s(.])(?:image|photo|photograph|picture|credit|foto)s?\s*:\s*$/iu;

/** The word at `a` opens a credit after its label and is an agency: an acronym or a photo agency's one word. */
function creditAgencyFirst(ctx: Ctx, a: number): boolean {
  const t = ctx.tokens[a] as Token;
  if (!isAcronym(t.text) && !CREDIT_AGENCIES.has(lower(t))) return false;
  return CREDIT_LABEL.test(ctx.paragraph.slice(Math.max(0, t.start - 16), t.start));
}

// Caption labels that are also words of names (`Photo` seldom is: `Messi Photo Getty Images`).
const NAME_LABELS: ReadonlySet<string> = new Set(['picture', 'pictures', 'video']);

/** Whether the caption label at `k` stands inside a name: a capitalised word after it, with nothing but space between. */
function captionWordInside(paragraph: string, tokens: readonly Token[], k: number): boolean {
  const t = tokens[k] as Token;
  const next = tokens[k + 1];
  return !!next && isCap(next) && !isCaps(t) && !notName(next) && !CREDIT_AGENCIES.has(lower(next)) && /^[^\S\n]+$/u.test(paragraph.slice(t.end, next.start));
}

/** Index of the last token of the run of capitalised words (with inner connectors) starting at `i`. */
function chunkEnd(paragraph: string, tokens: readonly Token[], i: number, shouting = false): number {
  let j = i;
  // Once a head has taken `of`/`for`, the name may go on with more of them (`Centre for Control of Iodine …`).
  let inside = false;
  for (;;) {
    const a = tokens[j] as Token;
    const b = tokens[j + 1];
    if (b && !shouting && legalFormAfterComma(paragraph, a, b)) { j++; continue; }
    if (b && !shouting && possessiveInside(paragraph, tokens, i, j)) { j++; continue; }
    if (!shouting) {
      const nick = nicknameEnd(paragraph, tokens, j);
      if (nick > 0) { j = nick; continue; }
    }
    // A ministry's portfolios listed with commas (`Ministry of Trade, Industry and Energy`).
    if (b && inside && !shouting) {
      const list = portfolioListEnd(paragraph, tokens, j);
      if (list > j) { j = list; continue; }
    }
    if (!shouting) {
      const campus = campusEnd(paragraph, tokens, i, j);
      if (campus > j) { j = campus; continue; }
    }
    if (!b || !joins(paragraph, a, b) || (shouting && shoutedWord(b))) return j;
    if (j > i && streetEnd(paragraph, tokens, j)) return j;
    // A capitalised article inside a run starts a new phrase (`Great Yarmouth The arrest`), as does a date word,
    // except inside a hyphenated compound (`Make-A-Wish Foundation`).
    if (isCap(b) && (!notName(b) || dateWordOfName(a, b)) && (!neverName(b) || gapOf(paragraph, a, b) === '-')) { j++; continue; }
    // A team's nickname that opens with its number (`Philadelphia 76ers`, `San Francisco 49ers`), and a station's or a
    // channel's number (`BBC Radio 4`, `Channel 4 News`).
    if ((NUMBERED_NICKNAME.test(b.text) && isCap(a)) || (STATION_WORDS.has(a.text) && /^\d{1,2}$/u.test(b.text))) { j++; continue; }
    // A caption's label that names often hold, between two capitalised words, is the name's (`Motion Picture
    // Association`, `MTV Video Music Awards`); before a colon or at a run's end it is a label (`Reuters Video: …`),
    // and before an agency (`Messi Video Reuters`).
    if (isCap(b) && NAME_LABELS.has(lower(b)) && captionWordInside(paragraph, tokens, j + 1)) { j++; continue; }
    // A legal form compromise reads as a function word (`Carlsberg A/S`).
    if (legalForm(b) && isCap(a)) { j++; continue; }
    // A lower-case syllable after a hyphen ends a given name (`Moon Jae-in`, `Lashkar-e-Toiba`).
    if (hyphenSyllable(paragraph, tokens, j + 1)) { j++; continue; }
    // A town's particle between two capitalised words (`Stratford-upon-Avon`, `Southend-on-Sea`, `Newcastle upon Tyne`).
    if (townParticle(paragraph, tokens, j + 1)) { j += 2; continue; }
    // The office of an agent who heads a field office (`Special Agent in Charge Jane Doe`).
    const c0 = tokens[j + 2];
    if (lower(a) === 'agent' && lower(b) === 'in' && c0?.text === 'Charge' && joins(paragraph, b, c0)) { j += 2; continue; }
    // `on` after a deliberative body's head (`Council on Foreign Relations`, `Intergovernmental Panel on Climate
    // Change`), not before a date (`the Committee on Monday`).
    // An institute or a centre only before its field, a common word (`Center on Budget …`, `National Institute on
    // Aging`; not `Kennedy Space Center on STS-117`).
    const field = (t: Token): boolean => !INSTITUTE_HEADS.has(lower(a)) || (!isCaps(t) && !/\d/u.test(t.text) && !hasTag(t, ['Place', 'Organization', 'Acronym', ...PERSONAL_TAGS]));
    if (lower(b) === 'on' && ON_HEADS.has(lower(a)) && c0 && joins(paragraph, b, c0) && isCap(c0) && !notName(c0) && !neverName(c0) && field(c0)) {
      inside = true;
      j += 2;
      continue;
    }
    // … or where the lists know the words before and after `of` as one place (`Horn of Africa`).
    if (!isCap(b) && NAME_CONNECTORS.has(lower(b)) && (inside || connectorFits(a, lower(b)) || knownPlaceOf(tokens, i, j) || conferenceOfMembers(tokens, j))) {
      inside ||= HEAD_CONNECTORS.has(lower(b));
      // Particles may come in runs: `Nikolaus van der Pas`, `Maria de la Cruz`.
      let k = j + 1;
      while (tokens[k + 1] && !isCap(tokens[k + 1] as Token) && NAME_CONNECTORS.has(lower(tokens[k + 1] as Token)) && !HEAD_CONNECTORS.has(lower(tokens[k + 1] as Token)) && joins(paragraph, tokens[k] as Token, tokens[k + 1] as Token)) k++;
      const c = tokens[k + 1];
      // Not before a date (`Teams for Wednesday`).
      if (c && joins(paragraph, tokens[k] as Token, c) && isCap(c) && !hasTag(c, DATE_TAGS)) { j = k + 1; continue; }
      // `of the` inside a name (`Museum of the U.S. Air Force`), and `for the` after a body named for what it is for
      // (`Foundation for the Visual Arts`, `Institute for the Study of War`), not before whom a building or a firm is
      // for (`Browns Stadium for the NFL Browns`, `Acme Corp for the Chicago project`).
      const d = tokens[j + 3];
      const theFits = lower(b) === 'of' || (lower(b) === 'for' && !!d && (PURPOSE_NOUN.test(d.text) ? ORG_HEADS.has(lower(a)) : FOR_THE_HEADS.has(headForm(lower(a))) && purposeAfter(paragraph, tokens, j + 3)));
      if (c && d && theFits && lower(c) === 'the' && joins(paragraph, c, d) && isCap(d)) { j += 3; continue; }
    }
    return j;
  }
}

/**
 * The last token of a university's campus after its system's name ending at `j` (`University of California,
 * Berkeley`, `University of Wisconsin–Madison`, `University of Texas at Austin`), or -1: the campus's town, one to
 * three capitalised words the lists know whole as a town's, ends the name.
 */
function campusEnd(paragraph: string, tokens: readonly Token[], from: number, j: number): number {
  // The run may open with a sentence's `The`.
  const i = lower(tokens[from] as Token) === 'the' ? from + 1 : from;
  if (j < i + 2 || j > i + 4 || lower(tokens[i] as Token) !== 'university' || lower(tokens[i + 1] as Token) !== 'of') return -1;
  const next = tokens[j + 1];
  if (!next) return -1;
  const gap = gapOf(paragraph, tokens[j] as Token, next);
  const at = gap === ' ' && lower(next) === 'at';
  if (!at && gap !== ', ' && !/^[–-]$/u.test(gap)) return -1;
  const c = at ? j + 2 : j + 1;
  let e = c;
  while (e < c + 3 && tokens[e] && isCap(tokens[e] as Token) && (e === c || joins(paragraph, tokens[e - 1] as Token, tokens[e] as Token))) e++;
  if (e === c || (tokens[e] && isCap(tokens[e] as Token) && joins(paragraph, tokens[e - 1] as Token, tokens[e] as Token))) return -1;
  // Not the first of a list of universities (`the University of Oxford, Cambridge and Harvard`).
  const after = tokens[e];
  const listed = !!after && (/^,\s+$/u.test(gapOf(paragraph, tokens[e - 1] as Token, after)) ? isCap(after) : lower(after) === 'and' && !!tokens[e + 1] && isCap(tokens[e + 1] as Token));
  return !listed && isTown(paragraph, tokens, c, e) ? e - 1 : -1;
}

// Words that name a body on their own or head one, which no ministry's portfolio is.
const LISTED_BODY_WORDS: ReadonlySet<string> = new Set(['treasury', 'army', 'navy', 'police', 'office', 'bank', 'ministry', 'department', 'agency', 'service', 'council', 'commission', 'court', 'parliament', 'government', 'cabinet', 'senate', 'congress', 'marines', 'pentagon', 'kremlin']);

/**
 * The last token of portfolios listed after a head's `of` or `for` whose first ends at `j` (`Ministry of Trade,
 * Industry and Energy`, `Department for Culture, Media and Sport`, `Ministry of Education, Culture, Sports, Science
 * and Technology`, `Department of Forestry, Fisheries and the Environment`), or -1: single capitalised words after
 * commas, then `and` (`the`) and the last, none a place's, a person's or letters.
 */
function portfolioListEnd(paragraph: string, tokens: readonly Token[], j: number): number {
  // Not a body's own name or head (`Ministry of Justice, Treasury and Home Office` lists three bodies).
  const portfolio = (t: Token | undefined): boolean => !!t && isCap(t) && !isCaps(t) && !t.initial && !hasTag(t, ['Place', 'City', 'Country', 'Region', ...PERSONAL_TAGS]) && !isGazetteerPlace(t.text) && countryOf(t.text) === undefined &&
    !LISTED_BODY_WORDS.has(lower(t));
  let k = j;
  let items = 0;
  while (items < 6 && portfolio(tokens[k + 1]) && /^,[^\S\n]+$/u.test(gapOf(paragraph, tokens[k] as Token, tokens[k + 1] as Token))) { k++; items++; }
  if (items === 0) return -1;
  let m = k + 1;
  const and = tokens[m];
  if (!and || lower(and) !== 'and' || !/^,?[^\S\n]+$/u.test(gapOf(paragraph, tokens[k] as Token, and))) return -1;
  if (tokens[m + 1] && lower(tokens[m + 1] as Token) === 'the') m++;
  const last = tokens[m + 1];
  if (!portfolio(last) || !WHITESPACE.test(gapOf(paragraph, tokens[m] as Token, last as Token))) return -1;
  // The last portfolio may be two words (`Health and Human Services`).
  const next = tokens[m + 2];
  return next && portfolio(next) && WHITESPACE.test(gapOf(paragraph, last as Token, next)) ? m + 2 : m + 1;
}

/**
 * The capitalised words from `k` say what a body is for (`the Visual Arts`, `the Blind`, `the Humanities`): the first
 * is a common noun or an adjective in lower case, and none names a place or a person (`the League for the St. Louis
 * Eagles`, `the Foundation for the New York Times` name whom it is for).
 */
function purposeAfter(paragraph: string, tokens: readonly Token[], k: number): boolean {
  const first = tokens[k] as Token;
  const reading = lowerReading(lower(first));
  if (!reading.has('Noun') && !reading.has('Adjective') && !reading.has('Gerund')) return false;
  if (['ProperNoun', 'Place', ...PERSONAL_TAGS].some((t) => reading.has(t))) return false;
  for (let m = k; m < tokens.length && isCap(tokens[m] as Token); m++) {
    const t = tokens[m] as Token;
    if (hasTag(t, ['Place', 'City', 'Country', 'Region', 'Organization', ...PERSONAL_TAGS]) || isGazetteerPlace(t.text)) return false;
    const n = tokens[m + 1];
    if (!n || !WHITESPACE.test(gapOf(paragraph, t, n))) break;
  }
  return true;
}

const NUMBERED_NICKNAME = /^\d{2}ers$/u;
const STATION_WORDS: ReadonlySet<string> = new Set(['Radio', 'Channel']);

/** A number a name holds: a team's nickname (`76ers`) or a station's (`Radio 4`). */
function numberInName(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k] as Token;
  return NUMBERED_NICKNAME.test(t.text) || (/^\d{1,2}$/u.test(t.text) && STATION_WORDS.has((tokens[k - 1] as Token).text));
}

/** `Jan` before a capitalised word opens a person's name (`Jan Zelezny`, `Jan Egeland`), not January (`Jan 5`). */
function givenNameMonth(paragraph: string, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const next = tokens[i + 1];
  if (t.text !== 'Jan' || !next || !WHITESPACE.test(paragraph.slice(t.end, next.start))) return false;
  // Also before a particle and a surname (`Jan van Aken`).
  const name = NAME_PARTICLES.has(next.text) ? tokens[i + 2] : next;
  return !!name && isCap(name) && !isCaps(name) && !notName(name);
}

// A club whose name ends in a weekday (`Sheffield Wednesday`), which compromise tags a date.
const CLUBS_NAMED_BY_DAYS: ReadonlySet<string> = new Set(['sheffield wednesday']);
/** A date's word that is a name's here: a club's weekday, or the surname `Day` after a given name (`Ryan Day`). */
function dateWordOfName(a: Token, b: Token): boolean {
  if (b.text === 'Day') return hasTag(a, GIVEN_NAME_TAGS) || wordLists(a.text).includes('firstName');
  return CLUBS_NAMED_BY_DAYS.has(`${lower(a)} ${lower(b)}`);
}

// compromise's tags of a date's words (`Wednesday`, `March`), which no `of` or `for` joins to a name.
const DATE_TAGS = ['Date', 'Month', 'WeekDay'];

// A noun of doing that names what a body is for (`the Advancement of`, `the Protection of`, `the Study of`).
const PURPOSE_NOUN = /^(?:\p{Lu}\p{Ll}+(?:tion|sion|ment|ance|ence)|Study|Defen[cs]e)$/u;

const NICK_OPEN = /^\s+["“]\s*$/u;
const NICK_CLOSE = /^\s*["”]\s+$/u;

/**
 * The index of the surname after a nickname in quotation marks between a given name and a surname (`Joaquin "El
 * Chapo" Guzman`, `Harold " Junior " Theriault`), or -1: one to three capitalised words in the marks, and a given
 * name before them or a surname the lists know after them, so that a quoted title in a headline (`Obama "Deeply
 * Concerned"`) stays out.
 */
function nicknameEnd(paragraph: string, tokens: readonly Token[], j: number): number {
  const a = tokens[j] as Token;
  const first = tokens[j + 1];
  if (!first || !isCap(a) || !NICK_OPEN.test(gapOf(paragraph, a, first))) return -1;
  for (let m = j + 1; m <= j + 3 && tokens[m + 1]; m++) {
    const w = tokens[m] as Token;
    if (!isCap(w) || (m > j + 1 && !WHITESPACE.test(gapOf(paragraph, tokens[m - 1] as Token, w)))) return -1;
    const after = tokens[m + 1] as Token;
    if (!NICK_CLOSE.test(gapOf(paragraph, w, after))) continue;
    const lists = (t: Token): readonly string[] => wordLists(t.text);
    const named = hasTag(a, GIVEN_NAME_TAGS) || lists(a).includes('firstName') || lists(after).includes('surname');
    return isCap(after) && !notName(after) && named ? m + 1 : -1;
  }
  return -1;
}

// Lower-case words after a hyphen that make an English compound, not a name's syllable (`US-led`, `Obama-era`).
const HYPHEN_COMPOUNDS: ReadonlySet<string> = new Set('led run era age aged old day ish man men set up out off way to on by for free long wide born made like type style only bound based'.split(' '));
// Prefixes written with a capital and a hyphen inside a body's name (`Organisation for Economic Co-operation and
// Development`, `Independent Anti-corruption Commission`): the word after the hyphen is the same word's.
const HYPHEN_PREFIXES: ReadonlySet<string> = new Set('co re pre non anti inter multi self post pro cross counter semi sub'.split(' '));
// A Chinese given name's second syllable as Taiwan and Hong Kong spell them (Wade–Giles and their own: `Ma
// Ying-jeou`, `Hsiao Bi-khim`, `Lin Chia-lung`), some of which are English words (`lung`).
const CHINESE_SYLLABLE = /^(?:[bcdfghjklmnpqrstwxyz]{0,3})(?:[aeiouü]{1,3})(?:ng|n|m|r|k|h|p|t)?$/u;
// Particles that open a name by themselves before a hyphen or a capitalised word (`al-Qaeda`, `bin Laden`).
const OPENING_PARTICLES: ReadonlySet<string> = new Set('al el ad ash bin ibn van von de'.split(' '));
// Particles that follow one of those inside a name.
const SECOND_PARTICLES: ReadonlySet<string> = new Set('der den la le los las'.split(' '));

/** Token `k` is a short lower-case syllable glued by a hyphen to the capitalised word before it (`Jae-in`, `Jong-un`). */
function hyphenSyllable(paragraph: string, tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  const p = tokens[k - 1];
  return !!t && !!p && isCap(p) && paragraph.slice(p.end, t.start) === '-' && (/^\p{Ll}{1,3}$/u.test(t.text) || (ROMANISED_SYLLABLE.test(t.text) && (!wordLists(t.text).includes('commonNoun') || koreanGivenName(tokens, k))) || (HYPHEN_PREFIXES.has(lower(p)) && /^\p{Ll}{3,}$/u.test(t.text) && insideRun(paragraph, tokens, k - 1) && !roleCompound(lower(p), t.text)) || chineseGivenName(paragraph, tokens, k)) && !HYPHEN_COMPOUNDS.has(t.text);
}

/** A prefixed role or title, which opens the next name rather than ending a body's (`UN Co-ordinator Tom Fletcher`, `Co-chair`). */
function roleCompound(prefix: string, word: string): boolean {
  return isTitle(word) || [word, `${prefix}${word}`, `${prefix}-${word}`].some((w) => wordLists(w).includes('roleNoun'));
}

/** The word at `k` follows a capitalised word of the same run (`Economic` before `Co-operation`), not a title's opening. */
function insideRun(paragraph: string, tokens: readonly Token[], k: number): boolean {
  const b = tokens[k - 1];
  return !!b && isCap(b) && !(tokens[k] as Token).initial && /^ $/u.test(paragraph.slice(b.end, (tokens[k] as Token).start));
}

/**
 * The syllables at `k - 1` and `k` are a Chinese given name after a family name of one short word (`Ma Ying-jeou`,
 * `Lin Chia-lung`), though the second is also an English word (`lung`); not a town's compound (`Hong Kong-based`).
 */
function chineseGivenName(paragraph: string, tokens: readonly Token[], k: number): boolean {
  const f = tokens[k - 2];
  const p = tokens[k - 1] as Token;
  const t = tokens[k] as Token;
  return !!f && isCap(f) && !isCaps(f) && f.text.length <= 5 && /^\s$/u.test(paragraph.slice(f.end, p.start)) && p.text.length <= 5 && !isCaps(p)
    && CHINESE_SYLLABLE.test(lower(p)) && t.text.length <= 5 && CHINESE_SYLLABLE.test(t.text) && (wordLists(f.text).some((l) => l === 'surname' || l === 'personName') || hasTag(f, ['LastName']));
}

/**
 * The syllables at `k - 1` and `k` are a Korean given name after its family name (`Ban Ki-moon`), though the second
 * is also an English word (`moon`).
 */
function koreanGivenName(tokens: readonly Token[], k: number): boolean {
  const f = tokens[k - 2];
  const p = tokens[k - 1] as Token;
  return !!f && isCap(f) && KOREAN_FAMILY_NAMES.has(lower(f)) && ROMANISED_SYLLABLE.test(lower(p));
}

// Particles that join a town's name to its river, sea or region (`Stratford-upon-Avon`, `Boulogne-sur-Mer`,
// `Weston-super-Mare`).
const TOWN_PARTICLES: ReadonlySet<string> = new Set(['upon', 'on', 'under', 'super', 'sur', 'en', 'le', 'am', 'an', 'im']);

/**
 * Token `k` is a town's particle between two capitalised words, glued to both by hyphens (`Henley-on-Thames`,
 * `Châlons-en-Champagne`) or, for `upon`, by spaces (`Kingston upon Hull`): the town's name runs on past it.
 */
function townParticle(paragraph: string, tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  const p = tokens[k - 1];
  const n = tokens[k + 1];
  if (!t || !p || !n || !TOWN_PARTICLES.has(t.text) || !isCap(p) || !isCap(n)) return false;
  const before = paragraph.slice(p.end, t.start);
  const after = paragraph.slice(t.end, n.start);
  return (before === '-' && after === '-') || (t.text === 'upon' && before === ' ' && after === ' ');
}

/** Token `k` is a lower-case particle opening a name: `al-Qaeda`, `al Qaeda`, `bin Laden` (not after a capitalised word, which it would join anyway). */
function leadingParticle(paragraph: string, tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  const n = tokens[k + 1];
  if (!t || !n || !OPENING_PARTICLES.has(t.text)) return false;
  // Two particles open a name as one does (`von der Leyen`, `van den Berg`, `de la Cruz`).
  if (SECOND_PARTICLES.has(n.text) && WHITESPACE.test(paragraph.slice(t.end, n.start))) {
    const m = tokens[k + 2];
    return !!m && isCap(m) && WHITESPACE.test(paragraph.slice(n.end, m.start));
  }
  if (!isCap(n)) return false;
  const gap = paragraph.slice(t.end, n.start);
  // `al` before a space opens a name too (`al Qaeda`, `al Jazeera`), but not in `et al`.
  const spaced = t.text.length > 2 || (t.text === 'al' && tokens[k - 1]?.text !== 'et');
  return gap === '-' || (spaced && WHITESPACE.test(gap));
}

// Particles that, capitalised by the sentence, open a name (`Le Pen said`, `De Gaulle left`, `Van Gogh painted`);
// compromise reads `Le` and `De` there as determiners or prepositions.
const INITIAL_PARTICLES: ReadonlySet<string> = new Set('le la de du del della van von al el da di dos das abu bin ibn'.split(' '));

/** Token `k` opens a sentence with a name's particle glued by one space or a hyphen to a capitalised word. */
function initialParticle(paragraph: string, tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  const n = tokens[k + 1];
  if (!t || !n || !t.initial || !isCap(t) || isCaps(t) || !INITIAL_PARTICLES.has(lower(t)) || !isCap(n) || notName(n)) return false;
  const gap = paragraph.slice(t.end, n.start);
  return gap === ' ' || gap === '-';
}

// Words of a letter's frame that run into a signature's name when its lines are joined (`Phillip Allen Let me know`).
const SIGN_OFF_WORDS: ReadonlySet<string> = new Set(['ps', 'p.s.', 'p.s', 'let', 'attendees', 'location', 'visit', 'call', 'see', 'check']);

/**
 * A letter's word at `k` that breaks a run of capitalised words `[.., b)`: a greeting or sign-off anywhere; a word
 * of the letter's frame (`Let`, `Call`, `Check`) only where the run ends on it or a given name or title follows it,
 * since the same words open names (`Check Point Software`, `Let It Be`).
 */
function letterBreak(tokens: readonly Token[], k: number, b: number): boolean {
  const w = lower(tokens[k] as Token);
  if (COURTESY_WORDS.has(w)) return true;
  if (!SIGN_OFF_WORDS.has(w)) return false;
  const next = tokens[k + 1];
  return k + 1 >= b || !next || hasTag(next, GIVEN_NAME_TAGS) || TITLE_WORDS.has(lower(next));
}

/** A word that opens a run of capitalised words without being part of the name: `Thanks Melissa`, `With Elizabeth`, `10:30 AM Richard`. */
function openerWord(tokens: readonly Token[], a: number): boolean {
  const t = tokens[a] as Token;
  const w = lower(t);
  if (letterBreak(tokens, a, a + 2)) return true;
  if ((w === 'am' || w === 'pm') && /^\d/.test(tokens[a - 1]?.text ?? '')) return true;
  return !isCaps(t) && !NAME_CONNECTORS.has(w) && hasTag(t, ['Preposition', 'Pronoun', 'QuestionWord']);
}

// Last words of military and similar units that are named by their number (`82nd Airborne Division`, `6th Fleet`).
const NUMBERED_UNITS: ReadonlySet<string> = new Set(('division brigade regiment battalion squadron fleet army corps command infantry airborne cavalry wing '
  // and streets (`5th Avenue`, `42nd St.`)
  + 'street st avenue ave road rd boulevard blvd').split(' '));
// Tags of a word that opens a sentence and no name (`Called`, `The`, `We`).
const SENTENCE_OPENER_TAGS = ['Verb', 'Determiner', 'Pronoun', 'Preposition', 'Conjunction', 'Adverb'];

/**
 * `St.` after a name's word is a street's (`Main St.`), and where the next word can open a sentence but no name
 * (`on Main St. Called Comcast`, not `Port St. Lucie`) the sentence ends there: compromise, reading a saint's
 * `St.`, does not split it.
 */
function streetEnd(paragraph: string, tokens: readonly Token[], k: number): boolean {
  const t = tokens[k] as Token;
  const before = tokens[k - 1];
  const next = tokens[k + 1];
  return lower(t) === 'st' && paragraph[t.end] === '.' && !!before && isCap(before) && !!next && isCap(next) && sentenceOpener(lower(next));
}

/**
 * Whether compromise reads a word, in lower case and alone, only as one that opens a sentence and no name (`called`,
 * `the`, `we`; not `lucie` or `paul`). Capitalised in a run of names, the word itself is tagged a proper noun.
 */
const sentenceOpener = memoised((word: string): boolean => {
  const tags = lowerReading(word);
  return SENTENCE_OPENER_TAGS.some((t) => tags.has(t)) && ![...PERSONAL_TAGS, 'ProperNoun', 'Place', 'Noun'].some((t) => tags.has(t));
});
const ORDINAL = /^\d+(?:st|nd|rd|th)$/u;

/** Token `k` is an ordinal in figures that opens the name of a unit (`101st Airborne Division`, `3rd Infantry Division`). */
function unitOrdinal(paragraph: string, tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  const n = tokens[k + 1];
  if (!t || !n || !ORDINAL.test(t.text) || !isCap(n) || !WHITESPACE.test(paragraph.slice(t.end, n.start))) return false;
  return NUMBERED_UNITS.has(lower(tokens[chunkEnd(paragraph, tokens, k + 1)] as Token));
}

/**
 * A sentence's first word that compromise reads only as an `-ing` form or a participle (no noun or name reading) and
 * no name list holds (`Reading`), or `Like`: `Following Smetana's death`, `Visiting Russia`, `Like Wikipedia`.
 * Not every verb: `Twin Lake`, `Gates C & D` open with words compromise also reads as verbs.
 */
function initialVerb(t: Token): boolean {
  if (!t.initial || isCaps(t)) return false;
  if (lower(t) === 'like' || lower(t) === 'unlike') return true;
  return hasTag(t, ['Gerund', 'Participle']) && !hasTag(t, ['Noun', 'ProperNoun', 'Adjective', 'Copula']) && wordLists(t.text).every((l) => l === 'commonNoun');
}

/** Whether `tokens[i..j]`, `of` and the next word are a place the lists know whole (`Horn of Africa`). */
function knownPlaceOf(tokens: readonly Token[], i: number, j: number): boolean {
  const b = tokens[j + 1];
  const c = tokens[j + 2];
  if (!b || !c || lower(b) !== 'of' || j - i > 2) return false;
  return wordLists([...tokens.slice(i, j + 1), b, c].map(lower).join(' ')).some((l) => l === 'placeWn' || l === 'country' || l === 'region');
}

/**
 * Whether `tokens[j]` is `Conference` before `of` and members that make it a standing body (`Conference of Catholic
 * Bishops`, `Conference of European Churches`; `CONFERENCE_MEMBERS`); one of a place, a year or other people is a
 * meeting (`Conference of Berlin`, `Conference of Women Leaders`).
 */
function conferenceOfMembers(tokens: readonly Token[], j: number): boolean {
  const of = tokens[j + 1];
  if (lower(tokens[j] as Token) !== 'conference' || !of || lower(of) !== 'of') return false;
  let k = j + 2;
  while (tokens[k] && isCap(tokens[k] as Token)) k++;
  return k > j + 2 && CONFERENCE_MEMBERS.has(lower(tokens[k - 1] as Token));
}

/**
 * `of` and `for` continue a name only after a head (`University of`, `Centre for`) or an office (`Minister of
 * Health`, `Minister for Foreign Affairs`, whose portfolio `titleRun` then reads), not after a person's name.
 */
function connectorFits(before: Token, connector: string): boolean {
  return !HEAD_CONNECTORS.has(connector) || takesConnector(lower(before));
}

// Navies' prefixes to their ships' names.
const SHIP_PREFIXES: ReadonlySet<string> = new Set(['USS', 'USNS', 'HMS', 'HMCS', 'HMAS', 'HMNZS', 'RMS', 'TCG', 'ROKS', 'KRI', 'PNS', 'BNS', 'HTMS', 'MV']);

// Honorifics that news writes as part of a name held after an office (`Prime Minister Sheikh Hasina`).
const NAME_HONORIFICS: ReadonlySet<string> = new Set(['sheikh', 'sheikha', 'sayyid', 'sir', 'dame']);

// Modifiers of an office that open a sentence before a body's name as well (`Former General Motors chief …`).
const FORMER_WORDS: ReadonlySet<string> = new Set(['former', 'outgoing', 'incoming', 'interim']);

/** Whether a body's name, not an office, opens at `k` (`General Motors`, `Ministry of Defence`; not `Prime Minister`). */
function bodyAfter(tokens: readonly Token[], k: number, b: number): boolean {
  const w = tokens[k] as Token;
  const next = tokens[k + 1];
  if (isTitleWord(w) && !(NAME_LIKE_TITLES.has(lower(w)) && next && k + 1 < b && isCap(next) && !isTitleWord(next) && !hasTag(next, PERSONAL_TAGS))) return false;
  return headType(tokens.slice(k, b)) !== null || knownName(tokens.slice(k, Math.min(b, k + MAX_KNOWN_WORDS)));
}

// Modifiers of an office that a sentence can open with before a nationality (`Former Brazilian president …`).
const OPENING_MODIFIERS: ReadonlySet<string> = new Set(['former', 'acting', 'interim', 'then', 'late', 'outgoing', 'incoming']);

/** A firm's kind opening a sentence before a name (`Regulator Ofgem`), capitalised only by its place. */
function openingKind(kind: Token, next: Token): boolean {
  return !isCaps(kind) && OPENING_KINDS.has(lower(kind)) && /^\p{Lu}\p{L}/u.test(next.text);
}

function readChunk(ctx: Ctx, from: number, to: number): void {
  const { tokens } = ctx;
  let a = from;
  let b = to;
  // Sentence-initial function words (`The`, `However`) are capitalised only by position; a French, Spanish or
  // German article opening a listed newspaper's name is its name's (`Le Monde reported`, `El País said`).
  const publication = (): boolean => b > a + 1 && publicationOf(ctx.paragraph.slice((tokens[a] as Token).start, (tokens[b - 1] as Token).end)) === 'anywhere';
  if (a < b && (tokens[a] as Token).initial && !publication() && !(a === from && b > a + 1 && initialParticle(ctx.paragraph, tokens, a))) {
    // Not a given name compromise reads as an adverb by its ending (`Gergely Gulyás`).
    while (a < b && (tokens[a] as Token).initial && !isCaps(tokens[a] as Token) && (neverName(tokens[a] as Token) || (hasTag(tokens[a] as Token, FUNCTION_TAGS) && !(a + 1 < b && wordLists((tokens[a] as Token).text).includes('firstName') && !isLowerWord(tokens[a] as Token))))) a++;
  }
  // Greetings, sign-offs, prepositions and the time of a message are not part of the name they run into.
  while (a < b - 1 && openerWord(tokens, a)) a++;
  // A verb opening a sentence before a name is the clause's, not the name's (`Following Smetana's death`,
  // `Visiting Russia`, `Like Wikipedia`).
  if (a < b - 1 && initialVerb(tokens[a] as Token)) a++;
  // A firm's kind opening a sentence before its name (`Regulator Ofgem said`, `Drugmaker Zentiva`, `Carmaker
  // Stellantis`) describes the firm, as it does in lower case after `the`; it is no title of a person.
  // Only the kinds that describe no person and open no name (`OPENING_KINDS`), before a word.
  if (a < b - 1 && (tokens[a] as Token).initial && openingKind(tokens[a] as Token, tokens[a + 1] as Token)) a++;
  // `Former Brazilian president …`, `Former US president …` opening a sentence: the nationality or country is its
  // own name, the modifier none.
  // The country may be of two or three words (`Former United States Secretary of State John Kerry`).
  const countryAt = (i: number): boolean => [1, 2, 3].some((n) => i + n <= b && countryOf(ctx.paragraph.slice((tokens[i] as Token).start, (tokens[i + n - 1] as Token).end)) !== undefined);
  if (a < b - 1 && (tokens[a] as Token).initial && OPENING_MODIFIERS.has(lower(tokens[a] as Token)) && (isNorpName((tokens[a + 1] as Token).text) || countryAt(a + 1))) a++;
  // So is one before a body's name (`Former General Motors chief Mary Barra`), where no title follows it, or before
  // an acronym, a body's or a country's (`Former UN chief Ban Ki-moon`, `Former FBI director …`).
  else if (a < b - 1 && (tokens[a] as Token).initial && FORMER_WORDS.has(lower(tokens[a] as Token)) && (bodyAfter(tokens, a + 1, b) || isCaps(tokens[a + 1] as Token))) a++;
  while (a < b && !isCap(tokens[a] as Token) && !leadingParticle(ctx.paragraph, tokens, a) && !(a === from && unitOrdinal(ctx.paragraph, tokens, a))) a++;
  while (b > a && !isCap(tokens[b - 1] as Token) && !hyphenSyllable(ctx.paragraph, tokens, b - 1) && !(b - 1 > a && numberInName(tokens, b - 1))) b--;
  if (a >= b) return;
  // An interview's speaker label (`Q: How did it start?`, `A: …`) is no name.
  if (b === a + 1 && /^\p{Lu}$/u.test((tokens[a] as Token).text) && ctx.paragraph[(tokens[a] as Token).end] === ':') return;
  // A title after a name with a head belongs to the next phrase: `Museum of Flight CEO`.
  // Not one a connector joins to the name (`Department of Communities and Justice`).
  // Not an honorific, which no office after a body is (`University of Notre Dame`).
  while (b - a > 2 && TITLE_WORDS.has(lower(tokens[b - 1] as Token)) && !PERSON_HONORIFICS.has(lower(tokens[b - 1] as Token)) && isCap(tokens[b - 2] as Token) && headType(tokens.slice(a, b - 1)) !== null) b--;
  // A state's or province's postal code after a town's name is a name of its own (`Baltimore MD`, `Houston TX`).
  if (b - a > 1 && /^\p{Lu}{2}$/u.test((tokens[b - 1] as Token).text) && REGION_ABBREVIATIONS.has((tokens[b - 1] as Token).text)
    && WHITESPACE.test(gapOf(ctx.paragraph, tokens[b - 2] as Token, tokens[b - 1] as Token)) && isTown(ctx.paragraph, tokens, a, b - 1)) {
    readChunk(ctx, a, b - 1);
    readChunk(ctx, b - 1, b);
    return;
  }
  // Members in the plural after their party or body are no part of its name (`Labour MPs`, `SNP MSPs`).
  if (b - a > 1 && MEMBERS_LETTERS.has((tokens[b - 1] as Token).text) && /s$/u.test((tokens[b - 1] as Token).text)) b--;
  // Letters after a person's name are no part of it (`Jess Phillips MP`, `Sarah Whitfield KC`); the evidence reads
  // them (`e:postnominal`).
  while (b - a > 1 && JOINED_POSTNOMINALS.has(lower(tokens[b - 1] as Token)) && /^\p{Lu}[\p{Lu}h]\p{Lu}*$/u.test((tokens[b - 1] as Token).text) && isCap(tokens[b - 2] as Token)) b--;
  // A navy's prefix makes the run a ship's name, whatever names, titles or acronyms it holds (`USS Gerald R. Ford`,
  // `HMS Queen Elizabeth`): one candidate, which the rules after typing read as no name (`stormsAndCraftsAreNoNames`).
  if (b - a > 1 && SHIP_PREFIXES.has((tokens[a] as Token).text)) { addName(ctx, a, b, [], []); return; }
  // An acronym before a personal name is the person's organisation (`NASA Bill Ingalls`); before the name of an
  // event or programme it is the organiser (`FIFA World Cup`). After a credit's label the first word is the agency
  // and the rest its photographer, whatever the given name (`Image: NASA Bill Ingalls`, `Photo: Reuters Kevin
  // Lamarque`): a credit written without its slash.
  if (b - a > 2 && ((isAcronym((tokens[a] as Token).text) && (hasTag(tokens[a + 1] as Token, ['FirstName', 'MaleName', 'FemaleName']) || NON_ENTITY_HEADS.has(lower(tokens[b - 1] as Token)))) || creditAgencyFirst(ctx, a))) {
    const credit = creditAgencyFirst(ctx, a);
    readChunk(ctx, a, a + 1);
    const from = ctx.out.length;
    readChunk(ctx, a + 1, b);
    if (credit && b - a - 1 <= 3) for (const c of ctx.out.slice(from)) if (c.start === (tokens[a + 1] as Token).start) c.photographer = true;
    return;
  }
  // `and` joins two names unless the whole ends in a head that the first part lacks (`National Air and Space Museum`).
  for (let k = a + 1; k < b - 1; k++) {
    const w = tokens[k] as Token;
    if (!isLowerWord(w)) continue;
    const lw = lower(w);
    if (lw === 'and') {
      // A name the lists know that runs past `and` is whole (`Bosnia and Herzegovina`, `Trinidad and Tobago`), and
      // the run may go on after it (`Bosnia and Herzegovina and Serbia`).
      let m = Math.min(b, a + MAX_KNOWN_WORDS);
      while (m > k + 1 && !knownName(tokens.slice(a, m))) m--;
      if (m === b) continue;
      const next = tokens[m];
      if (m > k + 1 && next && lower(next) === 'and') { readChunk(ctx, a, m); readChunk(ctx, m + 1, b); return; }
    }
    const splitHere = (lw === 'and' || lw === '&' || lw === 'y') ? !andInsideName(ctx.paragraph, tokens, a, k, b) : false;
    if (splitHere) { readChunk(ctx, a, k); readChunk(ctx, k + 1, b); return; }
  }
  // In a letter or e-mail whose lines were run together, a sign-off or greeting inside a run (`Phillip Allen
  // Regards`, `Vince Dear Dr. Vincent Kaminski`) ends one name and the next begins after it; a word written twice
  // at once (`Vince Vince`, a name then its signature) is two names when it is a given name (not `Walla Walla`).
  for (let k = a + 1; k < b; k++) {
    const w = tokens[k] as Token;
    if (letterBreak(tokens, k, b)) { readChunk(ctx, a, k); readChunk(ctx, k + 1, b); return; }
    if (w.text === (tokens[k - 1] as Token).text && hasTag(w, GIVEN_NAME_TAGS)) { readChunk(ctx, a, k); readChunk(ctx, k, b); return; }
  }
  // An airline's name before its aircraft's maker and type is a name of its own (`a Pakistan International Airlines
  // Airbus A300`, `an Air France Airbus A330`, `a Lufthansa Boeing 747`).
  for (let k = a + 1; k < b; k++) {
    const next = tokens[k + 1];
    if (AIRCRAFT_MAKERS.has(lower(tokens[k] as Token)) && (k === b - 1 || (next && /\d/u.test(next.text)))) { readChunk(ctx, a, k); readChunk(ctx, k, b); return; }
  }
  // Two countries joined by a hyphen are the two sides of something (`the India-China border`, `the Iraq-Turkey
  // pipeline`).
  for (let k = a + 1; k < b; k++) {
    if (gapOf(ctx.paragraph, tokens[k - 1] as Token, tokens[k] as Token) !== '-') continue;
    const side = (i: number, j: number): boolean => countryOf(ctx.paragraph.slice((tokens[i] as Token).start, (tokens[j - 1] as Token).end)) !== undefined;
    if (side(a, k) && side(k, b)) { readChunk(ctx, a, k); readChunk(ctx, k, b); return; }
  }
  const words = tokens.slice(a, b);
  // A nationality or country of two to four words before a title is its own mention, whatever head its first
  // word suggests (`South Korean President Baek Ha-rin`; `South Korean` is read from `South Korea`; `Democratic
  // Republic of Congo President Joseph Kabila`).
  for (let k = Math.min(4, words.length - 2); k >= 2; k--) {
    const lead = ctx.paragraph.slice((words[0] as Token).start, (words[k - 1] as Token).end);
    if (TITLE_WORDS.has(lower(words[k] as Token)) && (isNorpName(lead) || countryOf(lead) !== undefined || countryOf(lead.replace(/n$/u, '')) !== undefined)) { readChunk(ctx, a, a + k); readChunk(ctx, a + k, b); return; }
  }
  // A state's or a town's party member is two mentions (`a Florida Republican`, `Texas Democrats`): the place, and
  // the member, a group's word.
  if (words.length >= 2 && US_PARTY_MEMBERS.has(lower(words[words.length - 1] as Token)) && wordLists(words.slice(0, -1).map(lower).join(' ')).some((l) => l === 'region' || l === 'city')) {
    readChunk(ctx, a, b - 1);
    readChunk(ctx, b - 1, b);
    return;
  }
  // … and before the member's name (`Texas Republican Ted Cruz`, `Florida Democrat Debbie Wasserman Schultz`): the
  // place, the group and the person, described as the member.
  for (let k = 1; k <= 2 && k < words.length - 2; k++) {
    const member = words[k] as Token;
    const given = words[k + 1] as Token;
    if (!US_PARTY_MEMBERS.has(lower(member)) || /s$/u.test(member.text) || !(hasTag(given, GIVEN_NAME_TAGS) || wordLists(given.text).includes('firstName'))) continue;
    if (!wordLists(words.slice(0, k).map(lower).join(' ')).some((l) => l === 'region' || l === 'city')) continue;
    readChunk(ctx, a, a + k);
    readChunk(ctx, a + k, a + k + 1);
    addName(ctx, a + k + 1, b, [], [ctx.paragraph.slice((words[0] as Token).start, member.end)]);
    return;
  }
  const office = bodyBeforeOffice(words);
  if (office) {
    // A body's name, its officer's title and the holder (`Reserve Bank of Australia Governor Michele Bullock`).
    const [t, u] = office;
    readChunk(ctx, a, a + t);
    const end = (words[t - 1] as Token).end;
    for (const c of ctx.out) if (c.end === end) c.features.push('e:before-office');
    addName(ctx, a + u, b, titleEvidence(words.slice(t, u)), [ctx.paragraph.slice((words[t] as Token).start, (words[u - 1] as Token).end)]);
    return;
  }
  const letters = membersLetters(words);
  if (letters !== null) {
    // A party or a body, a member's letters, the member (`Labour MP Jo Cox`, `SNP MSP Kate Forbes`); the letters
    // alone where a group's word before them is no part of the run (`Tory MP Faith Jones`).
    if (letters > 0) {
      readChunk(ctx, a, a + letters);
      const end = (words[letters - 1] as Token).end;
      // The letters are the member's, not the party's after a name (`e:postnominal`).
      for (const c of ctx.out) if (c.end === end) c.features = [...c.features.filter((f) => f !== 'e:postnominal'), 'e:before-office'];
    }
    addName(ctx, a + letters + 1, b, titleEvidence(words.slice(letters, letters + 1)), [(words[letters] as Token).text]);
    return;
  }
  // A place's head that ends a titled person's surname (`Chief Economist Philip Lane`, `House Speaker Matt Hall`)
  // leaves the run to the office rules: titles first, then a given name the lists know and the surname.
  const titledHead = (): boolean => {
    if (words.length < 3 || headType(words) !== 'PLACE' || (!isTitleWord(words[0] as Token) && !isTitleWord(words[1] as Token))) return false;
    const given = words[words.length - 2] as Token;
    // The head must be someone's surname too (`Lane`, `Hall`); `Queen Elizabeth Hospital` is the hospital.
    if (!wordLists((words[words.length - 1] as Token).text).some((l) => SURNAME_LISTS.has(l) || l === 'famousCommon')) return false;
    return (hasTag(given, GIVEN_NAME_TAGS) || wordLists(given.text).includes('firstName')) && words.slice(0, -2).every((w) => isTitleWord(w) || TITLE_MODIFIERS.has(lower(w)) || isAcronym(w.text) || wordLists(w.text).some((l) => l === 'commonNoun' || l === 'roleNoun'));
  };
  if (headType(words) === null || titledHead()) {
    // A stage name opening with a title that the lexicon knows whole as a person's (`Lady Gaga`).
    if (words.length === 2 && isTitleWord(words[0] as Token) && phraseLists(words.map((w) => w.text)).includes('personLex')) { addName(ctx, a, b, [], []); return; }
    const title = titleRun(words);
    if (title) {
      const [t, v, lead = 0] = title;
      if (t > lead) {
        readChunk(ctx, a + lead, a + t);
        const end = (words[t - 1] as Token).end;
        for (const c of ctx.out) if (c.end === end) c.features.push('e:before-office');
      }
      // `Minister of Health Jane Doe`: the portfolio after `of` belongs to the title when a given name follows it.
      // The office may have read on past `of` into the portfolio (`Minister of Foreign Affairs Sergei Lavrov`:
      // `Foreign` is also a title word); the portfolio then starts at that `of`.
      const of = words.findIndex((w, i) => i > t && i < v && HEAD_CONNECTORS.has(lower(w)));
      const u = portfolioEnd(words, v) ?? (of > 0 ? portfolioEnd(words, of) : undefined) ?? v;
      // A place as the portfolio is a mention of its own (`Governor of Washington Chris Gregoire`), as is an
      // organisation (`Governor of the Bank of England Andrew Bailey`, `Commissioner of the Metropolitan Police …`).
      if (u > v) {
        const from = lower(words[v + 1] as Token) === 'the' ? v + 2 : v + 1;
        const portfolio = ctx.paragraph.slice((words[from] as Token).start, (words[u - 1] as Token).end);
        const inside = words.slice(from, u);
        const placeWords = inside.every((w) => hasTag(w, ['Place', 'City', 'Region', 'Country']) && !OF_HEADS.has(lower(w)));
        // An organisation's head at the end or before its `of` (not `Minister of State for Trade`: a place's head before `for`).
        const body = inside.some((w, k) => ORG_HEADS.has(lower(w)) && (k === inside.length - 1 || HEAD_CONNECTORS.has(lower(inside[k + 1] as Token))));
        if (countryOf(portfolio) !== undefined || isGazetteerPlace(portfolio) || placeWords || (inside.length > 1 && body)) addName(ctx, a + from, a + u, [], []);
      }
      // The office alone, its portfolio read as far as its last word (`The Minister for Foreign Affairs spoke`, `The
      // Secretary of Defense met reporters`): no holder.
      if (words.slice(u).every((w, i) => PORTFOLIO_SECONDS.has(lower(w)) || PORTFOLIOS.has(lower(w)) || (i < b - a - u - 1 && (HEAD_CONNECTORS.has(lower(w)) || lower(w) === 'the')))) return;
      // `Director of the National Iodine Nutrition Study`: what follows `of` is not the title holder's name.
      if (!isCap(words[u] as Token)) { readChunk(ctx, a + u, b); return; }
      // An honorific after the office, before a holder of one word, is the holder's name's (`Prime Minister Sheikh
      // Hasina`; `Prime Minister Sir Keir Starmer` keeps `Sir` in the office).
      const h = b - a - u === 1 && u - 1 > t && NAME_HONORIFICS.has(lower(words[u - 1] as Token)) ? u - 1 : u;
      const titleText = ctx.paragraph.slice((words[t] as Token).start, (words[h - 1] as Token).end);

      // A nationality before the title describes the person too (`Afghan Ambassador Hamdullah Mohib`).
      const nationality = t > 0 ? ctx.paragraph.slice((words[0] as Token).start, (words[t - 1] as Token).end) : '';
      addName(ctx, a + h, b, titleEvidence(words.slice(t, h)), isNorpName(nationality) ? [nationality, titleText] : [titleText]);
      return;
    }
    // A nationality or country before a name is its own mention (`Russian` in `Russian Vladimir Putin`,
    // `United States` in `the United States Hamdullah Mohib`).
    const prefix = placePrefix(ctx, a, words);
    if (prefix > 0) {
      addName(ctx, a, a + prefix, [], []);
      const first = ctx.out.length;
      readChunk(ctx, a + prefix, b);
      const nationality = ctx.paragraph.slice((words[0] as Token).start, (words[prefix - 1] as Token).end);
      if (isNorpName(nationality) && ctx.out[first]) ctx.out[first].descriptors.unshift(nationality);
      return;
    }
  }
  addName(ctx, a, b, [], []);
}

// A nation's missions abroad.
const MISSIONS: ReadonlySet<string> = new Set(['embassy', 'consulate']);

// The members of the two American parties, singular and plural.
const US_PARTY_MEMBERS: ReadonlySet<string> = new Set(['republican', 'republicans', 'democrat', 'democrats']);

/**
 * Where a member's letters stand before the member's name, after a party's or a body's or opening the run (`Labour
 * MP Jo Cox`, `Conservative MEP Daniel Hannan`, `MP Faith Jones`): the index of the letters, or null. The member's
 * name is two or three capitalised words that open with a given name, or, after a party's name, with a word the
 * lists know as no place's or body's (`Labour MP Dawn Butler`).
 */
function membersLetters(words: readonly Token[]): number | null {
  for (let t = 0; t < words.length - 2; t++) {
    if (!MEMBERS_LETTERS.has((words[t] as Token).text)) continue;
    const holder = words.slice(t + 1);
    const given = holder[0] as Token;
    const knownGiven = hasTag(given, GIVEN_NAME_TAGS) || wordLists(given.text).includes('firstName');
    if (holder.length > 3 || !holder.every(isCap)) return null;
    // A head word ends a body's or a place's name (`MP Materials Corp`), but not a member's surname after a party or
    // a seat (`Labour MP Frank Field`).
    if (headType(holder) !== null && !(t > 0 && knownGiven && holder.length === 2)) return null;
    if (knownGiven) return t;
    // A given name the lists leave out as a common word (`Dawn Butler`, `Faith Jones`) still names the member after a
    // party's name (not a constituency's, `Brent Central MP`) where no list knows the words as a place's or a body's,
    // and the first is no verb or plural (a headline's `Tory MP Faces Calls`).
    const lead = words.slice(0, t);
    const party = lead.length <= 2 && lead.every((w) => isNorpName(w.text) || isAcronym(w.text) || isListedBody(w.text) || wordLists(w.text).some((l) => l === 'orgWn' || l === 'orgLex')) &&
      !lead.some((w) => countryOf(w.text) !== undefined || isGazetteerPlace(w.text) || COMPASS_WORDS.has(lower(w)));
    const placeOrBody = holder.some((w) => wordLists(w.text).some((l) => PREFIX_LISTS.has(l)) && !wordLists(w.text).some((l) => PERSON_WORD_LISTS.has(l)));
    return party && !placeOrBody && !hasTag(given, ['Verb', 'Plural']) ? t : null;
  }
  return null;
}

/**
 * Where a body's name ends before its officer's title and the holder's name begins: `Reserve Bank of Australia
 * Governor Michele Bullock`, `Bank of England Governor Andrew Bailey` (the head word makes the whole run read as the
 * body's, so the office rules for unheaded names never see it). The body's head comes before the title, and the
 * holder, two or three capitalised words with no head, opens with a given name.
 */
function bodyBeforeOffice(words: readonly Token[]): [number, number] | null {
  // Only where the head makes the whole run read as the body's; an unheaded run is the office rules' (`White House
  // Press Secretary Orla Penhaligon`).
  if (headType(words) === null) return null;
  for (let t = 2; t < words.length - 2; t++) {
    const w = words[t] as Token;
    if (!isTitleWord(w) || NAME_LIKE_TITLES.has(lower(w).replace(/\.$/, '')) || headType(words.slice(0, t)) === null) continue;
    const u = officeEnd(words, t);
    const holder = words.slice(u);
    const given = holder[0] as Token | undefined;
    if (holder.length < 2 || holder.length > 3 || !holder.every(isCap) || headType(holder) !== null || !given) return null;
    // A given name the lists know, or words no list knows as anything but a person's (`Yasuo Matsushita`; a short
    // given name may be a common word too, `Pan Gongsheng`).
    const personal = holder.every((w, k) => wordLists(w.text).every((l) => PERSON_WORD_LISTS.has(l) || (k === 0 && w.text.length <= 4 && l === 'commonNoun')));
    return hasTag(given, GIVEN_NAME_TAGS) || wordLists(given.text).includes('firstName') || personal ? [t, u] : null;
  }
  return null;
}

// Lists that know a run of words as a place or a body before a person's name run into it.
const PREFIX_LISTS: ReadonlySet<string> = new Set(['city', 'country', 'region', 'company', 'orgWn', 'orgLex']);

// Lists that know a run of words as one place.
const WHOLE_PLACE_LISTS: ReadonlySet<string> = new Set(['region', 'placeWn', 'placeLex', 'country', 'city']);

/**
 * Token `k` names a numbered meeting of a treaty's parties (`COP29`, `COP 28`): an event, which no convention here
 * makes a name, though its letters and number read like a body's or a place's.
 */
function numberedSummit(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k] as Token;
  const next = tokens[k + 1];
  return /^COP\d{1,2}$/u.test(t.text) || (t.text === 'COP' && !!next && next.start === t.end + 1 && /^\d{1,2}$/u.test(next.text));
}

// Jetliners' types that news names without their maker (`737`, `787`, `A320`, `A350-1000`).
const JETLINER_TYPES = /^(?:7[0-8]7|A3[0-8]\d|A220)(?:-\d+)?$/u;

// Words after an aircraft's type that name its variant (`Boeing 737 Max`, `Airbus A320neo`, `A350 XWB`).
const AIRCRAFT_VARIANTS: ReadonlySet<string> = new Set(['max', 'neo', 'dreamliner', 'xwb', 'ng', 'er', 'lr', 'xlr', 'freighter']);

/** Token `k` names an aircraft's variant after its maker and type (`Max` in `Boeing 737 Max`): no name of its own. */
function aircraftVariant(tokens: readonly Token[], k: number): boolean {
  const type = tokens[k - 1];
  const maker = tokens[k - 2];
  // After its maker, or after a jetliner's type that names it alone (`the 737 Max returned`, `the A321neo`).
  return !!type && AIRCRAFT_VARIANTS.has(lower(tokens[k] as Token)) && /\d/u.test(type.text) && ((!!maker && AIRCRAFT_MAKERS.has(lower(maker))) || JETLINER_TYPES.test(type.text));
}

// Makers whose name and a type's number name an aircraft (`Airbus A300`, `Boeing 777`, `Embraer 190`).
const AIRCRAFT_MAKERS: ReadonlySet<string> = new Set(['airbus', 'boeing', 'embraer', 'bombardier', 'atr', 'antonov', 'tupolev', 'ilyushin', 'sukhoi', 'fokker', 'cessna', 'comac', 'dornier', 'yakovlev', 'mcdonnell']);

/** Length of the longest leading country or nationality in a multi-word name without a head, else 0. */
function placePrefix(ctx: Ctx, a: number, words: readonly Token[]): number {
  const { paragraph } = ctx;
  const textOf = (n: number): string => paragraph.slice((words[0] as Token).start, (words[n - 1] as Token).end);
  // A place compromise knows, then a first name: `Governor of Washington Chris Gregoire`.
  // Not a saint's abbreviation, which compromise tags a place (`St. Mary's Healthcare`).
  if (words.length > 2 && hasTag(words[0] as Token, ['Place', 'City', 'Region', 'Country']) && hasTag(words[1] as Token, ['FirstName', 'MaleName', 'FemaleName']) && !SAINTS.has(lower(words[0] as Token))) return 1;
  // A place or a body the lists know whole, no given name itself, then a given name and more: two names run
  // together after a preposition (`At Harvard Claudine Gay resigned`, `In London Mary Smith spoke`).
  for (let k = 1; k <= 2 && words.length - k >= 2; k++) {
    const lead = words.slice(0, k);
    const next = words[k] as Token;
    // A given name that is also a common noun or a head is as often a word of the place's own name (`San Francisco
    // Bay Area`).
    const nextLists = wordLists(next.text);
    if (!(hasTag(next, GIVEN_NAME_TAGS) || nextLists.includes('firstName')) || nextLists.includes('commonNoun') || PLACE_HEADS.has(lower(next)) || ORG_HEADS.has(lower(next)) || headType(words.slice(k)) !== null) continue;
    if (lead.some((w) => hasTag(w, GIVEN_NAME_TAGS) || isGivenPlace(w.text) || wordLists(w.text).includes('firstName'))) continue;
    // Nor where the given name goes on the place's own name (`San Francisco Bay Area`).
    if (phraseLists(words.slice(0, k + 1).map((w) => w.text)).some((l) => PREFIX_LISTS.has(l) || WHOLE_PLACE_LISTS.has(l))) continue;
    const lists = phraseLists(lead.map((w) => w.text));
    if (lists.some((l) => PREFIX_LISTS.has(l)) || UNIVERSITIES.has(textOf(k))) return k;
  }
  const placeOrPeople = (t: string): boolean => isNorpName(t) || countryOf(t) !== undefined;
  // A whole country or nationality (`South Korea`, `Korea Republic`) is not split, nor a place the lists know whole
  // (`British Columbia`, `Indian Ocean`).
  if (placeOrPeople(textOf(words.length))) return 0;
  if (phraseLists(words.map((w) => w.text)).some((l) => WHOLE_PLACE_LISTS.has(l))) return 0;
  // Nor an organisation the news lexicon lists (`Muslim Brotherhood`), nor a sporting event held there (`U.S. Open`).
  if (isListedBody(textOf(words.length)) || placedEvent(words.map((w) => w.text))) return 0;
  // Nor a firm named after its country (`China Life`, `Korea Zinc`, `India Cements`).
  if (countryFirm(words, paragraph)) return 0;
  for (let k = words.length - 1; k >= 1; k--) {
    if (!placeOrPeople(textOf(k))) continue;
    // A given name that is a country or nationality, before a surname, opens a person's name (`Jordan Spieth`,
    // `Israel Folau`, `Christian Bale`).
    if (k === 1 && ctx.givenPlaces && givenPlaceName(ctx, a, words)) return 0;
    // One word after it that names a body is the country's body (`U.S. Treasury`, `US Marines`, `U.S. Congress`),
    // which the training corpora mark whole; not a title (`Afghan Ambassador`), a place (`Afghan Herat`), a
    // person's name or an event (`Iraq War`). A hyphen makes two sides of something instead (`Israel-Hamas talks`).
    const glued = paragraph.slice((words[k - 1] as Token).end, (words[k] as Token).start) === '-';
    // A party named by its members after its creed's or its country's word is one name (`Christian Democrats`,
    // `Sweden Democrats`); after a nationality they are that nation's members (`American Democrats`).
    if (k === words.length - 1 && PARTY_MEMBERS.has(lower(words[k] as Token)) && (NORP_GROUPS.has(textOf(k).toLowerCase()) || countryOf(textOf(k)) !== undefined)) return 0;
    // A nation's part of a range, a coast or a region is one place (`French Alps`, `Scottish Highlands`, `Italian
    // Riviera`); not a town after a nationality (`Afghan Herat`).
    if (k === words.length - 1 && isNorpName(textOf(k)) && regionWord((words[k] as Token).text)) return 0;
    // A nation's embassy or consulate is one body (`the Chinese Embassy said`).
    if (k === words.length - 1 && MISSIONS.has(lower(words[k] as Token))) return 0;
    return k === words.length - 1 && bodyWord(words[k] as Token) && !glued ? 0 : k;
  }
  return 0;
}

// Lists that make a given name a town's or a region's too (`Austin`, `Florence`, `Georgia`).
const PLACE_NAME_LISTS: ReadonlySet<string> = new Set(['city', 'region', 'placeWn']);
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'into', 'inside', 'outside', 'across', 'throughout', 'near', 'within']);
// A surname the lists know, and what it may not also be: `Moore` is a town and `Johnson` a firm too, but `Airways`,
// `Police` and `Radio` are common nouns or organisations' words.
const SURNAME_LISTS: ReadonlySet<string> = new Set(['surname', 'personName', 'personWn', 'personLex', 'famous']);
const NOT_SURNAME_LISTS: ReadonlySet<string> = new Set([
  'commonNoun', 'country', 'region', 'demonym', 'orgWn', 'orgLex', 'facilityWn', 'eventWn', 'memberWn', 'sportsTeam', 'honorific', 'roleNoun',
  'orgHead', 'placeHead', 'facilityHead', 'brand',
]);

// An office in lower case that is of a place, and `of` (`the mayor of Rio Gallegos`, `the governor of the state of Bahia`).
const PLACE_OFFICE_BEFORE = /\b(?:mayor|mayoress|governor|prefect|premier|bishop|archbishop|burgomaster)\s+of\s+(?:the\s+(?:city|town|state|province|region|county|district|diocese|archdiocese)\s+of\s+)?$/u;

// A state's parts after a country's possessive (`Chad's army`, `Congo's government`, `Jordan's king`).
const STATE_AFTER = /^['’]s\s+(?:army|armed\s+forces|military|government|parliament|president|prime\s+minister|foreign\s+ministry|ministry|king|queen|cabinet|junta|regime|navy|air\s+force|police|central\s+bank|capital|economy|opposition|ruling|constitution|border|borders|ambassador|embassy|troops|forces|national\s+assembly|supreme\s+court|electoral|defence|defense|interior)\b/u;

// `airport` in lower case after a name: the airport's own name (`Heathrow airport`, `Kennedy International airport`).
const AIRPORT_AFTER = /^\s+(?:international\s+)?airport\b/u;

/**
 * Whether a name is a given name that is also a country or nationality, then a surname, not after a preposition of
 * place: the first word an English given name (the generated list, or compromise reading it as one here), then one
 * surname (its parts joined by hyphens), each part capitalised, no title or head word, and either a surname the
 * lists know (a town's or firm's name too: `Moore`, `Johnson`), after a country or nationality a word no list and no
 * place or organisation tag knows (`Adesanya`), or a common noun compromise reads as a name here (`Bale`).
 * `Kenya Airways`, `Jordan Valley`, `Christian Aid` and `Georgia Tech` stay cut.
 */
function givenPlaceName(ctx: Ctx, a: number, words: readonly Token[]): boolean {
  // After a preposition of place the country is the place (`In Israel Netanyahu spoke`); `from` and `to` take people
  // as often (`a pass from Jordan Henderson`).
  const before = ctx.tokens[a - 1];
  if (words.length < 2 || (before && PLACE_PREPOSITIONS.has(lower(before)))) return false;
  const [given, ...surname] = words as [Token, ...Token[]];
  if (!isGivenPlace(given.text) && !hasTag(given, [...GIVEN_NAME_TAGS, 'Person'])) return false;
  // One surname, its parts joined by hyphens (`Adeyemi-Okafor`).
  if (surname.slice(1).some((w, k) => !HYPHEN_ONLY.test(ctx.paragraph.slice((surname[k] as Token).end, w.start)))) return false;
  // An age after the name makes it a person's, whatever its surname is too (`Jordan Green, 24, was jailed`).
  const last = surname[surname.length - 1] as Token;
  if (/^\p{Lu}\p{Ll}/u.test(last.text) && AGE_AFTER_NAME.test(ctx.paragraph.slice(last.end, last.end + 8))) return true;
  // A word no list knows is a surname only after a country or nationality, where the name finder would otherwise
  // cut the name in two (`Israel Adesanya`); after a town it is as often a firm's word (`Boston Scientific`), and
  // the surname must be known as one.
  const afterCountry = countryOf(given.text) !== undefined || isNorpName(given.text);
  return surname.every((w) => surnameWord(w, afterCountry));
}
const HYPHEN_ONLY = /^[-‐]$/u;
const AGE_AFTER_NAME = /^,\s*\d{1,3},/u;

/** `conventions`, `diaries`, `boxes`: the plural of a common noun the lists know. */
function pluralOfCommonNoun(l: string): boolean {
  return singulars(l).some((x) => wordLists(x).includes('commonNoun'));
}

function surnameWord(w: Token, afterCountry: boolean): boolean {
  const l = lower(w);
  if (!/^\p{Lu}\p{Ll}/u.test(w.text) || TITLE_WORDS.has(l) || ORG_HEADS.has(l) || PLACE_HEADS.has(l) || isNorpName(w.text) || countryOf(w.text) !== undefined) return false;
  const lists = wordLists(w.text);
  // A plural is a team's or a product's (`Boston Bruins`, `Georgia Bulldogs`) unless known as a surname (`Evans`).
  if (l.endsWith('s') && !hasTag(w, ['Person', 'LastName']) && !lists.includes('surname')) return false;
  // Not a plural of a common noun (`Israel Diaries`).
  if (lists.length === 0) return afterCountry && !hasTag(w, ['Place', 'City', 'Region', 'Country', 'Organization']) && !pluralOfCommonNoun(l);
  // A common noun that compromise reads as a person's name here (`Bale` in `Christian Bale`).
  if (lists.every((x) => x === 'commonNoun')) return hasTag(w, ['Person', 'LastName']);
  // After a given name that is a country, a common word that WordNet knows as people's surname too, and no head of a
  // place or a body (`Jordan Brown`, `Georgia Young`; not `Jordan Hill`, `Georgia Power`, `Kenya Law`).
  if (afterCountry && lists.includes('commonNoun') && lists.includes('personWn') && lists.every((x) => x === 'commonNoun' || !NOT_SURNAME_LISTS.has(x))) return true;
  if (lists.some((x) => NOT_SURNAME_LISTS.has(x))) return false;
  // After a town, a surname only the lists of any people's names hold is as often a building's word (`York Minster`).
  return afterCountry ? lists.some((x) => SURNAME_LISTS.has(x)) : lists.includes('surname') || lists.includes('personWn') || lists.includes('famous') || hasTag(w, ['Person', 'LastName']);
}

// Lists that know a word as a firm's, and those that know it as a person's.
const FIRM_WORD_LISTS: ReadonlySet<string> = new Set(['company', 'brand', 'orgLex']);
const PERSON_WORD_LISTS: ReadonlySet<string> = new Set(['surname', 'firstName', 'personName', 'personWn', 'famous']);

/** A word the lists know as a firm's and not as a person's (`Sony`, `Airbus`; not `Honda`, `Barnes`). */
function firmWord(w: Token): boolean {
  const lists = wordLists(w.text);
  return lists.some((l) => FIRM_WORD_LISTS.has(l)) && !lists.some((l) => PERSON_WORD_LISTS.has(l));
}

// The lists a word that names a country's body may also be in, besides WordNet's organisations.
const BODY_LISTS: ReadonlySet<string> = new Set(['orgWn', 'commonNoun', 'orgHead']);

/**
 * A word WordNet knows as an organisation and the lists know as nothing but that or a common noun (`Treasury`,
 * `Marines`, `Navy`, `Congress`); not a title or a personal name. A common noun alone (`War`, `Revolution`, `Food`)
 * makes an event or a description, whose country is a mention of its own.
 */
function bodyWord(w: Token): boolean {
  const l = lower(w);
  if (TITLE_WORDS.has(l) || hasTag(w, PERSONAL_TAGS)) return false;
  const lists = wordLists(l);
  return lists.includes('orgWn') && lists.every((list) => BODY_LISTS.has(list));
}

function andInsideName(paragraph: string, tokens: readonly Token[], a: number, k: number, b: number): boolean {
  // The last of portfolios listed with commas (`Department for Culture, Media and Sport`; `portfolioListEnd`).
  if (lower(tokens[k] as Token) === 'and' && tokens.slice(a + 1, k).some((t, m) => /^,[^\S\n]+$/u.test(gapOf(paragraph, tokens[a + m] as Token, t)) && !legalForm(t))) return true;
  // A name the lists know before `and` is complete there (`Rio de Janeiro and Ho Chi Minh City`, which the second
  // head below had kept as one).
  if (lower(tokens[k] as Token) === 'and' && knownName(tokens.slice(a, k))) return false;
  const before = tokens[k - 1] as Token;
  // A firm's one-word name that is no one's before `and` is complete there (`Sony and Toyota Motor Corp.`); a
  // partner's surname is not (`Barnes and Noble Inc`, `Johnson and Johnson`).
  if (k === a + 1 && (firmWord(before) || WORD_FIRMS.has(before.text))) return false;
  // So is a country's (`in Mozambique and Gonarezhou National Park`); one the lists know whole across `and`
  // (`Trinidad and Tobago`) never gets here.
  if (k === a + 1 && countryOf(before.text) !== undefined) return false;
  // So is an acronym's (`the IRGC and Quds Force`; not one letter's, `B and Q`, `P and O Ferries`), and a town's
  // before a person's name of two words or more (`in Brasília and Ji-hoon Park in Seoul`), which a place's second part
  // is not (`Kensington and Chelsea`, `Tyne and Wear`).
  const next = tokens[k + 1];
  const personAfter = !!next && b - k > 2 && (hasTag(next, GIVEN_NAME_TAGS) || wordLists(next.text).includes('firstName') || hyphenSyllable(paragraph, tokens, k + 2));
  if (k === a + 1 && lower(tokens[k] as Token) === 'and' && ((isCaps(before) && before.text.length > 1) || (wordLists(before.text).includes('city') && personAfter))) return false;
  // A station's number ends its name (`BBC Radio 4 and Channel 4 News`).
  if (/^\d/u.test(before.text)) return false;
  // A name the lists know after `and`, running to the end, is a second name (`Olam Agri and Louis Dreyfus Company`).
  if (lower(tokens[k] as Token) === 'and' && b - k > 2 && knownName(tokens.slice(k + 1, b))) return false;
  const isHead = (t: Token): boolean => ORG_HEADS.has(lower(t)) || PLACE_HEADS.has(lower(t));
  // A council of two places (`Derry City and Strabane District Council`): no body's head before `and`, and no given
  // name opening it.
  if (lower(tokens[k] as Token) === 'and' && lower(tokens[b - 1] as Token) === 'council' && !tokens.slice(a, k).some((t) => ORG_HEADS.has(lower(t))) && !hasTag(tokens[a] as Token, GIVEN_NAME_TAGS)) return true;
  // A body named for two kinds of business before its head (`Securities and Futures Commission`, `Securities and
  // Investments Board`), though its first word is a firm's head too.
  const kind = (t: Token): boolean => isCap(t) && !isCaps(t) && [lower(t), ...singulars(lower(t))].some((x) => wordLists(x).includes('commonNoun')) && !wordLists(t.text).some((l) => SURNAME_LISTS.has(l) || PLACE_NAME_LISTS.has(l));
  if (k === a + 1 && b - k >= 3 && kind(before) && kind(tokens[k + 1] as Token) && ORG_HEADS.has(lower(tokens[b - 1] as Token))) return true;
  if (isHead(before)) return false;
  // A head that has taken `of`/`for` before the `and` (`Department of Housing and Urban Development`).
  let headed = false;
  for (let m = a + 1; m < k; m++) {
    const c = lower(tokens[m] as Token);
    // … or `on` after a deliberative body's head (`Center on Budget and Policy Priorities`).
    if ((HEAD_CONNECTORS.has(c) && connectorFits(tokens[m - 1] as Token, c)) || (c === 'on' && ON_HEADS.has(lower(tokens[m - 1] as Token)))) headed = true;
  }
  // A nationality or country opening the part after `and` opens a second name (`Polish Radio and Czech Television`).
  const after = tokens[k + 1] as Token;
  if (!headed && (isNorpName(after.text) || countryOf(after.text) !== undefined)) return false;
  // An office before a holder's name after `and` opens a second person, whatever body's word the office holds
  // (`Rigathi Gachagua and Prime Cabinet Secretary Musalia Mudavadi`).
  if (tokens.slice(k + 1, b - 1).some(isTitleWord)) return false;
  // A name of its own after `and`: a word no list knows as a common word, and a body's head at the end (`Soma Capital
  // and Khosla Ventures`, `Jardine Fleming and Peregrine Securities`); not a partner's name before a legal form
  // (`Barnes and Noble Inc`), nor a subject or an adjective (`National Air and Space Museum`, `Fairmont State
  // Community and Technical College`).
  const last = lower(tokens[b - 1] as Token);
  if (k - a >= 2 && b - k >= 3 && ORG_HEADS.has(last) && !LEGAL_FORMS.has(last) && isCap(after) && !isCaps(after) && !hasTag(after, ['Adjective']) && !/(?:al|ic|ive|ous|ary|ed|ing)$/u.test(lower(after)) && !wordLists(after.text).includes('commonNoun') && !isHead(after)) return false;
  // Two firms named by proper words each, the second ending in its head or legal form (`Smith Barney and Prudential
  // Securities`, `Maersk Line and Sea-Land Service Inc`): two words or more before `and`, none an adjective or a
  // common word's only before it, and two words or more before a legal form, one before a head, after it (not the
  // partners of a law firm, `Cleary Gottlieb Steen and Hamilton LLP`).
  const proper = (t: Token): boolean => isCap(t) && !isCaps(t) && (wordLists(t.text).some((l) => l === 'company' || l === 'orgLex') ||
    (!hasTag(t, ['Adjective']) && !/(?:al|ic|ive|ous|ary|ed|ing)$/u.test(lower(t)) && !wordLists(t.text).includes('commonNoun')));
  if (!headed && lower(tokens[k] as Token) === 'and' && k - a >= 2 && proper(tokens[a] as Token) && !hasTag(before, ['Adjective']) && !/(?:al|ic|ive|ous|ary)$/u.test(lower(before)) &&
    proper(after) && b - k - 2 >= (LEGAL_FORMS.has(last) ? 2 : ORG_HEADS.has(last) ? 1 : Infinity) && !isHead(after)) return false;
  for (let m = k + 1; m < b; m++) {
    // A second head after `and` is a second name (`University of California and Columbia University`, `Loyola
    // University Chicago and DePaul University`), unless the first part has none (`National Air and Space Museum`)
    // or the last word is a department's subject (`Department of Health and Human Services`).
    if (isHead(tokens[m] as Token)) return (k > a && !headed && !tokens.slice(a, k).some((t) => ORG_HEADS.has(lower(t)))) || (headed && m === b - 1 && lower(tokens[m] as Token) === 'services');
  }
  // A title's portfolio before its holder (`Minister of Science and Technology Naledi Pandor`): the word after `and`
  // is a subject's, and the office rules find the holder after it.
  const portfolio = (t: Token): boolean => isCap(t) && !isAcronym(t.text) && !hasTag(t, ['Person', 'Place', 'Country', 'City', 'Region', ...GIVEN_NAME_TAGS]) && countryOf(t.text) === undefined;
  if (k >= a + 3 && k <= a + 5 && isTitleWord(tokens[a] as Token) && HEAD_CONNECTORS.has(lower(tokens[a + 1] as Token)) && tokens.slice(a + 2, k).every(portfolio) && portfolio(after) && b - k >= 4) return true;
  // The subjects of a department or school, not another name: no known name, country or acronym after `and`.
  return headed && tokens.slice(k + 1, b).every((t) => !isAcronym(t.text) && !hasTag(t, ['Person', 'Place', 'Country', 'City', 'Region']) && countryOf(t.text) === undefined);
}

/**
 * A common noun for a role opening a chunk before a name of two words or more (`Prosecutor Susan Ferrier`,
 * `Meteorologist Estael Sias`, `Analyst Maryann Keller`, `Critic Susannah Clapp`): compromise knows it as a singular
 * common noun, not a name, and it ends like an agent noun, or a role-noun list holds it and a given name follows. It
 * is the person's descriptor, as a title is.
 */
function roleNoun(words: readonly Token[]): boolean {
  const w = words[0] as Token;
  if (words.length < 3 || !commonNoun(w) || w.tags.has('Plural')) return false;
  const l = lower(w);
  const next = words[1] as Token;
  const givenNext = hasTag(next, GIVEN_NAME_TAGS) || wordLists(next.text).includes('firstName');
  // An agent noun's ending, where compromise reads a person's noun or a given name follows (not `Cancer Research UK`).
  if (ROLE_NOUN_ENDING.test(l) && !COMMON_SUFFIX.test(l) && (hasTag(w, ['Actor']) || givenNext)) return true;
  // A listed role is a descriptor only before a given name (not `Analyst Team Participants`).
  return (ROLE_NOUNS.has(l) || wordLists(l).includes('roleNoun')) && givenNext;
}

const GIVEN_NAME_TAGS = ['FirstName', 'MaleName', 'FemaleName'];

// Ministries' portfolios, as `Minister of …` names them; the second words of two-word ones.
const PORTFOLIOS: ReadonlySet<string> = new Set(('health finance defence defense interior education justice transport environment culture trade '
  + 'energy treasury agriculture labour labor tourism economy information commerce industry communications housing immigration '
  + 'foreign home homeland public war planning welfare science fisheries mines petroleum oil water '
  // and a staff's, whose chief heads an armed force (`Chief of Naval Operations`, `Chief of the General Staff`)
  + 'naval army navy air general staff').split(' '));
const PORTFOLIO_SECONDS: ReadonlySet<string> = new Set(['affairs', 'security', 'works', 'safety', 'resources', 'development', 'relations', 'staff', 'operations']);

/**
 * After `Title of` (at `u`), where the holder's name starts when a capitalised portfolio comes first
 * (`Minister of Health Jane Doe`, `Secretary of State Hillary Clinton`): the last two words, or three when the
 * third from the end is a given name; undefined when fewer than three capitalised words follow `of`.
 */
function portfolioEnd(words: readonly Token[], u: number): number | undefined {
  // The office may end the chunk (`… SECRETARY OF` in capitals): nothing after it to read.
  const at = words[u];
  if (!at || !HEAD_CONNECTORS.has(lower(at)) || u + 1 >= words.length) return undefined;
  // `Chancellor of the Exchequer Rachel Reeves`: the portfolio may open with `the`.
  const q = lower(words[u + 1] as Token) === 'the' ? u + 2 : u + 1;
  // A capitalised word and the lower-case syllables glued to it count as one word (`Jae-in`).
  const starts: number[] = [];
  for (let m = q; m < words.length; m++) if (isCap(words[m] as Token)) starts.push(m);
  if (starts.length < 3 || !isCap(words[q] as Token)) return undefined;
  // What follows is one name the lists know (`Count of the Holy Roman Empire`), no portfolio and holder.
  if (knownName(words.slice(q))) return undefined;
  // A portfolio news names ministries by (`Minister of Defense Hazem Shaalan`, `Minister of Foreign Affairs …`)
  // ends where it ends, whether or not the lists know the holder's names; so does one whose second word only the
  // common nouns hold (`Director of Public Prosecutions Stephen Parkinson`), while two words are left for the holder.
  if (PORTFOLIOS.has(lower(words[q] as Token))) {
    let p = q + 1;
    while (p < words.length - 2 && isCap(words[p] as Token) && (PORTFOLIO_SECONDS.has(lower(words[p] as Token)) || onlyCommonNoun(words[p] as Token))) p++;
    // A ministry's own second word (`Affairs`) belongs to it even where fewer than two words are left.
    while (p < words.length && isCap(words[p] as Token) && PORTFOLIO_SECONDS.has(lower(words[p] as Token))) p++;
    // … and a second portfolio after `and` (`Minister of Foreign Affairs and Trade Winston Peters`), where a holder of
    // two or three words follows.
    const second = words[p + 1];
    if (lower(words[p] as Token) === 'and' && second && isCap(second) && !hasTag(second, PERSONAL_TAGS) && words.length - (p + 2) >= 2 && words.length - (p + 2) <= 3) p += 2;
    const holder = words.slice(p);
    if (holder.length >= 2 && holder.every(isCap) && headType(holder) === null && !holder.some(isTitleWord)) return p;
  }
  const three = starts[starts.length - 3] as number;
  const m = starts.length >= 4 && hasTag(words[three] as Token, GIVEN_NAME_TAGS) && !hasTag(words[three] as Token, ['Place']) ? three : starts[starts.length - 2] as number;
  // The holder must look like a person (`Governor of New York State` names no one).
  const holder = words.slice(m);
  // compromise's tags, or the given-name list where compromise does not know the name (`Antony Blinken`); after `the`
  // a given name must open it (`of the Exchequer Rachel Reeves`, not `of the Holy Roman Empire`).
  const given = (w: Token): boolean => hasTag(w, GIVEN_NAME_TAGS) || wordLists(w.text).includes('firstName');
  if (q > u + 1 && !given(holder[0] as Token)) return undefined;
  // … or two words no list knows but as a person's, after the portfolio's (`Minister of Science and Technology
  // Naledi Pandor`).
  const personal = holder.length === 2 && m > q + 1 && holder.every((w) => !isCaps(w) && !hasTag(w, ['Place', 'Organization']) && wordLists(w.text).every((l) => PERSON_WORD_LISTS.has(l)));
  return headType(holder) === null && (personal || holder.some((w) => hasTag(w, ['Person', 'FirstName', 'LastName']) || wordLists(w.text).includes('firstName'))) ? m : undefined;
}

/** The leading run of titles in a chunk, when a name follows it: `Foreign Secretary` in `Foreign Secretary David Lammy`. */
function titleRun(words: readonly Token[]): [number, number, number?] | null {
  // A title in the plural before a list of its holders (`Justices Samuel Alito, Neil Gorsuch`, `Generals Mark Milley
  // and Lloyd Austin`) names the office of each; only before a given name, so that a name in the plural keeps its
  // word (`Kings Cross`, `Presidents Cup`).
  // A given name no list knows at all counts too (`Justices Jackton Ojwang and Njoki Ndung'u`).
  const unknownGiven = (w: Token): boolean => wordLists(w.text).length === 0 && !isCaps(w) && !hasTag(w, ['Place', 'Organization']);
  if (words.length >= 3 && pluralTitle(words[0] as Token) && isCap(words[1] as Token) && (hasTag(words[1] as Token, GIVEN_NAME_TAGS) || wordLists((words[1] as Token).text).includes('firstName') || unknownGiven(words[1] as Token))) return [0, 1];
  const role = roleNoun(words);
  // Not letters before a country (`DR Congo`), which are no doctor's.
  const t = role ? 0 : words.findIndex((w, k) => isTitleWord(w) && !(isCaps(w) && k + 1 < words.length && countryOf((words[k + 1] as Token).text) !== undefined));
  if (t < 0) return null;
  // Words that only qualify the office open it (`Former Prime Minister Sheikh Hasina`, `Acting Director …`), unless
  // the title word opens a name (`Former General Motors chief …`).
  const opening = words[t + 1];
  if (t > 0 && words.slice(0, t).every((w) => OPENING_MODIFIERS.has(lower(w))) && !(NAME_LIKE_TITLES.has(lower(words[t] as Token)) && opening && !isTitleWord(opening))) {
    const v = officeEnd(words, t);
    if (v < words.length) return [0, v];
  }
  // A title word that also opens names, before a word that is no person's (`General Motors`, `Major League
  // Baseball`, `Captain Marvel`), is part of that name: an office, if any, comes later (`General Motors Chief
  // Executive Mary Barra`).
  const second = words[1];
  // A given name that is also a word between the title and a surname is the holder's (`Justice Guy Cournoyer`).
  const third = words[2];
  const givenWord = !!second && !!third && wordLists(second.text).includes('givenCommon') && isCap(third) && !isTitleWord(third) && headType(words.slice(1)) === null;
  // `Hon` is a title only before a given name (`The Hon Richard Marles`), not a Chinese given name itself (`Hon Lik`).
  if (t === 0 && second && lower(words[0] as Token) === 'hon' && !(hasTag(second, GIVEN_NAME_TAGS) || wordLists(second.text).includes('firstName'))) return null;
  if (t === 0 && !role && second && !givenWord && NAME_LIKE_TITLES.has(lower(words[0] as Token)) && isCap(second) && !isTitleWord(second) && !hasTag(second, PERSONAL_TAGS)) {
    const later = holderAfterOffice(words);
    if (later || notPersonal(second) || hasTag(second, ['Organization', 'Place']) || knownName(words.slice(0, 2))) return later;
  }
  const u = officeEnd(words, role ? 1 : t);
  if (u >= words.length) return null;
  // `Crown Prince Mohammed bin Salman`, `Saudi Crown Prince …`: `Crown` opens the title.
  if (t > 0 && lower(words[t - 1] as Token) === 'crown' && /^prince(?:ss)?$/u.test(lower(words[t] as Token)) && words.slice(0, t - 1).every((w) => isAcronym(w.text) || isNorpName(w.text) || countryOf(w.text) !== undefined)) return [t - 1, u];
  // Words that are titles only before another title open the office (`Senior General Min Aung Hlaing`, where the
  // title is also a name's word, `General Motors`).
  if (t > 0 && words.slice(0, t).every((w) => RANK_MODIFIERS.has(lower(w))) && opening && (isCap(opening) || u > t + 1) && !hasTag(opening, ['Organization'])) return [0, u];
  // Inside a name a title word must come first or after a prefix such as an acronym or nationality, or a
  // portfolio that compromise knows as a common noun (`Health Minister`, `Education Secretary`).
  // Not a nationality, a country or a body the lists know, which compromise may read as a common noun where it opens a
  // sentence (`Azerbaijani President Ilham Aliyev met …`, `Hezbollah Secretary-General Naim Qassem said`).
  const named = (w: Token): boolean => isNorpName(w.text) || countryOf(w.text) !== undefined || isListedBody(w.text);
  // A chamber before its officer is the chamber (`House Speaker Matt Hall`, `Senate Majority Leader …`).
  if (t === 1 && CHAMBERS.has(lower(words[0] as Token))) return [t, u];
  if (t > 0 && words.slice(0, t).every((w) => commonNoun(w) && !named(w)) && !NAME_LIKE_TITLES.has(lower(words[t] as Token))) {
    // One word before a company's office is the company, whatever else the word means (`Apple CEO Tim Cook`,
    // `Shell Chief Executive`), unless it is a portfolio (`Finance Director`).
    // Not a word of the office's scope (`Group CEO Ola Källenius`, `Company Chairman`).
    if (t === 1 && COMPANY_OFFICES.has(lower(words[1] as Token)) && !TITLE_MODIFIERS.has(lower(words[0] as Token)) && !OFFICE_SCOPES.has(lower(words[0] as Token))) return [t, u];
    return [0, u];
  }
  if (t === 0 || words.slice(0, t).every((w) => isAcronym(w.text) || isNorpName(w.text) || countryOf(w.text) !== undefined)) return [t, u];
  return holderAfterOffice(words);
}

// Title modifiers that rank the office, not the body or place it is of (`Senior General`, `District Judge`; not
// `U.S.`, `State`).
const RANK_MODIFIERS: ReadonlySet<string> = new Set(['senior', 'junior', 'deputy', 'vice', 'acting', 'interim', 'assistant', 'associate', 'district', 'circuit', 'special']);

// Offices opened by a place's head word (`District Attorney`, `State Senator`); not `County Executive`, whose county
// is the place's (`Montgomery County Executive Marc Elrich`).
const OFFICE_OPENERS: ReadonlySet<string> = new Set(['district attorney', 'district judge', 'state attorney', 'state treasurer', 'state senator',
  'state representative', 'state auditor', 'state comptroller']);

// Chambers whose officers news names after them (`House Speaker`, `Senate President`).
const CHAMBERS: ReadonlySet<string> = new Set(['house', 'senate', 'assembly', 'congress', 'parliament', 'legislature']);

// Words that say how far a company's office reaches, no firm's name (`Group CEO`, `Global Chairman`).
const OFFICE_SCOPES: ReadonlySet<string> = new Set(['group', 'company', 'corporate', 'global', 'regional', 'divisional', 'joint']);

// Offices a company has and a ministry or a field does not.
const COMPANY_OFFICES: ReadonlySet<string> = new Set(['ceo', 'cfo', 'coo', 'chairman', 'chairwoman', 'chief']);

/** A title word, with or without its abbreviation's full stop (`Gen.`), or one not yet taken up (`President-elect`). */
const isTitleWord = (w: Token): boolean => isTitle(lower(w));

/** A title word in the plural (`Justices`, `Senators`, `Generals`). */
function pluralTitle(w: Token): boolean {
  const l = lower(w);
  return l.length > 4 && l.endsWith('s') && TITLE_WORDS.has(l.slice(0, -1));
}

const PERSONAL_TAGS = ['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName'];

// Title words that also occur inside names of people, firms and places (`Burger King`, `John Major`, `Prince
// Edward Island`, `Sheikh Zayed Road`): after another capitalised word they do not open an office.
const NAME_LIKE_TITLES: ReadonlySet<string> = new Set([
  'king', 'queen', 'prince', 'princess', 'duke', 'duchess', 'earl', 'baron', 'baroness', 'count', 'countess', 'emperor', 'empress', 'emir',
  'sultan', 'sheikh', 'pope', 'cardinal', 'bishop', 'father', 'brother', 'sister', 'lord', 'lady', 'dame', 'sir', 'major', 'general',
  'marshal', 'judge', 'justice', 'agent', 'officer', 'captain', 'prime', 'home', 'hon',
]);

// Lists that make a word between two titles a holder's name, not a word of the office.
const HOLDER_WORD_LISTS: ReadonlySet<string> = new Set(['surname', 'personName', 'famous', 'firstName']);

/** Where an office that starts at `from` ends: over titles and the words that qualify them (`Chief Financial Officer`, `Foreign Affairs Minister`) to its last title. */
function officeEnd(words: readonly Token[], from: number): number {
  let u = from;
  for (let k = from; k < words.length; k++) {
    const w = words[k] as Token;
    // A title word ending the chunk after words the lists know as a person's is the holder's name (`Prime Minister Hun
    // Sen`), not more of the office.
    if (isTitleWord(w) && k === words.length - 1 && k > u && words.slice(u, k).every((x) => wordLists(x.text).some((l) => HOLDER_WORD_LISTS.has(l)))) break;
    if (isTitleWord(w)) u = k + 1;
    // A role's noun after `Chief` is the office's (`Chief Economist`, `Chief Scientist`, `Chief Strategist`).
    else if (k === u && k > from && lower(words[k - 1] as Token) === 'chief' && ROLE_NOUN_ENDING.test(lower(w)) && wordLists(w.text).includes('commonNoun') && !hasTag(w, PERSONAL_TAGS)) u = k + 1;
    // `Special Agent in Charge`, joined by `chunkEnd`.
    else if (lower(w) === 'in' && k === u && words[k + 1]?.text === 'Charge') { u = k + 2; k++; }
    // Between two titles any word but a person's name qualifies the office (`Chief Operating Officer`).
    else if (k - u >= 2 || hasTag(w, PERSONAL_TAGS) || wordLists(lower(w)).includes('firstName')) break;
  }
  return u;
}

/**
 * Whether the last of these words names the field of the office after it rather than ending the name before it:
 * a word of the portfolio list (`Finance Minister`, `Police Chief`) that is no head of that name (`Labour Party
 * Leader`), or a common noun after a name the lists know on their own (`White House` + `Press Secretary`); not
 * the last word of a name the lists do not know (`Dunmore Logistics Chief Executive`).
 */
function portfolioWord(words: readonly Token[]): boolean {
  const w = words[words.length - 1] as Token;
  const l = lower(w);
  // A country or an acronym before the office is a name of its own (`U.S.` in `Former U.S. President`).
  if (TITLE_WORDS.has(l) || isAcronym(w.text) || countryOf(w.text) !== undefined) return false;
  if (TITLE_MODIFIERS.has(l) && !ORG_HEADS.has(l) && !PLACE_HEADS.has(l)) return true;
  // After an acronym or a country, a common word qualifies the office (`EU High Representative`, `UN Special Envoy`).
  const before = words[words.length - 2];
  if (before && (isAcronym(before.text) || countryOf(before.text) !== undefined) && wordLists(l).every((list) => list === 'commonNoun')) return true;
  return (commonNoun(w) || wordLists(l).includes('commonNoun')) && knownName(words.slice(0, -1));
}

/**
 * A word before an office that qualifies it and cannot name its organisation (`Retired Dr`, `Acting`): a word of
 * another class than the noun. A noun is left to the model as a name of its own (`Gravity CEO`, `Editorial Manager`).
 */
function describesOffice(w: Token): boolean {
  if (isAcronym(w.text) || countryOf(w.text) !== undefined) return false;
  if (TITLE_MODIFIERS.has(lower(w)) || hasTag(w, FUNCTION_TAGS)) return true;
  return hasTag(w, ['Adjective', 'Verb', 'Adverb', 'Condition']) && wordLists(lower(w)).every((list) => list === 'commonNoun');
}

/** A word no list of people's names holds and some other list does (`Motors`, `League`, `Electric`). */
function notPersonal(w: Token): boolean {
  const lists = wordLists(lower(w));
  return lists.length > 0 && !lists.some((list) => PERSON_WORD_LISTS.has(list));
}

/** A word the lists know only as a common noun, or as the plural of one (`Equity`, `Derivatives`). */
function onlyCommonNoun(w: Token): boolean {
  const only = (l: string): boolean => { const lists = wordLists(l); return lists.length > 0 && lists.every((list) => list === 'commonNoun'); };
  return only(lower(w)) || (/s$/u.test(lower(w)) && only(lower(w).slice(0, -1)));
}

// The longest names the lists hold, in words.
const MAX_KNOWN_WORDS = 5;

/** Whether the name lists hold these words as one name (`White House`). */
function knownName(words: readonly Token[]): boolean {
  return words.length > 1 && (wordLists(words.map(lower).join(' ')).some((list) => list !== 'commonNoun') || isListedBody(words.map((w) => w.text).join(' ')));
}

/**
 * An office held at a named organisation or place, between the two names: `Microsoft Chief Executive Satya
 * Nadella`, `Texas Governor Greg Abbott`, `White House Press Secretary Karine Jean-Pierre`. The words before the
 * office are read as a name of their own; the holder's name follows the office. Returns where the office starts
 * and ends, or null where the run reads otherwise (a person's name holding a title word, `Martin Luther King Jr.`,
 * `Muhammed Sheikh Khalil`; an office with no person after it).
 */
function holderAfterOffice(words: readonly Token[]): [number, number, number?] | null {
  let t = words.findIndex((w, k) => k > 0 && isTitleWord(w) && !NAME_LIKE_TITLES.has(lower(w).replace(/\.$/, '')));
  if (t < 0) return null;
  const u = officeEnd(words, t);
  // One or two portfolio words before the title belong to the office (`Press Secretary`, `Foreign Affairs
  // Minister`), never the head of the name before it (`Labour Party Leader`, `Seminole County Sheriff`).
  for (let n = 0; n < 2 && t > 1 && !knownName(words.slice(0, t)) && portfolioWord(words.slice(0, t)); n++) t--;
  // A place's word that opens a compound office belongs to the office (`Fulton County District Attorney Fani Willis`).
  if (t > 1 && OFFICE_OPENERS.has(`${lower(words[t - 1] as Token)} ${lower(words[t] as Token)}`)) t--;
  const holder = words.slice(u);
  if (t > 4 || holder.length === 0 || !isCap(holder[0] as Token) || headType(holder) !== null) return null;
  // The holder reads as a person's name (not `Equity Derivatives` after a signature's `Vice President`), and the words
  // before the office are not one (`Vijay K. Suchdev Vice President`).
  if (!(holder.some((w) => hasTag(w, PERSONAL_TAGS)) || (holder.length >= 2 && !holder.every(onlyCommonNoun)))) return null;
  const first = words[0] as Token;
  // A firm's word among them makes them a firm's name (`Meta Platforms CEO Mark Zuckerberg`: `Meta` is a given name too).
  const firmWords = words.slice(1, t).some((w) => TRADE_PLURALS.has(lower(w)) || ORG_HEADS.has(headForm(lower(w))) || wordLists(w.text).includes('company'));
  if (t >= 2 && !firmWords && (hasTag(first, GIVEN_NAME_TAGS) || wordLists(lower(first)).includes('firstName')) && !hasTag(first, ['Place', 'Country', 'City', 'Region'])) return null;
  // Words before the office that only qualify it belong to it (`Retired Dr`, `Acting`); nouns are a name of their
  // own, for the model to type (`Gravity CEO`, `Editorial Manager`).
  const organisation = words.slice(0, t);
  if (headType(organisation) === null && organisation.every(describesOffice)) return [0, u];
  // Words that qualify the office before its organisation are neither (`Former` in `Former U.S. President`).
  let lead = 0;
  while (lead < t - 1 && (TITLE_MODIFIERS.has(lower(organisation[lead] as Token)) || hasTag(organisation[lead] as Token, FUNCTION_TAGS)) && !isAcronym((organisation[lead] as Token).text)) lead++;
  return [t, u, lead];
}

// Evidence too weak to tell an unknown name's words from capitalised common words.
const WEAK_EVIDENCE: ReadonlySet<string> = new Set(['e:initial', 'e:caption', 'e:shouting', 'e:possessive', 'e:locative-from', 'e:speech-verb', 'e:cg-last-name', 'e:after-capitalised']);

function addName(ctx: Ctx, a: number, b: number, extra: readonly string[], descriptors: string[]): void {
  const { paragraph, tokens } = ctx;
  if (a >= b) return;
  const words = tokens.slice(a, b);
  if (words.length === 1 && (neverName(words[0] as Token) || MONTHS.has(lower(words[0] as Token)))) return;
  // A title capitalised only as the sentence's first word, its office running on in lower case (`Chief executive
  // Ingrid Solberg said`), is no name.
  const next = tokens[b];
  if (words.length === 1 && TITLE_WORDS.has(lower(words[0] as Token)) && next && isLowerWord(next) && (TITLE_WORDS.has(lower(next)) || TITLE_MODIFIERS.has(lower(next)))) return;
  const first = words[0] as Token;
  const last = words[words.length - 1] as Token;
  const start = first.start;
  // A legal form's or an abbreviation's full stop is part of the name (`Enron Corp.`, `Martin Luther King Jr.`, `Main
  // St.`, `Kingston, Ont.`), as corpora and the company write it.
  const end = paragraph[last.end] === '.' && ((words.length > 1 && (legalForm(last) || NAME_END_ABBREVIATIONS.has(lower(last)))) || (words.length === 1 && isCap(last) && !isCaps(last) && REGION_ABBREVIATIONS.has(last.text))) ? last.end + 1 : last.end;
  const text = paragraph.slice(start, end);
  const { features, descriptors: descs } = nameEvidence(ctx, a, b, extra, descriptors);
  const cand: Candidate = { start, end, text, features, descriptors: descs, words: words.length };
  const club = words.length > 1 && CLUB_WORDS.has(lower(last));
  if (club) cand.club = true;
  if (club || (!afterLocative(ctx, a) && headType(words) === null && !isDateline(ctx, start, end) && !isDatelineRegion(paragraph, start, end))) cand.team = true;
  if (words.length <= 3 && originBeside(paragraph, start, end)) cand.origin = true;
  if (words.length <= 2 && AIRPORT_AFTER.test(paragraph.slice(end, end + 24))) cand.airport = true;
  if (words.length <= 3 && PLACE_OFFICE_BEFORE.test(paragraph.slice(Math.max(0, start - 40), start))) cand.placeOfOffice = true;
  if (words.length <= 3 && countryOf(text) !== undefined && STATE_AFTER.test(paragraph.slice(end, end + 30))) cand.state = true;
  // A side of one word, or of two or three that open with no given name (`beat PSV Eindhoven 2-1`; `Harry Kane` is a
  // player's name, whatever score stands beside it).
  // An initial first is a player's (`J Bumrah 3-71` in a scorecard: a bowler's figures, no result).
  if ((words.length === 1 || (words.length <= 3 && !givenNameFirst(words) && !/^\p{Lu}\.?$/u.test(first.text))) && cand.team) {
    if (resultBeside(paragraph, start, end)) cand.side = true;
    else if (inResultPairs(paragraph, start, end)) cand.pairSide = true;
  }
  if (sharesBeside(paragraph, start, end)) cand.listed = true;
  if (words.length <= 3 && setsBeside(paragraph, end)) cand.player = true;
  if (publicationOf(text) !== undefined && citedBeside(paragraph, start, end)) cand.cited = true;
  if (words.length <= 3 && !givenNameFirst(words) && squadBeside(paragraph, start, end)) cand.squad = true;
  if (words.length <= 3 && heSaidBeside(paragraph, end)) cand.heSaid = true;
  if (words.length <= 3 && resultsSaidBeside(paragraph, end)) cand.firmSaid = true;
  // Not a word that reads in lower case as an adjective (`a 31-year-old Indigenous man`, `a Hasidic woman`).
  if (words.length <= 2 && townsfolkBeside(paragraph, start, end) && !words.some((w) => lowerReading(lower(w)).has('Adjective'))) cand.townsfolk = true;
  if (words.length <= 4) {
    const signOff = signOffRole(paragraph, start, end);
    if (signOff) cand.signOff = signOff;
  }
  // Not a title (`deputy group CEO`), which a firm's noun before it qualifies.
  if (words.length <= 4 && !(words.length === 1 && TITLE_WORDS.has(lower(first)))) {
    const kind = kindBeside(paragraph, start, features);
    if (kind) cand.kind = kind;
  }
  if (words.length === 1 && UNIVERSITIES.has(text) && academicBeside(paragraph, start, end)) cand.academic = true;
  if ((countryOf(first.text) !== undefined || isNorpName(first.text) || wordLists(first.text).some((l) => PLACE_NAME_LISTS.has(l))) && givenPlaceName(ctx, a, words)) cand.givenPlace = true;
  if (words.length >= 2 && words.length <= 3 && words.every((w) => isCap(w) && !isCaps(w) && !hasTag(w, FUNCTION_TAGS) && !hasTag(w, ['Place', 'Organization', 'Acronym']) && !TITLE_WORDS.has(lower(w)) && !COMMON_SUFFIX.test(w.text)) &&
    features.every((f) => !f.startsWith('e:') || WEAK_EVIDENCE.has(f)) && !isGazetteerPlace(text)) cand.unknownWords = words.map(lower);
  ctx.out.push(cand);
}

/**
 * Whether `short`, letters in mixed case (`OfS`, `DfE`, `BaFin`), holds the initials of `name`'s capitalised words in
 * order, its first letter the first word's (`Office for Students`, `Department for Education`).
 */
function initialsOf(short: string, name: string): boolean {
  if (!/^\p{Lu}[\p{L}&]{1,7}$/u.test(short)) return false;
  const capitals = short.replace(/[^\p{Lu}]/gu, '');
  if (capitals.length < 2) return false;
  const initials = name.split(/[\s-]+/u).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
  if (initials[0] !== capitals[0]) return false;
  let i = 0;
  for (const c of initials) if (c === capitals[i]) i++;
  return i === capitals.length;
}

/** `Kennedy Space Center (KSC)`: the acronym in brackets right after a name is that name's alias. */
function linkBracketAcronyms(paragraph: string, cands: Candidate[]): void {
  for (let k = 1; k < cands.length; k++) {
    const acr = cands[k] as Candidate;
    const name = cands[k - 1] as Candidate;
    // Not a wire story's agency after its dateline's region (`PERTH, Western Australia (AP) -`).
    if (acr.features.includes('e:credit')) continue;
    // Letters in mixed case only after a body's name (`Office for Students (OfS)`; not `Isle of Wight (IoW)`).
    // Not a person's party after their name (`Olaf Scholz (SPD)`, `Christian Lindner (FDP)`): letters that are not
    // the initials of a name opening with a given name or ending in a surname.
    const person = !name.features.includes('e:head-org') && ['kf:firstName', 'e:cg-first-name', 'e:cg-person', 'kl:surname'].some((f) => name.features.includes(f)) && !initialsOf(acr.text, name.text);
    if (acr.words === 1 && !person && (isAcronym(acr.text) || (name.features.includes('e:head-org') && initialsOf(acr.text, name.text))) && /^\s*\($/.test(paragraph.slice(name.end, acr.start)) && paragraph[acr.end] === ')' && name.words > 1) {
      acr.expands = k - 1;
      // People are not given acronyms: the name is an institution's, unless a head or gazetteer says place.
      name.features.push('e:bracket-acronym');
      delete name.unknownWords;
    }
  }
}
