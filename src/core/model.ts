/**
 * The data model shared by every layer. Offsets are UTF-16 code units into the document text (as JavaScript
 * strings and VS Code use), `end` exclusive, so that `text.slice(start, end) === span.text` always holds.
 */

import { BUILTIN_TYPE_IDS } from './entityTypes';

/**
 * An entity type id: one of the four the analyser assigns (`PERSON`, `ORG`, `PLACE`, `NORP`; see
 * `entityTypes.ts`) or one a workspace's annotation scheme adds (`PARTY`). The analyser only ever assigns the four.
 */
export type EntityType = string;

/** The built-in entity types, in the order they are shown to users (a scheme may add and switch off types). */
export const ENTITY_TYPES: readonly EntityType[] = BUILTIN_TYPE_IDS;

/** Where an item came from: the analyser (`auto`) or a person (`user`). */
export type Origin = 'auto' | 'user';

/** What a person decided about an item. Untouched analyser output is `suggested`. */
export type Status = 'suggested' | 'accepted' | 'rejected';

/** Schema id of the analysis contract (JSON export and CLI output). */
export const ANALYSIS_SCHEMA = 'news-annotator/analysis@1';

/** A stretch of the document. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** One occurrence of a named entity in the text; the span holds the name only (no title, no possessive). */
export interface Mention extends Span {
  type: EntityType;
  entityId: string;
  origin: Origin;
  status: Status;
  /**
   * Why the analyser chose the type (only with the `explain` option): the features that weighed most for it
   * against the runner-up, strongest first, as `title "Sir" before (+2.1)`.
   */
  why?: string[];
}

/** Who a quote is attributed to: a name, an institution, a role phrase or a pronoun. */
export interface Speaker extends Span {
  /** The entity the speaker refers to, where the article names one. */
  entityId?: string;
}

/** An attributed quotation; the span includes its quote marks. */
export interface Quote extends Span {
  speaker: Speaker | null;
  cue: Span | null;
  origin: Origin;
  status: Status;
  /** Values of the workspace scheme's quote attributes a person set (`{"stance": "oppose"}`). */
  attributes?: Record<string, string>;
}

/** A group of mentions that refer to one real-world thing. */
export interface Entity {
  /** Stable within a document: `type:slug-of-canonical-name`, e.g. `person:vladimir-putin`. */
  id: string;
  type: EntityType;
  /** Canonical name: the longest full form found in the text. */
  name: string;
  /** Other names used for it in the text (surname alone, acronym...). */
  aliases: string[];
  /** Titles, roles, ages and nationalities the text gives it ("President", "ringleader", "47", "Bulgarian"). */
  descriptors: string[];
  mentionCount: number;
  /** How many quotes are attributed to it. */
  quoteCount?: number;
  /** A person's note on the entity (from the workspace file). */
  note?: string;
  /** Knowledge-base links a person set (`wikidata:Q7747`, `geonames:2643743`, an IRI), from the workspace file. */
  links?: string[];
}

/** Which document an analysis describes. */
export interface DocumentInfo {
  /** Workspace-relative path with forward slashes, or a file name. */
  path: string;
  /** Length in UTF-16 code units. */
  length: number;
  /** Hex SHA-256 of the UTF-8 text. */
  sha256: string;
}

/** The analysis contract `news-annotator/analysis@1`. */
export interface DocumentAnnotations {
  schema: typeof ANALYSIS_SCHEMA;
  document: DocumentInfo;
  entities: Entity[];
  mentions: Mention[];
  quotes: Quote[];
}

/** Options for `analyze`. */
export interface AnalyzeOptions {
  /** Path recorded in `document.path`. */
  path?: string;
  /** Entity types to report; all by default. */
  types?: readonly EntityType[];
  /**
   * Add to each mention why it got its type (`why`): every mention (`true`), or only those overlapping one span,
   * which costs one explanation rather than one per mention (a hover card asks for the mention under the pointer).
   */
  explain?: boolean | ExplainTarget;
}

/** The stretch of a document whose mentions an analysis explains. */
export interface ExplainTarget {
  start: number;
  end: number;
}
