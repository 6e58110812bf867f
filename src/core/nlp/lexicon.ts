/**
 * The news lexicon: closed word classes that decide how a run of capitalised words is read. Everything here is
 * general English news usage (titles, organisation and facility heads, agencies that sign photographs), not
 * names from any one article. Sets hold lower-case forms unless said otherwise.
 */

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** Titles and honorifics that precede a name; they go to the entity's descriptors, never into the span. */
export const TITLE_WORDS = set(`
  mr mrs ms miss mx dr sir dame lord lady madam president vice deputy prime minister secretary foreign home
  chancellor ambassador senator sen rep representative congressman congresswoman governor gov mayor judge justice
  professor prof administrator director chairman chairwoman chairperson chief executive general gen colonel col
  captain capt lieutenant lt sergeant sgt major maj admiral commander inspector detective superintendent constable
  king queen prince princess pope cardinal bishop archbishop rabbi imam sheikh reverend rev father sister brother
  councillor councilor commissioner premier emperor empress duke duchess earl baron baroness count countess
  coach manager spokesman spokeswoman spokesperson leader ceo cfo coo chair officer agent attorney solicitor
  chancellor speaker minister ministers justice sheriff marshal assistant acting interim alderman alderwoman
  councilman councilwoman councilmember assemblyman assemblywoman prosecutor
`);

/** Honorifics that by themselves show that the next name is a person's. */
export const PERSON_HONORIFICS = set('mr mrs ms miss mx dr sir dame lord lady madam');

/** Letters after a name (`Mark Tedeschi, QC`): descriptors, not entities. */
export const POSTNOMINALS = set('qc kc sc mp mep msp obe mbe cbe kbe dbe phd md jr sr esq');

/** Last words that make a name an organisation (`Foreign Office`, `Skidmore College`). */
export const ORG_HEADS = set(`
  service services office ministry council agency university college party inc ltd llc plc corp corporation company
  co fc foundation society corps group association committee commission department authority journal gazette
  herald times post news tribune telegraph guardian bank institute institution legion navy army force forces
  administration organisation organization union league federation club board bureau police parliament senate
  congress assembly government network press media airlines airways studios laboratory laboratories labs trust
  fund alliance coalition movement front brigade regiment cabinet court courts tribunal agency team academy chamber
  guild consortium industries holdings enterprises partners systems technologies motors chronicle courier observer
  examiner inquirer mail express mirror dispatch sentinel bulletin monitor
`);

/** Last words that make a name a place: sites and buildings as well as geography (`Old Bailey` is covered by `the`). */
export const PLACE_HEADS = set(`
  centre center airport museum stadium arena hall square street road avenue bridge park base station mosque church
  cathedral temple synagogue palace castle tower planetarium complex facility gallery galleries island islands
  river mountain mountains mount lake valley county city province state bay sea ocean desert canal port harbour
  harbor beach coast peninsula district region village town borough heights falls springs prison hospital zoo
  theatre theater library abbey chapel memorial monument plaza boulevard lane highway motorway gardens garden
  field fields estate airfield barracks camp pool
`);

/** Institutions named after their seat, and legislatures named by their kind; news uses them as the body that acts (`Downing Street said`, `Congress passed`). */
export const METONYMS = set('kremlin downing_street white_house pentagon whitehall élysée elysee number_10 congress parliament senate bundestag knesset duma');

/** Photo agencies that sign pictures; alone on a line or glued to a caption they are the credit. */
export const CREDIT_AGENCIES = set('getty pa afp reuters ap epa alamy shutterstock bloomberg rex xinhua anadolu sipa');

/** Regions and parts of the world that gazetteers of countries do not hold. */
export const REGIONS = set(`
  europe asia africa america americas antarctica oceania arctic antarctic balkans caucasus scandinavia
  west east north south middle_east far_east latin_america north_america south_america central_asia
  pacific_northwest midwest west_bank gaza earth
`);

/** Religious and political groups and the peoples of continents (capitalised forms): NORP. */
export const NORP_GROUPS = set(`
  muslim muslims christian christians jew jews jewish hindu hindus buddhist buddhists sikh sikhs catholic catholics
  protestant protestants sunni sunnis shia shiite shiites islamist islamists republican republicans democrat
  democrats tory tories socialist socialists communist communists arab arabs kurd kurds kurdish latino latinos
  hispanic hispanics taliban orthodox evangelical evangelicals mormon mormons european europeans african africans
  asian asians
`);

