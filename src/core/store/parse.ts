// The ES module build: the package's main entry is a UMD bundle whose inner requires esbuild cannot follow.
import { findNodeAtLocation, parseTree, printParseErrorCode, visit, type Node as JsonNode, type ParseError } from 'jsonc-parser/lib/esm/main.js';
import type { EntityType, Origin } from '../model';
import { decisionsProblem, readSchemeSpec, resolveScheme, schemeProblem, type DecisionsView } from '../scheme';
import { problemAt } from './errors';
import { migrate, parseSchemaId } from './migrate';
import { FORBIDDEN_KEYS, nullRecord, unsafeIdReason, unsafePathReason } from './safeKeys';
import { STORE_SCHEMA, STORE_VERSION, type Anchor, type AnchorState, type DecidedStatus, type DocumentDecisions, type EntityDecision, type Extra, type MentionDecision, type QuoteDecision, type RegistryEntry, type SpeakerAnchor, type Store, type StoreProblem } from './types';
import { validateStoreJson } from './validate';

/** A file that could be read: `readOnly` when it was written by a newer major version (never overwrite it). */
export interface ParsedStore {
  ok: true;
  store: Store;
  readOnly: boolean;
  /** Something the user may want to know (newer version, migrated file). */
  notice?: string;
}

/** A file that could not be read, and where. */
export interface BrokenStore {
  ok: false;
  problem: StoreProblem;
}

/** The outcome of `parseStore`; it never throws. */
export type ParseResult = ParsedStore | BrokenStore;

type Path = Array<string | number>;

const CONFLICT_LINE = /^(<{7}|\|{7}|={7}|>{7})(?:[ \t].*)?$/m;

function broken(problem: StoreProblem): BrokenStore {
  return { ok: false, problem };
}

/** Offset of the value (or, with `key`, the key) at `path`, as near as the tree allows. */
function locate(text: string, path: Path, key = false): number {
  const root = parseTree(text);
  if (!root) return 0;
  if (key && path.length > 0) {
    const parent = findNodeAtLocation(root, path.slice(0, -1));
    const name = path[path.length - 1];
    const prop = parent?.children?.find((p: JsonNode) => p.type === 'property' && p.children?.[0]?.value === name);
    if (prop?.children?.[0]) return prop.children[0].offset;
  }
  for (let n = path.length; n >= 0; n--) {
    const node = findNodeAtLocation(root, path.slice(0, n));
    if (node) return node.offset;
  }
  return 0;
}

const SYNTAX: Readonly<Record<string, string>> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'invalid number',
  PropertyNameExpected: 'a key in double quotes expected (is there a trailing comma?)',
  ValueExpected: 'a value expected (is there a trailing comma?)',
  ColonExpected: '":" expected',
  CommaExpected: '"," expected',
  CloseBraceExpected: '"}" expected',
  CloseBracketExpected: '"]" expected',
  EndOfFileExpected: 'unexpected text after the end of the JSON value',
  InvalidCommentToken: 'comments are not allowed',
  UnexpectedEndOfComment: 'unterminated comment',
  UnexpectedEndOfString: 'unterminated string',
  UnexpectedEndOfNumber: 'unterminated number',
  InvalidUnicode: 'invalid \\u escape',
  InvalidEscapeCharacter: 'invalid escape in a string',
  InvalidCharacter: 'control character inside a string',
};

function syntaxProblem(text: string, jsonError: unknown): StoreProblem {
  const errors: ParseError[] = [];
  parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  // A comment is reported by jsonc-parser's scanner only as a warning-like code; JSON.parse failing is the truth.
  const first = errors[0];
  if (first) {
    const code = printParseErrorCode(first.error);
    const atEnd = first.offset + first.length >= text.trimEnd().length || code.startsWith('UnexpectedEnd');
    const reason = atEnd ? 'the file ends too early (truncated JSON)' : `invalid JSON: ${SYNTAX[code] ?? code}`;
    return problemAt(text, first.offset, reason);
  }
  const m = /position (\d+)/.exec(String(jsonError));
  return problemAt(text, m ? Number(m[1]) : 0, `invalid JSON: ${jsonError instanceof Error ? jsonError.message : String(jsonError)}`);
}

