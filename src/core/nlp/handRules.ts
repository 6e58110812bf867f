import { COMPASS_WORDS, KOREAN_FAMILY_NAMES, METONYMS, PLACE_HEADS, ROMANISED_SYLLABLE, eventTail, phraseKey } from './lexicon';
import { countryOf, isGazetteerPlace, isNorpName, regionWord } from './evidence';
import { phraseLists, wordLists } from './knowledge';
import type { EntityType } from '../model';

/**
 * Hand rules of the paragraph pass for constructions the training corpora (web text, Wikipedia, GUM's genres) do
 * not show often enough to learn, each decided by what the words around a name say. Each returns the type (null:
 * no name) and why, or undefined to leave the name to the recogniser.
 */
export interface RuleDecision {
  type: EntityType | null;
  why: string;
}

// Festivals, pilgrimages and software that news capitalises: events and products, not organisations or places.
const EVENTS_AND_PRODUCTS: ReadonlySet<string> = new Set(
  'hajj,umrah,ramadan,eid,eid al-fitr,eid al-adha,diwali,hanukkah,passover,easter,christmas,lent,yom kippur,rosh hashanah,thanksgiving,vesak,windows,android,ios,linux,macos,excel,powerpoint,photoshop'.split(','),
);
// First words that make `Word Country` a part, era or regime of the country, not an institution (`Mainland China`,
// `Nazi Germany`).
const PART_OF_COUNTRY: ReadonlySet<string> = new Set(
  'mainland metropolitan greater rural continental coastal northwest northeast southwest southeast nazi roman modern ancient medieval imperial colonial soviet communist occupied free postwar weimar'.split(' '),
);
// A price move of a share: `Glaxo fell 14 pence`, `Tomkins rose 6p`, `Acme gained 3 percent`, `Tesla shares fell 4 per
// cent`, `Acme's stock jumped by 12%`.
const SHARE_MOVE = /^(?:['’]s)?\s+(?:(?:shares|stock)\s+)?(?:rose|fell|gained|lost|eased|added|slipped|climbed|dropped|jumped|slumped|firmed|dipped|shed|advanced|declined|tumbled|plunged|soared|surged|rallied)\s+(?:by\s+)?\d[\d.,]*\s*(?:p|pence|cents?|per\s?cent|percent|pct|%)(?![\p{L}\d])/u;
// People of the markets and firms before `at`/`with` and the firm: `a dealer at Hoare Govett`.
const MARKET_ROLE_AT = /\b(?:dealer|trader|analyst|economist|strategist|broker|fund manager|chief executive|chairman|spokesman|spokeswoman)s?\s+(?:at|with)\s+$/u;
// Market indices, which are no company (`FTSE 100`, `Nikkei`).
const INDICES = /^(?:FTSE|Dow|Nikkei|DAX|CAC|Hang Seng|Nasdaq|S&P|Topix|Kospi|Sensex|Stoxx)\b/u;

// A seat read as a location: `at the Kremlin`, `in Downing Street`; elsewhere the seat speaks for its institution.
const LOCATIVE_BEFORE = /\b(?:in|at|inside|outside|near|into|from|around)\s+(?:the\s+)?$/iu;
// Parts of the world after `the`: `sanctions from the West`, `the Midwest` (a person's surname has no article).
const WORLD_PARTS: ReadonlySet<string> = new Set('west,east,north,south,midwest,far east,middle east,near east,orient,occident'.split(','));

// Buildings and grounds (DESIGN.md: buildings are places), not the heads that also name institutions (`Centre`,
// `Hospital`, `Church`, `Park` for a band), and a locative before them: being at or in one makes it the place.
export const BUILDING_HEADS: ReadonlySet<string> = new Set('airport stadium arena hall museum theatre theater gallery palace castle tower station mosque cathedral temple synagogue abbey chapel hotel auditorium'.split(' '));
// A centre that is a building by its kind (`Manchester Convention Centre`, `Civic Center`), unlike a research or
// space centre, which is an institution.
const BUILDING_CENTRE = /\s(?:Convention|Exhibition|Conference|Shopping|Sports|Leisure|Visitors?|Community|Civic)\s+(?:Centre|Center)$/u;
const AT_BEFORE = /\b(?:in|at|inside|outside|near|into|from)\s+(?:the\s+)?$/iu;

/** A building's name: words before a building head (`Quellton Arena`, `Civic Center`), with no `of` or `for` inside. */
function buildingName(words: readonly string[], text: string): boolean {
  const last = words[words.length - 1] as string;
  return words.length > 1 && !/\s(?:of|for)\s/u.test(text) && ((BUILDING_HEADS.has(last.toLowerCase()) && /^\p{Lu}\p{Ll}/u.test(last)) || BUILDING_CENTRE.test(` ${text}`));
}

/** A common noun, also in the plural (`Statistics`). */
function commonNoun(word: string): boolean {
  return wordLists(word).includes('commonNoun') || (/s$/u.test(word) && wordLists(word.slice(0, -1)).includes('commonNoun'));
}

// A Korean name as the wire romanises it: a family name, then a given name of two syllables joined by a hyphen,
// the second in lower case (`Moon Jae-in`, `Chae Yun-seok`); the corpora have too few to learn the shape.
const KOREAN_NAME = /^\p{Lu}\p{Ll}{1,4} \p{Lu}\p{Ll}{1,4}-\p{Ll}{1,5}$/u;
// The same with the second syllable capitalised (`Park Joo-Ho`, `Son Heung-Min`), after a known family name only.
const KOREAN_CAPITALISED = /^(\p{Lu}\p{Ll}{0,4}) (\p{Lu}\p{Ll}{0,4})-(\p{Lu}\p{Ll}{0,4})$/u;

// In the Western order, the given name first and a known family name last (`Ji-hoon Park`, `Hyun-jin Ryu`).
const KOREAN_WESTERN = /^(\p{Lu}\p{Ll}{0,4})-(\p{Ll}{1,5}) (\p{Lu}\p{Ll}{1,4})$/u;

/** A Korean name as the wire romanises it (`Moon Jae-in`, `Park Joo-Ho`, `Ji-hoon Park`). */
export function koreanName(text: string): boolean {
  if (KOREAN_NAME.test(text)) return true;
  const w = KOREAN_WESTERN.exec(text);
  if (w && KOREAN_FAMILY_NAMES.has((w[3] as string).toLowerCase()) && ROMANISED_SYLLABLE.test((w[1] as string).toLowerCase()) && ROMANISED_SYLLABLE.test(w[2] as string)) return true;
  const m = KOREAN_CAPITALISED.exec(text);
  return !!m && KOREAN_FAMILY_NAMES.has((m[1] as string).toLowerCase()) && ROMANISED_SYLLABLE.test((m[2] as string).toLowerCase()) && ROMANISED_SYLLABLE.test((m[3] as string).toLowerCase());
}

/**
 * A sporting event named after a country, a people or a town (`U.S. Open`, `French Open`, `Monaco Grand Prix`,
 * `Boston Marathon`): newswire marks the whole as an event, which is no entity here.
 */
export function placedEvent(words: readonly string[]): boolean {
  const n = eventTail(words);
  if (n === 0 || n >= words.length) return false;
  const place = words.slice(0, words.length - n).join(' ');
  return countryOf(place) !== undefined || isNorpName(place) || isGazetteerPlace(place) || phraseLists(words.slice(0, words.length - n)).some((l) => l === 'city' || l === 'region');
}

const MATCH_AT = /\b(?:game|games|match|matches|tie|clash|fixture|derby|final|semi-final|semifinal|win|defeat|victory|draw|loss|kick-off)\s+at\s+(?:the\s+)?$/iu;
// A work's kind before its title; not `single`, which a party's member may follow (`not a single Labour MP`).
// … also where the sentence names it (`her album is called “Cowboy Carter”`) or quotes it (`the film "Joker"`).
const WORK_BEFORE = /\b(?:film|movie|drama|documentary|sitcom|miniseries|series|album|song|novel|memoir|musical|opera|podcast|video game|TV show|TV series)(?:,?\s+(?:(?:is|was)\s+)?(?:called|titled|entitled|named))?\s+[“"‘]?$/u;
const WILDFIRE = /^\p{Lu}[\p{L}-]+(?: Complex)? Fire$/u;
const BROADCASTER_OUTLET = /^(?:BBC|ITV|CBC|ABC|CBS|NBC|RTÉ|RTE|Sky|Channel 4)\s+(?:Radio|News|Television|TV|World|One|Two|Three|Four|Scotland|Wales|Cymru|Sport|Persian|Arabic|Urdu|Hindi|Mundo|Russian|Ukrainian|Breakfast|Newsnight|Local)\b/u;
const THING_LETTERS: ReadonlySet<string> = new Set(['OT', 'PAC', 'PACs', 'SUV', 'SUVs', 'ATM', 'ATMs', 'MRI', 'DNA', 'GDP', 'CPI', 'IPO', 'IPOs', 'ETF', 'ETFs', 'EV', 'EVs', 'AI', 'VAR',
  'FAQ', 'FAQs', 'PDF', 'NDA', 'NDAs', 'SMS', 'GPS', 'LLM', 'LLMs', 'CCTV', 'ICU', 'EHCP', 'URL', 'CV']);
const PARTY_AND_STATE = /^[RDI]-\p{Lu}[\p{L}.]*$/u;

// What a market trades, which rises and falls as a firm's shares do.
const TRADED: ReadonlySet<string> = new Set(['shares', 'stocks', 'stock', 'bonds', 'prices', 'futures', 'equities', 'gilts', 'treasuries', 'treasury', 'bunds', 'yields', 'profits', 'sales', 'earnings', 'revenues', 'exports', 'imports', 'volumes',
  // the accounts' and the economy's figures, which rise and fall the same way (`Revenue rose 6%`, `Profit fell`)
  'revenue', 'profit', 'income', 'turnover', 'output', 'inflation', 'growth', 'spending', 'orders', 'deliveries', 'margins', 'costs', 'deposits', 'loans', 'assets', 'dividends', 'production', 'unemployment', 'investment',
  // commodities and currencies
  'gold', 'silver', 'copper', 'platinum', 'palladium', 'aluminium', 'aluminum', 'nickel', 'zinc', 'oil', 'crude', 'brent', 'wheat', 'corn', 'soybeans', 'coffee', 'cocoa', 'sugar', 'cotton',
  'sterling', 'dollar', 'euro', 'yen', 'yuan', 'rupee', 'bitcoin',
  // sectors, by their firms in the plural
  'banks', 'miners', 'utilities', 'insurers', 'retailers', 'airlines', 'telecoms', 'techs', 'automakers', 'carmakers', 'chipmakers', 'builders', 'housebuilders', 'lenders', 'energy', 'financials', 'industrials']);

/** The decision of the hand rules for the name `text` at `start`..`end` of `paragraph`, if any. */
export function paragraphRule(paragraph: string, start: number, end: number, text: string): RuleDecision | undefined {
  const words = text.split(/\s+/u);
  const key = text.toLowerCase();
  if (EVENTS_AND_PRODUCTS.has(key)) return { type: null, why: 'festival, pilgrimage or software (rule)' };
  if (koreanName(text)) return { type: 'PERSON', why: 'romanised Korean name (rule)' };
  if (placedEvent(words)) return { type: null, why: 'sporting event named after a place (rule)' };
  // `Marsha Blackburn, R-Tenn.`, `(D-Ore.)`: a member of Congress's party and state, an abbreviation of no one name.
  if (PARTY_AND_STATE.test(text)) return { type: null, why: 'party and state of a member of Congress (rule)' };
  // A broadcaster's channel, station or service (`BBC Radio Somerset`, `BBC Persian`, `ITV News`): the broadcaster's,
  // whatever place or number it names.
  if (BROADCASTER_OUTLET.test(text)) return { type: 'ORG', why: 'a broadcaster’s channel or station (rule)' };
  // Letters of a thing, not of a name (`in OT`, `a super PAC`).
  if (THING_LETTERS.has(text)) return { type: null, why: 'letters of a thing, not a name (rule)' };
  // A nation's part of a range, a coast or a region (`Swiss Alps`, `Italian Riviera`; the name finder keeps it whole).
  if (words.length === 2 && isNorpName(words[0] as string) && regionWord(words[1] as string)) return { type: 'PLACE', why: 'a nation’s part of a region (rule)' };
  // `St. Patrick's Day`, `Mother's Day`, `Valentine's Day`: a day of the calendar, whoever it is named after.
  if (/['’]s Day$/u.test(text)) return { type: null, why: 'day of the calendar (rule)' };
  // `St` cut from the name after it (`St. Patrick's Day`, written with its full stop) names nothing alone.
  if (/^(?:St|Ste|Saint)\.?$/u.test(text)) return { type: null, why: 'a saint’s abbreviation alone (rule)' };
  const before = paragraph.slice(Math.max(0, start - 24), start);
  // `the game at San Siro`, `the final at Old Trafford`: a match's ground; not a town, which names its club there
  // (`a 2-1 win at Leeds`).
  if (MATCH_AT.test(before) && !isGazetteerPlace(text) && countryOf(text) === undefined && !phraseLists(words).some((l) => l === 'city' || l === 'region')) {
    return { type: 'PLACE', why: 'ground of a match (rule)' };
  }
  // `the Camp Fire`, `the Dixie Fire`: a wildfire is an event; not a body (`Cal Fire`) or a town's club (`the Chicago
  // Fire beat …`).
  if (WILDFIRE.test(text) && /\bthe\s+$/iu.test(before) && !phraseLists(words.slice(0, 1)).includes('city') && !phraseLists(words).includes('sportsTeam')) return { type: null, why: 'a wildfire (rule)' };
  // `the drama Roma`, `the film Barbie`, `her memoir Becoming`: a work's title after its kind is no name.
  if (WORK_BEFORE.test(before) && words.length <= 4) return { type: null, why: 'title of a work after its kind (rule)' };
  // `Downing Street said`, `the Kremlin denied`: the institution (the corpora have a handful, nearly all ORG).
  if (METONYMS.has(phraseKey(text)) && !LOCATIVE_BEFORE.test(before)) return { type: 'ORG', why: 'institution named after its seat (rule)' };
  if (WORLD_PARTS.has(key) && /\bthe\s+$/iu.test(before)) return { type: 'PLACE', why: 'part of the world after "the" (rule)' };
  // `at the Philips Arena`, `in Carnegie Hall`: the building (`locative=at` alone reads as a workplace, `at Google`).
  if (buildingName(words, text) && AT_BEFORE.test(before)) return { type: 'PLACE', why: 'building after a locative (rule)' };
  const last = words[words.length - 1] as string;
  const first = (words[0] as string).toLowerCase();
  // `Environment Canada`, `Air France`, `Bank Indonesia`, `Public Safety Canada`, `Public Health England`: common
  // nouns and a country name an institution. The country by its own name, not an alias (`Island`, `Thai`); no
  // geographic head first (`Lake Chad`).
  const nouns = words.slice(0, -1);
  if ((words.length === 2 || words.length === 3) && countryOf(last) === last && countryOf(text) === undefined && !isNorpName(text) && !COMPASS_WORDS.has(first) &&
    !PART_OF_COUNTRY.has(first) && !PLACE_HEADS.has(first) && nouns.every((w) => /^\p{Lu}\p{Ll}/u.test(w) && commonNoun(w))) {
    return { type: 'ORG', why: 'institution named after a country (rule)' };
  }
  // The context first, the lists only for the few names it fits (every candidate of every paragraph comes here).
  const shares = SHARE_MOVE.test(paragraph.slice(end, end + 40));
  if (!shares && !MARKET_ROLE_AT.test(paragraph.slice(Math.max(0, start - 40), start))) return undefined;
  // A market is named by its place (`London shares fell 2 per cent`): no company.
  // Nor are the things traded, opening a sentence (`Shares fell 2 percent`, `Bonds gained 1/4`).
  if (TRADED.has(key)) return { type: null, why: 'what a market trades (rule)' };
  const place = countryOf(text) !== undefined || isGazetteerPlace(text) || isNorpName(text) || INDICES.test(text) ||
    phraseLists(words).some((l) => l === 'city' || l === 'placeWn' || l === 'region');
  if (place) return undefined;
  return shares ? { type: 'ORG', why: 'share price move (rule)' } : { type: 'ORG', why: 'firm of a market person (rule)' };
}
