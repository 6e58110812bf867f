/**
 * The news lexicon: closed word classes that decide how a run of capitalised words is read. Everything here is
 * general English news usage (titles, organisation and facility heads, agencies that sign photographs), not
 * names from any one article. Sets hold lower-case forms unless said otherwise. The word lists the name finder,
 * the quote finder and the grammar generator share (titles, particles, agencies …) are in `newsLexicon.json`.
 */

import NEWS from './newsLexicon.json';
import { memoised } from './memo';

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** Titles and honorifics before a name (`President`, `Dr`): never part of a mention's or a speaker's name. */
export const TITLES: ReadonlySet<string> = new Set(NEWS.titles);

/**
 * Words that are titles only in front of another title (`Prime Minister`, `Foreign Secretary`, `Vice President`);
 * alone they are ordinary name words (`Foreign Office`, `Home Depot`).
 */
export const TITLE_MODIFIERS: ReadonlySet<string> = new Set(NEWS.titleModifiers);

/**
 * Words the name finder reads as part of a title before a name: the titles and the modifiers that only ever
 * open a title (`Prime`, `Deputy`), not those that also open names of bodies (`State`, `Police`, `House`), and
 * not the titles that are also first names or letters after a name (`Dean`, `MP`), which only a speaker drops.
 */
export const TITLE_WORDS: ReadonlySet<string> = new Set([...NEWS.titles.filter((w) => !NEWS.speakerOnlyTitles.includes(w)), ...NEWS.nameTitleModifiers]);

/**
 * Whether a word, in lower case, is a title: with or without its abbreviation's full stop (`gen.`), or one not yet
 * taken up (`president-elect`, `minister-designate`).
 */
export function isTitle(word: string): boolean {
  return TITLE_WORDS.has(word.replace(/\.$/u, '').replace(/[-‐](?:elect|designate)$/u, ''));
}

/** Honorifics that by themselves show that the next name is a person's. */
export const PERSON_HONORIFICS: ReadonlySet<string> = new Set(NEWS.honorifics);

/** Name particles that may sit in lower case inside a name (`Hernan de la Cruz`, `bin Laden`, `Nikolaus van der Pas`). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(NEWS.nameParticles);

/** Lower-case words that link two capitalised words of one name (`Museum of Flight`, `Texas A&M`, `Museum of the …`). */
export const NAME_LINKS: ReadonlySet<string> = new Set(NEWS.nameConnectors);

/** Letters after a name (`Mark Tedeschi, QC`): descriptors, not entities. */
export const POSTNOMINALS = set('qc kc sc mp mep msp obe mbe cbe kbe dbe phd md jr sr esq');
/** Those written right after a name without a comma (`Jess Phillips MP`, `Sarah Whitfield KC`): no part of it. */
export const JOINED_POSTNOMINALS = set('qc kc sc mp mep msp obe mbe cbe kbe dbe phd');

/** Last words that make a name an organisation (`Foreign Office`, `Skidmore College`). */
export const ORG_HEADS = set(`
  service services office exchange elementary ministry council agency university college party inc ltd llc plc corp corporation company
  co fc foundation society corps group association committee commission department authority journal gazette
  herald times post news tribune telegraph guardian bank institute institution legion navy army force forces
  administration organisation organization union league federation club board bureau police parliament senate
  congress assembly government network press media airlines airways studios laboratory laboratories labs trust
  fund alliance coalition movement front brigade regiment battalion squadron division fleet command scouts cabinet
  court courts tribunal agency team academy chamber guild consortium industries holdings enterprises partners systems
  technologies motors chronicle courier observer examiner inquirer mail express mirror dispatch sentinel bulletin
  monitor confederation synod secretariat directorate inspectorate cooperative co-operative syndicate orchestra
  ensemble choir constabulary gendarmerie militia guard cartel broadcasting television records pictures productions
  publishing publishers magazine newspaper railway railways railroad airline bancorp securities insurance
  pharmaceuticals petroleum electric electronics communications telecom entertainment ventures investments school
  seminary polytechnic conservatory marines infantry cavalry artillery caucus bloc junta delegation diocese
  archdiocese endowment campaign communion fellowship newsroom embassy consulate radio workers
  steelworkers mineworkers teamsters patrol dicastery congregation curia
`);

