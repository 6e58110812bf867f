import { countryOf, hasTag, isNorpName, lower } from './evidence';
import { wordLists, type KnowledgeList } from './knowledge';
import { CLUB_WORDS, SLUG_NOUNS } from './lexicon';
import type { EntityType } from '../model';
import type { Token } from './tokens';

/**
 * Wire copy's tables, read by the shape of one line (a paragraph). None of the training corpora has results
 * tables, standings, scorecards or line-ups, and there the words say little (`Leeds 2 Chelsea 1`: two cities by
 * every list), while the line's shape says everything: names opposite scores are teams, names before a
 * dismissal or bowling figures are players. Conventions are the wire's (CoNLL-2003): clubs are organisations,
 * national teams are their countries (places), players and officials are people.
 *
 * Each function reads one line with anchored regular expressions over bounded repetitions, so a paragraph costs
 * time linear in its length, and lines that are not tables fail on their first words.
 */

/** A name the table line types, with the rule that did it (offsets in the line, end exclusive). */
export interface TableName {
  start: number;
  end: number;
  type: EntityType;
  why: string;
}

// A capitalised word (`R.`, `O'Neill`, `Daimler-Benz`, `BOSTON`), optionally after one or two lower-case particles
// (`van der Luer`).
const WORD = String.raw`(?:(?:van|von|de|der|den|da|di|du|del|dos|le|la|bin|al|el)\s+){0,2}\p{Lu}[\p{L}'’.-]*`;
// Up to five such words: a club (`West Bromwich Albion`), a player (`R. Kellaway`), a city (`St Louis`).
const NAME = String.raw`${WORD}(?:[ \t]+${WORD}){0,4}`;
// A score: a number not part of a date, time, ratio or decimal.
const SCORE = String.raw`\d{1,3}(?![\d:./-]\d)`;
// A bracket of goal scorers or a note (`( Harkin 45 , Okonkwo 71 )`, `(10 innings)`).
const BRACKET = String.raw`\([^()\n]{0,300}\)`;

const RESULT = new RegExp(String.raw`^\s*(${NAME})\s+${SCORE}\s*(${BRACKET})?\s*,?\s*(${NAME})\s+${SCORE}(?:\s*(${BRACKET}))?(?=\s|[.,;]|$)`, 'du');
// A standings row: a name, then three or more numbers (`.561`, `-`, `8 1/2`) and nothing else.
const STANDING = new RegExp(String.raw`^\s*(${NAME})((?:\s+(?:\d+(?:[.,]\d+)?|\.\d+|\d+/\d+|-)){3,})\s*$`, 'du');
// A batting line: the batsman, how he was out, his runs.
const OUT = String.raw`(?:c\s+(?:and|&)\s+b\s+(${NAME})|c\s+(${NAME})\s+b\s+(${NAME})|st\s+(${NAME})\s+b\s+(${NAME})|lbw\s+b\s+(${NAME})|b\s+(${NAME})|hit\s+wicket\s+b\s+(${NAME})|not\s+out|run\s+out(?:\s*\(\s*(${NAME})\s*\))?|retired\s+(?:hurt|out)|absent\s+hurt)`;
const BATTING = new RegExp(String.raw`^\s*(${NAME})\s+${OUT}\s+\d{1,3}\*?(?=[\s,;]|$)`, 'du');
// Bowling figures after a name: overs, maidens, runs, wickets (`22-5-61-2`).
const FIGURES = new RegExp(String.raw`(${NAME})\s+\d{1,3}(?:\.\d)?-\d{1,3}-\d{1,3}-\d{1,2}\b`, 'gdu');
// A labelled list: `Chelsea : Hollins ; Petrov , Tabb …`, `Referee : Anders Lundqvist ( Sweden )`.
// A bullet may open the line (`* Spain: Casillas; …`, as wiki articles list line-ups).
const LABELLED = /^\s*(?:[*•·–-]\s+)?([^:()*•]{1,40}?)\s*:\s*(.+)$/du;
const WHOLE_NAME = new RegExp(String.raw`^${NAME}$`, 'u');
// One item of such a list: an optional rank (`11 -`), a name, an optional bracket, optional figures.
const ITEM = new RegExp(String.raw`^\s*(?:\d{1,3}\s*-\s*)?(${NAME})\s*(?:\(\s*([^()]{0,60}?)\s*\))?\s*(?:[\d.:/-]+(?:\s+|$))*$`, 'du');
// A ranked line: `1. Daniel Kiprono ( Kenya ) 13:02.45`, `136 Scott Haverly 68 68`, `4 - Yuki Tanabe ( Japan ) beat …`.
// After the bracket, a motor racing or cycling competitor's team before the figures (`1. Damon Hill (Britain)
// Williams 1:50.574`, `2. Tony Rominger (Switzerland) Mapei same time`).
const RANKED = new RegExp(String.raw`^\s*\d{1,3}(?:\.|\s*-)?\s+(${NAME})\s*(?:\(\s*(${NAME})\s*\)(?:\s+(${NAME})(?=\s+(?:\d|same time|s\.t\.)))?)?`, 'du');
// A name and its country in brackets, in a line of results (`Maria Lindqvist ( Sweden ) beat …`).
const WITH_COUNTRY = new RegExp(String.raw`(${NAME})\s*\(\s*(${NAME})\s*\)`, 'gdu');
// Another competitor after a comma in a ranked line, before his figures.
const NEXT_COMPETITOR = new RegExp(String.raw`[,;]\s*(${NAME})\s*(?:\([^()]{0,40}\)\s*)?\d`, 'gdu');
// What marks a line of individual results: set scores, times, a rank.
const RESULT_MARK = /(?:^|\s)(?:\d{1,2}-\d{1,2}(?:\s+\d{1,2}-\d{1,2})+|\d{1,2}:\d{2}(?::\d{2}|\.\d+)|\d{2,3}\s+\d{2}\s+\d{2})(?:\s|$)/u;
// Labels whose list names people, not a team.
const PEOPLE_LABELS: ReadonlySet<string> = new Set('referee referees umpire umpires scorer scorers goalscorers linesmen coach manager bowling batting substitutes sent booked'.split(' '));
// Words that open a labelled line without being a team (`Note : …`, `Attendance : …`).
const NOT_TEAMS: ReadonlySet<string> = new Set('note notes attendance halftime half-time result results score scores standings source sources extras total fall'.split(' '));

