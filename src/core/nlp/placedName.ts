// A name placed in its article, as the recogniser and the rules after it read it: the candidate with its document's
// features, its type once typed, the shape of its words, and the decisions left to hand rules. Shared by the
// recogniser's glue (`entities.ts`) and the rules after typing (`typedRules.ts`).
import type { EntityType } from '../model';
import { isAcronym } from './evidence';
import { COMPASS_WORDS, NAME_PARTICLES } from './lexicon';
import type { Candidate } from './names';

/** A candidate name placed in the document, with every feature the recogniser weighs. */
export interface MentionCandidate {
  start: number;
  end: number;
  text: string;
  words: number;
  descriptors: readonly string[];
  /** The local features of the name in its paragraph (shared with the cached candidate: never modified). */
  features: readonly string[];
  /** The document-level features (and, in a second pass, what the first made of the article). */
  doc: string[];
  /** The paragraph's candidate, which caches what depends on the paragraph alone. */
  source: Candidate;
  /** What the rules after typing read of the local features (the paragraph candidate's, `featureIndex`). */
  index: FeatureIndex;
  key: string;
  initials: string;
  /** Key of the name a bracketed acronym stands for. */
  expands?: string;
  /** The group of names (by key, acronym and alias) this one belongs to. */
  root: string;
  /** An acronym grouped with the longer name of the article whose initials it spells. */
  acronymOf?: boolean;
  team?: boolean;
  club?: boolean;
  /** A run's part: the features it was last weighed by (`partView`). */
  partView?: string[];
}

export interface Item extends MentionCandidate {
  type: EntityType | null;
  /** How sure the first pass was of `type` (`Sureness` in entities.ts), which the second pass reads. */
  sure?: 'weak' | 'sure' | '';
  group?: string;
  why?: string[];
  /** Why a rule of the article's reading changed the recogniser's type (`readPlacesAsTeams`). */
  ruled?: string;
}

/** A name's words as the document features read them. */
export interface NameShape {
  first: string;
  last: string;
  /** The name, and every word of it, in lower case. */
  lower: string;
  lowered: readonly string[];
  /** The name is an acronym (`isAcronym`). */
  acronym: boolean;
  /** Two words or more, all capitalised: a longer name whose first and last words shorter names may be. */
  longer: boolean;
  /** The word before the last is a compass word (`North Korea`): the last word alone is not a short form. */
  compassBeforeLast: boolean;
  /**
   * The word a longer name of the article would end in if this one is its short form: a one-word name's own, and
   * a surname's after its particles (`De Gaulle`, `Von der Leyen` after `Charles de Gaulle`); else undefined.
   */
  short: string | undefined;
}

declare module './names' {
  interface Candidate {
    /** The name's words as the document features read them: computed once per paragraph, not per analysis. */
    shape?: NameShape;
  }
}

export function shapeOf(c: Candidate): NameShape {
  if (c.shape) return c.shape;
  const parts = c.text.split(/\s+/);
  const lowered = parts.map((w) => w.toLowerCase());
  const last = parts[parts.length - 1] as string;
  const particlesBefore = parts.length >= 2 && parts.length <= 3 && lowered.slice(0, -1).every((w) => NAME_PARTICLES.has(w));
  return (c.shape = {
    first: parts[0] as string, last, lower: c.text.toLowerCase(), lowered, acronym: isAcronym(c.text),
    // A particle inside a longer name is written in lower case (`Charles de Gaulle`, `Ursula von der Leyen`).
    longer: c.words >= 2 && parts.length >= 2 && parts.every((w, i) => /^\p{Lu}/u.test(w) || (i > 0 && i < parts.length - 1 && NAME_PARTICLES.has(w))),
    compassBeforeLast: parts.length >= 2 && COMPASS_WORDS.has((parts[parts.length - 2] as string).toLowerCase()),
    short: c.words === 1 ? c.text : particlesBefore && /^\p{Lu}/u.test(last) ? last : undefined,
  });
}

