// The rules that run after the recogniser has typed the names of an article: what a construction of the news says
// of a name whatever the weights make of it (a country is a place, the holder of an office a person, a name before a
// firm's officer the firm …), for constructions the training corpora hold too few of to teach. Running after typing,
// they leave training and its weights alone, so cross-validation measures them with the same weights
// (src/core/nlp/MODEL.md, *Hand rules kept*). Each types only a name open to rules (`openToRules`): a whole name the
// recogniser typed, that no hand rule decided and the workspace's decisions taught nothing of. The sports report's
// reading (`readPlacesAsTeams`) is the exception: it carries what its table and headline rules decided into the
// report's sentences.
import type { EntityType } from '../model';
import { countryOf, isGazetteerPlace, isNorpName, lowerReading, titleCase } from './evidence';
import { handRule, has, hypothesis, shapeOf, type Item, type MentionCandidate, type RuleFeature } from './placedName';
import { wordLists } from './knowledge';
import { EPONYMOUS_DISEASES, FIRM_NOUNS_BEFORE, NORP_GROUPS, PARTY_MEMBERS, SHOP_NOUNS, SHOP_ONLY_NOUNS, FOR_THE_HEADS, NAME_PARTICLES, OCCASIONS, ORG_HEADS, OTHER_COUNTRIES, REGION_ABBREVIATIONS, TITLE_WORDS, TOWN_FIRMS, TRADE_PLURALS, VENUES, WORD_FIRMS, WORD_PARTIES, headForm, isListedBody, isPersonNamedFirm, opensWithPossessiveFirm, publicationOf } from './lexicon';

/** Applies the rules in order; the sports report's reading (`readPlacesAsTeams`) only where the text is one. */
export function applyTypedRules(items: Item[], sportsReport: boolean, wireSports: boolean): void {
  alwaysNamesStay(items);
  titledStayPeople(items);
  kinStayPeople(items);
  clubsBeforeTheirStaff(items);
  firmsBeforeTheirOfficers(items);
  clubNamesAreClubs(items);
  partnersAreFirms(items);
  bodiesOfStay(items);
  branchesStay(items);
  listedFirmsStay(items);
  possessiveFirmsAreFirms(items);
  shopsAreFirms(items);
  personNamedFirmsAreFirms(items);
  legalFormsCloseFirms(items);
  tradedFirms(items);
  sectorFirms(items);
  publicationsAreOrgs(items);
  bodiesAreOrgs(items);
  townFirmsAreFirms(items);
  tradePluralsCloseFirms(items);
  firmsNamedShort(items);
  bracketAliasesShareType(items);
  wordFirmsAreFirms(items);
  wordPartiesAreOrgs(items);
  universitiesAreOrgs(items);
  kindsInApposition(items);
  shortFirmsAfterTheirKind(items);
  townsByTheirRivers(items);
  placedAfterTheArePlaces(items);
  geographicWordFirms(items);
  buildingsOneIsIn(items);
  openingWordsBeforeOffices(items);
  leadersBeforeTheirGovernments(items);
  pluralsOpeningAreNoPeople(items);
  statesByTheirLetters(items);
  colonDatelines(items);
  arabicPlaceNames(items);
  placesByTheirQuarter(items);
  quotedPluralsAreGroups(items);
  ownersAndTheirFirms(items);
  stormsAndCraftsAreNoNames(items);
  diseasesAreNoNames(items);
  officesAreNoNames(items);
  venuesArePlaces(items);
  bodiesForAreOrgs(items);
  nationalBodiesAreOrgs(items);
  regionalBodiesAreOrgs(items);
  publicServicesAreBodies(items);
  longBodiesHeaded(items);
  firmsNamedForCountries(items);
  speakingAcronymsAreBodies(items);
  firmsReportingResults(items);
  if (sportsReport) readPlacesAsTeams(items, wireSports);
  else teamsInContext(items);
  teamNicknames(items);
  photographersArePeople(items);
  signOffsRead(items);
  townsfolkPlaces(items);
  streetsArePlaces(items);
  commonPairsBeforeNouns(items);
  gazetteerTownsNoPeople(items);
  countriesAfterHyphen(items);
  givenNamedPeople(items);
  surnamesStayPeople(items);
  familyNamesFirst(items);
  eventsNamedForPeople(items);
  fictionalCharacters(items);
  surnamesWithRoles(items);
  peopleAfterTheirRole(items);
  shoutedNames(items);
  speakersArePeople(items);
  countriesPeople(items);
  countriesNamedPeople(items, sportsReport);
  playersArePeople(items);
  listedVenuesArePlaces(items);
  airportsArePlaces(items);
  initialledPeople(items);
  givenPlacesArePeople(items);
  placesOfOffices(items);
  statesOfCountries(items);
  partiesBeforeParty(items);
  partiesOfMembers(items);
}

// Lists that make a word a place's (`Preston`, `Chelsea` and `Paris` are given names too).
const PLACE_LISTS: ReadonlySet<string> = new Set(['city', 'placeWn', 'country', 'region', 'placeHead']);
const placeWord = (w: string): boolean => countryOf(w) !== undefined || wordLists(w).some((l) => PLACE_LISTS.has(l));

/**
 * A player's or an official's name in a sports report: two or three capitalised words, no club word or head word,
 * either a given name that is no place first and no place last (`Harry Kane`, not `Preston North End` or `Hertha
 * Berlin`), or words no list or tag knows (`Dries Mertens`). Typed a place without a locative, such a name is no
 * club named after its town: the recogniser took a surname for a place (`Park`, `Kane`), and the player is a person.
 */
function playerName(it: MentionCandidate): boolean {
  if (it.club || it.words < 2 || it.words > 3 || it.key.startsWith('country:')) return false;
  const words = it.text.split(/\s+/u);
  if (words.length !== it.words || !words.every((w) => /^\p{Lu}\p{Ll}/u.test(w)) || has(it, 'e:head-org') || has(it, 'e:head-place')) return false;
  if (it.source.unknownWords) return true;
  return wordLists(words[0] as string).includes('firstName') && !placeWord(words[0] as string) && !placeWord(words[words.length - 1] as string);
}

/**
 * In a sports report (none in the training corpora) countries stand for national teams, and other places for the
 * clubs named after them when no mention of them reads as a location (`beat Brighton 2-1`, but `at Wembley`);
 * a club's name (`Leeds United`) is a club's. Wire sports copy keeps countries as places (its convention).
 */
function readPlacesAsTeams(items: Item[], keepCountries: boolean): void {
  const located = new Set<string>();
  for (const it of items) if (!it.team && !hypothesis(it.source)) located.add(it.root);
  // A one-word side of a headline that the report names in full as a person is that player (`GULLIT SIGNS FOR
  // CHELSEA` over `… signed Dutch midfielder Ruud Gullit`): the headline rule cannot tell a player from a side.
  const surnames = new Set<string>();
  for (const it of items) if (it.type === 'PERSON' && it.words >= 2 && !it.source.ruleWhy && !hypothesis(it.source)) surnames.add(shapeOf(it.source).lowered.at(-1) as string);
  for (const it of items) {
    if (it.type === 'ORG' && it.words === 1 && it.source.ruleWhy && surnames.has(shapeOf(it.source).lower)) { it.type = 'PERSON'; it.ruled = 'player the report names in full (rule)'; }
  }
  // A side or player a table or headline rule typed is the same side or player in the report's sentences.
  const ruled = new Map<string, EntityType | null>();
  for (const it of items) if (it.source.ruleWhy && (it.type === 'ORG' || it.type === 'PERSON')) ruled.set(it.root, ruled.has(it.root) && ruled.get(it.root) !== it.type ? null : it.type);
  // A side named by one word beside its result (`Chelsea lost 3-0`, `beat Arsenal 2-1`) is a team wherever the
  // report names it, whatever else the word is (a given name, a common noun, a town): no player is named by one
  // word beside one score (a tennis player's sets are no result, `resultBeside`).
  const sides = new Set<string>();
  for (const it of items) if ((it.source.side || it.source.pairSide) && !it.source.part && !(it.source.origin && it.key.startsWith('country:')) && !(keepCountries && it.key.startsWith('country:'))) sides.add(it.root);
  for (const it of items) {
    // Nor where it gives a person's origin (`Italy's Jannik Sinner`, `Ludvig Aberg (Sweden)`).
    if (has(it, 'e:dateline') || it.source.ruleWhy || (it.source.origin && it.type === 'PLACE' && it.key.startsWith('country:'))) continue;
    const r = ruled.get(it.root);
    if (r && it.type !== 'NORP') { it.type = r; continue; }
    if (keepCountries && it.key.startsWith('country:')) continue;
    if (sides.has(it.root) && it.type !== 'NORP' && !it.source.part) {
      if (it.type !== 'ORG') { it.type = 'ORG'; it.ruled = 'team named beside its result in a sports report (rule)'; }
      continue;
    }
    if (it.type === 'PLACE' && it.team && playerName(it)) { it.type = 'PERSON'; it.ruled = 'player named in a sports report (rule)'; continue; }
    // A club the team list knows by its whole name is no person, whatever its words are (`Aston Villa`: a given
    // name and a surname); a player's name is in no team list.
    if (it.type === 'PERSON' && it.index.lists.includes('k:sportsTeam') && !has(it, 'e:title') && !it.features.includes('e:honorific') && openToRules(it)) {
      it.type = 'ORG';
      it.ruled = 'a club the team list knows, in a sports report (rule)';
      continue;
    }
    // Not a club's name typed a person: a player's surname can be a club word (*David Villa*).
    // A country is a side where the mention could be one, not after a locative (`in Japan`).
    if ((it.type === 'PLACE' && (it.key.startsWith('country:') ? it.source.team : !located.has(it.root))) || (it.club && (it.type === null || it.type === 'PLACE'))) it.type = 'ORG';
  }
  clubsNamedShort(items);
}

/**
 * A name whose shares the sentence trades is a listed firm's (`Chase Manhattan shares fell 1/2`, `shares of Dell
 * Computer Corp jumped`), where the recogniser read a person in its words or no name; a place stays (`shares in
 * Tokyo ended higher` is the market's), as does a name after a title.
 */
function tradedFirms(items: Item[]): void {
  firmsWhere(items, (it) => !!it.source.listed && (it.type === 'PERSON' || it.type === null) && !has(it, 'e:title'), 'its shares traded beside it (rule)');
}

/**
 * In a sports report, the first word of a side's two-word name, a word no list knows, is that side where the report
 * names it alone (`PSV Eindhoven beat NAC Breda 3-0 … scored twice for PSV`, `Vitesse Arnhem … Vitesse equalised`):
 * the recogniser, seeing one unknown word, often leaves it no name.
 */
function clubsNamedShort(items: Item[]): void {
  const openers = new Set<string>();
  for (const it of items) if (it.type === 'ORG' && it.words === 2 && !it.source.part && !hypothesis(it.source) && (it.source.side || it.club || it.team)) openers.add(shapeOf(it.source).first);
  eachWithReach(items, (it, i, reached) => {
    if (it.type !== null || it.words !== 1 || !openers.has(it.text) || !it.index.lists.every((k) => k === 'k:none') || !openToRules(it)) return;
    // Not a word of a longer name typed where it stands (`NEW` of a dateline's `NEW YORK`, when `NEW YORK 6 Seattle
    // 4` made New York a side).
    if (overlapsTyped(items, i, reached)) return;
    it.type = 'ORG';
    it.ruled = 'short form of a side the report names in full (rule)';
  });
}

/**
 * A country after a hyphen is the second side of something (`the Iraq-Turkey pipeline`, `the India-China
 * border`), where the recogniser read no name: it weighs the common word (`turkey`) and a hyphen before a name it has
 * seen in few places.
 */
function countriesAfterHyphen(items: Item[]): void {
  eachWithReach(items, (it, i, reached) => {
    if (it.type !== null || !it.index.lists.includes('k:country') || !it.index.punctuation.some((x) => x.startsWith('punc=-|')) || !openToRules(it) || overlapsTyped(items, i, reached)) return;
    it.type = 'PLACE';
    it.ruled = 'a country after a hyphen (rule)';
  });
}

/**
 * A one-word name that only the city gazetteer knows (no list of people's, firms' or common words) and that nothing
 * in the article marks as a person's (every mention alone, no title, age, role or verb of saying: `e:gazetteer`) is
 * the town, where the recogniser read a person from the words around it alone (`Fighting reached Kurakhove`).
 */
function gazetteerTownsNoPeople(items: Item[]): void {
  const town = (it: Item): boolean => it.words === 1 && it.index.lists.every((k) => k === 'k:none') && it.features.includes('e:gazetteer');
  // Few names are such towns typed people: those first, then the article's other mentions of them.
  const towns = items.filter((it) => it.type === 'PERSON' && town(it) && openToRules(it));
  if (towns.length === 0) return;
  const roots = new Set(towns.map((it) => it.root));
  const others = new Set<string>();
  for (const it of items) if (roots.has(it.root) && (it.type === 'PERSON' || it.type === 'ORG') && !town(it)) others.add(it.root);
  for (const it of towns) {
    if (others.has(it.root)) continue;
    it.type = 'PLACE';
    it.ruled = 'a town only the gazetteer knows, nothing a person’s (rule)';
  }
}

// The last words of streets' names that no person's surname is (`Lane`, `Drive` and `Way` are).
const STREET_WORDS: ReadonlySet<string> = new Set(['Street', 'Road', 'Avenue', 'Boulevard', 'Highway']);
// Prepositions that place something on a street, besides the locatives (`on Wall Street`, `along Mary Street`).
const STREET_PREPOSITIONS: readonly string[] = ['prev=on', 'prev=along', 'prev=off'];

/**
 * Two common nouns joined by `and` before a noun are a programme's or a style's name used as a modifier (`Belt and
 * Road projects`, `an Arts and Crafts house`), no place or body, whatever head word the second is.
 */
function commonPairsBeforeNouns(items: Item[]): void {
  for (const it of items) {
    const pair = /^(\p{Lu}\p{Ll}+) and (\p{Lu}\p{Ll}+)$/u.exec(it.text);
    const next = wordAfter(it).slice('next='.length);
    const noun = it.features.includes('nextc=Noun') || (/^\p{Ll}+$/u.test(next) && [next, next.replace(/s$/u, '')].some((w) => wordLists(w).includes('commonNoun')));
    if (!pair || it.type === null || !noun || !openToRules(it)) continue;
    const common = (w: string): boolean => { const l = wordLists(w.toLowerCase()); return l.includes('commonNoun') && l.every((x) => x === 'commonNoun' || x === 'placeHead' || x === 'orgHead'); };
    if (!common(pair[1] as string) || !common(pair[2] as string)) continue;
    it.type = null;
    it.ruled = 'two common nouns before a noun (rule)';
  }
}

/**
 * A street's name of two or three words after a preposition of place is a place where the recogniser read no name
 * (`on Wall Street`, `in Hope Street`, `closed … on Mary Street`): it weighs a first word that is a common noun or a
 * given name against the head. Not without the preposition, nor where the markets' `Wall Street` modifies a noun: UNER
 * leaves streets unmarked (the eight its documents hold, none gold), where GUM and Wikigold mark them.
 */
function streetsArePlaces(items: Item[]): void {
  eachWithReach(items, (it, i, reached) => {
    if (it.type !== null || it.words < 2 || it.words > 3 || !has(it, 'e:head-place') || !(has(it, 'e:locative') || STREET_PREPOSITIONS.some((f) => it.features.includes(f))) || !STREET_WORDS.has(it.text.slice(it.text.lastIndexOf(' ') + 1)) || !openToRules(it) || overlapsTyped(items, i, reached)) return;
    // Not one that names something else before a noun (`a Coronation Street actor`), nor a pair (`Belt and Road`).
    if (it.features.includes('nextc=Noun') || / and /u.test(it.text)) return;
    it.type = 'PLACE';
    it.ruled = 'a street (rule)';
  });
}

// Lists that know a whole name as a town's or a region's, or none.
const TOWN_LISTS: ReadonlySet<string> = new Set(['k:none', 'k:city', 'k:region', 'k:placeWn']);
// Lists that know a word as something other than a town's name.
const NOT_TOWN_LISTS: ReadonlySet<string> = new Set(['company', 'brand', 'firstName', 'orgLex', 'orgWn', 'demonym']);

/**
 * A name between an article and a person's noun says where the person is from (`a Dapto man`, `A 31-year-old
 * Newtown woman`, `the Penrith couple`; `townsfolkBeside`): a place, where the recogniser read no name (a suburb no
 * list knows) and no list knows the name as a firm's, a given name or a people's (`a Tesco worker` is no such noun
 * phrase; `a Labour man` a party's).
 */
function townsfolkPlaces(items: Item[]): void {
  eachWithReach(items, (it, i, reached) => {
    // Words in title case only (not `a LeT man`).
    if (!it.source.townsfolk || it.type !== null || !/^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?$/u.test(it.text) || !openToRules(it) || overlapsTyped(items, i, reached)) return;
    // A town no list knows or one the place lists know; not a word the lists know otherwise or compromise reads as
    // an adjective (`a 31-year-old Indigenous man`, `a Deaf woman`, `a Traveller family`).
    if (!it.index.lists.every((k) => TOWN_LISTS.has(k)) || it.features.includes('tagf=Adjective')) return;
    if (it.text.split(/\s+/u).some((w) => wordLists(w).some((l) => NOT_TOWN_LISTS.has(l))) || isListedBody(it.text) || NORP_GROUPS.has(it.text.toLowerCase())) return;
    it.type = 'PLACE';
    it.ruled = 'where someone is from (rule)';
  });
}

/**
 * A wire story's sign-off names its reporters, writers and editors and where they filed from (`Reporting by Kiyoshi
 * Takenaka in Tokyo and Nailia Bagirova in Baku; Editing by Kim Coghill`; `signOffRole`): the recogniser, which
 * the training corpora show few sign-offs, read unknown names there as places and the label `Editing` as one.
 */
function signOffsRead(items: Item[]): void {
  for (const it of items) {
    const role = it.source.signOff;
    if (!role || !openToRules(it) || isListedBody(it.text) || publicationOf(it.text) !== undefined) continue;
    const type = role === 'none' ? null : role;
    if (it.type === type || (type === 'PLACE' && it.type === 'ORG')) continue;
    it.type = type;
    it.ruled = 'a wire sign-off (rule)';
  }
}

/**
 * A photographer named after a credit's label and agency is a person (`Image: NASA Bill Ingalls`, `Photo: Reuters
 * Kevin Lamarque`), where the recogniser left the name no name: a caption's last words read to it as a line of no
 * sentence, and the photographer's name is seldom named again.
 */
function photographersArePeople(items: Item[]): void {
  eachWithReach(items, (it, i, reached) => {
    if (it.type !== null || !it.source.photographer || !openToRules(it) || overlapsTyped(items, i, reached)) return;
    it.type = 'PERSON';
    it.ruled = 'photographer named in a credit (rule)';
  });
}

/**
 * A team's nickname alone is the team the article names in full (`the Golden State Warriors beat …`, then `Warriors
 * coach Steve Kerr`): the last word, a plural, of a name the team lists know typed an organisation. Alone, opening a
 * sentence, the recogniser reads a plural common noun (*warriors*, *chiefs*) and leaves it no name.
 */