/**
 * The first key that occurs twice in one object, and where its second copy starts. `JSON.parse` keeps the last
 * copy silently, and the next write would then drop the other for good.
 */
function duplicateKey(text: string): { key: string; offset: number } | undefined {
  const open: Array<Set<string>> = [];
  let found: { key: string; offset: number } | undefined;
  visit(text, {
    onObjectBegin: () => {
      open.push(new Set());
    },
    onObjectEnd: () => {
      open.pop();
    },
    onObjectProperty: (key, offset) => {
      const keys = open[open.length - 1];
      if (!keys || found) return;
      if (keys.has(key)) found = { key, offset };
      keys.add(key);
    },
  });
  return found;
}

/** The first forbidden key (`__proto__`, `constructor`, `prototype`) anywhere in the value. */
function findForbiddenKey(value: unknown, path: Path = []): Path | undefined {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const hit = findForbiddenKey(value[i], [...path, i]);
      if (hit) return hit;
    }
  } else if (value && typeof value === 'object') {
    for (const k of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(k)) return [...path, k];
      const hit = findForbiddenKey((value as Record<string, unknown>)[k], [...path, k]);
      if (hit) return hit;
    }
  }
  return undefined;
}

function extraOf(o: Record<string, unknown>, known: readonly string[]): Extra | undefined {
  let extra: Extra | undefined;
  for (const k of Object.keys(o)) {
    if (known.includes(k)) continue;
    extra ??= nullRecord<unknown>();
    extra[k] = o[k];
  }
  return extra;
}

const ANCHOR_KEYS = ['start', 'end', 'exact', 'prefix', 'suffix', 'state'];

function readAnchor(o: Record<string, unknown>): Anchor {
  const a: Anchor = { start: o.start as number, end: o.end as number, exact: o.exact as string, prefix: o.prefix as string, suffix: o.suffix as string };
  if (o.state !== undefined) a.state = o.state as AnchorState;
  return a;
}

function withExtra<T extends { extra?: Extra }>(value: T, o: Record<string, unknown>, known: readonly string[]): T {
  const extra = extraOf(o, known);
  if (extra) value.extra = extra;
  return value;
}

function readMention(o: Record<string, unknown>): MentionDecision {
  const m: MentionDecision = { ...readAnchor(o), status: o.status as DecidedStatus, origin: o.origin as Origin, type: o.type as EntityType };
  if (typeof o.entityId === 'string') m.entityId = o.entityId;
  return withExtra(m, o, [...ANCHOR_KEYS, 'status', 'origin', 'type', 'entityId']);
}

function readSpeaker(o: unknown): SpeakerAnchor | null | undefined {
  if (o === null || o === undefined) return o;
  const r = o as Record<string, unknown>;
  const s: SpeakerAnchor = readAnchor(r);
  if (typeof r.entityId === 'string') s.entityId = r.entityId;
  return withExtra(s, r, [...ANCHOR_KEYS, 'entityId']);
}

function readCue(o: unknown): Anchor | null | undefined {
  if (o === null || o === undefined) return o;
  const r = o as Record<string, unknown>;
  return withExtra(readAnchor(r) as Anchor & { extra?: Extra }, r, ANCHOR_KEYS);
}