/**
 * First words that make a name an organisation in the languages that put the head first (`Bloc Québécois`, `Parti
 * Socialiste`, `Partido Popular`, `Universidade da Coruña`, `Banco Santander`, `Société Générale`).
 */
export const ORG_HEADS_FIRST = set(`parti partido partito partei partij bloc bloque frente fronte mouvement movimiento movimento rassemblement alianza alleanza
  conservatoire universidad universidade università université universität universitat instituto istituto institut banco banque banca société sociedad
  compagnie compañía`);

/** Last words that make a name a place: sites and buildings as well as geography (`Old Bailey` is covered by `the`). */
export const PLACE_HEADS = set(`
  centre center airport museum stadium arena hall square street road avenue bridge park base station mosque church
  cathedral temple synagogue palace castle tower planetarium complex facility gallery galleries island islands
  river mountain mountains mount lake valley county city province state bay sea ocean desert canal port harbour
  harbor beach coast peninsula district region village town borough heights falls springs prison hospital zoo
  theatre theater library abbey chapel memorial monument plaza boulevard lane highway motorway gardens garden
  field fields estate airfield barracks camp pool strait straits canyon glacier volcano plateau basin delta reef
  lagoon creek dam reservoir archipelago atoll isle isles cliffs
  prefecture oblast governorate municipality township territory territories emirate quarter suburb embankment wharf
  pier docks terminal marina racecourse speedway ballpark coliseum colosseum cemetery mausoleum shrine basilica
  pagoda fort fortress citadel lighthouse expressway turnpike freeway parkway tunnel
`);

/**
 * The head word of a name as the head lists hold it: itself, or its singular when that is a body's head (`National
 * Institutes of Health`, `Coldstream Guards`, `Centers for Disease Control`). Places in the plural are mostly common
 * nouns before a name (`the streets of Paris`, `the Halls of Congress`); the lists hold the plural where it is not.
 */
export function headForm(word: string): string {
  if (ORG_HEADS.has(word) || PLACE_HEADS.has(word) || word.length < 5 || !word.endsWith('s')) return word;
  const one = word.endsWith('ies') ? `${word.slice(0, -3)}y` : word.slice(0, -1);
  return ORG_HEADS.has(one) || one === 'center' || one === 'centre' ? one : word;
}

/** Heads of bodies whose name says what they are for, which `for the` joins to it (`Foundation for the Visual Arts`). */
export const FOR_THE_HEADS = set(`
  foundation institute institution endowment society association council committee commission fund alliance coalition
  movement centre center campaign league federation union trust academy organisation organization
`);

/** Institutions named after their seat, and legislatures named by their kind; news uses them as the body that acts (`Downing Street said`, `Congress passed`). */
export const METONYMS = set('kremlin downing_street white_house pentagon whitehall élysée elysee number_10 congress parliament senate bundestag knesset duma vatican treasury');

/** Photo agencies that sign pictures; alone on a line or glued to a caption they are the credit. */
export const CREDIT_AGENCIES: ReadonlySet<string> = new Set(NEWS.creditAgencies);

/**
 * Countries the countries package lacks, which the rules after typing read as countries: states that no longer
 * exist, by their names (`Zaire`, `the Soviet Union`, `USSR`), and short names news uses (`Bosnia`). Kept out of the
 * lists the recogniser's features read, so its weights need no retraining for them.
 */
export const OTHER_COUNTRIES: ReadonlySet<string> = new Set([
  ...Object.entries(NEWS.formerStates).flatMap(([state, others]) => [state, ...others]),
  ...NEWS.countryShortNames,
]);