function teamNicknames(items: Item[]): void {
  const nicknames = new Set<string>();
  for (const it of items) {
    if (it.type !== 'ORG' || it.words < 2 || hypothesis(it.source) || !(it.features.includes('k:sportsTeam') || it.features.includes('tagl=SportsTeam'))) continue;
    const last = shapeOf(it.source).last;
    if (/^\p{Lu}\p{Ll}+s$/u.test(last)) nicknames.add(last);
  }
  if (nicknames.size === 0) return;
  eachWithReach(items, (it, i, reached) => {
    if ((it.type !== null && it.type !== 'PERSON') || it.words !== 1 || !nicknames.has(it.text) || !openToRules(it) || overlapsTyped(items, i, reached)) return;
    it.type = 'ORG';
    it.ruled = 'nickname of a team the article names in full (rule)';
  });
}

/**
 * Outside a sports report, a town typed a place (or a person, for a given name it is too: `scored twice against
 * Chelsea`) where the sentence plays for or against it is the club named after it (`signed for Leeds`, `26 games for
 * Lausanne`, `coached North Melbourne`, `losing to Tulsa 63-7`, `the win over Everton`): a player's
 * biography or a news story's aside has too few sports words to read as a report (`readPlacesAsTeams`), and the
 * city lists and the gazetteer outweigh the context (`e:team-context`, `e:score`) in the recogniser. A country
 * stays a place (a national side is a place by the wire's convention), as does a name with a place's head word (a
 * ground). A side named beside its one result is a club wherever the article names it, however the recogniser typed
 * it (`Ajax beat Feyenoord 3-1`: a person and no name); a tennis player's sets are no result (`resultBeside`).
 */
function teamsInContext(items: Item[]): void {
  // A side named beside its one result (`Ajax beat Feyenoord 3-1`, `Chelsea lost 2-0 to Everton`) is a team wherever
  // the article names it, whatever else its word is (a given name, no name), as in a report (`readPlacesAsTeams`);
  // so is one written as a club (`Juventus have won three of their last four`, `joined Bayern Munich for a fee`).
  const sides = new Set<string>();
  const squads = new Set<string>();
  for (const it of items) {
    if (it.source.part || it.key.startsWith('country:')) continue;
    if (it.source.side) sides.add(it.root);
    else if (it.source.squad) { sides.add(it.root); squads.add(it.root); }
  }
  for (const it of items) {
    if (it.key.startsWith('country:') || has(it, 'e:head-place') || it.source.player || !openToRules(it)) continue;
    // After a result and `at`, a town is its club (`lost 3-1 at Leeds`), a ground no town list knows its ground
    // (`lost 3-1 at Anfield`).
    const ground = it.index.before === 'prev=at' && !has(it, 'e:team-context') && !placeWord(it.text);
    // A town that is a given name too, typed a person, is the club as well (`scored twice against Chelsea`).
    const town = it.type === 'PLACE' || (it.type === 'PERSON' && it.words === 1 && placeWord(it.text));
    if (town && (has(it, 'e:team-context') || has(it, 'e:score')) && !ground) {
      it.type = 'ORG';
      it.ruled = 'a town the sentence plays for or against: its club (rule)';
    } else if ((it.type === null || it.type === 'PERSON' || it.type === 'PLACE') && sides.has(it.root) && !it.source.part && !it.features.includes('tagf=Verb') &&
      // A town written as a club elsewhere is still the town where its sentence places it (`lives in Quarby`).
      !(squads.has(it.root) && !it.source.squad && PLACING_EVIDENCE.some((f) => has(it, f)))) {
      it.type = 'ORG';
      it.ruled = squads.has(it.root) ? 'team written as a club: a plural verb of results, a transfer (rule)' : 'team named beside its result (rule)';
    }
  }
}

// What makes a capital opening a sentence doubtful: it is also a common word or a personal name.
const INITIAL_DOUBT: readonly RuleFeature[] = ['k:commonNoun', 'k:firstName', 'k:surname', 'k:personName', 'k:personWn', 'k:famous'];
// The nouns after an acronym that make it an armed or political group's (`UNITA movement`, `FARC rebels`).
const GROUP_AFTER = new Set(['next=movement', 'next=party', 'next=rebels', 'next=militia', 'next=faction', 'next=guerrillas', 'next=militants', 'next=fighters']);
// One word ending in a firm's word after a stem of three letters or more (`Citicorp`, `Rabobank`, `Sberbank`).
const FIRM_ENDING = /^\p{Lu}\p{Ll}{2,}(?:corp|bank)$/u;
const FIRM_ENDING_WHY = 'a firm’s ending, -corp or -bank (rule)';
// The nouns of an organisation's kind that news puts right before its acronym (`the Bosnian Serb news agency SRNA`,
// `the French farm union FNSEA`, `public broadcaster NHK`, `mining company BHP`).
const ORG_KIND_BEFORE = new Set(['agency', 'union', 'party', 'group', 'movement', 'company', 'firm', 'bank', 'carrier', 'airline', 'broadcaster',
  'network', 'association', 'federation', 'alliance', 'coalition', 'organisation', 'organization', 'watchdog', 'regulator', 'insurer', 'lender',
  'brewer', 'automaker', 'carmaker', 'chipmaker', 'manufacturer', 'conglomerate', 'newspaper', 'daily', 'club', 'league', 'council', 'committee'].map((w) => `prev=${w}`));

const ACRONYM_AFTER_KIND_WHY = 'acronym after an organisation’s kind (rule)';

/**
 * An acronym, or a word in capitals, right after a noun of an organisation's kind (`the news agency SRNA`); not a
 * title's letters, which the kind qualifies (`deputy group CEO`).
 */
function acronymAfterOrgKind(it: Item): boolean {
  return (has(it, 'e:acronym') || has(it, 'e:caps-name')) && !has(it, 'e:acronym-defined') && !has(it, 'e:acronym-code') && ORG_KIND_BEFORE.has(wordBefore(it)) && !TITLE_WORDS.has(it.text.toLowerCase());
}

/**
 * What a name the recogniser left no name always is, with the rule's reason, or undefined. A country, a capital or a
 * part of the world is a place wherever it stands inside a sentence: the recogniser may weigh what kind (a place, a
 * team, a government), never that it is no name (`The mayor of Kyiv said`, where the city's other reading as a
 * region in the lists and the verb after it had outweighed it). Opening a sentence only a country of two words or more
 * and a capital no list knows as a word or a name (`Tokyo stocks ended lower`; not `Turkey sales rose`, `Sofia said`,
 * `Male voters`). A state that no longer exists or a short name of a country (`Zaire`, `the Soviet Union`, `Bosnia`;
 * the news lexicon's, `OTHER_COUNTRIES`) counts as a country. A known organisation's acronym (`The U.N. envoy met …`,
 * `From the AP comes this story`), an acronym before a group's noun (`Jonas Savimbi's UNITA movement`) or after a
 * noun of an organisation's kind (`news agency SRNA`), one word ending in -corp or -bank (`Citicorp`), one word
 * WordNet and compromise both know as an organisation (`Bundesbank`), one word only WordNet's organisations hold
 * after `the` (`the Bundesbank`) and a longer name WordNet holds as an organisation with an organisation's head word
 * (`the Food and Drug Administration`) are organisations.
 */
function alwaysNamed(it: Item): [EntityType, string] | undefined {
  if (has(it, 'e:acronym-known-org')) return ['ORG', 'known organisation’s acronym (rule)'];
  if (has(it, 'e:acronym') && GROUP_AFTER.has(wordAfter(it))) return ['ORG', 'acronym before a group’s noun (rule)'];
  if (acronymAfterOrgKind(it)) return ['ORG', ACRONYM_AFTER_KIND_WHY];
  // `The Bundesbank left rates unchanged`: one word WordNet knows only as an organisation, after `the` (not a plural:
  // `the Hebrews`).
  if (has(it, 'words=1') && has(it, 'e:the') && has(it, 'k:orgWn') && !has(it, 'tagf=Plural') && !it.index.lists.some((k) => k !== 'k:orgWn')) return ['ORG', 'an organisation in WordNet, after “the” (rule)'];
  // `Citicorp said`, `Rabobank economists`: one word ending in a firm's word, no common noun (`riverbank`).
  if (has(it, 'words=1') && FIRM_ENDING.test(it.text) && !has(it, 'k:commonNoun')) return ['ORG', FIRM_ENDING_WHY];
  // `after Bundesbank council member Otmar Issing said`: one word WordNet and compromise both know as an organisation
  // and no list as anything else, wherever it stands.
  if (has(it, 'words=1') && has(it, 'k:orgWn') && has(it, 'e:cg-org') && !has(it, 'tagf=Plural') && it.index.lists.every((k) => k === 'k:orgWn' || k === 'k:orgLex')) return ['ORG', 'an organisation in WordNet and in compromise’s lexicon (rule)'];
  // `Crowds queued outside the Louvre`: one word only WordNet's buildings and sites hold, after `the`.
  if (has(it, 'words=1') && has(it, 'e:the') && has(it, 'k:facilityWn') && !has(it, 'tagf=Plural') && it.index.lists.every((k) => k === 'k:facilityWn' || k === 'k:placeLex')) return ['PLACE', 'a building or site in WordNet, after “the” (rule)'];
  // `The Food and Drug Administration approved …`: a longer name WordNet holds as an organisation, with an
  // organisation's head word (across the corpora all such names are organisations).
  if (!has(it, 'words=1') && has(it, 'k:orgWn') && has(it, 'e:head-org')) return ['ORG', 'an organisation in WordNet, with an organisation’s head (rule)'];
  const country = has(it, 'e:country') || OTHER_COUNTRIES.has(it.text) || OTHER_COUNTRIES.has(titleCase(it.text));
  if (!country && !has(it, 'e:capital')) return undefined;
  // Opening a sentence a one-word country may be a word (`Turkey sales rose`); a longer one is the country (`IR Iran beat
  // Morocco`, `South Korea said`).
  // Before an office it is the country or state the office is of (`Georgia Secretary of State Brad Raffensperger`).
  if (has(it, 'e:initial') && !has(it, 'e:before-office') && ((country && has(it, 'words=1')) || INITIAL_DOUBT.some((k) => has(it, k)))) return undefined;
  return ['PLACE', 'country, capital or part of the world (rule)'];
}

/**
 * Names the recogniser left no name that are always names (`alwaysNamed`), where no longer or overlapping name was
 * kept; and a country it typed an organisation is a place.
 */
function alwaysNamesStay(items: Item[]): void {
  eachWithReach(items, (it, i, reached) => {
    // The evidence first: every analysis, a keystroke's included, runs this over every name of the article.
    if (it.type === 'ORG' && (has(it, 'e:country') || (it.words > 1 && OTHER_COUNTRIES.has(it.text))) && openToRules(it)) {
      // A country is a place, acting as a state too (`Japan protested`, `the Democratic Republic of Congo said`);
      // a sports report's rules make it a team afterwards where the report reads so (`readPlacesAsTeams`).
      it.type = 'PLACE';
      it.ruled = 'a country (rule)';
      return;
    }
    // A firm's ending (`Vostrobank`, `Quellcorp`) is no town's or person's: a place or a person no list knows by that
    // word is the bank.
    if ((it.type === 'PLACE' || it.type === 'PERSON') && has(it, 'words=1') && FIRM_ENDING.test(it.text) && it.index.lists.every((k) => k === 'k:none') && openToRules(it)) {
      it.type = 'ORG';
      it.ruled = FIRM_ENDING_WHY;
      return;
    }
    // A word in capitals that is also a given name is still the acronym after an organisation's kind (`news agency
    // SRNA`), whether the recogniser left it no name or read the given name.
    if (it.type === 'PERSON' && acronymAfterOrgKind(it) && openToRules(it)) {
      it.type = 'ORG';
      it.ruled = ACRONYM_AFTER_KIND_WHY;
      return;
    }
    const named = it.type ? undefined : alwaysNamed(it);
    if (!named || !openToRules(it) || overlapsTyped(items, i, reached)) return;
    [it.type, it.ruled] = named;
  });
}

/**
 * The holder of an office the name finder split off (`coach Hansi Flick`, `Mayor Karen Bass`) is a person: the
 * title is why the span is a name at all, and only people hold offices. So is a name typed a place or no name in
 * apposition to a title (`According to the team's coach, Alireza Mehraban, …`: two given names no list knows). The
 * recogniser weighs the title with the rest and had let a surname that is a common word (*Flick*) and a given name
 * it does not know (*Hansi*) make the holder no name or an organisation, as it does a name after an honorific
 * (`typeOf`).
 */
function titledStayPeople(items: Item[]): void {
  // A whole name with a particle that the office names (`spokesman Nikolaus van der Pas`) is the holder, where the
  // recogniser typed only its given name a person (the span tagger proposed `Nikolaus` besides).
  items.forEach((x, i) => {
    if (x.type || !has(x, 'e:title') || !particleName(x) || !openToRules(x)) return;
    const given = items.filter((y, j) => j !== i && y.start < x.end && x.start < y.end && y.type);
    if (given.length !== 1 || given[0]?.type !== 'PERSON' || given[0].start !== x.start || given[0].end >= x.end || !openToRules(given[0])) return;
    given[0].type = null;
    x.type = 'PERSON';
    x.ruled = 'holder of the office before it (rule)';
  });
  eachWithReach(items, (it, i, reached) => {
    // Not a body's name the office runs into (`Chief Adviser of the Interim Government of the People's Republic of
    // Bangladesh`: the office is of the government, which no one holds).
    if (it.type === 'PERSON' || it.type === 'NORP' || has(it, 'e:head-org')) return;
    // The office before, or a title in apposition to a name typed a place or no name (`the team's coach, Alireza Mehraban,`).
    if (!has(it, 'e:title') && !((it.type === 'PLACE' || it.type === null) && has(it, 'e:apposition-role') && it.descriptors.some((d) => TITLE_WORDS.has(d.toLowerCase())))) return;
    if (!openToRules(it) || (!it.type && overlapsTyped(items, i, reached))) return;
    // The given name alone gives way to a whole name with a particle that the office names too (`spokesman Nikolaus
    // van der Pas`: the span tagger proposed `Nikolaus` and `van der Pas` besides).
    if (!it.type && items.some((x, j) => j > i && x.start === it.start && x.end > it.end && !x.type && has(x, 'e:title') && particleName(x) && openToRules(x))) return;
    it.type = 'PERSON';
    it.ruled = 'holder of the office before it (rule)';
  });
}

// Kinship nouns a name stands in apposition to (`their nine-month-old child, Gloria.`, `his wife, Ayesha,`).
const KIN_BEFORE = new Set(['child', 'son', 'daughter', 'wife', 'husband', 'mother', 'father', 'brother', 'sister', 'widow', 'widower',
  'baby', 'niece', 'nephew', 'cousin', 'grandson', 'granddaughter', 'grandmother', 'grandfather', 'stepson', 'stepdaughter',
  'girlfriend', 'boyfriend', 'fiancee', 'fiancé', 'fiancée', 'fiance', 'twin', 'toddler'].map((w) => `prev=${w}`));

/**
 * A given name in apposition to a kinship noun is that relative (`the death of their nine-month-old child, Gloria.`):
 * the apposition evidence the recogniser reads is a role or a title (`coach, Alireza Mehraban`), and a kinship noun
 * is neither, so a given name alone there was left no name. Only a name that opens with a word of the given-name
 * list, right after the noun and its comma.
 */
function kinStayPeople(items: Item[]): void {
  eachWithReach(items, (it, i, reached) => {
    if (it.type === 'PERSON' || it.type === 'NORP' || it.words > 3 || !kinAppositive(it)) return;
    if (!openToRules(it) || (!it.type && overlapsTyped(items, i, reached))) return;
    it.type = 'PERSON';
    it.ruled = 'given name in apposition to a relative (rule)';
  });
}

/** Whether a name opens with a given name right after a kinship noun and its comma; remembered with the paragraph's candidate. */
function kinAppositive(it: Item): boolean {
  let kin = kinNames.get(it.source);
  if (kin === undefined) {
    kin = KIN_BEFORE.has(wordBefore(it)) && it.index.punctuation.some((k) => k.startsWith('punc=,|')) && (has(it, 'k:firstName') || has(it, 'kf:firstName'));
    kinNames.set(it.source, kin);
  }
  return kin;
}
const kinNames = new WeakMap<object, boolean>();

/**
 * Whether the rules after typing may change a name's type: a whole name (not a run's part or a taught name beside a
 * longer one), typed by the recogniser (no hand rule decided it), and nothing the workspace's decisions taught.
 */
/** Whether a possessive's `'s` stands right before the name (`Russia's Lebed`, `Acme's`: the name after the owner's). */
function afterPossessive(it: Item): boolean {
  return it.index.punctuation.some((x) => x.startsWith("punc='s|") || x.startsWith('punc=’s|'));
}

function openToRules(it: Item): boolean {
  return !hypothesis(it.source) && !it.source.ruleWhy && handRule(it) === undefined && !taught(it);
}

/**
 * Whether the workspace's decisions taught something of this name (the lexicon's `lex:` features, `learn/lexicon.ts`):
 * the rules below then leave it to the taught recogniser, so that a name people rejected or retyped is not put back.
 */
function taught(it: Item): boolean {
  return it.index.taught;
}

/**
 * Visits the items in document order with whether a typed item before each reaches into it. Settled, typed items
 * never overlap one another, and the rules type only an item nothing typed overlaps, so the furthest end of the
 * typed items so far answers it, however long the names before.
 */
function eachWithReach(items: readonly Item[], visit: (it: Item, i: number, reached: boolean) => void): void {
  let reach = -1;
  items.forEach((it, i) => {
    visit(it, i, reach > it.start);
    if (it.type && it.end > reach) reach = it.end;
  });
}

/** Whether a typed item overlaps `items[i]`: one before it reaches into it (`reached`), or one after it starts inside it. */
function overlapsTyped(items: readonly Item[], i: number, reached: boolean): boolean {
  if (reached) return true;
  const it = items[i] as Item;
  for (let j = i + 1; j < items.length && (items[j] as Item).start < it.end; j++) if ((items[j] as Item).type) return true;
  return false;
}

/**
 * Whether nothing typed overlaps `items[i]` but names the workspace taught lying inside it (`yields`), which then give
 * way: a taught name yields to a longer name the analyser keeps (`taughtNamesYield`), and a rule that keeps the longer
 * name after settling (the workspace marked `Australia`; `Medical Journal of Australia` is kept) decides it too late
 * for that. Anything else typed there keeps the item untyped (`overlapsTyped`).
 */
function taughtInsideGiveWay(items: readonly Item[], i: number, reached: boolean): boolean {
  if (reached) return false;
  const it = items[i] as Item;
  const inside: Item[] = [];
  for (let j = i + 1; j < items.length && (items[j] as Item).start < it.end; j++) {
    const x = items[j] as Item;
    if (!x.type) continue;
    if (!x.source.yields || x.end > it.end) return false;
    inside.push(x);
  }
  for (const x of inside) x.type = null;
  return true;
}

// A club's staff and players named after it (`Liverpool manager Arne Slot`, `Barcelona coach Hansi Flick`).
const CLUB_ROLES = new Set(['next=coach', 'next=manager', 'next=boss', 'next=captain', 'next=skipper', 'next=striker', 'next=goalkeeper', 'next=keeper', 'next=midfielder', 'next=defender', 'next=winger', 'next=forward']);
// … and its crowd (`Everton fans marched`): after a town the recogniser typed a place.
const CLUB_CROWD = new Set(['next=fans', 'next=supporters']);

/**
 * A one-word name before a club's office and its holder is the club (`Liverpool manager Arne Slot said`, `Chelsea
 * captain Reece James`, `Arsenal manager Mikel Arteta`), and a town typed a place before its fans is the club
 * (`Everton fans marched`, and both in `Liverpool and Everton fans`; not `Trump supporters`, a person or no name):
 * outside a sports report, which the sports rules read, the recogniser sees a town, a given name or a common noun. A
 * country stays a place (national sides are the sports rules' and the wire's convention).
 */