function readQuote(o: Record<string, unknown>): QuoteDecision {
  const q: QuoteDecision = { ...readAnchor(o), status: o.status as DecidedStatus, origin: o.origin as Origin };
  if ('speaker' in o) q.speaker = readSpeaker(o.speaker);
  if ('cue' in o) q.cue = readCue(o.cue);
  if (o.attributes && typeof o.attributes === 'object') {
    const attributes = nullRecord<string>();
    for (const [k, v] of Object.entries(o.attributes as Record<string, unknown>)) if (typeof v === 'string') attributes[k] = v;
    if (Object.keys(attributes).length > 0) q.attributes = attributes;
  }
  return withExtra(q, o, [...ANCHOR_KEYS, 'status', 'origin', 'speaker', 'cue', 'attributes']);
}

function readEntity(o: Record<string, unknown>): EntityDecision {
  const e: EntityDecision = {};
  if (typeof o.mergeInto === 'string') e.mergeInto = o.mergeInto;
  if (typeof o.name === 'string') e.name = o.name;
  if (typeof o.note === 'string') e.note = o.note;
  if (Array.isArray(o.links)) e.links = o.links.filter((l): l is string => typeof l === 'string');
  return withExtra(e, o, ['mergeInto', 'name', 'note', 'links']);
}

function readRegistryEntry(o: Record<string, unknown>): RegistryEntry {
  const r: RegistryEntry = { type: o.type as EntityType, name: o.name as string, aliases: [...(o.aliases as string[])] };
  if (typeof o.note === 'string') r.note = o.note;
  return withExtra(r, o, ['type', 'name', 'aliases', 'note']);
}

function entries(o: unknown): Array<[string, Record<string, unknown>]> {
  return Object.keys(o as object).map((k) => [k, (o as Record<string, Record<string, unknown>>)[k]]);
}

/** Checks what the schema cannot say: safe keys, spans that agree with their own offsets. */
function semanticProblem(raw: Record<string, unknown>): { path: Path; key: boolean; reason: string } | undefined {
  const spanProblem = (a: Record<string, unknown>, path: Path): { path: Path; key: boolean; reason: string } | undefined => {
    const start = a.start as number;
    const end = a.end as number;
    if (end <= start) return { path: [...path, 'end'], key: false, reason: `span ends (${end}) before it starts (${start})` };
    if ((a.exact as string).length !== end - start) return { path: [...path, 'exact'], key: false, reason: `exact text is ${(a.exact as string).length} characters long but the span covers ${end - start}` };
    return undefined;
  };
  for (const [id] of entries(raw.registry)) {
    const why = unsafeIdReason(id);
    if (why) return { path: ['registry', id], key: true, reason: why };
  }
  for (const [docPath, doc] of entries(raw.documents)) {
    const why = unsafePathReason(docPath);
    if (why) return { path: ['documents', docPath], key: true, reason: why };
    const base: Path = ['documents', docPath];
    for (const list of ['mentions', 'quotes'] as const) {
      const items = doc[list] as Array<Record<string, unknown>>;
      for (let i = 0; i < items.length; i++) {
        const item = items[i] as Record<string, unknown>;
        const p = spanProblem(item, [...base, list, i]);
        if (p) return p;
        for (const nested of ['speaker', 'cue'] as const) {
          const n = item[nested];
          if (n && typeof n === 'object') {
            const q = spanProblem(n as Record<string, unknown>, [...base, list, i, nested]);
            if (q) return q;
          }
        }
        if (typeof item.entityId === 'string' && unsafeIdReason(item.entityId)) return { path: [...base, list, i, 'entityId'], key: false, reason: unsafeIdReason(item.entityId) as string };
      }
    }
    for (const [id, e] of entries(doc.entities)) {
      const w = unsafeIdReason(id);
      if (w) return { path: [...base, 'entities', id], key: true, reason: w };
      if (typeof e.mergeInto === 'string' && e.mergeInto === id) return { path: [...base, 'entities', id, 'mergeInto'], key: false, reason: `entity "${id}" is merged into itself` };
    }
  }
  // Every decision's type and quote attribute must be in the scheme: one removed or switched off while decisions
  // still use it is refused (with the count), never dropped.
  const scheme = resolveScheme(raw.scheme ? readSchemeSpec(raw.scheme as Record<string, unknown>) : undefined);
  const view = { registry: entries(raw.registry), documents: entries(raw.documents) } as unknown as DecisionsView;
  const misfit = decisionsProblem(view, scheme);
  if (misfit) return { path: misfit.path, key: false, reason: misfit.reason };
  return undefined;
}

