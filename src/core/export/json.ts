import type AjvClass from 'ajv';
import type { ErrorObject, ValidateFunction } from 'ajv';
import schema from '../../../schemas/analysis.schema.json';
import type { DocumentAnnotations, Entity, Mention, Quote, Span, Speaker } from '../model';
import { ImportError } from './types';

/**
 * JSON export and import in the analysis contract `news-annotator/analysis@1`. Keys are written in a fixed
 * order and unknown fields are dropped, so that exports diff cleanly and always validate against
 * `schemas/analysis.schema.json`.
 */

/** Serialises one article's annotations as the analysis contract (two-space indent, trailing newline). */
export function toJson(doc: DocumentAnnotations): string {
  return `${JSON.stringify(canonicalDocument(doc), null, 2)}\n`;
}

/** Serialises several articles as a JSON array of analysis documents (the workspace export). */
export function toJsonWorkspace(docs: readonly DocumentAnnotations[]): string {
  return `${JSON.stringify(docs.map(canonicalDocument), null, 2)}\n`;
}

/** Rebuilds a document with the contract's keys in contract order and nothing else. */
export function canonicalDocument(doc: DocumentAnnotations): DocumentAnnotations {
  return {
    schema: doc.schema,
    document: { path: doc.document.path, length: doc.document.length, sha256: doc.document.sha256 },
    entities: doc.entities.map(canonicalEntity),
    mentions: doc.mentions.map(canonicalMention),
    quotes: doc.quotes.map(canonicalQuote),
  };
}

function canonicalEntity(e: Entity): Entity {
  const out: Entity = { id: e.id, type: e.type, name: e.name, aliases: [...e.aliases], descriptors: [...e.descriptors], mentionCount: e.mentionCount };
  if (e.quoteCount !== undefined) out.quoteCount = e.quoteCount;
  if (e.note !== undefined) out.note = e.note;
  if (e.links && e.links.length > 0) out.links = [...e.links];
  return out;
}

function canonicalMention(m: Mention): Mention {
  const out: Mention = { start: m.start, end: m.end, text: m.text, type: m.type, entityId: m.entityId, origin: m.origin, status: m.status };
  // Only an analysis asked to explain itself (`annotate --explain`) carries `why`.
  if (m.why !== undefined) out.why = [...m.why];
  return out;
}

function canonicalSpan(s: Span): Span {
  return { start: s.start, end: s.end, text: s.text };
}

function canonicalSpeaker(s: Speaker): Speaker {
  return s.entityId === undefined ? canonicalSpan(s) : { ...canonicalSpan(s), entityId: s.entityId };
}

function canonicalQuote(q: Quote): Quote {
  const out: Quote = {
    ...canonicalSpan(q),
    speaker: q.speaker ? canonicalSpeaker(q.speaker) : null,
    cue: q.cue ? canonicalSpan(q.cue) : null,
    origin: q.origin,
    status: q.status,
  };
  if (q.attributes && Object.keys(q.attributes).length > 0) out.attributes = Object.fromEntries(Object.keys(q.attributes).sort().map((k) => [k, (q.attributes as Record<string, string>)[k]]));
  return out;
}

let validator: ValidateFunction | undefined;

/** The compiled schema validator; compiled on first use so that loading the module stays cheap. */
function validate(): ValidateFunction {
  // Loaded on first use, like the store's validator: the desktop build keeps Ajv out of the activation bundle.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const Ajv = (require('ajv') as { default: typeof AjvClass }).default;
  validator ??= new Ajv({ allErrors: false, strict: true }).compile(schema);
  return validator;
}

/** Describes the first schema error in one line, e.g. `/mentions/3/type must be equal to one of the allowed values`. */
function describe(errors: ErrorObject[] | null | undefined): string {
  const e = errors?.[0];
  if (!e) return 'does not match the analysis schema';
  const where = e.instancePath || '(top level)';
  const allowed = e.params && 'allowedValues' in e.params ? ` (${(e.params.allowedValues as unknown[]).join(', ')})` : '';
  const extra = e.params && 'additionalProperty' in e.params ? ` "${String(e.params.additionalProperty)}"` : '';
  return `${where} ${e.message ?? 'is invalid'}${allowed}${extra}`;
}

/**
 * Parses a JSON export (one analysis document or an array of them), validating it against the schema and
 * checking that spans are consistent (start ≤ end ≤ length, text as long as its span). `source` names the input
 * in error messages. When `texts` gives a document's text by path, spans are also checked against it.
 * @throws ImportError with a one-line message naming the input and the first problem found.
 */
export function fromJson(json: string, source: string, texts?: (path: string) => string | undefined): DocumentAnnotations[] {
  let value: unknown;
  try {
    value = JSON.parse(json.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new ImportError(`${source}: not valid JSON (${(err as Error).message})`);
  }
  const items = Array.isArray(value) ? value : [value];
  if (items.length === 0) throw new ImportError(`${source}: the array holds no analysis documents`);
  return items.map((item, i) => {
    const where = Array.isArray(value) ? `${source} [${i}]` : source;
    if (!validate()(item)) throw new ImportError(`${where}: ${describe(validate().errors)}`);
    const doc = item as DocumentAnnotations;
    checkSpans(doc, where, texts?.(doc.document.path));
    return doc;
  });
}

function checkSpans(doc: DocumentAnnotations, where: string, text: string | undefined): void {
  const check = (s: Span, path: string): void => {
    if (s.end < s.start) throw new ImportError(`${where}: ${path} ends (${s.end}) before it starts (${s.start})`);
    if (s.end > doc.document.length) throw new ImportError(`${where}: ${path} ends at ${s.end}, after the end of the document (${doc.document.length})`);
    if (s.text.length !== s.end - s.start) throw new ImportError(`${where}: ${path} text is ${s.text.length} long but its span is ${s.end - s.start}`);
    if (text !== undefined && text.slice(s.start, s.end) !== s.text) {
      throw new ImportError(`${where}: ${path} text ${JSON.stringify(s.text)} is not what the document holds at ${s.start}-${s.end}`);
    }
  };
  doc.mentions.forEach((m, i) => check(m, `/mentions/${i}`));
  doc.quotes.forEach((q, i) => {
    check(q, `/quotes/${i}`);
    if (q.speaker) check(q.speaker, `/quotes/${i}/speaker`);
    if (q.cue) check(q.cue, `/quotes/${i}/cue`);
  });
  const ids = new Set(doc.entities.map((e) => e.id));
  doc.mentions.forEach((m, i) => {
    if (!ids.has(m.entityId)) throw new ImportError(`${where}: /mentions/${i} refers to entity "${m.entityId}", which is not in /entities`);
  });
}
