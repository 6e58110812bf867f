import { isEmptySchemeSpec, quoteAttributeRecord, schemeTypeRecord, type SchemeSpec } from '../scheme';
import { STORE_SCHEMA, STORE_SCHEMA_LINKS, STORE_SCHEMA_SCHEME, usesLinks, usesScheme, type Anchor, type DocumentDecisions, type EntityDecision, type Extra, type MentionDecision, type QuoteDecision, type RegistryEntry, type SpeakerAnchor, type Store } from './types';

// The layout is part of the format: two-space indentation, keys in a fixed order, documents and ids sorted by
// code unit (never by locale), spans by offset, and each span, entity decision and registry entry on one line of
// its own, so that two people deciding about different articles or paragraphs touch different lines.

/** Code-unit order, the same on every machine. */
function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Deep copy with object keys sorted, for unknown values kept from a newer minor version. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (!value || typeof value !== 'object') return value;
  const out = Object.create(null) as Record<string, unknown>;
  for (const k of Object.keys(value).sort(byCodeUnit)) out[k] = canonical((value as Record<string, unknown>)[k]);
  return out;
}

/** Known keys in order, then the unknown ones in code-unit order. */
function ordered(known: Array<[string, unknown]>, extra: Extra | undefined): Record<string, unknown> {
  const out = Object.create(null) as Record<string, unknown>;
  for (const [k, v] of known) if (v !== undefined) out[k] = v;
  if (extra) for (const k of Object.keys(extra).sort(byCodeUnit)) if (!(k in out)) out[k] = canonical(extra[k]);
  return out;
}

function anchorFields(a: Anchor): Array<[string, unknown]> {
  return [['start', a.start], ['end', a.end], ['exact', a.exact], ['prefix', a.prefix], ['suffix', a.suffix], ['state', a.state]];
}

function mentionRecord(m: MentionDecision): Record<string, unknown> {
  return ordered([...anchorFields(m), ['status', m.status], ['origin', m.origin], ['type', m.type], ['entityId', m.entityId]], m.extra);
}

function speakerRecord(s: SpeakerAnchor | null | undefined): unknown {
  if (s === null || s === undefined) return s;
  return ordered([...anchorFields(s), ['entityId', s.entityId]], s.extra);
}

function cueRecord(c: Anchor | null | undefined): unknown {
  if (c === null || c === undefined) return c;
  return ordered(anchorFields(c), (c as { extra?: Extra }).extra);
}

function quoteRecord(q: QuoteDecision): Record<string, unknown> {
  return ordered([...anchorFields(q), ['status', q.status], ['origin', q.origin], ['speaker', speakerRecord(q.speaker)], ['cue', cueRecord(q.cue)], ['attributes', q.attributes && Object.keys(q.attributes).length > 0 ? canonical(q.attributes) : undefined]], q.extra);
}

function entityRecord(e: EntityDecision): Record<string, unknown> {
  return ordered([['mergeInto', e.mergeInto], ['name', e.name], ['note', e.note], ['links', e.links]], e.extra);
}

function registryRecord(r: RegistryEntry): Record<string, unknown> {
  return ordered([['type', r.type], ['name', r.name], ['aliases', r.aliases], ['note', r.note]], r.extra);
}

/** Sort key of a span decision: offsets, then everything else so that equal offsets still sort one way. */
function compareRecords(a: { start: number; end: number }, b: { start: number; end: number }, ja: string, jb: string): number {
  return a.start - b.start || a.end - b.end || byCodeUnit(ja, jb);
}

function sortedLines<T extends { start: number; end: number }>(items: readonly T[], toRecord: (x: T) => unknown): string[] {
  const withJson = items.map((x) => ({ x, json: JSON.stringify(toRecord(x)) }));
  withJson.sort((a, b) => compareRecords(a.x, b.x, a.json, b.json));
  return withJson.map((w) => w.json);
}

function block(open: string, close: string, lines: string[], indent: string): string {
  if (lines.length === 0) return open + close;
  return `${open}\n${lines.map((l) => `${indent}  ${l}`).join(',\n')}\n${indent}${close}`;
}

/** A multi-line JSON value re-indented to sit at `indent`. */
function pretty(value: unknown, indent: string): string {
  return JSON.stringify(canonical(value), null, 2).replace(/\n/g, `\n${indent}`);
}

function mapLines<T>(map: ReadonlyMap<string, T>, toRecord: (x: T) => unknown): string[] {
  return [...map.keys()].sort(byCodeUnit).map((k) => `${JSON.stringify(k)}: ${JSON.stringify(toRecord(map.get(k) as T))}`);
}

function documentBlock(doc: DocumentDecisions, indent: string): string {
  const inner = `${indent}  `;
  const parts = [
    `"mentions": ${block('[', ']', sortedLines(doc.mentions, mentionRecord), inner)}`,
    `"quotes": ${block('[', ']', sortedLines(doc.quotes, quoteRecord), inner)}`,
    `"entities": ${block('{', '}', mapLines(doc.entities, entityRecord), inner)}`,
  ];
  if (doc.extra) for (const k of Object.keys(doc.extra).sort(byCodeUnit)) parts.push(`${JSON.stringify(k)}: ${pretty(doc.extra[k], inner)}`);
  return block('{', '}', parts, indent);
}

/** The scheme block: each type and attribute on a line of its own, so that two people adding types merge in git. */
function schemeBlock(spec: SchemeSpec): string {
  const parts = [
    `"types": ${block('[', ']', spec.types.map((t) => JSON.stringify(schemeTypeRecord(t))), '    ')}`,
    `"quoteAttributes": ${block('[', ']', spec.quoteAttributes.map((a) => JSON.stringify(quoteAttributeRecord(a))), '    ')}`,
    `"disabled": ${JSON.stringify(spec.disabled)}`,
  ];
  if (spec.extra) for (const k of Object.keys(spec.extra).sort(byCodeUnit)) parts.push(`${JSON.stringify(k)}: ${pretty(spec.extra[k], '    ')}`);
  return block('{', '}', parts, '  ');
}

/** The lowest schema id that holds what the store has, so that older builds go on reading files that need no more. */
function schemaId(store: Store): string {
  if (store.schema !== STORE_SCHEMA) return store.schema;
  return usesScheme(store) ? STORE_SCHEMA_SCHEME : usesLinks(store) ? STORE_SCHEMA_LINKS : STORE_SCHEMA;
}

/**
 * The file text of a store: deterministic and byte-stable (the same store always gives the same bytes, and
 * `serializeStore(parseStore(serializeStore(s)))` is the same text), ending with a newline.
 */
export function serializeStore(store: Store): string {
  const parts = [
    `"schema": ${JSON.stringify(schemaId(store))}`,
    ...(store.scheme && !isEmptySchemeSpec(store.scheme) ? [`"scheme": ${schemeBlock(store.scheme)}`] : []),
    `"registry": ${block('{', '}', mapLines(store.registry, registryRecord), '  ')}`,
    `"documents": ${block('{', '}', [...store.documents.keys()].sort(byCodeUnit).map((k) => `${JSON.stringify(k)}: ${documentBlock(store.documents.get(k) as DocumentDecisions, '    ')}`), '  ')}`,
  ];
  if (store.extra) for (const k of Object.keys(store.extra).sort(byCodeUnit)) parts.push(`${JSON.stringify(k)}: ${pretty(store.extra[k], '  ')}`);
  return `${block('{', '}', parts, '')}\n`;
}
