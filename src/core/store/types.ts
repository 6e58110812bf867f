import type { EntityType, Origin } from '../model';
import { isEmptySchemeSpec, type SchemeSpec } from '../scheme';

/** Schema id written into new files. */
export const STORE_SCHEMA = 'news-annotator/store@1';

/**
 * The major and minor version this build reads and writes. Minor 1 added entity links, minor 2 the annotation
 * scheme (`scheme`: own entity types, quote attributes, built-in types switched off) and quote attributes.
 */
export const STORE_VERSION = { major: 1, minor: 2 } as const;

/**
 * Schema id written into files that use what minor version 1 added (entity links), so that a build that knows
 * only 1.0 reads them as a newer minor version (keeping the links) instead of refusing them.
 */
export const STORE_SCHEMA_LINKS = 'news-annotator/store@1.1';

/**
 * Schema id written into files that hold an annotation scheme or quote attributes (minor version 2). A file
 * without them keeps the lowest version that holds what it has, so older builds go on reading it.
 */
export const STORE_SCHEMA_SCHEME = 'news-annotator/store@1.2';

/** Characters of context kept on each side of a span (the W3C TextQuoteSelector's prefix and suffix). */
export const CONTEXT_LENGTH = 32;

/** Longest context kept, for spans whose 32 characters of context also surround a look-alike. */
export const MAX_CONTEXT_LENGTH = 128;

/** How much context grows at a time while it is not yet distinctive. */
export const CONTEXT_STEP = 16;

/**
 * Unknown keys of a newer minor version, kept so that a round trip does not lose them. Always a
 * null-prototype object, so a key such as `__proto__` can never reach `Object.prototype`.
 */
export type Extra = Record<string, unknown>;

/** How a span relates to the text after the last edit or re-anchoring. Absent: the span sits where it says. */
export type AnchorState = 'changed' | 'orphaned';

/**
 * A span anchored like a W3C Web Annotation: a TextPositionSelector (`start`, `end`) and a
 * TextQuoteSelector (`exact`, `prefix`, `suffix`). Offsets are UTF-16 code units, `end` exclusive.
 */
export interface Anchor {
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
  /** `changed`: its text was edited; `orphaned`: it could not be found again (kept, never dropped). */
  state?: AnchorState;
}

/** What a person decided about an item: decisions are never `suggested`. */
export type DecidedStatus = 'accepted' | 'rejected';

/** A decision about one mention: accepted, rejected, retyped (accepted with another type) or added (origin user). */
export interface MentionDecision extends Anchor {
  status: DecidedStatus;
  origin: Origin;
  /** The type the person confirmed or chose. */
  type: EntityType;
  /** Set when a person linked the mention to an entity of their choice (added mentions, relinks). */
  entityId?: string;
  extra?: Extra;
}

/** A speaker chosen by a person. */
export interface SpeakerAnchor extends Anchor {
  entityId?: string;
  extra?: Extra;
}

/** A decision about one quote; `speaker`/`cue` absent: keep the analyser's, `null`: none. */
export interface QuoteDecision extends Anchor {
  status: DecidedStatus;
  origin: Origin;
  speaker?: SpeakerAnchor | null;
  cue?: Anchor | null;
  /** Values of the scheme's quote attributes (`{"stance": "oppose"}`), in a null-prototype object. */
  attributes?: Record<string, string>;
  extra?: Extra;
}

/** A decision about one entity of a document, keyed by the analyser's entity id. */
export interface EntityDecision {
  /** The entity was merged into this one. */
  mergeInto?: string;
  /** A new canonical name. */
  name?: string;
  note?: string;
  /** Knowledge-base links (`wikidata:Q7747`, `geonames:2643743`, an IRI), normalised, in the order given. */
  links?: string[];
  extra?: Extra;
}

/** Everything decided about one document. */
export interface DocumentDecisions {
  mentions: MentionDecision[];
  quotes: QuoteDecision[];
  entities: Map<string, EntityDecision>;
  extra?: Extra;
}

/** A workspace-wide entity: every article's entity with this id, name or alias becomes this one. */
export interface RegistryEntry {
  type: EntityType;
  name: string;
  aliases: string[];
  note?: string;
  extra?: Extra;
}

/** The whole workspace file, in memory. Maps keep hostile keys away from object prototypes. */
export interface Store {
  /** `news-annotator/store@1`, or the newer minor version the file was written with. */
  schema: string;
  registry: Map<string, RegistryEntry>;
  /** Keyed by workspace-relative path with forward slashes. */
  documents: Map<string, DocumentDecisions>;
  /** The workspace's annotation scheme; absent: the built-in four types, no quote attributes. */
  scheme?: SchemeSpec;
  extra?: Extra;
}

/** Where a file is broken: 1-based line and column and a one-line reason. */
export interface StoreProblem {
  line: number;
  column: number;
  reason: string;
}

/** Counts of a re-anchoring pass. */
export interface ReanchorReport {
  found: number;
  moved: number;
  changed: number;
  orphaned: number;
}

/** A new, empty store. */
export function emptyStore(): Store {
  return { schema: STORE_SCHEMA, registry: new Map(), documents: new Map() };
}

/** A new, empty set of document decisions. */
export function emptyDocument(): DocumentDecisions {
  return { mentions: [], quotes: [], entities: new Map() };
}

/** True when any entity decision of the store carries links (the file is then written as minor version 1). */
export function usesLinks(store: Store): boolean {
  for (const doc of store.documents.values()) for (const e of doc.entities.values()) if (e.links && e.links.length > 0) return true;
  return false;
}

/** True when the store needs minor version 2: it holds a scheme, or a quote with attributes. */
export function usesScheme(store: Store): boolean {
  if (!isEmptySchemeSpec(store.scheme)) return true;
  for (const doc of store.documents.values()) for (const q of doc.quotes) if (q.attributes && Object.keys(q.attributes).length > 0) return true;
  return false;
}

/** True when a document holds no decision at all. */
export function isEmptyDocument(doc: DocumentDecisions): boolean {
  return doc.mentions.length === 0 && doc.quotes.length === 0 && doc.entities.size === 0 && !doc.extra;
}
