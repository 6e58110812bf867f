/**
 * The one table of entity types. Everything that names, colours, tags or orders the types reads it (directly or
 * through a workspace's annotation scheme, `scheme.ts`), so that a type added here or by a user appears in every
 * menu, view and export at once.
 */

/** The four types the analyser knows. NORP: nationalities, religious and political groups. */
export type BuiltinType = 'PERSON' | 'ORG' | 'PLACE' | 'NORP';

/** What the product knows about one entity type. */
export interface TypeInfo {
  /** `PERSON`, or a scheme's own id such as `PARTY`. */
  readonly id: string;
  /** Singular label for menus and hovers: `Person`. */
  readonly label: string;
  /** Plural heading for reports, trees and outlines: `People`. */
  readonly plural: string;
  /** The CoNLL-2003 tag: `PER`; a scheme's own type is tagged with its id. */
  readonly conll: string;
  /** Codicon of the type in trees and menus. */
  readonly icon: string;
  /**
   * Built-in types: the stem of the contributed theme colours (`person` → `newsAnnotator.personBackground`);
   * a scheme's type: its `#rrggbb` colour.
   */
  readonly colour: string;
  /** The digit of its `Ctrl+K` chord, if it has one. */
  readonly key?: string;
  /** The built-in type it refines (`ORG` for `PARTY`): where the analyser suggests the parent, it is offered first. */
  readonly parent?: BuiltinType;
  readonly builtin: boolean;
}

/** The built-in types, in the order users see them. */
export const BUILTIN_TYPES: readonly TypeInfo[] = [
  { id: 'PERSON', label: 'Person', plural: 'People', conll: 'PER', icon: 'person', colour: 'person', key: '1', builtin: true },
  { id: 'ORG', label: 'Organisation', plural: 'Organisations', conll: 'ORG', icon: 'organization', colour: 'org', key: '2', builtin: true },
  { id: 'PLACE', label: 'Place', plural: 'Places', conll: 'LOC', icon: 'location', colour: 'place', key: '3', builtin: true },
  { id: 'NORP', label: 'Nationality or group', plural: 'Nationalities and groups', conll: 'MISC', icon: 'globe', colour: 'norp', key: '4', builtin: true },
];

/** Ids of the built-in types, in display order. */
export const BUILTIN_TYPE_IDS: readonly BuiltinType[] = BUILTIN_TYPES.map((t) => t.id as BuiltinType);

const BUILTIN_BY_ID: ReadonlyMap<string, TypeInfo> = new Map(BUILTIN_TYPES.map((t) => [t.id, t]));

/** The built-in type with this id, if it is one. */
export function builtinType(id: string): TypeInfo | undefined {
  return BUILTIN_BY_ID.get(id);
}

/** Whether an id is one of the built-in four. */
export function isBuiltinType(id: string): id is BuiltinType {
  return BUILTIN_BY_ID.has(id);
}

/**
 * What to show for a type no table knows (a decision read before its scheme, an import): its id everywhere, so
 * nothing is hidden or mislabelled.
 */
export function unknownType(id: string): TypeInfo {
  return { id, label: id, plural: id, conll: id, icon: 'symbol-misc', colour: '#888888', builtin: false };
}