function toStore(raw: Record<string, unknown>, schema: string): Store {
  const registry = new Map<string, RegistryEntry>();
  for (const [id, entry] of entries(raw.registry)) registry.set(id, readRegistryEntry(entry));
  const documents = new Map<string, DocumentDecisions>();
  for (const [docPath, doc] of entries(raw.documents)) {
    const entities = new Map<string, EntityDecision>();
    for (const [id, e] of entries(doc.entities)) entities.set(id, readEntity(e));
    const d: DocumentDecisions = {
      mentions: (doc.mentions as Array<Record<string, unknown>>).map(readMention),
      quotes: (doc.quotes as Array<Record<string, unknown>>).map(readQuote),
      entities,
    };
    documents.set(docPath, withExtra(d, doc, ['mentions', 'quotes', 'entities']));
  }
  const store = withExtra({ schema, registry, documents } as Store, raw, ['schema', 'scheme', 'registry', 'documents']);
  if (raw.scheme && typeof raw.scheme === 'object') store.scheme = readSchemeSpec(raw.scheme as Record<string, unknown>);
  return store;
}

/**
 * Offset of the first C0 control character other than tab, line feed and carriage return, or -1. JSON writers
 * escape these, so a raw one means binary data (DEL and U+FFFD may be real article text and pass).
 */
function firstBinaryChar(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) return i;
  }
  return -1;
}

/**
 * The text of a workspace file's bytes, or where they stop being UTF-8 text (NUL bytes, invalid sequences).
 * A byte order mark is left for `parseStore` to skip.
 */
export function decodeStoreBytes(bytes: Uint8Array): { text: string } | { problem: StoreProblem } {
  const nul = bytes.indexOf(0);
  if (nul === -1) {
    try {
      return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
    } catch {
      /* located below */
    }
  }
  const upTo = nul === -1 ? bytes : bytes.subarray(0, nul);
  const text = new TextDecoder('utf-8').decode(upTo);
  const at = nul === -1 ? Math.max(0, text.indexOf('\ufffd')) : text.length;
  return { problem: problemAt(text, at, 'the file holds binary data, not UTF-8 JSON text') };
}

/** Where a git conflict starts, or -1. */
export function conflictOffset(text: string): number {
  const m = CONFLICT_LINE.exec(text);
  return m ? m.index : -1;
}

/**
 * Reads the text of a workspace file. Never throws: a file that is not JSON, holds git conflict markers, binary
 * data, hostile keys or spans that contradict themselves, or does not match the schema, gives a problem with its
 * line, column and a one-line reason. Older major versions are migrated; a newer minor version keeps its unknown
 * keys; a newer major version is read when it fits this schema, and then only read-only.
 */
export function parseStore(input: string): ParseResult {
  try {
    return parseUnsafe(input);
  } catch (e) {
    return broken({ line: 1, column: 1, reason: `cannot read the file: ${e instanceof Error ? e.message : String(e)}` });
  }
}

