import { BUILTIN_TYPES, BUILTIN_TYPE_IDS, builtinType, isBuiltinType, unknownType, type TypeInfo } from './entityTypes';

/**
 * A workspace's annotation scheme: the entity types beyond the built-in four (each with a label, a colour, an
 * optional key and an optional built-in parent), the attributes a quote may carry (`stance: support|oppose|neutral`)
 * and the built-in types switched off. It lives in the workspace file under `scheme`; everything that lists, colours
 * or exports types reads the resolved `Scheme`.
 */

/** Keys of a newer minor version kept for the round trip (a null-prototype object). */
export type SchemeExtra = Record<string, unknown>;

/** One entity type of the scheme, as written in the workspace file. */
export interface SchemeTypeSpec {
  id: string;
  label: string;
  /** `#rrggbb` (or `#rgb`). */
  colour: string;
  /** A digit from 5 to 9: `Ctrl+K 5` sets the type. */
  key?: string;
  /** A built-in type it refines (`ORG` for `PARTY`). */
  parent?: string;
  extra?: SchemeExtra;
}

/** One attribute of quotes, as written in the workspace file. */
export interface QuoteAttributeSpec {
  id: string;
  label?: string;
  values: string[];
  extra?: SchemeExtra;
}

/** The `scheme` of the workspace file. */
export interface SchemeSpec {
  types: SchemeTypeSpec[];
  quoteAttributes: QuoteAttributeSpec[];
  /** Built-in types switched off. */
  disabled: string[];
  extra?: SchemeExtra;
}

/** A quote attribute as menus and exports use it. */
export interface QuoteAttribute {
  readonly id: string;
  readonly label: string;
  readonly values: readonly string[];
}

/** A scheme resolved for use: the enabled types (built-in first, then the scheme's own, in file order). */
export interface Scheme {
  readonly types: readonly TypeInfo[];
  readonly attributes: readonly QuoteAttribute[];
  /** Built-in types switched off. */
  readonly disabled: ReadonlySet<string>;
}

/** Type ids: capitals, digits and `_`, starting with a capital, as brat and CoNLL tags want them. */
export const TYPE_ID = /^[A-Z][A-Z0-9_]{0,31}$/;
/** Attribute ids and values: one word each, since brat's `annotation.conf` separates values with `|`. */
export const ATTRIBUTE_ID = /^[a-z][A-Za-z0-9_]{0,31}$/;
export const ATTRIBUTE_VALUE = /^[A-Za-z0-9_-]{1,40}$/;
export const COLOUR = /^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/;
/** Keys of the scheme's types: `Ctrl+K 1` to `4` belong to the built-in types. */
export const SCHEME_KEYS: readonly string[] = ['5', '6', '7', '8', '9'];
/** Names the exports use for quote parts: a type by these names would be read back as a quote. */
const RESERVED_IDS = new Set(['QUOTE', 'SPEAKER', 'CUE', 'O']);

/** An empty scheme: the built-in four and no quote attributes. */
export function emptySchemeSpec(): SchemeSpec {
  return { types: [], quoteAttributes: [], disabled: [] };
}

/** Whether a scheme changes nothing (it is then not written to the file). */
export function isEmptySchemeSpec(spec: SchemeSpec | undefined): boolean {
  return !spec || (spec.types.length === 0 && spec.quoteAttributes.length === 0 && spec.disabled.length === 0 && !spec.extra);
}

/** `#abc` → `#aabbcc`, lower case. */
export function normaliseColour(colour: string): string {
  const c = colour.toLowerCase();
  return c.length === 4 ? `#${c[1]}${c[1]}${c[2]}${c[2]}${c[3]}${c[3]}` : c;
}

/** The scheme in force for a spec (none: the built-in four). */
export function resolveScheme(spec?: SchemeSpec): Scheme {
  if (!spec) return DEFAULT_SCHEME;
  const disabled = new Set(spec.disabled);
  const own = spec.types.map((t): TypeInfo => ({
    id: t.id,
    label: t.label,
    plural: t.label,
    conll: t.id,
    icon: 'tag',
    colour: normaliseColour(t.colour),
    ...(t.key !== undefined ? { key: t.key } : {}),
    ...(t.parent !== undefined && isBuiltinType(t.parent) ? { parent: t.parent } : {}),
    builtin: false,
  }));
  return {
    types: [...BUILTIN_TYPES.filter((t) => !disabled.has(t.id)), ...own],
    attributes: spec.quoteAttributes.map((a) => ({ id: a.id, label: a.label ?? a.id, values: [...a.values] })),
    disabled,
  };
}