function clubsBeforeTheirStaff(items: Item[]): void {
  eachWithReach(items, (it, i, reached) => {
    if (it.type === 'ORG' || it.type === 'NORP' || it.words !== 1) return;
    const after = wordAfter(it);
    const staff = CLUB_ROLES.has(after) && has(it, 'e:before-office');
    if (!staff && !(it.type === 'PLACE' && CLUB_CROWD.has(after))) return;
    if (!openToRules(it) || it.key.startsWith('country:') || (!it.type && overlapsTyped(items, i, reached))) return;
    // A common word capitalised only by opening the sentence names no club (`Station manager Lisa Grey`).
    if (ordinaryOpening(it)) return;
    it.type = 'ORG';
    it.ruled = staff ? 'club before its manager, coach or player (rule)' : 'club before its fans (rule)';
  });
  // The crowds of two clubs (`Liverpool and Everton fans marched`): the town before `and` is a club too.
  for (let i = items.length - 2; i >= 0; i--) {
    const it = items[i] as Item;
    const next = items[i + 1] as Item;
    if (it.type !== 'PLACE' || it.words !== 1 || wordAfter(it) !== 'next=and' || next.ruled !== 'club before its fans (rule)') continue;
    if (next.start - it.end > ' and '.length || !openToRules(it) || it.key.startsWith('country:')) continue;
    it.type = 'ORG';
    it.ruled = 'club before its fans (rule)';
  }
}

// A firm's officers named after it (`Apple CEO Tim Cook`, `Meta spokesman Andy Stone`, `Shell chief executive …`),
// and a racing team's drivers (`Mercedes driver George Russell`: the team's name is a given name too).
const FIRM_OFFICES = new Set(['next=ceo', 'next=cfo', 'next=coo', 'next=chairman', 'next=chairwoman', 'next=founder', 'next=co-founder', 'next=cofounder', 'next=boss',
  'next=driver', 'next=drivers']);
// … and those a person has too (`Trump spokeswoman Karoline Leavitt`, `Trump chief of staff Susie Wiles`).
const SHARED_OFFICES = new Set(['next=spokesman', 'next=spokeswoman', 'next=spokesperson', 'next=chief']);
// … and those a party, a movement or a body has as well as a firm (`Labour leader Tony Blair`, `Microsoft president
// Brad Smith`, `Labour MP Jo Cox`), which count only where the first pass read the name an organisation: a word of
// another kind before them is as often an adjective or a common noun opening the sentence (`Democratic leader`, `Club
// president`).
const BODY_OFFICES = new Set(['next=leader', 'next=president', 'next=director', 'next=mp', 'next=mep', 'next=msp', 'next=mla', 'next=mps', 'next=meps', 'next=msps', 'next=mlas', 'next=councillor']);
// Words WordNet holds as organisations that name a side of politics rather than a body (`Opposition leader Peter Dutton`).
const POLITICAL_SIDES: ReadonlySet<string> = new Set(['opposition', 'government', 'administration', 'establishment', 'majority', 'minority']);

// Lists that know a word only as an ordinary word, or the head of other names.
const ORDINARY_WORD_LISTS: ReadonlySet<string> = new Set(['k:commonNoun', 'k:orgHead', 'k:placeHead']);

// Words for how an office's holder stands in it, which open a sentence before the office.
const HOLDERS_STANDING: ReadonlySet<string> = new Set(['outgoing', 'incoming', 'departing', 'retiring', 'embattled', 'ousted', 'acting', 'interim', 'beleaguered', 'disgraced', 'longtime', 'veteran', 'newly-appointed', 'long-serving']);

/** One ordinary word capitalised only by opening the sentence (`Police`, `Station`), no firm's. */
function ordinaryOpening(it: Item): boolean {
  if (it.words !== 1 || !has(it, 'e:initial') || WORD_FIRMS.has(it.text)) return false;
  // A word for an office's holder's standing (`Outgoing chief executive Jane Fraser`, `Departing CEO`, `Embattled
  // chairman`); not a firm's participle (`United chief executive Scott Kirby`).
  if (HOLDERS_STANDING.has(it.text.toLowerCase())) return true;
  return it.index.lists.length > 0 && it.index.lists.every((l) => ORDINARY_WORD_LISTS.has(l));
}

/**
 * A name before a firm's office is the firm (`Apple CEO Tim Cook`, `Shell chief executive Wael Sawan`, `Meta
 * spokesman Andy Stone`): where the name is also a common word opening the sentence (*Apple*, *Shell*, *Meta*) the
 * recogniser reads no name, and a firm's name that is a surname (*Disney*, *Dell*) it reads as a person, which an
 * office only firms have (chief executive, chairman, founder) overrules. A name typed a place stays one (`London
 * mayor`, `Paris prosecutor`), as does a country. An office people have too (a spokesman, a chief) counts only with
 * its holder after it (`e:before-office`: not `Trump chief of staff Susie Wiles`), and not for a name typed a person
 * or one the surname list knows (`Starmer spokesman James Lyons`); a leader, a president or a director only after a
 * name the first pass typed an organisation or WordNet knows as one, and the second left no name (`Labour leader
 * Tony Blair`). The office must follow the name with nothing but space between: in apposition it is the person's
 * (`Stacey Abrams, founder of Fair Fight Action`). A racing team's driver counts as a firm's office (`Mercedes driver
 * George Russell`).
 */
function firmsBeforeTheirOfficers(items: Item[]): void {
  eachWithReach(items, (it, i, reached) => {
    if (it.type === 'ORG' || it.type === 'NORP' || it.type === 'PLACE') return;
    const after = wordAfter(it);
    // Only an office written right after the name (`Tesla founder Elon Musk`), not one in apposition to a person
    // (`Stacey Abrams, founder of Fair Fight Action`).
    if (!it.index.punctuation.some((x) => x.endsWith('|_'))) return;
    const firmOnly = FIRM_OFFICES.has(after);
    const shared = SHARED_OFFICES.has(after) || (BODY_OFFICES.has(after) && (it.doc.includes('p:self=ORG') || (has(it, 'k:orgWn') && !POLITICAL_SIDES.has(shapeOf(it.source).lower))));
    if (!firmOnly && (it.type === 'PERSON' || !shared || !has(it, 'e:before-office') || has(it, 'k:surname'))) return;
    if (!openToRules(it) || it.key.startsWith('country:') || (!it.type && overlapsTyped(items, i, reached))) return;
    // A common word capitalised only by opening the sentence qualifies the office (`Military spokesman Nadav
    // Shoshani`, `Police spokesman John Smith`): no body is named.
    if (ordinaryOpening(it)) return;
    it.type = 'ORG';
    it.ruled = 'firm before its officer (rule)';
  });
}

// The club words that name nothing but a club after a town's name (not `City`, `Town`, `County`, `Palace`, `Forest`,
// `Villa`: `Mexico City`, `Cape Town`, `Buckingham Palace`, `Sherwood Forest`).
const CLUB_ONLY = /\s(?:United|Rovers|Wanderers|Albion|Hotspur|Athletic)$/u;
// … and the words that open nothing but a club's name before its town's (`Inter Miami`, `Sporting Lisbon`).
const CLUB_OPENING = /^(?:Inter|Real|Atletico|Atlético|Sporting|Dynamo|Dinamo|Olympique|Borussia|Deportivo|Athletic|Bayer|Eintracht|Werder|Hertha|AC|FC|AS|SS|SC|CF)\s\p{Lu}\p{Ll}/u;

// An American state university named by its state or town (`Ohio State`, `Penn State`, `Boise State`), its teams'
// name too; not a state's own name (`Washington State`, `New York State`) nor another country's states (`Rakhine
// State`, `Lagos State`).
const STATE_TEAM = new RegExp(String.raw`^(?:${['Alabama', 'Arizona', 'Arkansas', 'Colorado', 'Florida', 'Georgia', 'Iowa', 'Kansas', 'Kentucky', 'Michigan', 'Mississippi', 'Missouri', 'Montana', 'Nevada', 'New Mexico', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Penn', 'Boise', 'San Diego', 'San Jose', 'Fresno', 'Kent', 'Ball', 'Wichita', 'Sacramento', 'Portland', 'Wright', 'Youngstown', 'Morgan', 'Norfolk', 'Murray'].join('|')}) State$`, 'u');

/**
 * A town's name and a club word is a club outside a sports report too (`Real Madrid beat Manchester United in the
 * final`, `Leeds United fans`, `Inter Miami`, `Sporting Lisbon`): the recogniser reads the town in it (a place, a
 * person, or no name where the lists hold the whole as a region). So is a team the team list knows by its whole name
 * (`the Indiana Pacers`) and a state university (`Ohio State`). In a sports report the sports rules type every club
 * (`readPlacesAsTeams`).
 */
function clubNamesAreClubs(items: Item[]): void {
  eachWithReach(items, (it, i, reached) => {
    // Not a state the list also knows as a university's team (`Washington State has a new governor`).
    const listed = it.words >= 2 && it.words <= 4 && it.index.lists.includes('k:sportsTeam') && !has(it, 'e:title') && !/ State$/u.test(it.text);
    if (it.type === 'ORG' || !((it.club && CLUB_ONLY.test(it.text)) || (it.words <= 3 && CLUB_OPENING.test(it.text)) || listed || STATE_TEAM.test(it.text))) return;
    if (!openToRules(it) || (!it.type && overlapsTyped(items, i, reached))) return;
    it.type = 'ORG';
    it.ruled = listed ? 'a team the team list knows by its whole name (rule)' : 'a town’s name and a club word (rule)';
  });
}

// The trades a firm names itself by after its brand (`Samsung Electronics`, `Teva Pharmaceuticals`).
const SECTORS: ReadonlySet<string> = new Set(['electronics', 'pharmaceuticals', 'pharma', 'chemicals', 'semiconductor', 'semiconductors',
  'telecom', 'telecommunications', 'entertainment', 'insurance', 'securities', 'logistics', 'petroleum', 'motor', 'motors', 'steel', 'foods']);

/**
 * A listed company or brand followed by its trade is that firm where the recogniser left it no name (`Samsung
 * Electronics said profit rose`: a plural common noun after a brand read as a capitalised phrase). Measured as
 * evidence instead (the trades among the organisation heads, retrained), cross-validation read no gain (0.774 /
 * 0.709 / 0.748 and 0.776 / 0.705 / 0.745 against 0.776 / 0.709 / 0.747 and 0.776 / 0.706 / 0.747): the corpora hold
 * few such names, news many.
 */
function sectorFirms(items: Item[]): void {
  eachWithReach(items, (it, i, reached) => {
    if (it.type || it.words !== 2 || !(has(it, 'kf:company') || has(it, 'kf:brand'))) return;
    if (!SECTORS.has(shapeOf(it.source).lowered[1] as string) || !openToRules(it) || overlapsTyped(items, i, reached)) return;
    it.type = 'ORG';
    it.ruled = 'a listed firm and its trade (rule)';
  });
}

/**
 * A name whose organisation head takes `of` is that body (`Medical Journal of Australia`, `Comic Corps of Canada`,
 * `Bank of England`) where the recogniser left it no name or read its place: in the training corpora 114 of 120 such
 * names are organisations (the rest lie inside longer gold phrases), yet the recogniser reads the place after `of`
 * and types them differently from one retraining to the next.
 */
function bodiesOfStay(items: Item[]): void {
  eachWithReach(items, (it, i, reached) => {
    if ((it.type && it.type !== 'PLACE') || !has(it, 'e:of-inside')) return;
    const words = shapeOf(it.source).lowered;
    const k = words.indexOf('of');
    if (k < 1 || !ORG_HEADS.has(words[k - 1] as string) || !openToRules(it) || (!it.type && !taughtInsideGiveWay(items, i, reached))) return;
    it.type = 'ORG';
    it.ruled = 'an organisation’s head before “of” (rule)';
  });
}

/**
 * An organisation's acronym before a country, region or city is its branch there (`BBC Scotland`, `NHS England`,
 * `UNICEF Yemen`) where the recogniser left it no name or read the place: the training corpora hold no such name
 * (the evidence, `e:acronym-branch`, fires on five of their candidates, none before a listed place), so the weights
 * leave it to the article's other mentions, and a branch named once is lost.
 */
function branchesStay(items: Item[]): void {
  eachWithReach(items, (it, i, reached) => {
    if ((it.type && it.type !== 'PLACE') || !has(it, 'e:acronym-branch') || !(has(it, 'kl:country') || has(it, 'kl:region') || has(it, 'kl:city'))) return;
    if (!openToRules(it) || (!it.type && overlapsTyped(items, i, reached))) return;
    it.type = 'ORG';
    it.ruled = 'an organisation’s acronym before a place: its branch (rule)';
  });
}

/**
 * A name the company or brand lists hold, typed an organisation by the first pass, stays one where the second pass
 * made it no name (`Tesla shares …`, `Greenpeace activists …` opening a short text): the second pass learned caution
 * from web text's capitalised words, and a listed firm named nowhere else in the text has no other mention to
 * vouch for it.
 */
function listedFirmsStay(items: Item[]): void {
  eachWithReach(items, (it, i, reached) => {
    if (it.type || !(has(it, 'k:company') || has(it, 'k:brand'))) return;
    const firstPass = it.doc.includes('p:self=ORG');
    if ((!firstPass && !onlyAFirm(it)) || !openToRules(it) || overlapsTyped(items, i, reached)) return;
    it.type = 'ORG';
    it.ruled = firstPass ? 'in the company or brand list, first pass ORG (rule)' : 'a word only the company or brand lists know (rule)';
  });
}

/**
 * A name that opens with a firm whose name holds a possessive (`Moody's Investors Service`, `Standard & Poor's`,
 * `McDonald's Corp`) is that firm: the tokeniser kept the `'s` on the firm's word only where the firm's words open
 * the run, and the training corpora hold two such names, too few to weigh the company list's entry.
 */
