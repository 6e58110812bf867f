/**
 * Word lists for quote attribution. Kept as data so that a linguist can read and extend them; every list is
 * lower case and matched against lower-cased tokens.
 */
import { TITLES as SHARED_TITLES } from '../lexicon';

/** How a cue relates to its speaker. */
export type CueKind =
  /** A finite reporting verb: the speaker is its subject (`X said`) or follows it (`said X`). */
  | 'finite'
  /** A participle (`saying`, `labelling`): the speaker is the subject of the sentence's main clause. */
  | 'participle'
  /** A preposition-like phrase (`according to`, `in the words of`): the speaker follows it. */
  | 'preposition'
  /** `read`/`reads`: attribution by juxtaposition, only after a document noun (`X's statement read:`). */
  | 'document';

function forms(list: string): Map<string, CueKind> {
  const out = new Map<string, CueKind>();
  for (const group of list.trim().split(/\s*,\s*/)) {
    for (const w of group.split(/\s+/)) out.set(w, w.endsWith('ing') ? 'participle' : 'finite');
  }
  return out;
}

/**
 * Reporting verbs, all inflected forms written out (irregular forms are common among them). Verbs of naming
 * (`call`, `dub`, `name`) are deliberately absent: what follows them is a name, not someone's words.
 */
export const SPEECH_VERBS: ReadonlyMap<string, CueKind> = forms(`
  say says said saying, tell tells told telling, add adds added adding, write writes wrote writing,
  ask asks asked asking, explain explains explained explaining, warn warns warned warning,
  insist insists insisted insisting, claim claims claimed claiming, state states stated stating,
  declare declares declared declaring, announce announces announced announcing, reply replies replied replying,
  respond responds responded responding, answer answers answered answering, remark remarks remarked remarking,
  note notes noted noting, comment comments commented commenting, observe observes observed observing,
  argue argues argued arguing, admit admits admitted admitting, acknowledge acknowledges acknowledged acknowledging,
  confirm confirms confirmed confirming, deny denies denied denying, suggest suggests suggested suggesting,
  continue continues continued continuing, recall recalls recalled recalling, tweet tweets tweeted tweeting,
  shout shouts shouted shouting, exclaim exclaims exclaimed exclaiming, whisper whispers whispered whispering,
  yell yells yelled yelling, boast boasts boasted boasting, complain complains complained complaining,
  concede concedes conceded conceding, conclude concludes concluded concluding, predict predicts predicted predicting,
  promise promises promised promising, vow vows vowed vowing, pledge pledges pledged pledging,
  urge urges urged urging, demand demands demanded demanding, stress stresses stressed stressing,
  emphasise emphasises emphasised emphasising, emphasize emphasizes emphasized emphasizing,
  maintain maintains maintained maintaining, assert asserts asserted asserting, allege alleges alleged alleging,
  testify testifies testified testifying, recount recounts recounted recounting, joke jokes joked joking,
  quip quips quipped quipping, caution cautions cautioned cautioning, retort retorts retorted retorting,
  agree agrees agreed agreeing, post posts posted posting, wonder wonders wondered wondering,
  plead pleads pleaded pleading, reveal reveals revealed revealing, echo echoes echoed echoing,
  laugh laughs laughed laughing, email emails emailed emailing, text texts texted texting,
  accuse accuses accused accusing, criticise criticises criticised criticising, criticize criticizes criticized
  criticizing, condemn condemns condemned condemning, hail hails hailed hailing, praise praises praised praising,
  dismiss dismisses dismissed dismissing, slam slams slammed slamming, reiterate reiterates reiterated reiterating,
  labelling labeling, describe describes described describing, branding, chant chants chanted chanting,
  call calls called calling
`);

/**
 * Reporting verbs that may come before their subject (`“…,” said X`). Verbs taking an object are left out:
 * in `“…” denied any wrongdoing` what follows is the object, not the speaker.
 */
export const INVERTIBLE_VERBS: ReadonlySet<string> = new Set(
  ('said says added adds asked asks wrote writes continued continues explained explains recalled recalls replied ' +
    'replies noted notes declared declares insisted insists warned warns remarked remarks observed observes argued ' +
    'argues concluded concludes exclaimed exclaims answered answers responded responds stated states cautioned ' +
    'quipped joked retorted whispered shouted tweeted wondered laughed pleaded').split(' '),
);

/** Multi-word cues, as lower-case token sequences; the whole sequence is the cue span. */
export const PHRASE_CUES: ReadonlyArray<{ words: readonly string[]; kind: CueKind }> = [
  { words: ['according', 'to'], kind: 'preposition' },
  { words: ['in', 'the', 'words', 'of'], kind: 'preposition' },
  ...['issued', 'issues', 'released', 'releases', 'published'].flatMap((v) =>
    ['a', 'the'].map((d) => ({ words: [v, d, 'statement'], kind: 'finite' as CueKind }))),
  ...['call', 'calls', 'called'].map((v) => ({ words: [v, 'for'], kind: 'finite' as CueKind })),
  { words: ['calling', 'for'], kind: 'participle' },
  ...['point', 'points', 'pointed'].map((v) => ({ words: [v, 'out'], kind: 'finite' as CueKind })),
  { words: ['pointing', 'out'], kind: 'participle' },
  { words: ['read'], kind: 'document' },
  { words: ['reads'], kind: 'document' },
];