/** Holidays, festivals and ceremonies (`Christmas`, `Super Bowl`), lower case, apostrophes straight: `a Christmas party` is no party's. */
export const OCCASIONS: ReadonlySet<string> = new Set(NEWS.occasions.map((o) => o.toLowerCase()));

/**
 * Firms whose name holds a possessive (`Moody's`, `Standard & Poor's`, `Sam's Club`), as lists of lower-case words
 * with the possessive kept on its word: there the `'s` is part of the name, not a possessive ending it.
 */
export const POSSESSIVE_FIRMS: readonly (readonly string[])[] = NEWS.possessiveFirms.map((n) => n.split(' '));

/** Whether a name opens with a firm of {@link POSSESSIVE_FIRMS} (`Moody's Investors Service`, `Standard & Poor 's`). */
export function opensWithPossessiveFirm(name: string): boolean {
  const key = name.toLowerCase().replace(/’/gu, "'").replace(/\s+(?=')/gu, '').replace(/\s+/gu, ' ');
  return NEWS.possessiveFirms.some((n) => key.startsWith(n) && (key.length === n.length || key[n.length] === ' '));
}

/**
 * Firms named after their founders, which news names often and the recogniser reads as the people (`Merrill Lynch`,
 * `Morgan Stanley`, `Lockheed Martin`), as lower-case names. Only firms whose founders news no longer writes about.
 */
const PERSON_NAMED_FIRMS: ReadonlySet<string> = new Set(NEWS.personNamedFirms);

/** Whether a name is one of {@link PERSON_NAMED_FIRMS}, a legal form after it or not (`Merrill Lynch & Co`). */
export function isPersonNamedFirm(name: string): boolean {
  const key = name.toLowerCase().replace(/’/gu, "'").replace(/\s+/gu, ' ').replace(/(?:\s*,?\s*(?:& co|inc|corp|co|cos|ltd|plc)\.?)+$/u, '');
  return PERSON_NAMED_FIRMS.has(key);
}

/**
 * Plural nouns of a trade that end firms' names (`Meta Platforms`, `Tyson Foods`, `Yum Brands`, `Arista Networks`),
 * read after typing (`typedRules.ts`): the recogniser's organisation heads do not hold them all, and a given name or
 * surname before them weighs towards a person.
 */
export const TRADE_PLURALS = set(`
  platforms foods brands networks therapeutics biosciences semiconductors solutions logistics robotics dynamics
  aerospace chemicals pharmaceuticals resources minerals metals properties apparel restaurants hotels resorts airlines
  motors technologies systems industries holdings enterprises communications laboratories labs studios
`);

/** Universities news names by one word (`Harvard`, `Oxford`), as written. */
export const UNIVERSITIES: ReadonlySet<string> = new Set(NEWS.universities);

/** Nouns news describes a firm or another body by in apposition to its name (`Safaricom, the largest telecoms firm,`). */
export const FIRM_NOUNS: ReadonlySet<string> = new Set(NEWS.firmNouns);

/** Those of {@link FIRM_NOUNS} that also stand right before a firm's name (`Swiss drugmaker Zentiva`). */
export const FIRM_NOUNS_BEFORE: ReadonlySet<string> = new Set(NEWS.firmNounsBefore);

/** Nouns for a person's role, before a name opening a sentence, that neither end like an agent noun nor a list holds. */
export const ROLE_NOUNS: ReadonlySet<string> = new Set(NEWS.roleNouns);

/** Nouns news describes a place by in apposition to its name (`Ouallam, a town of 20,000 people,`). */
export const PLACE_NOUNS: ReadonlySet<string> = new Set(NEWS.placeNouns);

/** Firms and brands named by an ordinary English word (`Apple`, `Shell`, `Target`), as written. */
export const WORD_FIRMS: ReadonlySet<string> = new Set(NEWS.wordFirms);

/** Parties and unions named by an ordinary English word (`Labour`, `Reform`, `Unite`), as written. */
export const WORD_PARTIES: ReadonlySet<string> = new Set(NEWS.wordParties);

/** Firms and brands whose one-word name is also a town's (`Toyota`, `Santander`), as written. */
export const TOWN_FIRMS: ReadonlySet<string> = new Set(NEWS.townFirms);

/** Sports grounds, circuits and courses news names by their own names (`Old Trafford`, `Monza`), as written. */
export const VENUES: ReadonlySet<string> = new Set(NEWS.venues);

/** A publication's name as the lists below hold it: no leading `The`, straight apostrophes, single spaces. */
const publicationKey = (name: string): string => name.replace(/^the\s+/iu, '').replace(/’/gu, "'").replace(/\s+/gu, ' ');
const PUBLICATIONS: ReadonlySet<string> = new Set(NEWS.publications.map(publicationKey));
const CITED_PUBLICATIONS: ReadonlySet<string> = new Set(NEWS.citedPublications.map(publicationKey));
const lastWord = (name: string): string => name.slice(name.search(/\S+$/u)).toLowerCase();
// Firms named `X & Y` that much of the press spells out (`Marks and Spencer`, `Procter and Gamble`): the spelled
// form is the same firm, but `and` between two capitalised words otherwise joins two names. Letters joined by `&`
// (`AT&T`, `S&P`) have no spelled form.
const SPELLED_FIRMS: readonly string[] = NEWS.newsFirms.filter((f) => /^\p{Lu}\p{L}+ & \p{Lu}\p{L}+/u.test(f)).map((f) => f.replace(' & ', ' and '));
const LISTED_FIRMS: readonly string[] = [...NEWS.bodies, ...NEWS.newsFirms, ...SPELLED_FIRMS];
const LISTED_LAST_WORDS: ReadonlySet<string> = new Set([...NEWS.publications, ...NEWS.citedPublications, ...LISTED_FIRMS].map(lastWord));

/**
 * Whether a name is a newspaper's, magazine's, broadcaster's or journal's the news lexicon lists: `anywhere` for a
 * name that is nothing else (`Le Monde`, `The Lancet`), `cited` for one that is also an ordinary word, a people's or
 * a person's name (`Nature`, `The Australian`, `Forbes`), a publication only where the sentence cites it. Case
 * counts: `nature` is no journal.
 */
export function publicationOf(name: string): 'anywhere' | 'cited' | undefined {
  // Asked of every name the finder reads: most end in a word no listed name ends in.
  if (!LISTED_LAST_WORDS.has(lastWord(name))) return undefined;
  const key = publicationKey(name);
  return PUBLICATIONS.has(key) ? 'anywhere' : CITED_PUBLICATIONS.has(key) ? 'cited' : undefined;
}

// The firms news names often that the company lists lack are listed bodies too: the company list's feature weighs
// little (it holds the words of longer names), so a whole name of theirs is an organisation wherever it stands.
const BODIES: ReadonlySet<string> = new Set(LISTED_FIRMS.map(publicationKey));

/** Words that take `of` inside a name besides organisation and place heads (`Bank of England`, `Isle of Man`). */
export const OF_HEADS = set(`
  republic kingdom state states isle daughters sons friends house bank city province gulf cape strait order
  duchy principality commonwealth federation people peoples
`);

/**
 * Whether `of` or `for` after this word continues a name: after a body's or a place's head (in the plural too), a
 * word that takes `of` (`Bank of`, `Isle of`) or a title (`Minister of Health`).
 */
export function takesConnector(word: string): boolean {
  const w = headForm(word.toLowerCase());
  return ORG_HEADS.has(w) || PLACE_HEADS.has(w) || OF_HEADS.has(w) || TITLE_WORDS.has(w);
}

// Words that end a run of capitalised words (a date's, a caption's label) but close some listed names.
const RUN_ENDING_WORDS = set('today tonight sunday monday images video');

/**
 * Places whose names hold a lower-case word, which runs of capitalised words cut (`Dar es Salaam` had been `Dar` and
 * `Salaam`, `Côte d'Ivoire` `Côte`): the name finder looks for them as written.
 */
const PLACES_WITH_LOWER_WORDS: readonly string[] = ['Dar es Salaam', "Côte d'Ivoire", 'Côte d’Ivoire', "Cote d'Ivoire", 'Cote d’Ivoire',
  'Frankfurt am Main', 'Santiago de Compostela', 'Sao Tome and Principe', 'São Tomé and Príncipe', 'Bosnia and Herzegovina', 'Trinidad and Tobago',
  'Antigua and Barbuda', 'Saint Kitts and Nevis', 'Saint Vincent and the Grenadines', 'Turks and Caicos Islands', 'Heard and McDonald Islands'];

// First words that a run of names loses (a title's, a photo credit's label): a listed name opening with one is found
// as written (`General Catalyst`, `Credit Suisse`), as is one opening with a digit, which opens no run (`1MDB`).
const OPENING_CUT_WORDS: ReadonlySet<string> = new Set(['general', 'credit', 'major', 'chief', 'president', 'senator', 'doctor', 'judge', 'king', 'queen', 'prince', 'captain']);

/**
 * The listed organisations, publications and places whose names a run of capitalised words may not yield, which the
 * name finder looks for as written: a lower-case word between capitalised ones (`Save the Children`, `Committee to
 * Protect Journalists`, `The Mail on Sunday`, `Alternative for Germany`, `Law and Justice`, `Economic Community of
 * West African States`, whose connectors the runs' rules may end at; `Dar es Salaam`), or a word that ends a run
 * elsewhere (`USA Today`, `Getty Images`), or an abbreviation's full stop inside, where a sentence may seem to end
 * (`Warner Bros. Discovery`).
 */
export const NAMES_AS_WRITTEN: readonly string[] = [...[...LISTED_FIRMS, ...NEWS.publications.map((p) => p.replace(/^The /u, ''))].filter((b) => b.split(' ').some((w, i, ws) =>
  i > 0 && ((i < ws.length - 1 && (/^\p{Ll}+$/u.test(w) || /\.$/u.test(w))) || RUN_ENDING_WORDS.has(w.toLowerCase()))) || OPENING_CUT_WORDS.has(b.split(' ')[0]?.toLowerCase() ?? '') || /^\d/u.test(b)), ...PLACES_WITH_LOWER_WORDS];

/**
 * Whether a name is one of the organisations the news lexicon lists (`bodies`: aid agencies, blocs, intelligence
 * services, armed groups), with or without `the` before it. Case counts.
 */
export function isListedBody(name: string): boolean {
  return LISTED_LAST_WORDS.has(lastWord(name)) && BODIES.has(publicationKey(name));
}

/** Regions and parts of the world that gazetteers of countries do not hold. */
export const REGIONS = set(`
  europe asia africa america americas antarctica oceania arctic antarctic balkans caucasus scandinavia
  west east north south middle_east far_east latin_america north_america south_america central_asia
  pacific_northwest midwest west_bank gaza earth
`);

/** What a shop, a restaurant or a trade named after its owner sells or is (`Ray's Pizza`, `Ralph's Market`). */
export const SHOP_NOUNS = set(`
  pizza pizzeria market deli delicatessen cafe café restaurant bar grill kitchen bakery garage pub diner tavern burgers
  bagels donuts tacos barbecue bbq steakhouse bistro cantina liquor liquors hardware furniture jewelers jewellers
  pharmacy cleaners salon barbershop boutique bookstore automotive tires plumbing roofing landscaping books bookshop
  shack auto convenience coffee brewery creamery shops stores supermarket supermarkets newsagents newsagent butchers
  chemists confectionery confectionary florist florists
`);

/** Shop nouns no common phrase after a person's possessive ends in (`Powell's Books`, not `Obama's Kitchen`). */
export const SHOP_ONLY_NOUNS = set('pizza pizzeria deli delicatessen diner bakery tavern pub bistro steakhouse books bookshop bookstore shack brewery creamery barbershop shops stores supermarket supermarkets newsagents butchers chemists confectionery confectionary florists');

/** Parties' members in the plural: after a creed's or a country's word they name the party (`Christian Democrats`). */
export const PARTY_MEMBERS = set('democrats republicans socialists liberals conservatives nationalists unionists progressives');

/** Religious and political groups and the peoples of continents (capitalised forms): NORP. */
export const NORP_GROUPS = set(`
  aboriginal aboriginals aborigines peronist peronists chavista chavistas muslim muslims moslem moslems christian christians jew jews jewish hindu hindus buddhist buddhists sikh sikhs catholic catholics
  protestant protestants sunni sunnis shia shiite shiites islamist islamists republican republicans democrat democratic
  democrats tory tories socialist socialists communist communists arab arabs kurd kurds kurdish latino latinos
  hispanic hispanics taliban orthodox evangelical evangelicals mormon mormons european europeans african africans
  asian asians uighur uighurs uyghur uyghurs rohingya yazidi yazidis pashtun pashtuns tamil tamils basque basques
  catalan catalans maori inuit bedouin bedouins houthi houthis alawite alawites druze berber berbers tutsi tutsis hutu
  hutus hazara hazaras punjabi punjabis bengali bengalis zulu zulus copt copts coptic anglican anglicans baptist
  baptists methodist methodists lutheran lutherans presbyterian presbyterians quaker quakers salafi salafis zionist
  zionists marxist marxists maoist maoists chechen chechens flemish walloon walloons croat croats bosniak bosniaks
  kosovar kosovars crimean serb serbs tatar tatars conservative conservatives liberal liberals greens nationalist
  nationalists unionist unionists jesuit jesuits baloch sufi sufis pentecostal pentecostals episcopalian episcopalians
  spaniard spaniards briton britons frenchman frenchmen englishman englishmen irishman irishmen scotsman scotsmen
  welshman dutchman dutchmen dane danes swede swedes turk turks texan texans californian californians floridian
  floridians bavarian bavarians tasmanian tasmanians queenslander queenslanders quebecer quebecers ontarian ontarians
  albertan albertans sicilian sicilians cornish glaswegian glaswegians londoner londoners parisian parisians
  muscovite muscovites philippine ohioan ohioans minnesotan minnesotans virginian virginians georgian georgians
  fulani dogon tigrayan tigrayans oromo somali somalis
`);

/** Combining forms of nationalities in compounds (`Anglo-Russian`, `Sino-Japanese`). */
export const COMBINING_FORMS = set('anglo franco sino russo indo afro euro greco italo judeo irano turco austro hispano');

/**
 * Words that end the name of a sporting event held in a place (`U.S. Open`, `Monaco Grand Prix`, `Boston
 * Marathon`): the event is no entity of ours, and the place inside it is no mention of the place.
 */
export const EVENT_TAILS: readonly string[] = ['open', 'grand prix', 'masters', 'classic', 'marathon', 'half marathon', 'championships', 'invitational', 'rally'];

/** The number of words at the end of `words` that name a sporting event (`EVENT_TAILS`), or 0. */
export function eventTail(words: readonly string[]): number {
  if (words.length < 2) return 0;
  const text = words.join(' ').toLowerCase();
  const tail = EVENT_TAILS.filter((t) => text.endsWith(` ${t}`)).sort((a, b) => b.length - a.length)[0];
  return tail ? tail.split(' ').length : 0;
}

/** Prepositions after which a name is most often a location. */
export const LOCATIVE_PREPOSITIONS = set('in at from near outside inside across throughout into towards toward around');

/** Lower-case words the name finder allows inside a name between capitalised words (`University of Southern Indiana`). */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set([...NEWS.nameParticles, 'of', 'for', '&', 'and']);

/** Greetings and sign-offs that open a run of capitalised words in letters and e-mails (`Thanks Melissa`, `Dear Sir`). */
export const COURTESY_WORDS = set('thanks thank thx hi hello hey dear cheers please regards congratulations congrats sincerely greetings sent attn');

/** Greetings and sign-offs right before a name that address or sign as a person (`Thanks, Dawn`, `Dear Ms Lee`, `Regards, Mo`). */
export const ADDRESS_WORDS = set('thanks thank thx hi hello hey dear cheers regards congratulations congrats sincerely greetings attn');

/**
 * Words that open a letter's first sentence after the name it addresses (`Geoff, Thanks for the pictures`,
 * `Kathleen, You are correct`, `Jill: As discussed`), beside the greetings above and personal pronouns.
 */
export const LETTER_OPENERS = set('please attached enclosed here hope just sorry fyi per as see let can could would will did do are is have');

/**
 * US states' and Canadian provinces' postal codes and the abbreviations news style writes after a town (`Holyoke,
 * MA`, `Springfield, Ill.`, `Kingston, Ont.`), in the case they are written.
 */
export const REGION_ABBREVIATIONS: ReadonlySet<string> = new Set(`
  AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI
  SC SD TN TX UT VT VA WA WV WI WY DC AB BC MB NB NL NS NT NU ON PE QC SK YT
  Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Ky La Md Mass Mich Minn Miss Mo Mont Neb Nev Okla Ore Pa Tenn Tex
  Va Vt Wash Wis Wyo Alta Man Ont Que Sask
`.trim().split(/\s+/));

/** Connectors that make a name only after a head (`Centre for`, `University of`), not after a person's name. */
export const HEAD_CONNECTORS = set('of for');
/** Heads of bodies named for what they deliberate on, which `on` joins to the rest of the name (`Council on Foreign Relations`). */
export const ON_HEADS = set('council committee subcommittee commission conference panel coalition forum institute center centre');

/** Caption labels (`Image: NASA`): never part of a name. */
export const CAPTION_LABELS = set('image images photo photos picture video credit source file');

/** Sentence-initial words that are never part of a name. */
export const NEVER_NAME_INITIAL = set(`
  the a an this that these those however but and or so yet in on at for from with by of to as if when while
  after before since although though because there here it its he she they we i you his her their our my your
  what who which where why how after during under over meanwhile also then still even only just more most many
  nearby elsewhere abroad
  some any all each every both no not later earlier now today yesterday tomorrow tonight last next first then
  instead already finally initially previously recently currently subsequently eventually once
`);

// Surnames of the physicians that diseases are named after, which news writes with the possessive (`Alzheimer's
// drug`, `has Parkinson's`, `Crohn's disease`, the `Alzheimer's Association`).
export const EPONYMOUS_DISEASES: ReadonlySet<string> = new Set(['alzheimer', 'parkinson', 'crohn', 'huntington', 'hodgkin', 'tourette', 'asperger', 'cushing', 'raynaud', 'meniere', 'ménière']);

// A member's letters, which stand after a name as often as before one (`Jess Phillips MP`), so no title word.
export const MEMBERS_LETTERS: ReadonlySet<string> = new Set(['MP', 'MEP', 'MSP', 'MLA', 'MPP', 'MHA', 'TD', 'MPs', 'MEPs', 'MSPs', 'MLAs']);

/** Role nouns before a name (`ringleader Orlin Roussev`) are descriptors when they end like agent nouns. */
export const ROLE_NOUN_ENDING = /(?:er|or|ist|man|woman|person|chief|leader|ant|(?<!m)ent|ian|ee|ess)$/;

/** Multi-word set entries are written with `_` above; this turns a phrase into that key (remembered: asked of every name). */
export const phraseKey = memoised((s: string): string => s.toLowerCase().replace(/\s+/g, '_'));

/**
 * Heads of names of events, works, programmes and laws (`Space Shuttle Program`, `World Cup`, `USI Art
 * Collections`): such names are none of PERSON, ORG, PLACE or NORP.
 */
export const NON_ENTITY_HEADS = set(`
  program programme project study series award awards prize cup championship championships games festival expo
  conference summit act bill treaty report collection collections exhibit exhibition show war agreement plan
  strategy scheme mission day week year century era age award trophy tour olympics telescope satellite rover lander
  spacecraft
`);

/** Words that only sports reports use; several of them make a report whose country names are national teams. */
export const SPORTS_CUES = /\b(?:world cup|olympics?|striker|midfielder|defender|goalkeeper|penalt(?:y|ies)|kick-off|half-time|stoppage time|hat-trick|equali[sz]er|free kick|corner kick|group stage|knockout stage|semi-finals?|quarter-finals?|fifa|uefa|premier league|champions league|innings|wickets?|touchdowns?|grand slam|scored|scoring|scorers?|goals?|\d+(?:st|nd|rd|th) minute|extra time|injury time|shoot-?out|play-?offs?|quarterback|home runs?|relegation|clean sheet)\b/gi;

/** First words that make a name without a head a region (`North Kivu`, `Southern Indiana`, `West Java`). */
export const COMPASS_WORDS = set('north south east west northern southern eastern western central upper lower');

/** Nouns of a wire sports slug that name no side or player (`SOCCER - ITALIAN SERIE A RESULTS AND SCORERS.`). */
export const SLUG_NOUNS = set('results scorers standings qualifiers fixtures leaders summaries summary scoreboard lineups line-ups serie wrapup update corrected refile factbox insight analysis exclusive preview rpt wickets');

/** Last words of football and other club names (`Manchester City`, `Blackburn Rovers`, `Aston Villa`). */
export const CLUB_WORDS = set('city town county united rovers athletic athletico wanderers albion rangers hotspur villa palace forest');

/** Two-letter (and other short) acronyms that name organisations; other two-letter acronyms are too ambiguous. */
export const ORG_ACRONYMS = set(`
  un eu ap pa bp hp ge ibm nhs bbc cnn fbi cia nsa imf wto who nato opec fifa uefa ioc icc itv abc cbs nbc afp epa
  unicef unhcr unesco unrwa undp unep wfp fao ilo iaea opcw osce oecd asean ecowas sadc icrc msf ifrc ecb sec fda cdc
  faa ntsb icj nfl nba mlb nhl pbs npr cbc rte sabc dpa ansa tass kcna anc bjp snp dup spd cdu ldp kmt farc pkk ypg
  mi5 mi6 gchq hsbc ubs bmw gm vw bae tsmc lvmh mit ucla nyu lse ucl
`);

// A romanised Korean or Chinese syllable (`Yun-seok`, `Jae-hyun`, `Seung-hwan`, `Joo-Ho`): consonants, vowels, an
// optional final, and no English noun (`based`, `backed`, `style` have another shape; `team`, `deal` are nouns).
export const ROMANISED_SYLLABLE = /^(?:[bcdghjkmnpstwy]|ch|kk|tt|pp|ss|jj|sh|zh)?[wy]?(?:[aeiou]{1,2}|eo|eu|ae|oe|ui)(?:ng|n|k|m|p|l|t)?$/u;

// Korean family names as the wire romanises them (`Park Joo-Ho`, `Son Heung-Min`), for given names written with a
// capital after the hyphen, which other names also have (`Jean-Pierre`, `Saint-Germain`).
export const KOREAN_FAMILY_NAMES: ReadonlySet<string> = new Set(
  'kim lee yi rhee park pak bak choi choe jung jeong chung kang cho jo yoon yun jang chang lim im han oh seo suh shin kwon hwang ahn an song yoo yu ryu hong jeon jun chun ko go moon mun yang son sohn bae baek paik heo hur nam noh roh ha kwak sung seong cha joo ju woo min jin chae won bang pyo yeo koo ku gu ban'.split(' '),
);