/** The built-in four, nothing switched off, no quote attributes. */
export const DEFAULT_SCHEME: Scheme = { types: BUILTIN_TYPES, attributes: [], disabled: new Set() };

/** What to show for a type: the scheme's entry, else the built-in one (switched off), else its id. */
export function typeInfo(scheme: Scheme, id: string): TypeInfo {
  return scheme.types.find((t) => t.id === id) ?? builtinType(id) ?? unknownType(id);
}

/** Whether decisions may use this type under the scheme. */
export function isEnabledType(scheme: Scheme, id: string): boolean {
  return scheme.types.some((t) => t.id === id);
}

/**
 * The type of the recogniser's (PERSON, ORG or PLACE) that a decision of type `id` teaches: the type itself, or the
 * built-in type a scheme's type refines (`PARTY` teaches `ORG`); undefined for NORP (a lexicon's, not the model's)
 * and for a scheme type with no such parent.
 */
export function recogniserType(scheme: Scheme, id: string): 'PERSON' | 'ORG' | 'PLACE' | undefined {
  const t = id === 'PERSON' || id === 'ORG' || id === 'PLACE' ? id : scheme.types.find((x) => x.id === id)?.parent;
  return t === 'PERSON' || t === 'ORG' || t === 'PLACE' ? t : undefined;
}

/** The CoNLL tag of a type: PER, ORG, LOC, MISC for the built-in ones, a scheme type's own id (never its parent's). */
export function conllTag(scheme: Scheme, id: string): string {
  return typeInfo(scheme, id).conll;
}

/**
 * The types a change-type menu offers for a mention the analyser typed `current`: first the scheme's types that
 * refine it (`PARTY` where it said `ORG`), then the rest in display order, without `current` itself.
 */
export function typesToOffer(scheme: Scheme, current: string): TypeInfo[] {
  const others = scheme.types.filter((t) => t.id !== current);
  const refining = others.filter((t) => t.parent === current);
  return [...refining, ...others.filter((t) => t.parent !== current)];
}

/** The scheme type bound to a key (`5` … `9`), if any. */
export function typeForKey(scheme: Scheme, key: string): TypeInfo | undefined {
  return scheme.types.find((t) => !t.builtin && t.key === key);
}

/** A problem in a scheme, located by its JSON path below the file's root. */
export interface SchemeProblem {
  path: Array<string | number>;
  reason: string;
}

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/**
 * The first problem of a raw `scheme` value, with a clear one-line reason: a bad or duplicate id, a duplicate
 * key, an unknown parent or a chain of parents, a bad colour, an unknown type switched off, a bad attribute.
 * `lenient` (a newer minor version) lets unknown keys through.
 */
