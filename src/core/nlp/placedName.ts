// A name placed in its article, as the recogniser and the rules after it read it: the candidate with its document's
// features, its type once typed, the shape of its words, and the decisions left to hand rules. Shared by the
// recogniser's glue (`entities.ts`) and the rules after typing (`typedRules.ts`).
import type { EntityType } from '../model';
import { isAcronym } from './evidence';
import { COMPASS_WORDS } from './lexicon';
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
  return (c.shape = {
    first: parts[0] as string, last: parts[parts.length - 1] as string, lower: c.text.toLowerCase(), lowered: parts.map((w) => w.toLowerCase()), acronym: isAcronym(c.text),
    longer: c.words >= 2 && parts.length >= 2 && parts.every((w) => /^\p{Lu}/u.test(w)),
    compassBeforeLast: parts.length >= 2 && COMPASS_WORDS.has((parts[parts.length - 2] as string).toLowerCase()),
  });
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