/** Forms of `be` and `get` that make a following participle passive (`was told`, `was described as`). */
export const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set('was were is are be been being get gets got'.split(' '));

/** Reflexives after a naming verb make a self-chosen name (`a group calling itself "X"`). */
export const REFLEXIVES: ReadonlySet<string> = new Set('itself himself herself themselves ourselves myself'.split(' '));

/** Prepositions that attach an organisation to a role (`a spokeswoman for the ministry`). */
export const ROLE_PREPOSITIONS: ReadonlySet<string> = new Set('for of at from'.split(' '));

/** Nouns for documents: `X's statement said` is X speaking, and only these can `read` a quote. */
export const DOCUMENT_NOUNS: ReadonlySet<string> = new Set(
  'statement statements letter tweet post email e-mail release message note website blog announcement memo filing communique communiqué'.split(' '),
);

/**
 * Words right before a quote that make it a name, title or term rather than someone's words (`dubbed the
 * “Minions”`, `a film called "X"`, `going by the name "Y"`).
 */
export const NAMING_WORDS: ReadonlySet<string> = new Set(
  'dubbed called named nicknamed titled entitled renamed styled so-called christened branded'.split(' '),
);

/** Nouns after which a quote is a term, name or title (`the word "x"`, `the slogan "y"`, `his book "z"`). */
export const TERM_NOUNS: ReadonlySet<string> = new Set(
  ('word words term terms phrase name names title slogan motto hashtag label nickname moniker codename tagline headline ' +
    'book novel film movie song single album play poem series documentary painting exhibition opera musical ' +
    'programme program operation brand').split(' '),
);

/** Personal pronouns that can be speakers, with the entity types they can refer to. */
export const PRONOUNS: ReadonlyMap<string, readonly string[]> = new Map([
  ['he', ['PERSON']],
  ['she', ['PERSON']],
  ['they', ['ORG', 'NORP']],
  ['it', ['ORG']],
  ['him', ['PERSON']],
  ['her', ['PERSON']],
  ['them', ['ORG', 'NORP']],
  ['we', []],
  ['i', []],
]);

/** Determiners and possessive pronouns that open a noun phrase (kept in role phrases). */
export const DETERMINERS: ReadonlySet<string> = new Set(
  'the a an this that these those his her its their our my your one another some several many two three four five'.split(' '),
);

/** Words skipped between a subject and its verb (`Wilkins also said`, `he has said`). */
export const VERB_MODIFIERS: ReadonlySet<string> = new Set(
  ('also later then previously repeatedly recently once again reportedly publicly further earlier subsequently ' +
    'simply quickly finally has have had would will could may might then still just allegedly ' +
    'separately privately openly famously frequently often never always initially immediately').split(' '),
);

/**
 * Function words that end a noun phrase when reading backwards from a verb: a subject never reaches past them.
 */
export const NP_STOP: ReadonlySet<string> = new Set(
  ('that what which who whom whose when where why how because if as than and or but nor so yet to in on at by ' +
    'with from into onto about after before during while since until for over under between against without ' +
    'through across is are was were be been being has have had do does did not no also then there here it he she ' +
    'they we i you him them us me this these those who whom while however although though even only just ' +
    'whether both either neither very too more most can could will would shall should may might must yesterday ' +
    'today tonight tomorrow monday tuesday wednesday thursday friday saturday sunday january february april june ' +
    'july august september october november december').split(' '),
);

export { NAME_PARTICLES, NAME_LINKS as NAME_CONNECTORS, TITLE_MODIFIERS } from '../lexicon';

/** Titles and honorifics: never part of a speaker's name (`Professor Eastman` -> `Eastman`), with or without a full stop. */
export const TITLES: ReadonlySet<string> = new Set([...SHARED_TITLES].flatMap((w) => [w, `${w}.`]));

/** Small words a title of a work may keep in lower case (`Cowboys and Indians`). */
export const TITLE_CASE_SMALL_WORDS: ReadonlySet<string> = new Set(
  'a an the and or nor but of in on at to for from with by as vs'.split(' '),
);

/** Abbreviations whose final period does not end a sentence. */
export const ABBREVIATIONS: ReadonlySet<string> = new Set(
  ('mr mrs ms dr prof st sen rep gov gen col capt lt sgt jr sr rev vs no inc ltd co corp mt ft dept est approx ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec').split(' '),
);