export function schemeProblem(raw: unknown, lenient = false): SchemeProblem | undefined {
  const at = (path: Array<string | number>, reason: string): SchemeProblem => ({ path: ['scheme', ...path], reason });
  if (!isObject(raw)) return at([], '"scheme" must be an object with "types", "quoteAttributes" and "disabled"');
  const known = ['types', 'quoteAttributes', 'disabled'];
  if (!lenient) for (const k of Object.keys(raw)) if (!known.includes(k)) return at([k], `unknown key "${k}" in the scheme (expected ${known.map((x) => `"${x}"`).join(', ')})`);
  const types = raw.types ?? [];
  if (!Array.isArray(types)) return at(['types'], '"types" must be a list of entity types');
  const disabled = raw.disabled ?? [];
  if (!Array.isArray(disabled)) return at(['disabled'], '"disabled" must be a list of built-in type ids');
  const seenDisabled = new Set<string>();
  for (let i = 0; i < disabled.length; i++) {
    const id = disabled[i];
    if (typeof id !== 'string' || !isBuiltinType(id)) return at(['disabled', i], `${JSON.stringify(id)} is not a built-in type; only ${BUILTIN_TYPE_IDS.join(', ')} can be switched off`);
    if (seenDisabled.has(id)) return at(['disabled', i], `${id} is switched off twice`);
    seenDisabled.add(id);
  }
  const ids = new Map<string, number>();
  const keys = new Map<string, string>();
  const typeKeys = ['id', 'label', 'colour', 'key', 'parent'];
  for (let i = 0; i < types.length; i++) {
    const t = types[i];
    if (!isObject(t)) return at(['types', i], 'each entity type must be an object with "id", "label" and "colour"');
    if (!lenient) for (const k of Object.keys(t)) if (!typeKeys.includes(k)) return at(['types', i, k], `unknown key "${k}" in an entity type (expected ${typeKeys.map((x) => `"${x}"`).join(', ')})`);
    const id = t.id;
    if (typeof id !== 'string' || !TYPE_ID.test(id)) return at(['types', i, 'id'], `bad type id ${JSON.stringify(id)}: use capitals, digits and _, starting with a capital (e.g. "PARTY"), at most 32 characters`);
    if (isBuiltinType(id)) return at(['types', i, 'id'], `duplicate id: ${id} is a built-in type (switch it off in "disabled" and give yours another id)`);
    if (RESERVED_IDS.has(id)) return at(['types', i, 'id'], `the id ${id} is reserved for quotes in the exports; choose another`);
    if (ids.has(id)) return at(['types', i, 'id'], `duplicate id: ${id} is already types[${ids.get(id)}]`);
    ids.set(id, i);
    if (typeof t.label !== 'string' || t.label.trim() === '' || t.label.length > 60) return at(['types', i, 'label'], `${id} needs a "label" of 1 to 60 characters`);
    if (typeof t.colour !== 'string' || !COLOUR.test(t.colour)) return at(['types', i, 'colour'], `bad colour ${JSON.stringify(t.colour)} for ${id}: use "#rrggbb" or "#rgb"`);
    if (t.key !== undefined) {
      if (typeof t.key !== 'string' || !SCHEME_KEYS.includes(t.key)) return at(['types', i, 'key'], `bad key ${JSON.stringify(t.key)} for ${id}: use one of "5" to "9" (Ctrl+K 1 to 4 set the built-in types)`);
      const holder = keys.get(t.key);
      if (holder) return at(['types', i, 'key'], `duplicate key "${t.key}": ${holder} already has it`);
      keys.set(t.key, id);
    }
    if (t.parent !== undefined) {
      if (typeof t.parent !== 'string') return at(['types', i, 'parent'], `the parent of ${id} must be a type id`);
      if (!isBuiltinType(t.parent)) {
        const own = types.some((o) => isObject(o) && o.id === t.parent);
        return at(['types', i, 'parent'], own
          ? `parent chains are not supported: the parent of ${id} must be a built-in type (${BUILTIN_TYPE_IDS.join(', ')}), not ${t.parent}`
          : `unknown parent ${JSON.stringify(t.parent)} for ${id}: use one of ${BUILTIN_TYPE_IDS.join(', ')}`);
      }
    }
  }
  const attributes = raw.quoteAttributes ?? [];
  if (!Array.isArray(attributes)) return at(['quoteAttributes'], '"quoteAttributes" must be a list of attributes');
  const attrIds = new Set<string>();
  const attrKeys = ['id', 'label', 'values'];
  for (let i = 0; i < attributes.length; i++) {
    const a = attributes[i];
    if (!isObject(a)) return at(['quoteAttributes', i], 'each quote attribute must be an object with "id" and "values"');
    if (!lenient) for (const k of Object.keys(a)) if (!attrKeys.includes(k)) return at(['quoteAttributes', i, k], `unknown key "${k}" in a quote attribute (expected ${attrKeys.map((x) => `"${x}"`).join(', ')})`);
    if (typeof a.id !== 'string' || !ATTRIBUTE_ID.test(a.id)) return at(['quoteAttributes', i, 'id'], `bad attribute id ${JSON.stringify(a.id)}: a lower-case letter, then letters, digits or _ (e.g. "stance")`);
    if (attrIds.has(a.id)) return at(['quoteAttributes', i, 'id'], `duplicate attribute id: ${a.id}`);
    attrIds.add(a.id);
    if (a.label !== undefined && (typeof a.label !== 'string' || a.label.trim() === '')) return at(['quoteAttributes', i, 'label'], `the label of ${a.id} must be a non-empty string`);
    if (!Array.isArray(a.values) || a.values.length === 0) return at(['quoteAttributes', i, 'values'], `${a.id} needs a list of "values" (e.g. ["support", "oppose", "neutral"])`);
    const seen = new Set<string>();
    for (let j = 0; j < a.values.length; j++) {
      const v = a.values[j];
      if (typeof v !== 'string' || !ATTRIBUTE_VALUE.test(v)) return at(['quoteAttributes', i, 'values', j], `bad value ${JSON.stringify(v)} of ${a.id}: one word of letters, digits, _ or -`);
      if (seen.has(v)) return at(['quoteAttributes', i, 'values', j], `duplicate value "${v}" of ${a.id}`);
      seen.add(v);
    }
  }
  return undefined;
}