function parseUnsafe(input: string): ParseResult {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (text.trim() === '') return broken({ line: 1, column: 1, reason: 'the file is empty' });
  const binary = firstBinaryChar(text);
  if (binary !== -1) return broken(problemAt(text, binary, 'the file holds binary data, not JSON text'));
  const conflict = conflictOffset(text);
  if (conflict !== -1) {
    const marker = text.slice(conflict, text.indexOf('\n', conflict) === -1 ? undefined : text.indexOf('\n', conflict)).trim();
    return broken(problemAt(text, conflict, `unresolved git merge conflict ("${marker.slice(0, 60)}"): keep one side of each conflict, then save`));
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return broken(syntaxProblem(text, e));
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return broken(problemAt(text, 0, 'the file must hold a JSON object'));
  const duplicate = duplicateKey(text);
  if (duplicate) return broken(problemAt(text, duplicate.offset, `the key "${duplicate.key.slice(0, 80)}" occurs twice in the same object: keep one (merge their contents), then save`));
  const forbidden = findForbiddenKey(raw);
  if (forbidden) return broken(problemAt(text, locate(text, forbidden, true), `the key "${forbidden[forbidden.length - 1]}" is not allowed`));
  const obj = raw as Record<string, unknown>;
  const version = parseSchemaId(obj.schema);
  if (!version) {
    const reason = obj.schema === undefined ? `missing "schema": expected "${STORE_SCHEMA}"` : `unknown schema ${JSON.stringify(obj.schema).slice(0, 80)}: expected "${STORE_SCHEMA}"`;
    return broken(problemAt(text, locate(text, ['schema']), reason));
  }
  const newerMajor = version.major > STORE_VERSION.major;
  const newerMinor = version.major === STORE_VERSION.major && version.minor > STORE_VERSION.minor;
  let current = obj;
  let notice: string | undefined;
  if (version.major < STORE_VERSION.major) {
    const migrated = migrate(obj, version);
    if (!migrated) return broken(problemAt(text, locate(text, ['schema']), `no migration from ${String(obj.schema)}`));
    current = migrated;
    notice = `migrated from ${String(obj.schema)}; it will be saved as ${STORE_SCHEMA}`;
  }
  // The scheme first: its own checks say more than the schema's ("duplicate key "5": PARTY already has it").
  if (current.scheme !== undefined) {
    const bad = schemeProblem(current.scheme, newerMajor || newerMinor);
    if (bad) {
      const prefix = newerMajor ? `written by a newer version (${String(obj.schema)}) whose scheme this one cannot read: ` : '';
      return broken(problemAt(text, current === obj ? locate(text, bad.path, false) : 0, prefix + bad.reason));
    }
  }
  const violation = validateStoreJson(current, newerMajor || newerMinor);
  if (violation) {
    const offset = current === obj ? locate(text, violation.path, false) : 0;
    const prefix = newerMajor ? `written by a newer version (${String(obj.schema)}) that this one cannot read: ` : '';
    return broken(problemAt(text, offset, prefix + violation.message));
  }
  const semantic = semanticProblem(current);
  if (semantic) return broken(problemAt(text, current === obj ? locate(text, semantic.path, semantic.key) : 0, semantic.reason));
  const schema = newerMinor || newerMajor ? (obj.schema as string) : STORE_SCHEMA;
  if (newerMajor) notice = `written by a newer version (${String(obj.schema)}): read-only, it will not be overwritten`;
  return { ok: true, store: toStore(current, schema), readOnly: newerMajor, ...(notice ? { notice } : {}) };
}

/**
 * Why a file with this text must not be replaced (it does not parse or validate, holds a conflict, or belongs to
 * a newer major version), or `undefined` when writing over it is safe. `undefined` text: there is no file yet.
 */
export function overwriteProblem(existing: string | undefined): StoreProblem | undefined {
  if (existing === undefined) return undefined;
  const parsed = parseStore(existing);
  if (!parsed.ok) return parsed.problem;
  if (parsed.readOnly) return { line: 1, column: 1, reason: parsed.notice ?? 'written by a newer version; not overwritten' };
  return undefined;
}

/** Why this store must not be written (it came from a newer major version), or `undefined`. */
export function unwritableReason(store: Store): string | undefined {
  const v = parseSchemaId(store.schema);
  if (!v) return `unknown schema "${store.schema}"`;
  if (v.major > STORE_VERSION.major) return `written by a newer version (${store.schema}); not overwritten`;
  return undefined;
}