/** Combining forms of nationalities in compounds (`Anglo-Russian`, `Sino-Japanese`). */
export const COMBINING_FORMS = set('anglo franco sino russo indo afro euro greco italo judeo irano turco austro hispano');

/** Prepositions after which a name is most often a location. */
export const LOCATIVE_PREPOSITIONS = set('in at from near outside inside across throughout into towards toward around');

/** Lower-case words allowed inside a name between capitalised words (`University of Southern Indiana`). */
export const NAME_CONNECTORS = set('of for de du da do dos das der den van von al el bin ibn la le del di & and y');

/** Connectors that make a name only after a head (`Centre for`, `University of`), not after a person's name. */
export const HEAD_CONNECTORS = set('of for');

/** Words that take `of` inside a name besides organisation and place heads (`Bank of England`, `Isle of Man`). */
export const OF_HEADS = set(`
  republic kingdom state states isle daughters sons friends house bank city province gulf cape strait order
  duchy principality commonwealth federation people peoples
`);

/** Caption labels (`Image: NASA`): never part of a name. */
export const CAPTION_LABELS = set('image images photo photos picture video credit source file');

/** Sentence-initial words that are never part of a name. */
export const NEVER_NAME_INITIAL = set(`
  the a an this that these those however but and or so yet in on at for from with by of to as if when while
  after before since although though because there here it its he she they we i you his her their our my your
  what who which where why how after during under over meanwhile also then still even only just more most many
  some any all each every both no not later earlier now today yesterday tomorrow tonight last next first then
  instead already finally initially previously recently currently subsequently eventually once
`);

/** Role nouns before a name (`ringleader Orlin Roussev`) are descriptors when they end like agent nouns. */
export const ROLE_NOUN_ENDING = /(?:er|or|ist|man|woman|person|chief|leader|ant|(?<!m)ent|ian|ee|ess)$/;

/** Multi-word set entries are written with `_` above; this turns a phrase into that key. */
export function phraseKey(s: string): string {
  return s.toLowerCase().replace(/\s+/g, '_');
}

/**
 * Heads of names of events, works, programmes and laws (`Space Shuttle Program`, `World Cup`, `USI Art
 * Collections`): such names are none of PERSON, ORG, PLACE or NORP.
 */
export const NON_ENTITY_HEADS = set(`
  program programme project study series award awards prize cup championship championships games festival expo
  conference summit act bill treaty report collection collections exhibit exhibition show war agreement plan
  strategy scheme mission day week year century era age award trophy tour olympics
`);

/** Words that only sports reports use; several of them make a report whose country names are national teams. */
export const SPORTS_CUES = /\b(?:world cup|olympics?|striker|midfielder|defender|goalkeeper|penalt(?:y|ies)|kick-off|half-time|stoppage time|hat-trick|equali[sz]er|free kick|corner kick|group stage|knockout stage|semi-finals?|quarter-finals?|fifa|uefa|premier league|champions league|innings|wickets?|touchdowns?|grand slam|scored|scoring|scorers?|goals?|\d+(?:st|nd|rd|th) minute|extra time|injury time|shoot-?out|play-?offs?|quarterback|home runs?|relegation|clean sheet)\b/gi;

/** First words that make a name without a head a region (`North Kivu`, `Southern Indiana`, `West Java`). */
export const COMPASS_WORDS = set('north south east west northern southern eastern western central upper lower');

/** Last words of football and other club names (`Manchester City`, `Blackburn Rovers`, `Aston Villa`). */
export const CLUB_WORDS = set('city town county united rovers athletic athletico wanderers albion rangers hotspur villa palace forest');

/** Two-letter (and other short) acronyms that name organisations; other two-letter acronyms are too ambiguous. */
export const ORG_ACRONYMS = set('un eu ap pa bp hp ge ibm nhs bbc cnn fbi cia nsa imf wto who nato opec fifa uefa ioc icc itv abc cbs nbc afp epa');