function extraOf(o: Record<string, unknown>, known: readonly string[]): SchemeExtra | undefined {
  let extra: SchemeExtra | undefined;
  for (const k of Object.keys(o)) {
    if (known.includes(k)) continue;
    extra ??= Object.create(null) as SchemeExtra;
    extra[k] = o[k];
  }
  return extra;
}

/** Reads a raw `scheme` that `schemeProblem` accepted; unknown keys (newer minor version) are kept as `extra`. */
export function readSchemeSpec(raw: Record<string, unknown>): SchemeSpec {
  const types = ((raw.types ?? []) as Array<Record<string, unknown>>).map((t): SchemeTypeSpec => {
    const out: SchemeTypeSpec = { id: t.id as string, label: t.label as string, colour: t.colour as string };
    if (typeof t.key === 'string') out.key = t.key;
    if (typeof t.parent === 'string') out.parent = t.parent;
    const extra = extraOf(t, ['id', 'label', 'colour', 'key', 'parent']);
    if (extra) out.extra = extra;
    return out;
  });
  const quoteAttributes = ((raw.quoteAttributes ?? []) as Array<Record<string, unknown>>).map((a): QuoteAttributeSpec => {
    const out: QuoteAttributeSpec = { id: a.id as string, values: [...(a.values as string[])] };
    if (typeof a.label === 'string') out.label = a.label;
    const extra = extraOf(a, ['id', 'label', 'values']);
    if (extra) out.extra = extra;
    return out;
  });
  const spec: SchemeSpec = { types, quoteAttributes, disabled: [...((raw.disabled ?? []) as string[])] };
  const extra = extraOf(raw, ['types', 'quoteAttributes', 'disabled']);
  if (extra) spec.extra = extra;
  return spec;
}

/** The scheme as JSON values, keys in a fixed order (the workspace file writes each type on a line of its own). */
export function schemeTypeRecord(t: SchemeTypeSpec): Record<string, unknown> {
  const out: Record<string, unknown> = { id: t.id, label: t.label };
  if (t.parent !== undefined) out.parent = t.parent;
  out.colour = t.colour;
  if (t.key !== undefined) out.key = t.key;
  if (t.extra) for (const k of Object.keys(t.extra).sort()) if (!(k in out)) out[k] = t.extra[k];
  return out;
}

export function quoteAttributeRecord(a: QuoteAttributeSpec): Record<string, unknown> {
  const out: Record<string, unknown> = { id: a.id };
  if (a.label !== undefined) out.label = a.label;
  out.values = a.values;
  if (a.extra) for (const k of Object.keys(a.extra).sort()) if (!(k in out)) out[k] = a.extra[k];
  return out;
}

/** How many decisions use a type (mention decisions and registry entries) and in how many articles. */
export interface TypeUsage {
  decisions: number;
  articles: number;
  /** Where the first use is, for a located message. */
  first?: Array<string | number>;
}

/** What the decisions need of a scheme: the types they use, and the quote attributes and values they set. */
export interface DecisionsView {
  registry: Iterable<[string, { type: string }]>;
  documents: Iterable<[string, { mentions: ReadonlyArray<{ type: string }>; quotes: ReadonlyArray<{ attributes?: Readonly<Record<string, string>> }> }]>;
}