/** A team's type: a country's national team is the country (a place), any other side a club. */
function teamType(name: string): EntityType {
  return countryOf(name) !== undefined ? 'PLACE' : 'ORG';
}

/** What a bracket after a person holds: a country (a place) or a club. */
function affiliationType(name: string): EntityType {
  return countryOf(name) !== undefined ? 'PLACE' : 'ORG';
}

/** The names of a bracket of scorers (`Harkin 45 , Okonkwo 71`, `Dellamore 60 penalty`): each before a minute. */
const SCORER = new RegExp(String.raw`(${NAME})\s+\d{1,3}\b`, 'gu');

function scorers(from: number, text: string, out: TableName[]): void {
  for (const m of text.matchAll(SCORER)) add(out, from + (m.index as number), m[1] as string, 'PERSON', 'scorer in a results table (rule)');
}

function add(out: TableName[], start: number, text: string, type: EntityType, why: string): void {
  out.push({ start, end: start + text.length, type, why });
}

/** Offset of group `k` of a match made with the `d` flag. */
function groupStart(m: RegExpExecArray | RegExpMatchArray, k: number): number {
  return (m.indices?.[k]?.[0]) ?? -1;
}

// A label that opens results run together in one line (`Results: `, `Saturday's scores: `), up to three words before
// it, at the start of the line or of a sentence in it (`The weekend was busy. Premier League results: Leeds 2 …`).
const RESULTS_LABEL = /(?:^|(?<=[.!?]["”’]?\s))\s*(?:[\p{L}'’-]+\s+){0,3}?(?:results?|scores?)\s*:\s*/iu;
// What may follow the last result of such a line.
const LINE_END = /^[\s.]*$/u;

/**
 * Results run together in one line of prose: after a results label opening the line or one of its sentences
 * (`Results: Leeds 2 Chelsea 1, Everton 0 Arsenal 3.`), or two or more results separated by commas or semicolons.
 * Every piece must be a whole result, so a sentence that merely holds one (`He said Leeds had 2 chances …`) is left
 * alone.
 */
function resultsRun(line: string): TableName[] | null {
  const label = RESULTS_LABEL.exec(line);
  const from = label ? label.index + label[0].length : 0;
  const pieces = line.slice(from).split(/[,;](?![^()]*\))/u);
  if (pieces.length < (label ? 1 : 2)) return null;
  const out: TableName[] = [];
  let at = from;
  for (const piece of pieces) {
    const found = result(piece);
    if (!found || !LINE_END.test(piece.slice(found.end))) return null;
    for (const n of found.names) out.push({ ...n, start: n.start + at, end: n.end + at });
    at += piece.length + 1;
  }
  return out;
}

function resultLine(line: string): TableName[] | null {
  return result(line)?.names ?? null;
}

/** The names of a result opening `line`, and where the result ends. */
function result(line: string): { names: TableName[]; end: number } | null {
  const m = RESULT.exec(line);
  if (!m) return null;
  const out: TableName[] = [];
  add(out, groupStart(m, 1), m[1] as string, teamType(m[1] as string), 'team in a results table (rule)');
  if (m[2]) scorers(groupStart(m, 2), m[2], out);
  add(out, groupStart(m, 3), m[3] as string, teamType(m[3] as string), 'team in a results table (rule)');
  if (m[4]) scorers(groupStart(m, 4), m[4], out);
  return { names: out, end: m[0].length };
}

function standingLine(line: string): TableName[] | null {
  const m = STANDING.exec(line);
  if (!m) return null;
  const out: TableName[] = [];
  add(out, groupStart(m, 1), m[1] as string, teamType(m[1] as string), 'team in a standings table (rule)');
  return out;
}

/** A batting line, or several run together with commas (`M. Smith c Jones b Brown 21, A. Lee lbw b Khan 44`). */
function battingLine(line: string): TableName[] | null {
  if (!BATTING.test(line)) return null;
  const out: TableName[] = [];
  let at = 0;
  for (const piece of line.split(/[,;](?![^()]*\))/u)) {
    const m = BATTING.exec(piece);
    if (m) for (let k = 1; k < m.length; k++) if (m[k]) add(out, at + groupStart(m, k), m[k] as string, 'PERSON', 'player in a scorecard (rule)');
    at += piece.length + 1;
  }
  return out;
}

// Four numbers joined by hyphens, which bowling figures must contain: a quick test that spares the unanchored
// search for figures (tried after every capital of the line) on lines that cannot have any.
const FIGURES_INSIDE = /\d-\d{1,3}-\d{1,3}-\d/;

function bowlingLine(line: string): TableName[] | null {
  if (!FIGURES_INSIDE.test(line)) return null;
  const out: TableName[] = [];
  for (const m of line.matchAll(FIGURES)) {
    const name = m[1] as string;
    if (/^bowling$/iu.test(name)) continue;
    add(out, groupStart(m, 1), name.replace(/^Bowling\s*:?\s*/u, ''), 'PERSON', 'bowler in a scorecard (rule)');
  }
  return out.length ? out : null;
}

/** `Team : Keeper ; Back , Back …` (a line-up) or `Referee : Name ( Country )`: a label, then a list of names. */
function labelledLine(line: string): TableName[] | null {
  const m = LABELLED.exec(line);
  if (!m) return null;
  const label = m[1] as string;
  const lowerLabel = label.toLowerCase();
  const people = PEOPLE_LABELS.has(lowerLabel.split(/\s+/u).pop() as string);
  // A team's name, not a common noun (`Present : …`, `Cast : …` list people under no team).
  if (!people && (NOT_TEAMS.has(lowerLabel) || !WHOLE_NAME.test(label) || (!/\s/u.test(label) && wordLists(label).includes('commonNoun') && countryOf(label) === undefined))) return null;
  const restStart = groupStart(m, 2);
  const rest = m[2] as string;
  const out: TableName[] = [];
  let good = 0;
  let items = 0;
  let at = 0;
  // Items are separated by commas and semicolons; a bracket (`( Abney 70 )`) stays with its item.
  for (const piece of rest.split(/[,;](?![^()]*\))/u)) {
    const from = restStart + at;
    at += piece.length + 1;
    if (!piece.trim() || /^\s*\d+\s*$/u.test(piece)) continue;
    items++;
    const it = ITEM.exec(piece);
    if (!it) continue;
    good++;
    add(out, from + groupStart(it, 1), it[1] as string, 'PERSON', people ? 'named in a labelled list (rule)' : 'player in a line-up (rule)');
    const inner = it[2];
    if (!inner || !/^\p{Lu}/u.test(inner)) continue;
    const innerStart = from + groupStart(it, 2);
    // A substitute and the minute he came on (`( Abney 70 )`), else the player's country or club.
    const sub = /^(.+?)\s+\d{1,3}(?:\+\d{1,2})?['’]?$/u.exec(inner);
    if (sub) add(out, innerStart, sub[1] as string, 'PERSON', 'substitute in a line-up (rule)');
    else if (WHOLE_NAME.test(inner)) add(out, innerStart, inner, affiliationType(inner), 'country or club in brackets in a list (rule)');
  }
  // A line-up names at least four players; an officials' line may name one.
  if (!(people ? good >= 1 && good === items : good >= 4 && good >= items - 1)) return null;
  if (!people) add(out, groupStart(m, 1), label, teamType(label), 'team of a line-up (rule)');
  return out;
}

/** `1. Daniel Kiprono ( Kenya ) 13:02.45`, `Maria Lindqvist ( Sweden ) beat Ana Ferreira ( Portugal ) 6-3 7-5`. */
function individualLine(line: string): TableName[] | null {
  const out: TableName[] = [];
  const r = RANKED.exec(line);
  const marked = RESULT_MARK.test(line);
  if (!r && !marked) return null;
  // A rank and a name open many lists (`7 Ali Qapu (The Royal Palace). Early 17th century …`): a ranked result
  // also has a result's figures, or ends in them.
  // … or a country in brackets after the name (`8. Rubens Barrichello (Brazil) Jordan 1 lap`, `10. Heinz-Harald
  // Frentzen (Germany) Sauber`).
  const ranked = !!r && (marked || /(?:\d(?:\s*(?:metres|meters|m|points|pts|seconds|secs?|km|laps?))?|same time|s\.t\.)\s*$/u.test(line) ||
    (!!r[2] && countryOf(r[2]) !== undefined));
  if (r && ranked) {
    add(out, groupStart(r, 1), r[1] as string, 'PERSON', 'competitor in a results list (rule)');
    if (r[2]) add(out, groupStart(r, 2), r[2], affiliationType(r[2]), 'country or club in brackets in a list (rule)');
    if (r[3]) add(out, groupStart(r, 3), r[3], 'ORG', 'team after a competitor in a results list (rule)');
  }
  if (ranked) {
    // More competitors on one line after a comma (`70 67 , Curtis Mayhew 69 68`).
    for (const m of line.matchAll(NEXT_COMPETITOR)) {
      const start = groupStart(m, 1);
      if (!out.some((o) => o.start === start)) add(out, start, m[1] as string, 'PERSON', 'competitor in a results list (rule)');
    }
  }
  if (marked || ranked) {
    for (const m of line.matchAll(WITH_COUNTRY)) {
      const start = groupStart(m, 1);
      // Only a country in brackets says the name before it is a competitor's (`Name ( Sweden ) beat …`).
      if (out.some((o) => o.start === start) || countryOf(m[2] as string) === undefined || (m[1] as string).split(/\s+/u).length > 3) continue;
      add(out, start, m[1] as string, 'PERSON', 'competitor in a results list (rule)');
      add(out, groupStart(m, 2), m[2] as string, affiliationType(m[2] as string), 'country or club in brackets in a list (rule)');
    }
  }
  return out.length ? out : null;
}

// A dateline with its region or country: `AKRON , Ohio 1996-08-23`, `AL-AIN , United Arab Emirates 1996-12-06`.
const DATELINE = new RegExp(String.raw`^\s*(\p{Lu}[\p{Lu}'’. -]*\p{Lu})\s*,\s*(${NAME})\s+\d{4}-\d{2}-\d{2}\s*$`, 'du');

function datelineLine(line: string): TableName[] | null {
  const m = DATELINE.exec(line);
  if (!m) return null;
  const out: TableName[] = [];
  add(out, groupStart(m, 1), m[1] as string, 'PLACE', 'wire dateline (rule)');
  add(out, groupStart(m, 2), m[2] as string, 'PLACE', 'wire dateline (rule)');
  return out;
}

// Longer lines are prose, not table rows.
const MAX_TABLE_LINE = 600;

/**
 * The names of a wire table line and their types, or null when the line is not one: a dateline with its region,
 * a result (`Leeds 2
 * Chelsea 1`, with scorers in brackets), a standings row, a batting or bowling line of a scorecard, a line-up or
 * officials' list, a ranked or individual result (`1. Name ( Country ) 13:02.45`).
 */
export function tableNames(line: string): TableName[] | null {
  if (line.length > MAX_TABLE_LINE || !/\d|:/u.test(line)) return null;
  const found = datelineLine(line) ?? resultsRun(line) ?? resultLine(line) ?? standingLine(line) ?? battingLine(line) ?? bowlingLine(line) ?? labelledLine(line) ?? individualLine(line);
  if (!found) return null;
  // Names the table sees as people or teams never include a leading label word (`Bowling : Tanvir`).
  return found.filter((n) => n.end > n.start && /^\p{Lu}|^(?:van|von|de|der|den|da|di|du|del|dos|le|la|bin|al|el)\s/u.test(line.slice(n.start, n.end))).sort((a, b) => a.start - b.start);
}

// The sports desk slugs that open a wire headline (`SOCCER - LEEDS BEAT CHELSEA .`).
const TEAM_SPORTS = 'SOCCER|FOOTBALL|BASEBALL|BASKETBALL|CRICKET|RUGBY(?: UNION| LEAGUE)?|ICE HOCKEY|HOCKEY|NFL|NBA|NHL|AMERICAN FOOTBALL|VOLLEYBALL|HANDBALL';
const SINGLE_SPORTS = 'TENNIS|GOLF|ATHLETICS|BOXING|CYCLING|MOTOR RACING|MOTORCYCLING|FORMULA ONE|SKIING|SWIMMING|SQUASH|SNOOKER|CHESS|JUDO|WRESTLING|BADMINTON|TABLE TENNIS|EQUESTRIANISM|ROWING|SAILING';
const SLUG = new RegExp(String.raw`^\s*(?:(${TEAM_SPORTS})|(${SINGLE_SPORTS}))\s+-\s+`, 'u');
const SLUG_LINE = new RegExp(String.raw`^[ \t]*(?:${TEAM_SPORTS}|${SINGLE_SPORTS})[ \t]+-[ \t]+`, 'mu');

/** Where a line's wire sports slug (`RUGBY UNION - `) ends, or 0 when the line opens with none: a sport, never a name. */
export function sportsSlugEnd(line: string): number {
  return SLUG.exec(line)?.[0].length ?? 0;
}

/** Whether a line of the text opens with a wire sports slug (`SOCCER - `): wire sports copy. */
export function hasSportsSlug(text: string): boolean {
  return SLUG_LINE.test(text);
}

const LOCATIVE_BEFORE = /\b(?:IN|AT|FROM|TO|NEAR)\s*$/u;

/**
 * In a capitals headline under a sports slug, a name not after a locative is a side in a team sport (a club, or
 * a country's team, which the wire types as the country) and a competitor in an individual sport. Returns the
 * type for the name at `start`..`end` of the line, or undefined to leave it to the recogniser.
 */
export function sportsHeadlineType(line: string, start: number, text: string): { type: EntityType; why: string } | undefined {
  const m = SLUG.exec(line);
  if (!m || start < m[0].length || /\p{Ll}/u.test(line)) return undefined;
  if (LOCATIVE_BEFORE.test(line.slice(0, start))) return undefined;
  if (countryOf(text) !== undefined) return { type: 'PLACE', why: 'country in a sports headline (rule)' };
  if (m[1]) return { type: 'ORG', why: 'team in a sports headline (rule)' };
  // In an individual sport a known place not after a locative is still more likely the venue than a person.
  return wordLists(text.split(/\s+/u)[0] as string).some((l) => PLACE_LISTS.has(l)) ? undefined : { type: 'PERSON', why: 'competitor in a sports headline (rule)' };
}

// Cities and regions (WordNet's places alone include surnames such as `Valdez`).
const PLACE_LISTS: ReadonlySet<KnowledgeList> = new Set<KnowledgeList>(['city', 'country', 'region']);
// Lists whose words are names: a word in one is a name in a headline even when compromise reads it as a verb.
const NAME_LISTS: ReadonlySet<KnowledgeList> = new Set<KnowledgeList>(['surname', 'firstName', 'personName', 'personWn', 'personLex', 'famous', 'city', 'country', 'region', 'placeWn', 'placeLex', 'orgWn', 'orgLex', 'company', 'sportsTeam']);
const NOT_NAME_TAGS = ['Verb', 'Adjective', 'Adverb', 'Value', 'Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'QuestionWord', 'Modal'];

// Words of competitions, which the wire leaves untyped (`WORLD CUP QUALIFIERS`, `GERMAN OPEN`).
const COMPETITION_WORDS: ReadonlySet<string> = new Set('world cup cups league open championship championships grand prix qualifier qualifiers qualifying final finals semifinal semifinals tour games series trophy masters classic derby division conference'.split(' '));

// Verbs of results headlines that name lists also hold as surnames (`WINS`, `HOLDS`) and compromise does not read as
// verbs in capitals.
const HEADLINE_VERBS: ReadonlySet<string> = new Set('win wins beat beats lead leads take takes keep keeps hold holds retain retains edge edges top tops grab grabs reach reaches clinch clinches sign signs quit quits join joins hit hits sink sinks rout routs crush crushes stun stuns draw draws sack sacks fire fires hire hires appoint appoints extend extends recall recalls suspend suspends ban bans drop drops seal seals'.split(' '));

/** What a plural can be the plural of, in its own case: `TEAMS` team, `matches` match, `SUMMARIES` summary. */
export function singulars(w: string): string[] {
  if (!/s$/iu.test(w)) return [];
  const out = [w.slice(0, -1)];
  if (/es$/iu.test(w)) out.push(w.slice(0, -2));
  if (/ies$/iu.test(w)) out.push(`${w.slice(0, -3)}${w.endsWith('S') ? 'Y' : 'y'}`);
  return out;
}

/**
 * A word of a capitals headline that can be (part of) a name: in a name list or a club word (`ROVERS`), or
 * unknown (`KIPRONO`); not a common noun (also in the plural: `TEAMS`), verb or function word, nor `V` (versus).
 */
function headlineNameWord(t: Token): boolean {
  const w = t.text;
  if (!/^\p{Lu}[\p{Lu}'’.-]*$/u.test(w) || w === 'V' || w === 'VS' || w === 'V.') return false;
  if (hasTag(t, ['Date', 'WeekDay', 'Month']) || isNorpName(w) || COMPETITION_WORDS.has(lower(t)) || SLUG_NOUNS.has(lower(t)) || HEADLINE_VERBS.has(lower(t))) return false;
  const lists = wordLists(w);
  const common = lists.includes('commonNoun') || singulars(w).some((x) => wordLists(x).includes('commonNoun'));
  if (CLUB_WORDS.has(lower(t)) || lists.some((l) => NAME_LISTS.has(l))) return !(common && hasTag(t, ['Verb']));
  return !common && !hasTag(t, NOT_NAME_TAGS);
}

/**
 * The names of a capitals headline under a sports slug, as token ranges `[a, b)` (runs of name words after the
 * slug), or null when the line is not such a headline.
 */
export function sportsHeadlineRuns(line: string, tokens: readonly Token[]): Array<[number, number]> | null {
  const m = SLUG.exec(line);
  if (!m || /\p{Ll}/u.test(line)) return null;
  const from = m[0].length;
  const runs: Array<[number, number]> = [];
  let a = -1;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    // A word after a number is its unit (`5,000 METRES`).
    const ok = t.start >= from && headlineNameWord(t) && !/\d$/u.test(tokens[k - 1]?.text ?? '');
    const joined = a >= 0 && /^[ \t]+$/u.test(line.slice((tokens[k - 1] as Token).end, t.start));
    if (ok && (a < 0 || joined)) { if (a < 0) a = k; continue; }
    if (a >= 0) runs.push([a, k]);
    a = ok ? k : -1;
  }
  if (a >= 0) runs.push([a, tokens.length]);
  // A country opening a run is a side of its own (`ENGLAND WIN`: `WIN` is no name).
  return runs.flatMap(([x, y]): Array<[number, number]> => {
    // Words before a competition's word name the competition (`PREMIER LEAGUE`, `DUTCH MASTERS`), which
    // the wire leaves untyped; a country there is still a side (`ENGLAND WORLD CUP SQUAD`).
    const next = tokens[y];
    if (next && COMPETITION_WORDS.has(lower(next)) && /^[ \t]+$/u.test(line.slice((tokens[y - 1] as Token).end, next.start)) &&
      countryOf(line.slice((tokens[x] as Token).start, (tokens[y - 1] as Token).end)) === undefined) return [];
    for (let k = Math.min(y, x + 3); k > x; k--) {
      if (countryOf(line.slice((tokens[x] as Token).start, (tokens[k - 1] as Token).end)) !== undefined) return k === y ? [[x, y]] : [[x, k]];
    }
    return [[x, y]];
  });
}