// The features the rules after typing ask of a name. They ask a dozen of every name of the article at every
// keystroke, and a scan of the feature list for each was a third of a keystroke's cost; as flags, one index each.
const RULE_FEATURES = [
  'e:acronym', 'e:acronym-known-org', 'e:acronym-defined', 'e:acronym-code', 'e:caps-name', 'e:cg-org', 'e:apposition-role', 'e:before-office', 'e:capital', 'e:cg-first-name', 'e:compass', 'e:country',
  'e:dateline', 'e:head-org', 'e:head-place', 'e:head-for', 'e:initial', 'e:locative', 'e:locative-from', 'e:of-inside', 'e:possessive',
  'e:quoted-plural', 'e:region-after', 'e:region-code', 'e:the', 'e:title', 'k:brand', 'k:commonNoun', 'k:company', 'k:facilityWn',
  'k:firstName', 'k:orgLex', 'k:orgWn', 'k:personName', 'k:personWn', 'k:surname', 'k:famous', 'kf:brand', 'kf:company', 'kf:firstName', 'kl:city',
  'kl:country', 'kl:region', 'kp:country', 'e:acronym-branch', 'e:team-context', 'e:score', 'e:after-capitalised', 'e:speech-verb',
  'e:age', 'tagf=Plural', 'words=1', 'e:norp-head-org', 'e:appos-person', 'e:bracket-acronym', 'e:country-firm',
] as const;
export type RuleFeature = (typeof RULE_FEATURES)[number];
const FLAG = Object.fromEntries(RULE_FEATURES.map((f, i) => [f, i])) as Record<RuleFeature, number>;

/** What the rules after typing read of a name's local features, found once per paragraph's candidate. */
export interface FeatureIndex {
  /** The feature list indexed: a copy of the candidate with other features (the lexicon's) is indexed anew. */
  readonly of: readonly string[];
  /** One per `RULE_FEATURES`: 1 where the name has it. */
  readonly flags: Uint8Array;
  /** The feature of the word before the name (`prev=shuttle`), or ''. */
  readonly before: string;
  /** The feature of the word after the name (`next=ceo`), or ''. */
  readonly after: string;
  /** The workspace's decisions taught something of the name (the lexicon's `lex:` features). */
  readonly taught: boolean;
  /** The list features of the whole name (`k:…`). */
  readonly lists: readonly string[];
  /** The punctuation features (`punc=…`). */
  readonly punctuation: readonly string[];
}

declare module './names' {
  interface Candidate {
    /** What the rules after typing read of the features (`featureIndex`). */
    index?: FeatureIndex;
  }
}

/**
 * The index of a candidate's local features, remembered with the paragraph's candidate (whose features never
 * change) and read through each placed name's `index`. A copy of a candidate carries the index along (`{ ...c }`), so
 * it is checked against the features it was made of: the workspace lexicon's copies add `lex:` features, which the
 * rules must see (`taught`), also where the shipped analysis indexed the original first.
 */
export function featureIndex(c: Candidate): FeatureIndex {
  if (c.index?.of === c.features) return c.index;
  const f = c.features;
  const flags = new Uint8Array(RULE_FEATURES.length);
  RULE_FEATURES.forEach((name, i) => {
    if (f.includes(name)) flags[i] = 1;
  });
  const find = (prefix: string): string => f.find((x) => x.startsWith(prefix)) ?? '';
  return (c.index = {
    of: f,
    flags,
    before: find('prev='),
    after: find('next='),
    taught: f.some((x) => x.startsWith('lex:')),
    lists: f.filter((x) => x.startsWith('k:')),
    punctuation: f.filter((x) => x.startsWith('punc=')),
  });
}

/** Whether a name has one of the features the rules after typing read. */
export function has(c: MentionCandidate, feature: RuleFeature): boolean {
  return c.index.flags[FLAG[feature]] === 1;
}

/**
 * Whether a candidate reads the article's other mentions without counting among them: a run's part, or a taught
 * name proposed beside a longer candidate (`yields`). Both are readings the analyser may drop; counted, they would
 * change what the article says of the names around them (a taught `Washington` typed as a person pulling
 * `Washington Bus Station` away from a place) even where they do not stand.
 */
export function hypothesis(c: Candidate): boolean {
  return !!c.part || !!c.yields;
}

/**
 * The few decisions left to hand rules, for what none of the training corpora shows (they have no photo credits,
 * wire datelines or NORP layer): a nationality or group is NORP, a photo credit its agency, a dateline in capitals
 * a place, an acronym the text defines as lower-case words no name. Undefined: the recogniser decides.
 */
export function handRule(c: MentionCandidate): EntityType | null | undefined {
  // A part of a longer run (`American` in `American Medical Association`) is for the recogniser to weigh.
  if (c.source.part) return undefined;
  const cached = c.source.rule;
  if (cached !== undefined) return cached === false ? undefined : cached;
  const f = c.features;
  const rule = f.includes('e:norp') && !f.includes('e:country') ? 'NORP' : f.includes('e:credit') ? 'ORG' : f.includes('e:acronym-defined') ? null : f.includes('e:dateline') ? 'PLACE' : undefined;
  c.source.rule = rule === undefined ? false : rule;
  return rule;
}