/** Decisions per type id. */
export function typeUsage(view: DecisionsView): Map<string, TypeUsage> {
  const out = new Map<string, TypeUsage & { docs: Set<string> }>();
  const count = (type: string, doc: string | undefined, where: Array<string | number>): void => {
    let u = out.get(type);
    if (!u) out.set(type, (u = { decisions: 0, articles: 0, docs: new Set(), first: where }));
    u.decisions++;
    if (doc !== undefined) u.docs.add(doc);
  };
  for (const [id, entry] of view.registry) count(entry.type, undefined, ['registry', id, 'type']);
  for (const [path, doc] of view.documents) doc.mentions.forEach((m, i) => count(m.type, path, ['documents', path, 'mentions', i, 'type']));
  for (const u of out.values()) u.articles = u.docs.size;
  return new Map([...out].map(([k, { decisions, articles, first }]) => [k, { decisions, articles, ...(first ? { first } : {}) }]));
}

function countPhrase(u: TypeUsage): string {
  const d = `${u.decisions} decision${u.decisions === 1 ? '' : 's'}`;
  return u.articles > 0 ? `${d} in ${u.articles} article${u.articles === 1 ? '' : 's'}` : `${d} of the entity registry`;
}

/**
 * Why decisions do not fit a scheme: a type they use is not in it (removed, switched off, never added), or a quote
 * attribute or value they set is not. The reason names the count; `path` is the first such decision.
 */
export function decisionsProblem(view: DecisionsView, scheme: Scheme): SchemeProblem | undefined {
  for (const [type, u] of typeUsage(view)) {
    if (isEnabledType(scheme, type)) continue;
    const why = `${type} is used by ${countPhrase(u)} but ${isBuiltinType(type) ? 'is switched off in' : 'is not a type of'} the scheme; change or remove them first`;
    return { path: u.first ?? [], reason: why };
  }
  const attrs = new Map(scheme.attributes.map((a) => [a.id, a]));
  for (const [path, doc] of view.documents) {
    for (let i = 0; i < doc.quotes.length; i++) {
      const set = doc.quotes[i].attributes;
      if (!set) continue;
      for (const [k, v] of Object.entries(set)) {
        const a = attrs.get(k);
        if (!a) return { path: ['documents', path, 'quotes', i, 'attributes', k], reason: `quote attribute "${k}" is not in "scheme.quoteAttributes" but ${attributeUsePhrase(view, k)}; add it or remove it from those quotes first` };
        if (!a.values.includes(v)) return { path: ['documents', path, 'quotes', i, 'attributes', k], reason: `"${v}" is not a value of the quote attribute "${k}" (${a.values.join(', ')})` };
      }
    }
  }
  return undefined;
}

function attributeUsePhrase(view: DecisionsView, id: string): string {
  let quotes = 0;
  let articles = 0;
  for (const [, doc] of view.documents) {
    const n = doc.quotes.filter((q) => q.attributes && id in q.attributes).length;
    quotes += n;
    if (n > 0) articles++;
  }
  return `${quotes} quote${quotes === 1 ? ' sets' : 's set'} it in ${articles} article${articles === 1 ? '' : 's'}`;
}

/**
 * Why a new scheme must not replace the current one: it is malformed, or it would orphan decisions (a type
 * removed or switched off, an attribute or value removed, while decisions still use it).
 */
export function schemeChangeProblem(view: DecisionsView, next: SchemeSpec): string | undefined {
  const raw = {
    types: next.types.map(schemeTypeRecord),
    quoteAttributes: next.quoteAttributes.map(quoteAttributeRecord),
    disabled: next.disabled,
  };
  const bad = schemeProblem(raw, true);
  if (bad) return bad.reason;
  return decisionsProblem(view, resolveScheme(next))?.reason;
}

/**
 * The analysis as the scheme shows it: suggestions of a type switched off are left out, with the entities only
 * they made. Decisions never use such a type (the workspace file refuses it), so nothing a person decided goes.
 */
export function withinScheme<A extends { mentions: Array<{ type: string; entityId: string }>; entities: Array<{ id: string; type: string }> }>(a: A, scheme: Scheme): A {
  if (scheme.disabled.size === 0) return a;
  const mentions = a.mentions.filter((m) => !scheme.disabled.has(m.type));
  if (mentions.length === a.mentions.length) return a;
  const used = new Set(mentions.map((m) => m.entityId));
  return { ...a, mentions, entities: a.entities.filter((e) => !scheme.disabled.has(e.type) || used.has(e.id)) };
}