function possessiveFirmsAreFirms(items: Item[]): void {
  firmsWhere(items, (it) => /['’]/u.test(it.text) && opensWithPossessiveFirm(it.text), 'a firm whose name holds a possessive (rule)');
}

// A given name's possessive and what a shop sells or is (`Ray's Pizza`, `Ralph's Market`, `Joe's Crab Shack`), as the
// name finder joins them: the shop's noun second or third (`Hank's Auto Body`).
const OWNER_SHOP = /^(\p{Lu}\p{Ll}+)\s?['’]s\s+(\p{Lu}\p{Ll}+)(?:\s+(\p{Lu}\p{Ll}+))?$/u;

/**
 * A shop or a restaurant named after its owner is a firm (`Ray's Pizza`, `Ralph's Market`, `Joe's Crab Shack`,
 * `Powell's Books`): the recogniser reads the given name in it and types the whole a person or a place. An owner the
 * lists know only as a surname, or not at all, counts before a noun of shops alone (`Powell's Books`, `Pengelly's
 * Newsagents`, not `Obama's Kitchen`).
 */
function shopsAreFirms(items: Item[]): void {
  firmsWhere(items, (it) => {
    const m = OWNER_SHOP.exec(it.text);
    if (!m) return false;
    const noun = [m[2], m[3]].map((w) => (w ?? '').toLowerCase()).find((w) => SHOP_NOUNS.has(w));
    const owner = wordLists(m[1] as string);
    return !!noun && (owner.includes('firstName') || it.features.includes('tagf=Organization') || (SHOP_ONLY_NOUNS.has(noun) && (owner.includes('surname') || owner.length === 0)));
  }, 'a shop named after its owner (rule)');
}

/**
 * Types ORG each name `isFirm` holds a firm's that is open to rules, unless it was left no name and lies inside or
 * across a name kept (`Tarrow Lynch` in `Tarrow Lynch & Co. Inc.`).
 */
function firmsWhere(items: Item[], isFirm: (it: Item) => boolean, why: string): void {
  eachWithReach(items, (it, i, reached) => {
    if (it.type === 'ORG' || !isFirm(it) || !openToRules(it)) return;
    if (!it.type && overlapsTyped(items, i, reached)) return;
    it.type = 'ORG';
    it.ruled = why;
  });
}

// The lists a firm's name no list knows as a person's may be in.
const FIRM_NAME_LISTS: ReadonlySet<string> = new Set(['k:none', 'k:company', 'k:brand', 'k:orgLex', 'k:orgWn']);

/**
 * A name of up to three words that reports a firm's results (`Vestrale said profits rose`, `Quellcorp reported
 * quarterly sales`; `resultsSaidBeside`) is a firm, and so are the article's other mentions of it, where the recogniser
 * read a person or no name: one unknown word before `said` reads to it as a person, and the report is what says
 * otherwise. Not a name a list knows as a person's or anything but a firm's, nor one after a title.
 */
function firmsReportingResults(items: Item[]): void {
  const roots = new Set<string>();
  for (const it of items) {
    if (!it.source.firmSaid || it.type === 'ORG' || it.type === 'NORP' || it.source.heSaid || has(it, 'e:title') || hypothesis(it.source) || ROLE_ACRONYM.test(it.text)) continue;
    if (!it.index.lists.every((k) => FIRM_NAME_LISTS.has(k))) continue;
    roots.add(it.root);
  }
  if (roots.size === 0) return;
  // Not where the article names a person by the word (`Elon Musk … Musk said sales rose`: the chief reports too).
  const surnames = new Set<string>();
  for (const it of items) {
    if (it.type !== 'PERSON' || it.words < 2) continue;
    roots.delete(it.root);
    surnames.add(it.text.slice(it.text.lastIndexOf(' ') + 1));
  }
  for (const it of items) if (it.words === 1 && surnames.has(it.text)) roots.delete(it.root);
  for (const it of items) {
    if (!roots.has(it.root) || !(it.type === null || it.type === 'PERSON') || !openToRules(it)) continue;
    it.type = 'ORG';
    it.ruled = 'a firm reporting its results (rule)';
  }
}

// An officer's or a role's letters, which say things as bodies do (`the CEO said`, `the MVP said`), and a document's
// or a device's (`the FAQ says`, `the GPS said`).
const ROLE_ACRONYM = /^(?:C\p{Lu}{1,2}O|MVP|VIP|SIO|GP|DJ|MC|PM|MP|MEP|MLA|MSP|FAQ|PDF|NDA|SMS|GPS|LLM|CCTV|URL)$/u;
// The lists an acronym may be in and still be a body's no list knows as something else.
const BODY_ACRONYM_LISTS: ReadonlySet<string> = new Set(['k:none', 'k:orgWn', 'k:orgLex', 'k:company', 'k:brand']);

/**
 * An acronym of three letters or more after `the` and before a verb of saying (`The CPS said it would appeal`, `the
 * DVLA said`) is a body, and so are the article's other mentions of it: no person or place is written so, and the
 * recogniser, which knows neither the letters nor the pattern (the training corpora hold few such bodies), left them
 * no name. Not an officer's letters (`the CEO said`) or an acronym a list knows as anything but a body.
 */
function speakingAcronymsAreBodies(items: Item[]): void {
  const roots = new Set<string>();
  for (const it of items) {
    if (it.words !== 1 || it.type === 'ORG' || !has(it, 'e:acronym') || !has(it, 'e:the') || !has(it, 'e:speech-verb') || hypothesis(it.source)) continue;
    if (it.text.replace(/[^\p{Lu}]/gu, '').length < 3 || ROLE_ACRONYM.test(it.text) || !it.index.lists.every((k) => BODY_ACRONYM_LISTS.has(k))) continue;
    roots.add(it.root);
  }
  if (roots.size === 0) return;
  for (const it of items) {
    if (!roots.has(it.root) || it.type === 'ORG' || it.type === 'PERSON' || it.type === 'NORP' || !openToRules(it)) continue;
    it.type = 'ORG';
    it.ruled = 'an acronym that speaks after “the” (rule)';
  }
}

/**
 * A newspaper, magazine, broadcaster or journal the news lexicon lists is an organisation, and so are the article's
 * other mentions of it (`told Le Monde`, `published in The Lancet`, `Haaretz reported`): news cites them in every
 * other story, and the recogniser read a French or German article as a person's particle (`Le Monde`, `Die Zeit`),
 * a word after `in` as a place (`in Haaretz`) and an unknown word as no name. One whose name is also an ordinary
 * word or someone's (`Nature`, `Time`, `Forbes`) only where the sentence cites it (`citedBeside`), and not where
 * the article names a person by it (`Steve Forbes … Forbes said`).
 */
function publicationsAreOrgs(items: Item[]): void {
  const cites = (it: Item): boolean => {
    const kind = publicationOf(it.text);
    return kind === 'anywhere' || (kind === 'cited' && it.source.cited === true);
  };
  // An ordinary word the recogniser left no name and no sentence cites stays the word (`Nature is resilient`).
  const notTheWord = (it: Item): boolean => it.type !== null || it.source.cited === true || publicationOf(it.text) !== 'cited';
  listedOrganisations(items, cites, notTheWord, 'a newspaper, magazine or journal (news lexicon rule)');
}

/**
 * An organisation the news lexicon lists (`bodies`: `Human Rights Watch`, `Doctors Without Borders`, `Boko Haram`,
 * `Mossad`, `the G20`) is one, and so are the article's other mentions of it: the recogniser read the aid agencies'
 * and armed groups' names as people or no name (`Boko Haram` a person, `Human Rights Watch said` nothing), as it
 * did one in three of the eighty such names and sentences tried.
 */
function bodiesAreOrgs(items: Item[]): void {
  // A one-word name that is also a verb opens a clause before a preposition or an article (`Met with resistance,`).
  const verbOpening = (it: Item): boolean => it.words === 1 && has(it, 'e:initial') && it.features.includes('tagf=Verb') &&
    it.features.some((f) => f === 'nextc=Preposition' || f === 'nextc=Determiner' || f === 'nextc=Adverb');
  // A person the article gives a person's cues, whom a listed body's name also names (`Morena, 34, said she`, `Glass
  // Lewis told reporters he`).
  const personal = (it: Item): boolean => it.source.heSaid || has(it, 'e:age') || has(it, 'e:title') || it.features.includes('e:honorific');
  const roots = new Set(items.filter((it) => isListedBody(it.text) && personal(it)).map((it) => it.root));
  listedOrganisations(items, (it) => isListedBody(it.text) && !verbOpening(it) && !roots.has(it.root), (it) => !verbOpening(it), 'an organisation the news lexicon lists (rule)');
}

/**
 * Types ORG the article's mentions of each name `listed` holds, and its other mentions that `also` lets through,
 * unless the article names a person by it (a person of two words or more among its mentions).
 */
function listedOrganisations(items: Item[], listed: (it: Item) => boolean, also: (it: Item) => boolean, why: string): void {
  const roots = new Set<string>();
  for (const it of items) if (listed(it)) roots.add(it.root);
  if (roots.size === 0) return;
  for (const it of items) if (it.type === 'PERSON' && it.words > 1 && roots.has(it.root) && !listed(it)) roots.delete(it.root);
  for (const it of items) {
    if (!roots.has(it.root) || it.type === 'ORG' || !openToRules(it) || !also(it)) continue;
    it.type = 'ORG';
    it.ruled = why;
  }
}

// What places a town's name in its sentence: a preposition of place, a region or state after it, a dateline.
const PLACING_EVIDENCE: readonly RuleFeature[] = ['e:locative', 'e:locative-from', 'e:region-after', 'e:region-code', 'e:dateline', 'e:head-place'];

/**
 * A firm whose name is also a town's (the news lexicon's `townFirms`: `Toyota recalled 2 million cars`, `Santander
 * said profits rose`, `Nokia cut jobs`) is the firm where nothing in the sentence places the town: the city lists
 * outweighed everything else in the recogniser, which read the firm as the town in every sentence without a firm's
 * head word. After `in`, `at`, `from`, before a region, or in a dateline it stays the town.
 */
function townFirmsAreFirms(items: Item[]): void {
  for (const it of items) {
    if (it.words !== 1 || (it.type && it.type !== 'PLACE') || !TOWN_FIRMS.has(it.text) || PLACING_EVIDENCE.some((f) => has(it, f)) || !openToRules(it)) continue;
    it.type = 'ORG';
    it.ruled = 'a firm named like a town, not placed (news lexicon rule)';
  }
}

/**
 * A name of two to four capitalised words ending in a trade's plural (`Meta Platforms said`, `Tyson Foods cut jobs`,
 * `Arista Networks`) is a firm where the recogniser read a person or a place by its first word (*Meta* and *Tyson*
 * are a given name and a surname to the lists): no person's or town's name ends so. Not after a title (`Governor
 * Ann Holdings` is no firm's name, but a person's rare surname read so is left alone).
 */
function tradePluralsCloseFirms(items: Item[]): void {
  firmsWhere(items, (it) => (it.type === 'PERSON' || it.type === 'PLACE') && it.words >= 2 && it.words <= 4 && !has(it, 'e:title') &&
    TRADE_PLURALS.has(shapeOf(it.source).lowered[it.words - 1] as string) && it.text.split(/\s+/u).every((w) => /^\p{Lu}/u.test(w)), 'a name ending in a trade’s plural (rule)');
}

/**
 * A firm named by an ordinary word (the news lexicon's `wordFirms`: `a spokesman for Apple said`, `Target cut prices`,
 * `Shell said`) is the firm where the word is capitalised inside a sentence after a lower-case word, or opens one
 * before a verb of saying, and so are the article's other mentions of it: the lists the recogniser reads leave such
 * names out (as words they mislead more often than they help), and the recogniser read them as no name, a person
 * (`Subway`, `Telegram`) or a place (`Square`). Not after `the` (`the Amazon`, `the Square`), not where the sentence
 * places it (`Orange, California`; a preposition of place only before a word the lists know as a place: `engineers
 * at Apple` is the firm), and not where the article names a person by it (`Jennifer Slack … Slack said`).
 */
function wordFirmsAreFirms(items: Item[]): void {
  const names = new Set<string>();
  // Opening a sentence, a firm coordinated with another firm (`Apple and Google Cloud said`, `Meta and Amazon Web
  // Services declined`) is one as surely as before a verb of saying.
  const orgStarts = new Set<number>();
  for (const it of items) if (it.type === 'ORG') orgStarts.add(it.start);
  const besideFirm = (it: Item): boolean => it.index.after === 'next=and' && orgStarts.has(it.end + ' and '.length);
  for (const it of items) {
    if (it.words !== 1 || !WORD_FIRMS.has(it.text) || has(it, 'e:the') || has(it, 'e:after-capitalised') || (has(it, 'e:initial') && !has(it, 'e:speech-verb') && !besideFirm(it))) continue;
    const afterPreposition = has(it, 'e:locative') || has(it, 'e:locative-from');
    const placed = PLACING_EVIDENCE.some((f) => f !== 'e:locative' && f !== 'e:locative-from' && has(it, f)) || (afterPreposition && placeWord(it.text));
    if (placed) continue;
    names.add(it.text);
  }
  if (names.size === 0) return;
  // A person's surname (`Jennifer Slack … Slack said`).
  for (const it of items) if (it.type === 'PERSON' && it.words > 1) names.delete(it.text.slice(it.text.lastIndexOf(' ') + 1));
  for (const it of items) {
    if (!names.has(it.text) || it.type === 'ORG' || has(it, 'e:the') || !openToRules(it)) continue;
    it.type = 'ORG';
    it.ruled = 'a firm named by an ordinary word (news lexicon rule)';
  }
}

// Members, voters and leaders after a party opening a sentence (`Labour MPs voted`, `Reform voters`).
const PARTY_PEOPLE = new Set(['mps', 'msps', 'meps', 'tds', 'mlas', 'mp', 'leader', 'members', 'voters', 'councillors', 'candidate', 'candidates', 'peers', 'sources', 'spokesman', 'spokeswoman', 'spokesperson', 'chair', 'chairman', 'government', 'ministers', 'minister'].map((w) => `next=${w}`));
// What follows a sentence's first word when it acts: a verb, or an adverb or modal before one.
const VERB_NEXT: readonly string[] = ['nextc=PastTense', 'nextc=PresentTense', 'nextc=Verb', 'nextc=Modal', 'nextc=Auxiliary', 'nextc=Copula', 'nextc=Adverb', 'nextc=Infinitive'];

/**
 * A party or union named by an ordinary word (the news lexicon's `wordParties`: `Labour`, `Reform`, `Unite`) is an
 * organisation where the word is capitalised inside a sentence (`voters backed Labour`), or opens one before a verb
 * or its people (`Labour won the seat`, `Unite said`, `Labour MPs voted`): no list the recogniser reads holds the
 * word as a name, and in lower case it is common. Once one mention is so sure, the article's others opening a
 * sentence are the party's too (`Unite, the UK's leading union,`). Not opening a sentence before a noun in an article
 * with no sure mention (`Labour shortages`), not before `Day`, which the name finder leaves out (`Labour Day`), not
 * after `the` (`the Labour vote` names it otherwise), and not a person's surname.
 */
function wordPartiesAreOrgs(items: Item[]): void {
  const surnames = new Set(items.filter((it) => it.type === 'PERSON' && it.words > 1).map((it) => it.text.slice(it.text.lastIndexOf(' ') + 1)));
  const candidate = (it: Item): boolean => it.words === 1 && WORD_PARTIES.has(it.text) && !surnames.has(it.text) && !has(it, 'e:the') && wordAfter(it) !== 'next=day';
  // The words the article names a party or union by somewhere the sentence makes it sure.
  const parties = new Set<string>();
  for (const it of items) {
    if (!candidate(it)) continue;
    if (has(it, 'e:initial') && !has(it, 'e:speech-verb') && !VERB_NEXT.some((f) => it.features.includes(f)) && !PARTY_PEOPLE.has(wordAfter(it))) continue;
    parties.add(it.text);
  }
  // Then every mention of the word that may be the party's, opening a sentence too (`Unite, the UK's leading union`,
  // `Unite general secretary Sharon Graham`), as one sense per article has it.
  for (const it of items) {
    if (it.type === 'ORG' || !parties.has(it.text) || !candidate(it) || !openToRules(it)) continue;
    it.type = 'ORG';
    it.ruled = 'a party or union named by an ordinary word (news lexicon rule)';
  }
}

// Last words of a venue's or an airport's name: built for the public, and named after a team, a sponsor or a person
// as often as not (`Cleveland Browns Stadium`, `Emirates Stadium`, `John F. Kennedy International Airport`).
const VENUE_HEADS: ReadonlySet<string> = new Set(['stadium', 'arena', 'ballpark', 'coliseum', 'colosseum', 'racecourse', 'speedway', 'velodrome', 'airport']);

/**
 * A name whose last word is a venue's or an airport's is the place, where the recogniser read the team, sponsor or
 * person it is named after (`Cleveland Browns Stadium` typed as the club): every convention here (GUM's buildings
 * and sites, CoNLL's locations) types such names a place. Not a body a centre is for (`e:head-for`).
 */
function venuesArePlaces(items: Item[]): void {
  for (const it of items) {
    if ((it.type !== 'ORG' && it.type !== 'PERSON') || it.words < 2 || has(it, 'e:head-for') || !openToRules(it)) continue;
    if (!VENUE_HEADS.has(shapeOf(it.source).lowered.at(-1) as string)) continue;
    it.type = 'PLACE';
    it.ruled = 'a venue’s or an airport’s name (head word rule)';
  }
}

/**
 * A name of three words or more in which a body's word takes `for` (`Foundation for the Defense of Democracies`,
 * `Society for General Systems Research`, `Campaign for Nuclear Disarmament`) is the body, where the recogniser read
 * no name or a place: such long names are rare in the corpora, and their length reads as a span error there.
 */
function bodiesForAreOrgs(items: Item[]): void {
  eachWithReach(items, (it, i, reached) => {
    if ((it.type !== null && it.type !== 'PLACE') || it.words < 3 || !openToRules(it) || (!it.type && overlapsTyped(items, i, reached))) return;
    const words = shapeOf(it.source).lowered;
    const k = words.indexOf('for');
    if (k < 1 || k === words.length - 1 || !FOR_THE_HEADS.has(headForm(words[k - 1] as string))) return;
    it.type = 'ORG';
    it.ruled = 'a body named for what it is for (head word rule)';
  });
}

/**
 * A name of three words or more that opens with a nationality and ends with a body's head (`European Union Aviation
 * Safety Agency`, `American Civil Liberties Union`; `e:norp-head-org`) is the body where the recogniser read no name:
 * a nationality first reads towards no name (the corpora's languages and events, `American Sign Language`), and the
 * corpora's few such bodies it already reads right, so the evidence that joins the two learns no weight.
 */
function nationalBodiesAreOrgs(items: Item[]): void {
  eachWithReach(items, (it, i, reached) => {
    if (it.type !== null || !openToRules(it)) return;
    // So is a body's name with its head after a country's possessive (`Russia's Defence Ministry said`), which the
    // recogniser read as no name where the article names the body once.
    const countrys = it.words >= 2 && has(it, 'e:head-org') && it.index.punctuation.some((p) => /^punc=['’]s?\|/u.test(p)) && countryOf(titleCase(it.index.before.slice('prev='.length))) !== undefined;
    if (!(it.words >= 3 && has(it, 'e:norp-head-org')) && !countrys) return;
    if (overlapsTyped(items, i, reached)) return;
    it.type = 'ORG';
    it.ruled = countrys ? 'a country’s body (head word rule)' : 'a nationality’s body (head word rule)';
  });
}

// Heads of public bodies and authorities; not a railway's or a line's, which the corpora mark as places (`West Jersey
// Railroad`), nor a post office, a building.
const AUTHORITY_HEADS: ReadonlySet<string> = new Set(['office', 'patrol', 'police', 'department', 'court', 'council', 'commission', 'agency', 'authority', 'service',
  'board', 'bureau', 'ministry', 'assembly', 'senate', 'legislature', 'parliament', 'government', 'administration', 'exchange', 'constabulary', 'guard', 'committee', 'tribunal']);

/**
 * A name that opens with a state's, a county's or a town's name and ends with an authority's head (`Florida Highway
 * Patrol troopers said`, `the Pasco Sheriff's Office`, `Tokyo District Court`) is the body, where the recogniser read
 * the place's word first: a place's name opening a name weighs heavily towards the place. Not a place the lists know
 * whole (`West Bank`), nor a word compromise reads as a verb opening it (`Got Excellent Service`, a review's title).
 */
function regionalBodiesAreOrgs(items: Item[]): void {
  for (const it of items) {
    if (it.type !== 'PLACE' || it.words < 2 || !has(it, 'e:head-org') || !openToRules(it)) continue;
    if (!AUTHORITY_HEADS.has(it.text.slice(it.text.lastIndexOf(' ') + 1).toLowerCase()) || /Post Office$/u.test(it.text) || it.features.includes('tagf=Verb')) continue;
    const first = it.text.slice(0, it.text.indexOf(' '));
    if (!placeWord(first) || placeWord(it.text) || isGazetteerPlace(it.text)) continue;
    it.type = 'ORG';
    it.ruled = 'a place’s body (head word rule)';
  }
}

// Words a body's long name holds in lower case (`Council for the Protection of Rural England`).
const BODY_CONNECTORS: ReadonlySet<string> = new Set(['of', 'for', 'the', 'on', 'in']);

/**
 * A name of four words or more that an organisation's head word ends, in running text (a lower-case word or
 * punctuation after it), is a body where the recogniser left it no name (`Great Barrier Reef Marine Park Authority
 * said`): the training corpora hold few names this long, and their length and the places inside them weigh
 * towards no name.
 */
function longBodiesHeaded(items: Item[]): void {
  eachWithReach(items, (it, i, reached) => {
    if (it.type !== null || it.words < 4 || !has(it, 'e:head-org') || it.features.includes('nextc=Cap') || it.features.includes('e:non-entity-head')) return;
    const words = it.text.split(/\s+/u);
    // Not two names joined (`Caraibes and Latin Club`), nor a line shouting a word (`GREAT Store GREAT Service`).
    if (!words.every((w) => /^\p{Lu}/u.test(w) || BODY_CONNECTORS.has(w)) || words.some((w) => w === 'and' || w === '&' || /^\p{Lu}{4,}$/u.test(w))) return;
    // Not a signature's or a list's run of names (`Sara Shackleton Enron Wholesale Services`), whose parts are typed, nor
    // one a given name or a verb opens (`Attended James High School`).
    const first = words[0] as string;
    if (wordLists(first).some((l) => l === 'firstName' || l === 'personName') || lowerReading(first.toLowerCase()).has('Verb') || overlapsTyped(items, i, reached) || !openToRules(it)) return;
    it.type = 'ORG';
    it.ruled = 'an organisation’s head word ending a long name (rule)';
  });
}

// What a public service does, before `Service` ending its name (`Crown Prosecution Service`, `London Ambulance Service`).
const PUBLIC_SERVICES: ReadonlySet<string> = new Set(['fire', 'rescue', 'ambulance', 'prison', 'prisons', 'prosecution', 'police', 'health', 'probation', 'coastguard', 'weather',
  'forest', 'park', 'parks', 'revenue', 'security', 'intelligence', 'immigration', 'border', 'postal', 'civil', 'diplomatic', 'foreign', 'emergency',
  'meteorological', 'wildlife', 'geological', 'veterinary', 'customs', 'statistical', 'statistics', 'employment', 'marshals', 'correctional', 'corrections',
  'courts', 'tribunals', 'library', 'libraries', 'broadcasting', 'press', 'news', 'ombudsman', 'inspection', 'protective']);

/**
 * A public service named by what it does (`Crown Prosecution Service`, `Shropshire Fire and Rescue Service`, `London
 * Ambulance Service`) is a body: the recogniser, whose training text writes `Service` mostly in other names (a
 * church's, a product's), reads such names as no name.
 */
function publicServicesAreBodies(items: Item[]): void {
  for (const it of items) {
    if ((it.type !== null && it.type !== 'PLACE') || it.words < 2) continue;
    const words = shapeOf(it.source).lowered;
    // Not a part of a longer name (`Health Service Executive`).
    if (words.at(-1) !== 'service' || !PUBLIC_SERVICES.has(words.at(-2) as string) || !/\sService$/u.test(it.text) || it.features.includes('nextc=Cap') || !openToRules(it)) continue;
    it.type = 'ORG';
    it.ruled = 'a public service (head word rule)';
  }
}

/**
 * A name that is a country's and then the words of a trade (`China Life`, `Korea Zinc`, `Canada Goose`; the name
 * finder keeps them whole, `countryFirm`) is a firm named after its country: the corpora hold few, and the recogniser
 * reads the country in it as the place (or no name), not the firm. Not where it reads a person.
 */
function firmsNamedForCountries(items: Item[]): void {
  for (const it of items) {
    if (it.type === 'ORG' || it.type === 'PERSON' || !has(it, 'e:country-firm') || !openToRules(it)) continue;
    it.type = 'ORG';
    it.ruled = 'a firm named after its country (rule)';
  }
}

/**
 * A university news names by one word (the news lexicon's `universities`: `researchers at Harvard`, `studied
 * economics at Oxford`, `a Stanford study`) is the university where the sentence names it as a place of study or
 * research (`academicBeside`), where the recogniser read no name (*Harvard*, *Yale*), a person (*Stanford*) or its
 * town (*Princeton*, *Cambridge*). Only that mention: the same word elsewhere may be the town (`lives in Oxford`).
 */
function universitiesAreOrgs(items: Item[]): void {
  items.forEach((it, i) => {
    if (!it.source.academic || it.type === 'ORG' || !openToRules(it)) return;
    // A campus after its university's name is the campus's town (`the University of California at Berkeley`).
    const before = items[i - 1];
    if (before?.type === 'ORG' && it.start - before.end === ' at '.length) return;
    it.type = 'ORG';
    it.ruled = 'a university named as a place of study or research (news lexicon rule)';
  });
}

// The lists whose knowledge of a whole name agrees with the kind an apposition gives it (`Jollibee` is a brand).
const KIND_LISTS: Readonly<Record<'ORG' | 'PLACE', ReadonlySet<string>>> = {
  ORG: new Set(['brand', 'company', 'orgLex', 'orgWn', 'orgHead', 'sportsTeam']),
  PLACE: new Set(['city', 'placeWn', 'placeLex', 'region', 'placeHead', 'facilityWn']),
};

/**
 * A name a noun in apposition describes as a firm or a place (`Safaricom, the country's largest telecoms firm,`,
 * `Swiss drugmaker Zentiva`, `Ouallam, a town of 20,000 people,`; `kindBeside`) is one, and so are the article's
 * other mentions of it the recogniser left no name: news introduces so the firms and towns its readers do not know,
 * and the recogniser, which knows neither the word nor the apposition, reads such a word as a place, a person or no
 * name. It overrides a type only where no list knows the whole name as anything else, no title or honorific stands
 * before it, and, over a person, no list knows a word of it as a person's; a name the article describes as both kinds
 * is left alone.
 */
function kindsInApposition(items: Item[]): void {
  const kinds = new Map<string, 'ORG' | 'PLACE' | null>();
  for (const it of items) {
    const kind = it.source.kind;
    // A country is no firm nor a town, whatever noun stands before it: there the firm's name was read short (`whose
    // firm Singapore GP holds the rights`), and the article's other mentions are the country.
    if (!kind || hypothesis(it.source) || countryOf(it.text) !== undefined) continue;
    kinds.set(it.root, kinds.has(it.root) && kinds.get(it.root) !== kind ? null : kind);
  }
  if (kinds.size === 0) return;
  // A one-word name right after a firm's noun is the firm, whatever person the lists know by the word (`Swiss
  // drugmaker Roche`, `the carrier Delta`), and so are its other one-word mentions without a title: a person would be
  // named in full after a role (`drugmaker boss Ann Roche`).
  // Only after a noun that names no person's trade (`drugmaker`, `carmaker`, `lender`; not `broadcaster`, `miner`,
  // `operator`), and not for a name the article gives a person's cues (`Dimbleby, 86, said`, `Ford told reporters he`).
  const firmsAfterKind = new Set<string>();
  for (const it of items) if (it.words === 1 && it.source.kind === 'ORG' && FIRM_ONLY_BEFORE.has(wordBefore(it)) && !hypothesis(it.source) && countryOf(it.text) === undefined) firmsAfterKind.add(it.root);
  if (firmsAfterKind.size > 0) {
    for (const it of items) {
      if (!firmsAfterKind.has(it.root)) continue;
      if (it.source.heSaid || has(it, 'e:age') || has(it, 'e:title') || it.features.includes('e:honorific') || (it.type === 'PERSON' && it.words > 1)) firmsAfterKind.delete(it.root);
    }
  }
  eachWithReach(items, (it, i, reached) => {
    const kind = kinds.get(it.root);
    if (!kind || it.type === kind || it.type === 'NORP' || !openToRules(it)) return;
    const afterKind = kind === 'ORG' && it.words === 1 && firmsAfterKind.has(it.root) && !has(it, 'e:title') && !it.features.includes('e:honorific');
    if (it.type === null) {
      if (overlapsTyped(items, i, reached)) return;
    } else if (afterKind) {
      // the firm's noun decides
    } else if (!it.source.kind || !it.index.lists.every((k) => k === 'k:none' || KIND_LISTS[kind].has(k.slice(2))) || has(it, 'e:title') || it.features.includes('e:honorific')) {
      return;
    } else if (it.type === 'PERSON' && it.features.some((f) => PERSON_WORD.has(f))) {
      return;
    }
    it.type = kind;
    it.ruled = kind === 'ORG' ? 'described as a firm or body in apposition (news lexicon rule)' : 'described as a place in apposition (news lexicon rule)';
  });
}

// Nouns of a firm's kind that name no person's trade, before a firm's one-word name whatever else the word is.
const FIRM_ONLY_BEFORE: ReadonlySet<string> = new Set(['drugmaker', 'carmaker', 'automaker', 'chipmaker', 'planemaker', 'steelmaker', 'toymaker', 'handsetmaker', 'conglomerate', 'multinational', 'lender', 'insurer', 'reinsurer', 'brewer', 'refiner', 'shipbuilder', 'airline', 'carrier', 'bank', 'company', 'firm', 'group', 'start-up', 'startup', 'supermarket', 'utility', 'brokerage', 'consultancy', 'consortium', 'watchdog', 'tabloid'].map((w) => `prev=${w}`));

// Nouns of a firm's kind written before its short name (`the carrier Delta`, `the lender Santander`).
const FIRM_KIND_BEFORE: ReadonlySet<string> = new Set([...FIRM_NOUNS_BEFORE, 'carrier', 'company', 'bank'].map((w) => `prev=${w}`));

/**
 * A one-word name after a noun of a firm's kind, where the article names an organisation in full that opens with
 * that word (`Delta Air Lines said the carrier Delta would add flights`), is that organisation: `carrier` alone
 * could be a warship's and the word a person's, but not both with the firm's full name in the article.
 */
function shortFirmsAfterTheirKind(items: Item[]): void {
  let firms: Set<string> | undefined;
  eachWithReach(items, (it, i, reached) => {
    if (it.type === 'ORG' || it.type === 'NORP' || !has(it, 'words=1') || !FIRM_KIND_BEFORE.has(wordBefore(it)) || !openToRules(it)) return;
    firms ??= new Set(items.filter((x) => x.type === 'ORG' && x.words > 1).map((x) => x.text.split(/\s+/u)[0] as string));
    if (!firms.has(it.text) || (it.type === null && overlapsTyped(items, i, reached))) return;
    it.type = 'ORG';
    it.ruled = 'a firm’s short name after its kind (rule)';
  });
}

/**
 * The short name a body's full name defines in brackets (`Office for Students (OfS)`, `Department for Education
 * (DfE)`), there and wherever the article uses it, is of the full name's type: the recogniser read letters in mixed
 * case, which no acronym's feature covers, as no name.
 */
function bracketAliasesShareType(items: Item[]): void {
  const named = new Map<string, EntityType>();
  for (const it of items) if (it.type && it.type !== 'NORP' && it.words > 1 && has(it, 'e:bracket-acronym')) named.set(it.root, it.type);
  if (named.size === 0) return;
  eachWithReach(items, (it, i, reached) => {
    const type = named.get(it.root);
    if (!type || it.words !== 1 || it.type === type || it.type === 'NORP' || !/^\p{Lu}[\p{L}&]*\p{Lu}/u.test(it.text) || !openToRules(it)) return;
    if (it.type === null && overlapsTyped(items, i, reached)) return;
    it.type = type;
    it.ruled = 'the short name its full name defines (rule)';
  });
}

// The words a firm's name ends in that its short name drops: its legal form and its group's words (`Granada Group
// Plc` is `Granada`, `Forte Plc` `Forte`, `Siebe Plc` `Siebe`).
const GROUP_WORD_END = /,?\s+(?:&\s+Co|Group|Holdings?|Corporation|Company|Cos?|Corp|Inc|Ltd|Limited|LLC|LLP|Plc|PLC|plc|GmbH|AG|SA|SE|NV|BV|SpA|ASA|AB|Oyj|Bhd|Berhad|Tbk|International|Industries)\.?$/u;

/**
 * A firm named in full with its legal form or group's word (`Granada Group Plc launched a bid for Forte Plc`), or
 * after its founders (`Eli Lilly`), is the firm when the article names it short (`Granada said`, `Forte rose`,
 * `GRANADA LAUNCHES BID`), where the recogniser read the town (`Granada`) or the surname (`Forte`) the lists know by
 * that word, or no name, in every sentence without a firm's word: business news names the firm in full once. Placed
 * by its sentence (`in Granada`, a dateline) it stays the town, after a title the person, and a name the article
 * gives a person in full (`Rocco Forte`) is left to the recogniser.
 */
function firmsNamedShort(items: Item[]): void {
  const shorts = new Set<string>();
  for (const it of items) {
    // A firm named after its founders goes by one of them (`Eli Lilly` by `Lilly`, `Goldman Sachs` by `Goldman`):
    // the surname after a given name, else the first.
    if (it.type === 'ORG' && it.words === 2 && !/&/u.test(it.text) && isPersonNamedFirm(it.text)) {
      const [first, last] = it.text.split(/\s+/u) as [string, string];
      shorts.add((wordLists(first).includes('firstName') ? last : first).toLowerCase());
    }
    if (it.type !== 'ORG' || it.words < 2 || !GROUP_WORD_END.test(it.text)) continue;
    let name = it.text;
    for (let cut = name.replace(GROUP_WORD_END, ''); cut !== name; cut = cut.replace(GROUP_WORD_END, '')) name = cut;
    if (/^\p{Lu}/u.test(name)) shorts.add(name.toLowerCase());
  }
  if (shorts.size === 0) return;
  // A person the article names in full by the word (`Rocco Forte`, `Lilly King`), or gives a person's cues (`Lord
  // Forte … Forte, 88, said he`), keeps it.
  for (const it of items) {
    const lowered = it.text.toLowerCase().split(/\s+/u);
    if (it.type === 'PERSON' && it.words > 1) { shorts.delete(lowered.at(-1) as string); shorts.delete(lowered[0] as string); }
    if (it.words === 1 && (it.source.heSaid || has(it, 'e:age') || has(it, 'e:title') || it.features.includes('e:honorific'))) shorts.delete(lowered[0] as string);
  }
  eachWithReach(items, (it, i, reached) => {
    if (it.type === 'ORG' || it.type === 'NORP' || !shorts.has(it.text.toLowerCase()) || !openToRules(it)) return;
    if (it.text !== it.text.toUpperCase() && !/^\p{Lu}/u.test(it.text)) return;
    // Not a common word opening a sentence (`Southern states`, `Future growth` after `Southern Co`, `Future plc`), nor
    // a town before its officer (`the Granada mayor`).
    if ((has(it, 'e:initial') && (has(it, 'k:commonNoun') || it.features.includes('nextc=Noun') || it.features.includes('nextc=Plural'))) || TITLE_WORDS.has(wordAfter(it).slice('next='.length))) return;
    if (PLACING_EVIDENCE.some((f) => has(it, f)) || has(it, 'e:title') || (it.type === null && overlapsTyped(items, i, reached))) return;
    it.type = 'ORG';
    it.ruled = 'a firm named short after its full name (rule)';
  });
}

// A town named with its river, sea or region by a particle between hyphens, or by `upon` (`Henley-on-Thames`,
// `Boulogne-sur-Mer`, `Kingston upon Hull`): the name finder keeps such a name whole (`townParticle` in names.ts).
const TOWN_BY_RIVER = /^\p{Lu}[\p{L}'’]*(?:-(?:upon|on|under|super|sur|en|le|am|an|im)-| upon )\p{Lu}[\p{L}'’-]*$/u;

/**
 * A name of that shape is a town wherever it stands (`Residents of Walton-on-Thames said`): no person, firm or body
 * is named so, and the recogniser, which has seen few such names, reads the hyphenated word as it reads any unknown
 * one (a person, an organisation, no name).
 */
function townsByTheirRivers(items: Item[]): void {
  eachWithReach(items, (it, i, reached) => {
    if (it.type === 'PLACE' || !TOWN_BY_RIVER.test(it.text) || !openToRules(it)) return;
    if (!it.type && overlapsTyped(items, i, reached)) return;
    it.type = 'PLACE';
    it.ruled = 'a town named with its river, sea or region (rule)';
  });
}

/**
 * A firm named after its founders that the news lexicon lists is a firm (`Merrill Lynch said`, `Lockheed Martin won
 * the contract`), where the recogniser read the founders or no name.
 */
function personNamedFirmsAreFirms(items: Item[]): void {
  firmsWhere(items, (it) => it.words >= 2 && !has(it, 'e:title') && isPersonNamedFirm(it.text), 'a firm named after its founders (news lexicon rule)');
}

// A company's legal form, written last in its name (`Wells Fargo & Co`, `Merrill Lynch & Co. Inc.`, `Acme Ltd`).
// Longer runs ending in a legal form are signatures and letterheads run together (`Mary Roe Senior Counsel Acme Inc.`).
const MAX_FIRM_WORDS = 6;
const LEGAL_FORM_END = /\s(?:Inc|Corp|Co|Cos|Ltd|LLC|LLP|Plc|PLC|plc|GmbH|AG|SA|NV|SpA|AB|ASA|A\/S|BV|Oyj|Pty|Bros)\.?$/u;

/**
 * A name that ends in a company's legal form is a firm (`Wells Fargo & Co said`, `Merrill Lynch & Co. Inc.`), and
 * the people or places the recogniser found inside it were its partners' names (`Merrill Lynch`): no person, place
 * or group takes a legal form. The recogniser weighs the ampersand as two names coordinated (`Dye & Bavelier`,
 * `e:and-inside`) and the partners' surnames as people. A part the rules or the workspace decided is left alone.
 */
function legalFormsCloseFirms(items: Item[]): void {
  // The furthest end of the typed items that start before the current one (items run in document order).
  let reach = -1;
  let folded = 0;
  for (let i = 0; i < items.length; i++) {
    const it = items[i] as Item;
    for (; folded < i && (items[folded] as Item).start < it.start; folded++) {
      const x = items[folded] as Item;
      if (x.type && x.end > reach) reach = x.end;
    }
    if (it.type === 'ORG' || it.words < 2 || it.words > MAX_FIRM_WORDS || !LEGAL_FORM_END.test(it.text) || !openToRules(it) || reach > it.start) continue;
    // A state's or province's postal code after its town is no legal form (`Las Vegas NV`, `Calgary AB`); after a
    // firm's words it is (`Philips Electronics NV`).
    const cut = it.text.lastIndexOf(' ');
    if (REGION_ABBREVIATIONS.has(it.text.slice(cut + 1)) && (isGazetteerPlace(it.text.slice(0, cut)) || wordLists(it.text.slice(0, cut)).includes('city'))) continue;
    // Only partners' names give way to the firm (`Merrill Lynch & Co`): a person in a run without an ampersand is
    // someone named before the firm (a signature's `Jane Roe Acme Trading Ltd`).
    const partners = it.text.includes('&');
    const inside: Item[] = [];
    let blocked = false;
    for (let j = folded; j < items.length && (items[j] as Item).start < it.end; j++) {
      const x = items[j] as Item;
      if (x === it || !x.type) continue;
      // A span the tagger proposed gives way too; what a hand rule or the workspace decided does not.
      if (x.end > it.end || handRule(x) !== undefined || x.source.ruleWhy || taught(x) || (x.type === 'PERSON' && !partners)) { blocked = true; break; }
      inside.push(x);
    }
    if (blocked) continue;
    for (const x of inside) x.type = null;
    it.type = 'ORG';
    it.ruled = 'a name ending in a company’s legal form (rule)';
  }
}

/**
 * One word that only the firm lists know (`OpenAI`, `Nvidia`, `Huawei said`): no common noun, given name, surname
 * or place of that spelling, so the word is the firm wherever it stands, opening a sentence too, where the second
 * pass had learned from web text that a capital means little. Not a short word or an acronym, which the lists match
 * whatever their letters' case (`CoM`, a centre of mass, is a firm's `COM` to them).
 */
function onlyAFirm(it: Item): boolean {
  return it.words === 1 && it.text.length >= 4 && /^\p{Lu}/u.test(it.text) && !shapeOf(it.source).acronym && it.index.lists.every((k) => (FIRM_LISTED as readonly string[]).includes(k));
}

/**
 * Partners' names joined by `&` are a firm (`Johnson & Johnson`, `Simon & Schuster`, `Smith & Wesson`): the
 * surnames read as a person to the recogniser, but no one person's name holds an ampersand. A name of that shape the
 * recogniser left no name stays so: in the corpora those are authors cited together (`Dye & Bavelier`) and street
 * corners (`Priest & Washington`), which the rule typed organisations when it also took them (GUM ORG −0.7).
 */
function partnersAreFirms(items: Item[]): void {
  for (const it of items) {
    if (it.type !== 'PERSON' || !/\p{Lu}\S*\s+&\s+\p{Lu}/u.test(it.text) || !openToRules(it)) continue;
    it.type = 'ORG';
    it.ruled = 'partners’ names joined by “&” (rule)';
  }
}

/**
 * A name after a preposition of place and the article is a place, not a person (`found guilty at the Old Bailey`,
 * `outside the Hermitage`): a personal name takes no article, and where a surname-like word ends the name
 * (*Bailey*) compromise and the surname lists outweigh the article in the recogniser. Across the training corpora
 * a gold person after `at the`, `in the`, `outside the` … is a plural (`the Tsars`), a possessive (`the Bernoulli's`)
 * or modifies a noun after it (`in the Bush administration`), which the evidence (`e:the`, never
 * `e:the-modifier`) and the checks below leave alone.
 */
function placedAfterTheArePlaces(items: Item[]): void {
  for (const it of items) {
    if (it.type !== 'PERSON' || !has(it, 'e:the') || !(has(it, 'e:locative') || has(it, 'e:locative-from')) || has(it, 'e:possessive')) continue;
    if (/s$/u.test(it.text) || !openToRules(it)) continue;
    it.type = 'PLACE';
    it.ruled = 'after a preposition of place and “the” (rule)';
  }
}

// Nouns for the land a river's or a region's name names (`the Amazon rainforest`, `the Congo basin`).
const LAND_NOUNS: ReadonlySet<string> = new Set(['rainforest', 'forest', 'basin', 'river', 'region', 'jungle', 'delta', 'valley', 'biome', 'watershed', 'estuary']);

/**
 * A firm named by a word that also names a river or a region (`Amazon`, WordNet's place too) is the place after
 * `the` (`fires in the Amazon`, `the Amazon rainforest`, `the Amazon is drying`): a firm's name takes no article
 * except before a noun it modifies (`the Amazon deal`), which only the land's nouns leave the place.
 */
function geographicWordFirms(items: Item[]): void {
  for (const it of items) {
    if (it.words !== 1 || it.type === 'PLACE' || !WORD_FIRMS.has(it.text) || !it.features.includes('k:placeWn')) continue;
    const modifier = it.features.includes('e:the-modifier');
    if (!(has(it, 'e:the') || modifier) || (modifier && !LAND_NOUNS.has(wordAfter(it).slice('next='.length))) || !openToRules(it)) continue;
    it.type = 'PLACE';
    it.ruled = 'a river’s or region’s name after “the”, which a firm shares (rule)';
  }
}

// A quarter of a town or region as the last word of a seat's or a district's name (`Norwich South`, `Dublin
// Mid-West`, `Belfast East`).
const QUARTERS = /^(?:North|South|East|West|Central|Mid|Mid-West|North-East|North-West|South-East|South-West|Northeast|Northwest|Southeast|Southwest|Inner|Outer)$/u;

/**
 * A place's name and a quarter after it is a place (`He won Norwich South`, `the MP for Bradford West`, `Toowoomba
 * North`): how electoral seats and a town's districts are named, which the recogniser reads as a firm or a person's
 * surname (`West`). Two or three words, all before the quarter a place the lists know, none a given name first
 * unless a preposition places the name (`the MP for Bradford West`).
 */
function placesByTheirQuarter(items: Item[]): void {
  for (const it of items) {
    const placed = has(it, 'e:locative') || it.index.before === 'prev=for';
    if (it.type === 'PLACE' || it.words < 2 || it.words > 3 || has(it, 'e:head-org') || (has(it, 'kf:firstName') && !placed)) continue;
    // A person the lists or the article know as one, or a speaker (`Kanye West said he would tour`), unless a
    // preposition places the name.
    if (!placed && (it.source.heSaid || has(it, 'e:speech-verb') || (it.type === 'PERSON' && ['k:personLex', 'k:personWn', 'e:cg-person'].some((f) => it.features.includes(f))))) continue;
    // Nor a given name that is also a word before the quarter (`Lily East`), unless placed.
    if (!placed && it.features.includes('kf:givenCommon')) continue;
    const words = it.text.split(/\s+/u);
    const quarter = words[words.length - 1] as string;
    if (!QUARTERS.test(quarter) || !words.slice(0, -1).every((w) => placeWord(w)) || !openToRules(it)) continue;
    it.type = 'PLACE';
    it.ruled = 'a place and its quarter: a seat or a district (rule)';
  }
}

// Prepositions that put someone inside or beside a building (`inside the Kremlin`, `outside the White House`); not
// `at` or `in`, which name the body its people work for as often (`officials at the Pentagon`, `hardliners in the
// Kremlin`).
const INSIDE = new Set(['locative=inside', 'locative=outside', 'locative=into', 'locative=near']);

/**
 * A building that also names the body it houses is the building after `inside the`, `outside the`, `into the`,
 * `near the` (`talks inside the Kremlin`, `protesters outside the White House`): where one is, not who acts. Only names
 * WordNet knows as a building (`facilityWn`), after `the`; the same name acting stays the body (`the Kremlin said`).
 */
function buildingsOneIsIn(items: Item[]): void {
  for (const it of items) {
    if (it.type !== 'ORG' || !has(it, 'e:the') || !it.features.includes('k:facilityWn') || !it.features.some((f) => INSIDE.has(f)) || !openToRules(it)) continue;
    it.type = 'PLACE';
    it.ruled = 'a building one is in (rule)';
  }
}

/**
 * One ordinary word opening a sentence before an office and its holder qualifies the office (`Council leader Tom
 * Hayes`, `Police spokesman John Smith`, `Hospital director Ana Ruiz`): capitalised by its place, it names no body,
 * though an organisation's head word and the office after it weigh towards one in the recogniser.
 */
function openingWordsBeforeOffices(items: Item[]): void {
  for (const it of items) {
    if (it.type !== 'ORG' || !ordinaryOpening(it) || !has(it, 'e:before-office') || !openToRules(it)) continue;
    it.type = null;
    it.ruled = 'an ordinary word opening a sentence before an office (rule)';
  }
}

// What news names after a leader's surname (`the Trump administration`, `the Albanese government`).
// Not `era`, `years` or `doctrine`, which follow reigns, dynasties and periods as often (`the Meiji era`, `the Tudor
// years`, `the Monroe Doctrine`).
const LED_BODIES: ReadonlySet<string> = new Set(['next=administration', 'next=government', 'next=cabinet', 'next=presidency', 'next=premiership', 'next=regime', 'next=camp', 'next=campaign']);
// The lists that know a word as a surname.
const SURNAME_FEATURES: readonly string[] = ['k:surname', 'k:famous', 'k:famousCommon', 'k:personWn'];

/**
 * A surname before what its bearer leads is the person (`the Trump administration`, `the Modi government`, `the
 * Albanese government`): the recogniser reads a modifier of a common noun after `the` as no name. Only a word the
 * surname lists know or no list knows, or one the article names as a person elsewhere, left no name and not a
 * place's or a body's.
 */
function leadersBeforeTheirGovernments(items: Item[]): void {
  const surnames = new Set<string>();
  for (const it of items) if (it.type === 'PERSON') surnames.add(it.text.slice(it.text.lastIndexOf(' ') + 1));
  for (const it of items) {
    if (it.type !== null || it.words !== 1 || !LED_BODIES.has(wordAfter(it)) || !it.features.includes('e:the-modifier')) continue;
    // A surname the lists know, or a word no list knows (`Sunak`, `Ardern`; not letters, `the COP presidency`); not a
    // place's, a body's or a people's.
    const unknown = it.index.lists.every((l) => l === 'k:none') && !has(it, 'e:acronym');
    const named = surnames.has(it.text) || ((unknown || SURNAME_FEATURES.some((f) => it.features.includes(f))) && !it.index.lists.some((l) => l === 'k:city' || l === 'k:country' || l === 'k:region' || l === 'k:placeWn' || l === 'k:orgWn' || l === 'k:demonym'));
    if (!named || !openToRules(it)) continue;
    it.type = 'PERSON';
    it.ruled = 'a leader’s surname before what they lead (rule)';
  }
}

/**
 * One word opening a sentence that is a common noun's or a role's plural and no list knows otherwise (`Ministers`,
 * `Officials`; not `Banks`, a surname too).
 */
function ordinaryPluralOpening(it: Item): boolean {
  if (it.words !== 1 || !has(it, 'e:initial') || !/^\p{Lu}\p{Ll}+s$/u.test(it.text)) return false;
  const ordinary = (l: string): boolean => l === 'commonNoun' || l === 'roleNoun';
  return wordLists(it.text).every(ordinary) && wordLists(it.text.slice(0, -1)).some(ordinary);
}

/**
 * A common noun's plural opening a sentence is no person (`Ministers rejected the plan`, `Investigators said`):
 * capitalised by its place, it names a group of people the recogniser may read as a person before a verb of saying.
 * Not a word any list knows as a name (`Banks`, `Brooks`: surnames too), and not one the article writes as a name
 * elsewhere.
 */
function pluralsOpeningAreNoPeople(items: Item[]): void {
  const named = new Set(items.filter((it) => !has(it, 'e:initial') && it.type === 'PERSON').map((it) => it.text));
  for (const it of items) {
    if (it.type !== 'PERSON' || !ordinaryPluralOpening(it) || named.has(it.text) || !openToRules(it)) continue;
    it.type = null;
    it.ruled = 'a common noun’s plural opening a sentence (rule)';
  }
}

// Australian states by their letters, which the lists know as a body's (WordNet has `NSW` among its groups).
const STATE_LETTERS: ReadonlySet<string> = new Set(['NSW', 'QLD', 'Qld', 'Tas', 'Vic']);

/** A state named by its letters is the place (`NSW Premier Chris Minns`, `floods in NSW`), not a body. */
function statesByTheirLetters(items: Item[]): void {
  for (const it of items) {
    if (it.type !== 'ORG' || !STATE_LETTERS.has(it.text) || !openToRules(it)) continue;
    it.type = 'PLACE';
    it.ruled = 'a state by its letters (rule)';
  }
}

/**
 * A town in capitals opening a paragraph before a colon is the dateline (`WASHINGTON: Senator John Thune told …`,
 * `SYDNEY: Premier Chris Minns …`), as wire services in Asia and Australia write it, not a transcript's speaker
 * label, which the recogniser reads it as. Only where the article labels no other paragraph so (a transcript labels
 * its speakers again and again: `TRUMP:`, `HOST:`), and only a word the place lists know.
 */
function colonDatelines(items: Item[]): void {
  const labels = items.filter((it) => it.words === 1 && has(it, 'e:initial') && has(it, 'e:caps-name') && it.index.punctuation.some((p) => p.endsWith('|:')));
  if (labels.length !== 1) return;
  for (const it of labels) {
    if (it.type === 'PLACE' || !it.features.some((f) => f === 'k:city' || f === 'k:country' || f === 'k:region') || !openToRules(it)) continue;
    it.type = 'PLACE';
    it.ruled = 'a town in capitals before a colon: a dateline (rule)';
  }
}

// Arabic words that open only places' names (monastery, house, village, valley, mountain, cape, spring, well), and
// those that open a person's too (`Khan`, `Tal`, `Tell`, `Ras`), which count only without a person's cue.
const ARABIC_PLACE_OPENERS: ReadonlySet<string> = new Set(['Deir', 'Dayr', 'Beit', 'Bayt', 'Kafr', 'Kfar', 'Wadi', 'Jabal', 'Jebel', 'Ein', 'Bir']);
const ARABIC_PLACE_OR_NAME: ReadonlySet<string> = new Set(['Khan', 'Tal', 'Tell', 'Ras']);
const PERSON_CUES: readonly RuleFeature[] = ['e:title', 'e:age', 'e:speech-verb', 'e:possessive'];

/**
 * A name opening with an Arabic word for a place (`Deir Ali`, `Wadi Rum`, `Kafr Kanna`; `Khan Younis`, `Tal
 * al-Sultan` where nothing says a person) is a place: towns, camps and valleys of the Levant and the Gulf that no
 * gazetteer spells as news does, whose second word is often a given name (`Ali`, `Younis`), which the recogniser reads
 * as a person's.
 */
function arabicPlaceNames(items: Item[]): void {
  for (const it of items) {
    // Not a body's name with its head (`Khan Academy`).
    if (it.type === 'PLACE' || it.words < 2 || it.words > 4 || has(it, 'e:head-org') || !openToRules(it)) continue;
    const first = it.text.slice(0, it.text.indexOf(' '));
    // A place's second word is a name's, not letters (`Tell MAMA`, the charity).
    if (/^\p{Lu}{2,}\b/u.test(it.text.slice(first.length + 1))) continue;
    const sure = ARABIC_PLACE_OPENERS.has(first);
    if (!sure && !(ARABIC_PLACE_OR_NAME.has(first) && !PERSON_CUES.some((f) => has(it, f)) && !it.source.heSaid)) continue;
    it.type = 'PLACE';
    it.ruled = 'an Arabic word for a place opening the name (rule)';
  }
}

/**
 * A quoted plural after `the` names a group (`the group, dubbed the “Minions”`, `a gang known as the “Pink
 * Panthers”`): the quotation marks say the words are a name, the plural that it is not one person. The training
 * corpora hold one such name, too few to weigh the evidence (`e:quoted-plural`).
 */
function quotedPluralsAreGroups(items: Item[]): void {
  eachWithReach(items, (it, i, reached) => {
    if (it.type === 'ORG' || it.type === 'NORP' || !has(it, 'e:quoted-plural')) return;
    if (!openToRules(it) || (!it.type && overlapsTyped(items, i, reached))) return;
    it.type = 'ORG';
    it.ruled = 'quoted plural after “the”: a group’s name (rule)';
  });
}

// What the lists say of a whole name that makes it a firm's.
const FIRM_LISTED: readonly RuleFeature[] = ['k:company', 'k:brand', 'k:orgLex'];

/**
 * An owner and what they own (`Elon Musk's SpaceX launched …`, `Mark Zuckerberg's Meta`): a given name and a surname
 * before a possessive is a person where the recogniser typed it a firm (the possessive before a capitalised word
 * reads like `Morgan Stanley's` to it; across the corpora 41 of 43 such names are gold people or no name), unless
 * the firm lists hold the whole name; and a firm the company or brand lists hold right after a possessive is a firm
 * where the recogniser left it no name.
 */
function ownersAndTheirFirms(items: Item[]): void {
  eachWithReach(items, (it, i, reached) => {
    if (it.type === 'ORG' && it.words === 2 && has(it, 'e:possessive') && has(it, 'kf:firstName') && !FIRM_LISTED.some((k) => has(it, k)) && openToRules(it)) {
      it.type = 'PERSON';
      it.ruled = 'a person’s name before a possessive (rule)';
      return;
    }
    if (it.type || it.words !== 1 || !(has(it, 'k:company') || has(it, 'k:brand')) || !afterPossessive(it)) return;
    if (!openToRules(it) || overlapsTyped(items, i, reached)) return;
    it.type = 'ORG';
    it.ruled = 'a listed firm after a possessive (rule)';
  });
}

// A storm's name after its kind (`Hurricane Milton`, `Typhoon Haiyan`, `Tropical Storm Alberto`, `Storm Boris`).
// `Storm` alone is also a given name (`Storm Reid`): storms are named with given names, so a surname after it is a
// person's (`surnameAfterStorm`).
const STORM = /^(?:Hurricane|Typhoon|Super Typhoon|Cyclone|Tropical Cyclone|Tropical Storm|Tropical Depression|Subtropical Storm|Winter Storm|Storm)\s+(\p{Lu}[\p{L}'’-]*)$/u;

// A vessel's or spacecraft's name after its kind written as part of it (`Space Shuttle Atlantis`, `USS Gerald R.
// Ford`, `HMS Queen Elizabeth`).
const CRAFT = /^(?:Space\s+Shuttle|Shuttle|USS|USNS|HMS|HMCS|HMAS|HMNZS|RMS|TCG|ROKS|KRI|PNS|BNS|HTMS|MV)\s+(\p{Lu}.*)$/u;
// An aircraft's maker and type (`Airbus A300`, `Boeing 777`, `Embraer 190`, `Airbus A321 XLR`): a product, not the maker.
const AIRCRAFT = /^((?:Airbus|Boeing|Embraer|Bombardier|ATR|Antonov|Tupolev|Ilyushin|Sukhoi|Fokker|Cessna|COMAC|Dornier|Yakovlev)\s+\p{Lu}{0,3}-?\d[\p{L}\d-]*(?:\s+(?:MAX|Max|XWB|NG|ER|LR|XLR|Dreamliner)(?:\s+\d+)?)?)$/u;
// The kinds of craft written before a name in lower case (`the shuttle Atlantis`, `the tanker Front Altair`, `the
// rover Perseverance`); not `carrier` (also an airline) nor `probe` (also an inquiry).
const CRAFT_BEFORE = new Set(['shuttle', 'orbiter', 'spacecraft', 'spaceship', 'capsule', 'rover', 'lander', 'ship', 'vessel', 'tanker', 'freighter', 'ferry', 'yacht', 'frigate', 'destroyer', 'submarine', 'warship', 'cruiser', 'liner'].map((w) => `prev=${w}`));

/**
 * The name of the storm, vessel or spacecraft a name is (`Milton` of `Hurricane Milton`), or null. It reads only the
 * paragraph's candidate, so it is remembered with it: these rules run over every name of the article at every
 * keystroke, and the candidates of the paragraphs not edited are the same objects.
 */
function craftOrStorm(it: Item): string | null {
  let name = craftNames.get(it.source);
  if (name === undefined) {
    const storm = it.words > 1 ? STORM.exec(it.text) : null;
    const person = !!storm && /^Storm\s/u.test(it.text) && surnameAfterStorm(storm[1] as string);
    const m = it.words > 1 ? (person ? null : storm) ?? CRAFT.exec(it.text) ?? AIRCRAFT.exec(it.text) : null;
    name = m ? (m[1] as string).toLowerCase() : it.words <= 3 && (CRAFT_BEFORE.has(wordBefore(it)) || numberedAboard(it)) ? it.text.toLowerCase() : null;
    craftNames.set(it.source, name);
  }
  return name;
}
const craftNames = new WeakMap<object, string | null>();

/**
 * A word after `Storm` that names a person's surname rather than a storm's given name: a surname no given-name list
 * holds, or one of someone known (`Storm Reid`, `Storm Hunter`); storms take given names (`Storm Agnes`, `Storm Babet`).
 */
function surnameAfterStorm(word: string): boolean {
  const lists = wordLists(word);
  return (lists.includes('surname') && !lists.includes('firstName')) || lists.some((l) => l === 'personWn' || l === 'famous' || l === 'famousCommon');
}

// What a craft's number says after `aboard` (`aboard Vostok 1`, `aboard Apollo 11`, `aboard Soyuz TMA-5`): a
// vessel, not the town or the person it is named after. A place one is aboard is a craft; its number says so.
const ABOARD = new Set(['prev=aboard', 'prev=onboard']);
function numberedAboard(it: Item): boolean {
  return ABOARD.has(wordBefore(it)) && /^next=(?:\d+|[a-z]{1,4}-\d+)$/u.test(wordAfter(it));
}

/**
 * The feature of the word before a name (`prev=shuttle`) and after it (`next=ceo`), from the name's feature index
 * (found once per paragraph's candidate: these rules run over every name of the article at every keystroke).
 */
function wordBefore(it: Item): string {
  return it.index.before;
}
function wordAfter(it: Item): string {
  return it.index.after;
}

// Nouns a pathogen's or a disease's name stands before (`Lassa fever`, `Ebola virus`, `Zika virus`).
const DISEASE_NOUNS: ReadonlySet<string> = new Set(['virus', 'fever', 'disease', 'syndrome', 'flu']);

/**
 * A disease named after a physician (`Alzheimer's`, `Parkinson's disease`) or a place (`Lassa fever`, `Ebola virus`)
 * is no name: the recogniser read the physicians as people and the towns and rivers as places. A surname the article
 * gives a person in full keeps its possessive (`Michael Parkinson's show`).
 */
function diseasesAreNoNames(items: Item[]): void {
  // Asked of every name at every keystroke: the word after and the word itself first, from the name's index.
  let people: Set<string> | undefined;
  for (const it of items) {
    if (!it.type || it.words > 2) continue;
    const lowered = it.text.toLowerCase();
    const eponymWord = it.words === 1 && EPONYMOUS_DISEASES.has(lowered);
    const diseaseNext = DISEASE_NOUNS.has(wordAfter(it).slice('next='.length));
    if (!eponymWord && !diseaseNext) continue;
    if (!openToRules(it)) continue;
    const after = it.index.punctuation.find((x) => x.startsWith('punc='))?.split('|')[1] ?? '';
    people ??= new Set(items.filter((x) => x.type === 'PERSON' && x.words > 1).map((x) => (x.text.split(/\s+/u).pop() as string).toLowerCase()));
    // Not a town (`Huntington's police chief`), nor a person's craze (`Caitlin Clark fever`).
    const eponym = eponymWord && it.type !== 'PLACE' && /^['’]s?$/u.test(after) && !people.has(lowered);
    const pathogen = diseaseNext && it.type !== 'PERSON' && after === '_';
    if (!eponym && !pathogen) continue;
    it.type = null;
    it.ruled = 'a disease’s name (rule)';
  }
}

// Words that rank an office before its title (`Deputy Prime Minister`, `Senior Adviser`).
const OFFICE_RANKS: ReadonlySet<string> = new Set(['prime', 'vice', 'deputy', 'acting', 'interim', 'assistant', 'associate', 'senior', 'junior', 'first', 'foreign', 'home']);

// Titles of rank, birth and faith, which news writes after `the` for one person the reader knows (`the Queen`, `the
// Pope`) and which may be a stage name (`Prince`); an office's title is none of these.
const TITLES_OF_RANK: ReadonlySet<string> = new Set(['king', 'queen', 'prince', 'princess', 'emperor', 'empress', 'duke', 'duchess', 'earl', 'baron', 'baroness', 'count', 'countess', 'emir', 'sultan', 'pope', 'cardinal', 'bishop', 'archbishop', 'patriarch', 'rabbi', 'imam', 'sheikh', 'ayatollah', 'lord', 'lady', 'dame', 'sir']);

/**
 * An office named without its holder is no name (`Yunus, the Chief Adviser, said`, `the Deputy Prime Minister`, `the
 * Taoiseach said`): two to four words, titles and the words that rank them, ending in a title, or an office's title
 * alone after `the`. One title word of rank alone may be a stage name (`Prince`) or the one person the article means
 * (`the Queen`).
 */
function officesAreNoNames(items: Item[]): void {
  for (const it of items) {
    if (!it.type || it.words > 4) continue;
    if (it.words === 1 && !(has(it, 'e:the') && TITLE_WORDS.has(it.text.toLowerCase()) && !TITLES_OF_RANK.has(it.text.toLowerCase()) && !ORG_HEADS.has(it.text.toLowerCase()))) continue;
    const words = it.text.toLowerCase().split(/\s+/u);
    // Titles, and only the modifiers that rank an office; not a body's word (`Republican Party`, `Labour Party`).
    const title = (w: string): boolean => TITLE_WORDS.has(w.replace(/\.$/u, '')) && !ORG_HEADS.has(w);
    if (!title(words[words.length - 1] as string) || !words.every((w) => title(w) || OFFICE_RANKS.has(w))) continue;
    if (!openToRules(it)) continue;
    it.type = null;
    it.ruled = 'an office without its holder (rule)';
  }
}

/**
 * A storm is no person, organisation or place (`Hurricane Milton made landfall`, then `Milton weakened`): the given
 * name in it reads as a person to the recogniser, in every mention. Nor is a vessel or a spacecraft (`Space Shuttle
 * Atlantis`, `the tanker Front Altair`): a town's or a person's name it bears reads as the town or the person. Its
 * name alone elsewhere in the article is the storm or the craft too, unless the article also names someone by it in
 * full (`Milton Friedman`) or the sentence places it (`Atlantis, Florida`).
 */
function stormsAndCraftsAreNoNames(items: Item[]): void {
  const named = new Set<string>();
  const spans: Item[] = [];
  for (const it of items) {
    const name = craftOrStorm(it);
    if (name === null || !openToRules(it)) continue;
    named.add(name);
    it.type = null;
    spans.push(it);
  }
  if (named.size === 0) return;
  // The parts of the name inside it are no names either (`Dwight D. Eisenhower` of `USS Dwight D. Eisenhower`).
  for (const it of items) if (it.type && !taught(it) && spans.some((x) => x !== it && x.start <= it.start && it.end <= x.end)) it.type = null;
  for (const it of items) if (it.type === 'PERSON' && it.words > 1) named.delete(shapeOf(it.source).lowered[0] as string);
  for (const it of items) {
    if (!it.type || !named.has(shapeOf(it.source).lower) || PLACED_THERE.some((e) => has(it, e)) || !openToRules(it)) continue;
    it.type = null;
  }
}

// What places a name as a place where it stands even in an article about a craft or a storm of that name (`Atlantis,
// Florida`, `in Milton`).
const PLACED_THERE: readonly RuleFeature[] = ['e:locative', 'e:locative-from', 'e:region-after', 'e:region-code', 'e:dateline'];

// What places a one-word name as a place where it stands, whatever else the article says of the word.
const PLACED_HERE: readonly RuleFeature[] = ['e:locative', 'e:locative-from', 'e:region-after', 'e:region-code', 'e:country', 'e:dateline', 'e:the', 'e:compass', 'e:head-place'];
// The same for a country's name, which its own evidence (`e:country`) always holds.
const PLACED_HERE_NOT_COUNTRY: readonly RuleFeature[] = PLACED_HERE.filter((e) => e !== 'e:country');

/**
 * A name of two words typed a place that opens with a given name no place list holds and ends with a town
 * (`Grace Memphis, a teacher from Ohio, said`, `Tom London`) is a person, unless the lists know the whole name as a
 * place (`Santa Monica`) or its sentence places it (`in`, `the`, a region after it). The town's lists outweigh the
 * given name in the recogniser, as they do the surname alone (`surnamesStayPeople`, which reads this rule's people).
 */
function givenNamedPeople(items: Item[]): void {
  for (const it of items) {
    if (it.type !== 'PLACE' || it.words !== 2 || PLACED_HERE.some((e) => has(it, e))) continue;
    if (!has(it, 'kf:firstName') || !has(it, 'kl:city') || it.index.lists.some((k) => k !== 'k:none')) continue;
    // Two words the recogniser counts, but perhaps one written with a hyphen (`Paris-Dakar`): two written words only.
    const words = shapeOf(it.source).lowered;
    if (words.length !== 2) continue;
    const [first, last] = words as [string, string];
    if (placeWord(first) || !placeWord(last) || !openToRules(it)) continue;
    it.type = 'PERSON';
    it.ruled = 'given name before a town’s name (rule)';
  }
}

/**
 * A one-word name with a person's role in apposition after it (`Young, a professor of theology at Georgetown,
 * said`, `Hill, the Greens' spokesman, said`; `e:appos-person`) is a person where the recogniser left it no name and
 * the lists know the word as a surname or a person's: a surname that is a common word opening a sentence reads as
 * the word (`Young` an adjective, `Fox` a noun), and the corpora's appositions weigh little. So are two or three
 * words no list knows that the recogniser typed a place with nothing placing them.
 */
function surnamesWithRoles(items: Item[]): void {
  eachWithReach(items, (it, i, reached) => {
    if (it.words > 3 || !has(it, 'e:appos-person') || it.key.startsWith('country:')) return;
    const lists = it.index.lists.filter((l) => l !== 'k:none');
    // Words no list knows, typed a place with nothing placing them (`Soerjanto Tjahjono, the committee's head, said`),
    // are the person too.
    const unplaced = it.type === 'PLACE' && lists.length === 0 && !has(it, 'e:head-place') && !has(it, 'e:locative') && !has(it, 'e:locative-from');
    if (it.type !== null && !unplaced) return;
    // One word must be a surname the lists know (`Boots, the high street chemist,` and `Interpath, the administrator,`
    // are firms a trade's noun describes as it would a person).
    if (it.type === null && (it.words !== 1 || !['k:surname', 'k:famousCommon', 'k:famous', 'k:personName'].some((l) => lists.includes(l)))) return;
    if (!openToRules(it) || (it.type === null && overlapsTyped(items, i, reached))) return;
    it.type = 'PERSON';
    it.ruled = 'a person’s role in apposition (rule)';
  });
}

// Lists that know a whole name as a firm's, a body's or a place's.
const NOT_PERSON_LISTS: ReadonlySet<string> = new Set(['k:company', 'k:brand', 'k:orgLex', 'k:orgWn', 'k:city', 'k:country', 'k:region', 'k:placeWn', 'k:facilityWn', 'k:sportsTeam']);

/**
 * A name of two or three words in apposition after an office (`the Afghan team's coach, Alireza Mehraban,`, `Another
 * Labour MP, Dawn Butler,`; `e:apposition-role` with a title word) is the person, where the recogniser read a firm
 * or a place or no name: the evidence's weight is shared with a trade's noun before a firm (`the regulator, Ofgem,`),
 * which no title word is, and no list knows these words as a firm's or a place's.
 */
function peopleAfterTheirRole(items: Item[]): void {
  eachWithReach(items, (it, i, reached) => {
    if (it.type === 'PERSON' || it.type === 'NORP' || it.words < 2 || it.words > 3 || !has(it, 'e:apposition-role')) return;
    const role = it.source.descriptors[it.source.descriptors.length - 1]?.toLowerCase();
    if (!role || !TITLE_WORDS.has(role) || it.index.lists.some((l) => NOT_PERSON_LISTS.has(l)) || !openToRules(it)) return;
    if (it.type === null && overlapsTyped(items, i, reached)) return;
    it.type = 'PERSON';
    it.ruled = 'a name in apposition after an office (rule)';
  });
}

/**
 * A person whose surname is also a town (`Paul Winnipeg`, `Tom London`) is the person when the article later
 * names them by the surname alone: `Winnipeg said the aid was too late`. The name lists and compromise read the
 * word as a town wherever it stands and outweigh the article's longer name in the recogniser; the training corpora
 * hold too few such people to teach otherwise (a feature of the second pass for this disagreement learned +1.5
 * towards a person against some +45 from the lists). So a one-word place after a full name of the article that
 * opens with a given name and ends with the word becomes that person, unless its own sentence places it (`in`,
 * `from`, `, Manitoba`, `the`, a dateline).
 */
function surnamesStayPeople(items: Item[]): void {
  const firstBy = new Map<string, number>();
  for (const it of items) {
    if (it.type !== 'PERSON' || it.words < 2 || hypothesis(it.source)) continue;
    if (!has(it, 'e:cg-first-name') && !has(it, 'kf:firstName')) continue;
    const last = shapeOf(it.source).lowered.at(-1) as string;
    if (!firstBy.has(last)) firstBy.set(last, it.start);
  }
  if (firstBy.size === 0) return;
  eachWithReach(items, (it, i, reached) => {
    // So is a surname that is a common word, left no name where its age follows it (`Swift, 34, thanked her fans`
    // after `Taylor Swift`): a common word opening a sentence outweighs the article's full name, but an age after a
    // comma is a person's.
    const aged = it.type === null && has(it, 'e:age');
    if ((it.type !== 'PLACE' && !aged) || it.words !== 1) return;
    const since = firstBy.get(shapeOf(it.source).lower);
    // A country's name too only where a person's cue stands beside it (`Luís Montenegro` … `Montenegro, 51, said`,
    // `Montenegro told reporters he`): a country says things as often.
    const country = it.key.startsWith('country:') && !(it.source.heSaid || has(it, 'e:age'));
    if (since === undefined || since > it.start || country || (it.key.startsWith('country:') ? PLACED_HERE_NOT_COUNTRY : PLACED_HERE).some((e) => has(it, e))) return;
    if (!openToRules(it) || (aged && overlapsTyped(items, i, reached))) return;
    it.type = 'PERSON';
    it.ruled = 'surname of a person the article names in full (rule)';
  });
}

/**
 * A sports ground, circuit or course the news lexicon lists (`venues`: `Old Trafford`, `Santiago Bernabeu`, `Monza`) is
 * the place, where the recogniser read the club, the person it is named after or a firm; not where a rule read the
 * club (`Monza beat Juventus 1-0`).
 */
function listedVenuesArePlaces(items: Item[]): void {
  for (const it of items) {
    if (it.type === 'PLACE' || !VENUES.has(it.text) || it.ruled || !openToRules(it)) continue;
    it.type = 'PLACE';
    it.ruled = 'a sports ground the news lexicon lists (rule)';
  }
}

/**
 * A name of one or two words right before `airport` in lower case (`London's Heathrow airport`, `Ben Gurion airport`)
 * is the airport, a place, where the recogniser left it no name or read the person it is named after.
 */
function airportsArePlaces(items: Item[]): void {
  for (const it of items) {
    if (it.type === 'PLACE' || it.type === 'ORG' || it.words > 2 || it.key.startsWith('country:') || !it.source.airport || !openToRules(it)) continue;
    // Only where the sentence places it (`at`, `from`, a town's possessive): a person's name before `airport` may
    // qualify something else (`a Trump airport rally`).
    if (!has(it, 'e:locative') && !has(it, 'e:locative-from') && !afterPossessive(it)) continue;
    it.type = 'PLACE';
    it.ruled = 'an airport named before its noun (rule)';
  }
}

/**
 * A country's name before the possessive of its army, government or other parts of its state (`Chad's army said`,
 * `Congo's government denied it`) is the country, where the recogniser read a person by a given name (`Chad`) or no
 * name at a sentence's start.
 */
function statesOfCountries(items: Item[]): void {
  for (const it of items) {
    if (!it.source.state || it.type === 'PLACE' || !openToRules(it)) continue;
    it.type = 'PLACE';
    it.ruled = 'a country before its state’s possessive (rule)';
  }
}

/**
 * A name of one to three words right after an office in lower case that is of a place (`the mayor of Rio Gallegos`,
 * `the governor of Silesia`) is the place, where the recogniser read a person (a given name first) or no name.
 */
function placesOfOffices(items: Item[]): void {
  for (const it of items) {
    if (!it.source.placeOfOffice || (it.type !== null && it.type !== 'PERSON') || has(it, 'e:head-org') || !openToRules(it)) continue;
    // Not the place run together with its holder (`the mayor of London Sadiq Khan`): two words of a person's after the
    // first.
    const personal = (w: string): boolean => wordLists(w).some((l) => l === 'firstName' || l === 'surname' || l === 'personName');
    if (it.words === 3 && shapeOf(it.source).lowered.slice(1).every(personal)) continue;
    it.type = 'PLACE';
    it.ruled = 'the place an office is of (rule)';
  }
}

// What a film or a game does after its title, which a character does not (`Black Widow earned $80 million`).
const WORK_VERBS: ReadonlySet<string> = new Set(['grossed', 'earned', 'opened', 'premiered', 'debuted', 'topped', 'sold', 'streamed', 'streams', 'grosses'].map((w) => `next=${w}`));

/**
 * A fictional character the lists know whole and as nothing else (`Black Widow`, `Captain America`, `Nightwing`;
 * `k:fiction`) is a person, as the corpora mark characters: the recogniser reads such names' words as places,
 * titles or ordinary words. Not a name with a place's or a body's head (`G.W. Bridge`), and only where the article
 * names two characters or more.
 */
function fictionalCharacters(items: Item[]): void {
  const fictional = (it: Item): boolean => it.index.lists.includes('k:fiction') && !it.index.lists.some((l) => NOT_PERSON_LISTS.has(l)) && !has(it, 'e:head-place') && !has(it, 'e:head-org');
  const names = new Set(items.filter(fictional).map((it) => shapeOf(it.source).lower));
  // Only in an article that names two characters or more (`Nightwing` beside `Catwoman`): a film, a craft or a
  // product is named after one (`Black Widow earned $80 million`, `Stardust`).
  if (names.size < 2) return;
  for (const it of items) {
    if (it.type === 'PERSON' || !fictional(it) || !openToRules(it)) continue;
    // Not a title: quoted, with a subtitle, a number after it, or a box office's verb (`"Black Widow"`, `Spider-Man: No
    // Way Home`, `Wonder Woman 1984`, `Captain Marvel grossed`).
    const subtitled = it.features.includes('e:subtitled') || (it.index.punctuation.some((p) => p.includes('|:')) && it.features.includes('nextc=Cap'));
    if (subtitled || it.index.punctuation.some((p) => /^punc=[“"‘']/u.test(p)) || it.features.includes('nextc=Value') || WORK_VERBS.has(it.index.after)) continue;
    it.type = 'PERSON';
    it.ruled = 'a fictional character (name list rule)';
  }
}

// Words that end the names of events, prizes, laws and craft named after a person, and no person's name.
// Not `games`, `mission`, `plan` nor `memorial`, which end firms', bodies', places' names and headlines too (`Epic Games`,
// `Ramakrishna Mission`, `FDR Memorial`, `Biden Plan …`).
const NAMED_FOR_ENDS: ReadonlySet<string> = new Set(['cup', 'prize', 'prizes', 'award', 'awards', 'trophy', 'telescope', 'satellite', 'rover', 'lander', 'spacecraft',
  'festival', 'expo', 'olympics', 'championship', 'championships', 'conference', 'summit', 'treaty', 'act', 'agreement', 'programme', 'program',
  'project', 'scheme', 'series', 'lecture']);

/**
 * A name typed a person that ends in an event's, a prize's, a law's or a craft's word (`Stanley Cup`, `James Webb
 * Space Telescope`, `Sarbanes-Oxley Act`, `Pulitzer Prize`) is named after a person and is none: the given name
 * or surname before it outweighs the last word in the recogniser.
 */
function eventsNamedForPeople(items: Item[]): void {
  for (const it of items) {
    if (it.type !== 'PERSON' || it.words < 2 || !NAMED_FOR_ENDS.has(shapeOf(it.source).lowered.at(-1) as string) || !openToRules(it)) continue;
    it.type = null;
  }
}

// Lists that make a name's first word a given name, a place's or a body's rather than a family name written first.
const NOT_FAMILY_FIRST: ReadonlySet<string> = new Set(['firstName', 'givenCommon', 'city', 'country', 'region', 'placeWn', 'placeLex', 'company', 'brand', 'orgWn', 'orgLex', 'commonNoun', 'demonym']);

/**
 * A person of three words or more whose first word no list knows as a given name, a place or a firm (`President
 * Mobutu Sese Seko`, `Prime Minister Kengo wa Dondo`) is named by that word alone later (`Mobutu's generals`,
 * `between Mobutu and Kabila`): the family name comes first. The recogniser, taught on names whose first word is a
 * given name that news does not use alone, leaves such a word no name. Not where its own sentence places it (`in`,
 * `the`, a dateline).
 */
function familyNamesFirst(items: Item[]): void {
  const firstBy = new Map<string, number>();
  for (const it of items) {
    // Only a person the sentence says is one (a title, an age, a role beside the name), not names of three words the
    // recogniser typed a person without such a cue (a language's dialects, `Jóola Kaasa Húluf`).
    if (it.type !== 'PERSON' || it.words < 3 || hypothesis(it.source) || !(has(it, 'e:title') || has(it, 'e:age') || has(it, 'e:appos-person') || it.source.heSaid)) continue;
    const first = shapeOf(it.source).lowered[0] as string;
    if (!/^\p{Lu}\p{Ll}+$/u.test(it.text.slice(0, first.length)) || wordLists(first).some((l) => NOT_FAMILY_FIRST.has(l))) continue;
    if (!firstBy.has(first)) firstBy.set(first, it.start);
  }
  if (firstBy.size === 0) return;
  for (const it of items) {
    if ((it.type !== null && it.type !== 'PLACE') || it.words !== 1 || it.key.startsWith('country:')) continue;
    const since = firstBy.get(shapeOf(it.source).lower);
    if (since === undefined || since > it.start || PLACED_HERE.some((e) => has(it, e)) || !openToRules(it)) continue;
    it.type = 'PERSON';
    it.ruled = 'family name of a person the article names in full (rule)';
  }
}

// Legal forms after a firm's name that a headline in capitals leaves out (`DAIMLER-BENZ H1 NET RISES` over
// `Daimler-Benz AG said`).
const SHOUTED_LEGAL_FORMS: ReadonlySet<string> = new Set(['ag', 'inc', 'corp', 'ltd', 'plc', 'co', 'sa', 'nv', 'se', 'spa', 'ab', 'asa', 'bv']);

/**
 * A name in capitals is the name the article writes in mixed case (`GOLF - NORMAN LEADS BY TWO.` over `Greg Norman
 * of Australia shot …`, `FISCHLER REJECTS …` over `Franz Fischler`, `DAIMLER-BENZ H1 NET RISES` over `Daimler-Benz AG
 * said`, `NETANYAHU, ARAFAT TO MEET` over `Benjamin Netanyahu`): wire headlines name a story's people by surname, its
 * firms without their legal form, and a word in capitals reads to the recogniser as an acronym or a shouted common
 * word. Whole names match whatever the recogniser made of the capitals; a surname alone only where it is no common
 * word (`PRICE`) and the recogniser left it no name or typed it a place.
 */
function shoutedNames(items: Item[]): void {
  const whole = new Map<string, EntityType | null>();
  const surnames = new Set<string>();
  const note = (key: string, type: EntityType): void => { whole.set(key, whole.has(key) && whole.get(key) !== type ? null : type); };
  for (const it of items) {
    if (!it.type || it.type === 'NORP' || hypothesis(it.source) || !/\p{Ll}/u.test(it.text)) continue;
    const words = shapeOf(it.source).lowered;
    note(words.join(' '), it.type);
    if (it.type === 'ORG' && words.length > 1 && SHOUTED_LEGAL_FORMS.has((words.at(-1) as string).replace(/\.$/u, ''))) note(words.slice(0, -1).join(' '), 'ORG');
    if (it.type === 'PERSON' && words.length >= 2) surnames.add(words.at(-1) as string);
    // A family name written first (`Mobutu Sese Seko`, `Xi Jinping`) is the headline's word too; not a given name.
    if (it.type === 'PERSON' && words.length >= 2 && !wordLists(words[0] as string).includes('firstName')) surnames.add(words[0] as string);
  }
  if (whole.size === 0) return;
  eachWithReach(items, (it, i, reached) => {
    // Only in a headline or a line in capitals: elsewhere a word in capitals is a file's or an address's (`ENRON-CPS`).
    if (/\p{Ll}/u.test(it.text) || !/\p{Lu}{2}/u.test(it.text) || !it.features.includes('e:shouting') || it.source.ruleWhy || handRule(it) !== undefined || taught(it)) return;
    const words = shapeOf(it.source).lowered;
    const key = words.join(' ');
    const type = whole.get(key) ?? (it.words === 1 && surnames.has(key) && (it.type === null || it.type === 'PLACE') && !wordLists(key).includes('commonNoun') ? 'PERSON' : null);
    if (!type || it.type === type) return;
    if (it.type === null && overlapsTyped(items, i, reached)) return;
    it.type = type;
    it.ruled = 'a name in capitals the article writes in full (rule)';
  });
}

// The lists that know a word as a person's name; any other list (a common noun, a firm, a place) makes a speaker's
// name doubtful (`Police said`, `Interfax said`, `Washington said`), also for the name's first or last word
// (`the Washington Monthly's …`, `Linux News reports:`).
const PERSON_LISTS: ReadonlySet<string> = new Set(['none', 'firstName', 'surname', 'personName', 'personWn', 'famous', 'famousCommon']);
const KNOWN_AS = /^k[fl]?:/u;
const personListsOnly = (it: Item): boolean => it.features.every((f) => !KNOWN_AS.test(f) || PERSON_LISTS.has(f.slice(f.indexOf(':') + 1)));

// A name's first or last word known as a person's (`kf:` the first word's lists, `kl:` the last's).
const PERSON_WORD = new Set(['kf:firstName', 'kf:personName', 'kf:personWn', 'kl:surname', 'kl:personName', 'kl:personWn', 'kl:famous']);

/**
 * Two or three words, one at either end known as a person's, which no list knows whole (`Hope Hicks`, `Faith Hill`):
 * a given name that is also a word (*hope*, *faith*) does not make a speaker the sentence calls `he` or `she` doubtful.
 */
function personWordAtEnd(it: Item): boolean {
  const last = shapeOf(it.source).lowered[it.words - 1] as string;
  // A firm's word last is a firm whose report names someone (`Ford Motor said he would step down`).
  if (ORG_HEADS.has(last) || TRADE_PLURALS.has(last) || TRADE_PLURALS.has(`${last}s`)) return false;
  return it.words >= 2 && it.index.lists.length === 0 && it.features.some((f) => PERSON_WORD.has(f));
}

/**
 * A person's name with a particle before the surname (`Marine Le Pen`, `Ursula von der Leyen`, `Charles de Gaulle`):
 * three or four words, a name particle before the last, no list knowing the whole name. Its given name and surname
 * may be common nouns to the lists (*marine*, *pen*), which would make a speaker's name doubtful; the particle does
 * not leave it so (a place with a particle, `Rio de Janeiro`, is one the lists know whole).
 */
function particleName(it: Item): boolean {
  const words = shapeOf(it.source).lowered;
  return (it.words === 3 || it.words === 4) && NAME_PARTICLES.has(words[words.length - 2] as string) && /^\p{Lu}/u.test(it.text) && it.index.lists.length === 0;
}

/**
 * A name the paragraph's own attribution gives as a quote's speaker (`“…”, said Gustafon.`, `Wilkins said, “…”`)
 * that the recogniser left no name, or typed a place by the look of a word no list knows (`said Ostrowek`), is a
 * person, and so are the article's other mentions of it left no name or so typed. Where
 * an article names its source once, nothing else says the word is a name (the recogniser reads context weakly: in
 * its training articles most speakers are named again), and news quotes people far more often than bodies. Not a
 * name any list other than the name lists knows, nor one of more than three words or one the article also writes in
 * lower case, nor one word compromise reads as a verb. So is a name whose verb of saying goes on with `he` or `she`
 * (`Zelensky said on Tuesday that he would go`), also one typed an organisation: a firm's goes on with `it`, which
 * is why a subject of `said` alone is no person (`Vestas said profits rose`).
 */
function speakersArePeople(items: Item[]): void {
  const roots = new Set<string>();
  for (const it of items) {
    if (!(it.source.speaker || it.source.heSaid) || (it.type !== null && !(it.type === 'PLACE' && personListsOnly(it))) || !speakerUndoubted(it)) continue;
    if (it.doc.includes('d:lower-first') || it.doc.includes('d:lower-last')) continue;
    // A verb opening the sentence is no speaker's name (`Inspired by …`), whatever the quote finder read.
    if (has(it, 'words=1') && it.features.includes('tagf=Verb')) continue;
    // Nor a common noun's plural capitalised by its place (`Officials rejected …, saying "…"`).
    if (ordinaryPluralOpening(it)) continue;
    roots.add(it.root);
  }
  // A speaker typed a place by the look of a word no list knows is a person too (`said Ostrowek`).
  rootsArePeople(items, roots, true, 'named as a quote’s speaker (rule)');
  // So is one typed an organisation whose verb of saying goes on with `he` or `she` (`Marine Le Pen said she would`):
  // a body's goes on with `it`.
  const spoken = new Set(items.filter((it) => it.type === 'ORG' && it.source.heSaid && speakerUndoubted(it) && openToRules(it)).map((it) => it.root));
  for (const it of items) {
    if (!spoken.has(it.root) || it.type !== 'ORG' || !openToRules(it)) continue;
    it.type = 'PERSON';
    it.ruled = 'named as a quote’s speaker (rule)';
  }
}

/**
 * Whether nothing makes a speaker's name doubtful: at most three words no list but the name lists knows, or a name
 * with a particle before its surname, or, for a speaker the sentence calls `he` or `she`, a person's word at one end.
 */
function speakerUndoubted(it: Item): boolean {
  if (particleName(it)) return true;
  if (it.words > 3) return false;
  return personListsOnly(it) || (it.source.heSaid === true && personWordAtEnd(it));
}

/**
 * Types a person every mention of the names `roots` holds that the recogniser left no name (with `places`, also one
 * it typed a place by the look of the word, no list naming it anything but a person's).
 */
function rootsArePeople(items: Item[], roots: ReadonlySet<string>, places: boolean, why: string): void {
  if (roots.size === 0) return;
  for (const it of items) {
    if (!roots.has(it.root) || !(it.type === null || (places && it.type === 'PLACE' && personListsOnly(it))) || !openToRules(it)) continue;
    it.type = 'PERSON';
    it.ruled = why;
  }
}

// What may follow a person named after a country's possessive: a verb, an adverb, a conjunction, the sentence's or
// the clause's end (`Russia's Lebed said`, `Serbia's Milosevic, who`), not a noun it would modify (`Japan's Nikkei
// average`, `Britain's Tate Modern`).
const AFTER_PERSON: ReadonlySet<string> = new Set(['PastTense', 'PresentTense', 'Copula', 'Modal', 'Adverb', 'Conjunction', '_'].map((c) => `nextc=${c}`));

/**
 * One capitalised word right after a country's possessive that the recogniser left no name or read as a place is a person (`Russia's
 * Lebed said`, `Israel's Netanyahu rejected`, `Germany's Kohl met France's Chirac`): wire copy names a country's
 * leaders and athletes so, while the country's lists and the possessive before the word weigh towards no name in
 * the recogniser (its training articles write a country's possessive mostly before common nouns, and name people
 * with their given names). Not a word any list other than the name lists knows, one the article writes in lower
 * case, or one a noun follows.
 */
function countriesPeople(items: Item[]): void {
  items.forEach((it, i) => {
    // Left no name, or read as a place no place list knows (`Chile's Ruvalcaba and …`, where the country's lists
    // weigh towards a place).
    // Not letters, which name a body (`Norway's DNO`).
    if ((it.type !== null && it.type !== 'PLACE') || !has(it, 'words=1') || has(it, 'e:acronym') || !afterPossessive(it)) return;
    // A place in a country the sentence places (`fighting in Ukraine's Robotyne`) stays one.
    const owner = items[i - 1];
    if (owner && has(owner, 'e:locative')) return;
    // A country's (`Russia's Lebed said`), or an organisation's before a verb of saying (`the Bundesbank's Tietmeyer
    // said`; not `Nintendo's Wii sold`).
    const country = has(it, 'kp:country');
    if (!country && !(it.features.includes('e:speech-verb') && organisationBefore(items, i))) return;
    if (!personListsOnly(it) || it.doc.includes('d:lower-first') || !it.features.some((f) => AFTER_PERSON.has(f))) return;
    if (!openToRules(it)) return;
    it.type = 'PERSON';
    it.ruled = country ? 'a person named after a country’s possessive (rule)' : 'a person named after an organisation’s possessive (rule)';
  });
}

// The lists of a name's first word that make it a firm's, a body's or a place's, not a given name.
const NOT_GIVEN_FIRST: ReadonlySet<string> = new Set(['kf:company', 'kf:brand', 'kf:orgLex', 'kf:orgWn', 'kf:country', 'kf:region', 'kf:commonNoun', 'kf:famousCommon']);

/**
 * Two or three capitalised words right after a country's possessive or a nationality (`Japan's Mio Narita won`,
 * `Kenyan Sabastian Sawe and …`, `Croatia's Zrinka Ljutic.`) that the recogniser left no name or read as a place
 * are a person where the first word is a given name the lists know, or no word is known to any list in a sports
 * report or beside a person's cue (a firm's or a site's name is as often so: `Malaysia's Sime Darby`, `Cambodia's
 * Angkor Wat`): sports and wire copy name athletes and officials so, and the country before the name weighs towards
 * no name in the recogniser (`countriesPeople` for one word). Not a name with a head (`Japan's Toyota Motor`), one a
 * list knows as a firm's or a place's, or one a noun follows.
 */
function countriesNamedPeople(items: Item[], sportsReport: boolean): void {
  for (const it of items) {
    if ((it.type !== null && it.type !== 'PLACE') || it.words < 2 || it.words > 3 || has(it, 'e:head-org') || has(it, 'e:head-place') || has(it, 'e:acronym')) continue;
    if (!(has(it, 'kp:country') && afterPossessive(it)) && !(it.features.includes('kp:demonym') && !afterPossessive(it))) continue;
    const words = it.text.split(' ');
    if (words.length !== it.words || !words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w))) continue;
    const given = (has(it, 'kf:firstName') || it.features.includes('kf:personName')) && !it.features.some((f) => NOT_GIVEN_FIRST.has(f));
    // Words no list knows are as often a country's firm or site (`Malaysia's Sime Darby`, `Cambodia's Angkor Wat`): a
    // person only in a sports report, or where the sentence gives a person's cue.
    const cued = sportsReport || it.source.heSaid || has(it, 'e:age') || has(it, 'e:appos-person');
    const unknown = cued && it.index.lists.every((l) => l === 'k:none') && !it.features.some((f) => f.startsWith('kf:') || f.startsWith('kl:'));
    if (!given && !unknown) continue;
    if (it.index.lists.some((l) => NOT_PERSON_LISTS.has(l)) || it.doc.includes('d:lower-first') || !it.features.some((f) => AFTER_PERSON.has(f)) || !openToRules(it)) continue;
    it.type = 'PERSON';
    it.ruled = 'a person named after a country’s possessive or a nationality (rule)';
  }
}

/** Whether the name before item `i`, ending a possessive's width before it, was typed an organisation. */
function organisationBefore(items: readonly Item[], i: number): boolean {
  const it = items[i] as Item;
  for (let j = i - 1; j >= 0; j--) {
    const before = items[j] as Item;
    if (before.end > it.start) continue;
    return before.type === 'ORG' && it.start - before.end <= 4;
  }
  return false;
}

/**
 * A given name that is also a country, a nationality or a town before a surname (`Israel Folau`, `Jordan Spieth`,
 * `Florence Pugh`; the name finder's `givenPlaceName`) is a person, whatever the place made of the name's type, and
 * so are the article's other mentions of it left no name or typed a place by the look of the word.
 */
function givenPlacesArePeople(items: Item[]): void {
  const roots = new Set<string>();
  for (const it of items) {
    // Not a listed paper's or body's name (`Israel Hayom`).
    if (!it.source.givenPlace || !openToRules(it) || publicationOf(it.text) !== undefined || isListedBody(it.text)) continue;
    roots.add(it.root);
    if (it.type !== 'PERSON') { it.type = 'PERSON'; it.ruled = GIVEN_PLACE_WHY; }
  }
  rootsArePeople(items, roots, true, GIVEN_PLACE_WHY);
}
const GIVEN_PLACE_WHY = 'given name that is also a place, before a surname (rule)';

/**
 * A name right before the word `party` is a political party's (`a Likud party politician`, `the ruling Congress
 * party`, `the Labour party`), and so are the article's other mentions of it the recogniser did not make an
 * organisation; not a group of people (`the Republican party`: a nationality or group keeps its own reading), a
 * country, an occasion (`a Christmas party`, the news lexicon's `occasions`), a name before a possessive (`Deco Drive's
 * Party Patrol`), or a name of more than three words.
 */
function partiesBeforeParty(items: Item[]): void {
  const roots = new Set<string>();
  for (const it of items) {
    if (it.index.after !== 'next=party' || it.words > 3 || has(it, 'e:possessive') || it.key.startsWith('country:') || isNorpName(it.text)) continue;
    if (!OCCASIONS.has(it.text.toLowerCase().replace(/’/gu, "'")) && openToRules(it)) roots.add(it.root);
  }
  if (roots.size === 0) return;
  for (const it of items) {
    if (!roots.has(it.root) || it.type === 'ORG' || !openToRules(it)) continue;
    it.type = 'ORG';
    it.ruled = 'party named before “party” (rule)';
  }
}

/**
 * Two words, a word of a creed, a country or a programme and a party's members in the plural, are the party
 * (`Christian Democrats`, `Sweden Democrats`, `Social Democrats`), where the recogniser left them no name or read a
 * person (a person's word and the members' word the article writes alone as a group, `Democrats`): the
 * training corpora name few parties so, and a creed's word reads as a nationality's. Not after a nationality
 * (`American Democrats` are that nation's members; the name finder leaves the nationality a mention of its own).
 */
function partiesOfMembers(items: Item[]): void {
  eachWithReach(items, (it, i, reached) => {
    const { first, lowered } = shapeOf(it.source);
    if ((it.type !== null && it.type !== 'PERSON') || it.words !== 2 || !PARTY_MEMBERS.has(lowered[1] as string) || (isNorpName(first) && !NORP_GROUPS.has(first.toLowerCase()))) return;
    if (!openToRules(it) || (it.type === null && overlapsTyped(items, i, reached))) return;
    it.type = 'ORG';
    it.ruled = 'a party named by its members (rule)';
  });
}

// One capital and its full stop, then a capitalised word: a person's initial and surname (`V. Wells`, `J. Wood`).
const INITIAL_AND_SURNAME = /^\p{Lu}\. \p{Lu}\p{Ll}+$/u;
// The same without the full stop, as scorecards write it before a score (`J Root 104`, `R Jadeja 1-64`); not `A` or
// `I`, which open sentences and titles as words.
const BARE_INITIAL_AND_SURNAME = /^[B-HJ-Z] \p{Lu}\p{Ll}+$/u;
// Sides scorecards abbreviate the same way (`W Indies 198`, `S Africa 245`, `W Ham 1`).
const ABBREVIATED_PLACES: ReadonlySet<string> = new Set(['indies', 'africa', 'zealand', 'lanka', 'korea', 'ham', 'brom', 'germany', 'ireland', 'australia', 'york']);

/**
 * A person written as an initial and a surname (`V. Wells 59`, `J. Wood 5-67`, `S. James`) is a person where the
 * recogniser left it no name or a sports report's rule read the surname as a side: scorecards, results and wire copy
 * name players so, and a bowler's figures beside the name look like a side's score. Not where a list knows the
 * surname as a place or a firm, or only as a common noun (`S. Korea`, `J. Crew`).
 */
function initialledPeople(items: Item[]): void {
  // Initialled names listed one after another, a line-up's or a scorecard's (`R. Croft, D. Cork, A. Mullally`):
  // there a town's name is a player's surname too (not a compass point's initial, `N. Ireland`, `S. Africa`).
  const initialled = (it: Item | undefined): boolean => !!it && it.words === 2 && INITIAL_AND_SURNAME.test(it.text);
  const listed = (i: number): boolean => {
    const it = items[i] as Item;
    if (/^[NSEW]\./u.test(it.text) || ABBREVIATED_PLACES.has(it.text.slice(3).toLowerCase())) return false;
    const before = items[i - 1];
    const after = items[i + 1];
    return (initialled(before) && it.start - (before as Item).end <= 3) || (initialled(after) && (after as Item).start - it.end <= 3);
  };
  eachWithReach(items, (it, i, reached) => {
    if (it.words === 2 && (it.type === 'PLACE' || (it.type === null && !overlapsTyped(items, i, reached))) && INITIAL_AND_SURNAME.test(it.text) && listed(i) && openToRules(it)) {
      it.type = 'PERSON';
      it.ruled = 'an initial and a surname in a list of players (rule)';
      return;
    }
    if (it.words !== 2 || it.type === 'PERSON' || !((INITIAL_AND_SURNAME.test(it.text) && !ABBREVIATED_PLACES.has(it.text.slice(3).toLowerCase())) || (BARE_INITIAL_AND_SURNAME.test(it.text) && it.features.includes('nextc=Value') && !ABBREVIATED_PLACES.has(it.text.slice(2).toLowerCase())))) return;
    // A scorecard's bare initial before figures is a player however the recogniser typed the figures' side (`P Cummins 4-39`).
    const scorecard = !it.text.includes('.') && it.type === 'ORG';
    if (it.type !== null && !scorecard && !(it.ruled ?? '').includes('sports report')) return;
    // A surname the lists know only as a person's (a common noun too: `Wood`), or not at all (`Olafsdottir`).
    const lists = wordLists(it.text.slice(it.text.indexOf(' ') + 1));
    if (lists.some((l) => !PERSON_LISTS.has(l) && l !== 'commonNoun') || (lists.length > 0 && !lists.some((l) => PERSON_LISTS.has(l)))) return;
    if (!openToRules(it) || (!it.type && overlapsTyped(items, i, reached))) return;
    it.type = 'PERSON';
    it.ruled = 'an initial and a surname (rule)';
  });
}

/**
 * A name a match's sets stand beside (`Sampras beat Agassi 6-4 6-3`: both no name alone) is a player, a person, as
 * are the article's other mentions of it left no name: a tennis or squash match is one person's against another's.
 * Not a country (a Davis Cup tie's sides stay places) or a name any list other than the name lists knows.
 */
function playersArePeople(items: Item[]): void {
  const roots = new Set<string>();
  for (const it of items) if (it.source.player && !it.key.startsWith('country:') && personListsOnly(it)) roots.add(it.root);
  // A player no list knows may have been typed a place by the look of the word (`Olafsdottir`).
  rootsArePeople(items, roots, true, 'player named beside a match’s sets (rule)');
}
