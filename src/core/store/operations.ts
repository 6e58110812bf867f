import type { EntityType, Origin } from '../model';
import { normaliseLink } from '../links';
import { isEmptySchemeSpec, isEnabledType, resolveScheme, schemeChangeProblem, type SchemeSpec } from '../scheme';
import { makeAnchor } from './anchor';
import { anchorKey } from './documentAnchors';
import { unsafeIdReason, unsafePathReason } from './safeKeys';
import { emptyDocument, isEmptyDocument, type Anchor, type DecidedStatus, type DocumentDecisions, type EntityDecision, type MentionDecision, type QuoteDecision, type RegistryEntry, type SpeakerAnchor, type Store } from './types';

/** Offsets of a span in the current text. */
export interface SpanRef {
  start: number;
  end: number;
}

/** A mention as the editor knows it (from the analysis or a selection). */
export interface MentionRef extends SpanRef {
  type: EntityType;
  entityId?: string;
}

/** A speaker chosen for a quote. */
export interface SpeakerRef extends SpanRef {
  entityId?: string;
}

/** One thing a person did. Spans are offsets into the text passed along with the operation. */
export type StoreOp =
  | { kind: 'acceptMention'; mention: MentionRef }
  | { kind: 'rejectMention'; mention: MentionRef }
  | { kind: 'retypeMention'; mention: MentionRef; type: EntityType }
  | { kind: 'addMention'; mention: MentionRef }
  | { kind: 'clearMention'; span: SpanRef }
  | { kind: 'acceptQuote'; quote: SpanRef }
  | { kind: 'rejectQuote'; quote: SpanRef }
  | { kind: 'addQuote'; quote: SpanRef; speaker?: SpeakerRef | null; cue?: SpanRef | null }
  | { kind: 'setQuoteSpeaker'; quote: SpanRef; speaker: SpeakerRef | null }
  | { kind: 'clearQuote'; span: SpanRef }
  | { kind: 'mergeEntities'; sourceId: string; targetId: string }
  | { kind: 'renameEntity'; entityId: string; name: string }
  | { kind: 'setEntityNote'; entityId: string; note: string }
  | { kind: 'setEntityLinks'; entityId: string; links: string[] }
  /** Sets (a value) or clears (`null`) one of the scheme's attributes on a quote. */
  | { kind: 'setQuoteAttribute'; quote: SpanRef; attribute: string; value: string | null }
  /** Replaces the workspace's annotation scheme; refused when decisions would lose their type or attribute. */
  | { kind: 'setScheme'; scheme: SchemeSpec }
  | { kind: 'setRegistryEntry'; id: string; entry: RegistryEntry }
  | { kind: 'removeRegistryEntry'; id: string }
  | { kind: 'reattachOrphan'; list: 'mentions' | 'quotes'; key: string; span: SpanRef }
  | { kind: 'deleteOrphan'; list: 'mentions' | 'quotes'; key: string }
  /** Puts back what was decided about a span (`null`: nothing was): the inverse of the mention operations. */
  | { kind: 'restoreMention'; span: SpanRef; decision: MentionDecision | null }
  /** Puts back what was decided about a quote (`null`: nothing was): the inverse of the quote operations. */
  | { kind: 'restoreQuote'; span: SpanRef; decision: QuoteDecision | null }
  /** Puts back what was decided about an entity (`null`: nothing was): the inverse of merge, rename and note. */
  | { kind: 'restoreEntity'; entityId: string; decision: EntityDecision | null };

/** Thrown for an operation that cannot apply (bad offsets, unsafe id or path); the store is left as it was. */
export class OperationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OperationError';
  }
}

function checkSpan(text: string, s: SpanRef): void {
  if (!Number.isInteger(s.start) || !Number.isInteger(s.end) || s.start < 0 || s.end <= s.start || s.end > text.length) {
    throw new OperationError(`span ${s.start}-${s.end} is not inside the text (length ${text.length})`);
  }
}

function checkId(id: string): void {
  const why = unsafeIdReason(id);
  if (why) throw new OperationError(why);
}

const sameSpan = (a: SpanRef) => (b: Anchor): boolean => b.state !== 'orphaned' && b.start === a.start && b.end === a.end;

function upsertMention(doc: DocumentDecisions, text: string, m: MentionRef, status: DecidedStatus, origin: Origin, type: EntityType, relink = false): DocumentDecisions {
  checkSpan(text, m);
  const old = doc.mentions.find(sameSpan(m));
  const next: MentionDecision = { ...makeAnchor(text, m.start, m.end), status, origin: old?.origin === 'user' ? 'user' : origin, type };
  // A retyped mention belongs to an entity of its new type, so an earlier link no longer holds.
  const entityId = relink ? undefined : m.entityId ?? old?.entityId;
  if (entityId !== undefined && (next.origin === 'user' || old?.entityId !== undefined)) {
    checkId(entityId);
    next.entityId = entityId;
  }
  if (old?.extra) next.extra = old.extra;
  return { ...doc, mentions: [...doc.mentions.filter((x) => x !== old), next] };
}

function toSpeaker(text: string, s: SpeakerRef | null | undefined): SpeakerAnchor | null | undefined {
  if (s === null || s === undefined) return s;
  checkSpan(text, s);
  const a: SpeakerAnchor = makeAnchor(text, s.start, s.end);
  if (s.entityId !== undefined) {
    checkId(s.entityId);
    a.entityId = s.entityId;
  }
  return a;
}

function upsertQuote(doc: DocumentDecisions, text: string, q: SpanRef, change: Partial<Pick<QuoteDecision, 'status' | 'origin' | 'speaker' | 'cue'>>): DocumentDecisions {
  checkSpan(text, q);
  const old = doc.quotes.find(sameSpan(q));
  const next: QuoteDecision = { ...old, ...makeAnchor(text, q.start, q.end), status: change.status ?? old?.status ?? 'accepted', origin: old?.origin === 'user' ? 'user' : change.origin ?? 'auto' };
  if (next.state) delete next.state;
  if ('speaker' in change) next.speaker = change.speaker;
  if ('cue' in change) next.cue = change.cue;
  return { ...doc, quotes: [...doc.quotes.filter((x) => x !== old), next] };
}

function setEntity(doc: DocumentDecisions, id: string, change: (e: EntityDecision) => EntityDecision): DocumentDecisions {
  checkId(id);
  const entities = new Map(doc.entities);
  const next = change({ ...(entities.get(id) ?? {}) });
  if (Object.keys(next).length === 0) entities.delete(id);
  else entities.set(id, next);
  return { ...doc, entities };
}

/** The merge target of `id` after following chains (a → b → c gives c), stopping at cycles. */
export function resolveMerge(entities: ReadonlyMap<string, EntityDecision>, id: string): string {
  const seen = new Set<string>([id]);
  let cur = id;
  for (let next = entities.get(cur)?.mergeInto; next !== undefined && !seen.has(next); next = entities.get(cur)?.mergeInto) {
    seen.add(next);
    cur = next;
  }
  return cur;
}

/** A restored decision sits at `span` of the current text, with fresh context; nested speaker and cue too. */
function restored<T extends Anchor>(text: string, span: SpanRef, decision: T): T {
  checkSpan(text, span);
  const next = { ...decision, ...makeAnchor(text, span.start, span.end) };
  delete next.state;
  return next;
}

function restoreQuote(text: string, span: SpanRef, decision: QuoteDecision): QuoteDecision {
  const next = restored(text, span, decision);
  // A speaker or cue keeps its own offsets: it was recorded against the same text as the quote.
  for (const key of ['speaker', 'cue'] as const) {
    const part = decision[key];
    if (part && part.end <= text.length && part.start < part.end) next[key] = { ...part, ...makeAnchor(text, part.start, part.end) } as never;
  }
  return next;
}

function reattach(doc: DocumentDecisions, text: string, list: 'mentions' | 'quotes', key: string, span: SpanRef): DocumentDecisions {
  checkSpan(text, span);
  const items = doc[list] as Anchor[];
  const target = items.find((a) => a.state === 'orphaned' && anchorKey(a) === key);
  if (!target) throw new OperationError('no such orphaned decision');
  const moved = { ...target, ...makeAnchor(text, span.start, span.end) };
  delete moved.state;
  return { ...doc, [list]: items.map((a) => (a === target ? moved : a)) };
}

function deleteOrphan(doc: DocumentDecisions, list: 'mentions' | 'quotes', key: string): DocumentDecisions {
  const items = doc[list] as Anchor[];
  return { ...doc, [list]: items.filter((a) => !(a.state === 'orphaned' && anchorKey(a) === key)) };
}

function setQuoteAttribute(doc: DocumentDecisions, text: string, span: SpanRef, attribute: string, value: string | null): DocumentDecisions {
  const next = upsertQuote(doc, text, span, {});
  const q = next.quotes[next.quotes.length - 1];
  const attributes = Object.assign(Object.create(null) as Record<string, string>, q.attributes);
  if (value === null) delete attributes[attribute];
  else attributes[attribute] = value;
  if (Object.keys(attributes).length > 0) q.attributes = attributes;
  else delete q.attributes;
  return next;
}

/** The type an operation would record, if any. */
function typeOf(op: StoreOp): string | undefined {
  if (op.kind === 'retypeMention') return op.type;
  if (op.kind === 'acceptMention' || op.kind === 'addMention') return op.mention.type;
  if (op.kind === 'setRegistryEntry') return op.entry.type;
  return undefined;
}

/** Refuses a type or quote attribute the store's scheme does not have. */
function checkAgainstScheme(store: Store, op: StoreOp): void {
  const scheme = resolveScheme(store.scheme);
  const type = typeOf(op);
  if (type !== undefined && !isEnabledType(scheme, type)) {
    throw new OperationError(`${type} is not a type of this workspace's annotation scheme (${scheme.types.map((t) => t.id).join(', ')})`);
  }
  if (op.kind === 'setQuoteAttribute') {
    const a = scheme.attributes.find((x) => x.id === op.attribute);
    if (!a) throw new OperationError(`"${op.attribute}" is not a quote attribute of this workspace's annotation scheme`);
    if (op.value !== null && !a.values.includes(op.value)) throw new OperationError(`"${op.value}" is not a value of ${op.attribute} (${a.values.join(', ')})`);
  }
}

/** Applies one operation to one document's decisions. Pure: returns new decisions. */
export function applyDocumentOp(doc: DocumentDecisions, text: string, op: StoreOp): DocumentDecisions {
  switch (op.kind) {
    case 'acceptMention':
      return upsertMention(doc, text, op.mention, 'accepted', 'auto', op.mention.type);
    case 'rejectMention':
      return upsertMention(doc, text, op.mention, 'rejected', 'auto', op.mention.type);
    case 'retypeMention':
      return upsertMention(doc, text, op.mention, 'accepted', 'auto', op.type, true);
    case 'addMention':
      return upsertMention(doc, text, op.mention, 'accepted', 'user', op.mention.type);
    case 'clearMention':
      return { ...doc, mentions: doc.mentions.filter((m) => !sameSpan(op.span)(m)) };
    case 'acceptQuote':
      return upsertQuote(doc, text, op.quote, { status: 'accepted' });
    case 'rejectQuote':
      return upsertQuote(doc, text, op.quote, { status: 'rejected' });
    case 'addQuote':
      return upsertQuote(doc, text, op.quote, { status: 'accepted', origin: 'user', speaker: toSpeaker(text, op.speaker) ?? null, cue: op.cue ? makeAnchor(text, (checkSpan(text, op.cue), op.cue.start), op.cue.end) : null });
    case 'setQuoteSpeaker':
      return upsertQuote(doc, text, op.quote, { speaker: toSpeaker(text, op.speaker) ?? null });
    case 'clearQuote':
      return { ...doc, quotes: doc.quotes.filter((q) => !sameSpan(op.span)(q)) };
    case 'mergeEntities':
      checkId(op.targetId);
      if (resolveMerge(doc.entities, op.targetId) === op.sourceId) throw new OperationError(`"${op.targetId}" is already merged into "${op.sourceId}"`);
      if (op.sourceId === op.targetId) throw new OperationError('an entity cannot be merged into itself');
      return setEntity(doc, op.sourceId, (e) => ({ ...e, mergeInto: op.targetId }));
    case 'renameEntity':
      if (!op.name.trim()) throw new OperationError('the new name is empty');
      return setEntity(doc, op.entityId, (e) => ({ ...e, name: op.name.trim() }));
    case 'setEntityNote':
      return setEntity(doc, op.entityId, (e) => {
        const next: EntityDecision = { ...e, note: op.note };
        if (!op.note) delete next.note;
        return next;
      });
    case 'setEntityLinks':
      return setEntity(doc, op.entityId, (e) => {
        // Only normalised links are stored, each once, so that two people linking one item write the same.
        const links: string[] = [];
        for (const raw of op.links) {
          const r = normaliseLink(raw);
          if (!r.ok) throw new OperationError(r.reason);
          if (!links.includes(r.link)) links.push(r.link);
        }
        const next: EntityDecision = { ...e, links };
        if (links.length === 0) delete next.links;
        return next;
      });
    case 'reattachOrphan':
      return reattach(doc, text, op.list, op.key, op.span);
    case 'deleteOrphan':
      return deleteOrphan(doc, op.list, op.key);
    case 'restoreMention': {
      const mentions = doc.mentions.filter((m) => !sameSpan(op.span)(m));
      return { ...doc, mentions: op.decision ? [...mentions, restored(text, op.span, op.decision)] : mentions };
    }
    case 'restoreQuote': {
      const quotes = doc.quotes.filter((q) => !sameSpan(op.span)(q));
      return { ...doc, quotes: op.decision ? [...quotes, restoreQuote(text, op.span, op.decision)] : quotes };
    }
    case 'restoreEntity':
      return setEntity(doc, op.entityId, () => (op.decision ? { ...op.decision } : {}));
    case 'setQuoteAttribute':
      return setQuoteAttribute(doc, text, op.quote, op.attribute, op.value);
    case 'setRegistryEntry':
    case 'removeRegistryEntry':
    case 'setScheme':
      return doc;
  }
}

/**
 * Applies one operation to the store: registry operations workspace-wide, the others to the document at
 * `path` (workspace-relative, forward slashes) whose current text is `text`. Pure: returns a new store and
 * leaves the given one untouched. Throws `OperationError` for an unusable operation.
 */
export function applyOperation(store: Store, path: string, text: string, op: StoreOp): Store {
  checkAgainstScheme(store, op);
  if (op.kind === 'setScheme') {
    const why = schemeChangeProblem(store, op.scheme);
    if (why) throw new OperationError(why);
    const next: Store = { ...store, scheme: op.scheme };
    if (isEmptySchemeSpec(op.scheme)) delete next.scheme;
    return next;
  }
  if (op.kind === 'setRegistryEntry') {
    checkId(op.id);
    if (!op.entry.name.trim()) throw new OperationError('the registry name is empty');
    const registry = new Map(store.registry);
    registry.set(op.id, { ...op.entry, aliases: [...new Set(op.entry.aliases.filter((a) => a && a !== op.entry.name))].sort() });
    return { ...store, registry };
  }
  if (op.kind === 'removeRegistryEntry') {
    const registry = new Map(store.registry);
    registry.delete(op.id);
    return { ...store, registry };
  }
  const why = unsafePathReason(path);
  if (why) throw new OperationError(why);
  const doc = applyDocumentOp(store.documents.get(path) ?? emptyDocument(), text, op);
  const documents = new Map(store.documents);
  if (isEmptyDocument(doc)) documents.delete(path);
  else documents.set(path, doc);
  return { ...store, documents };
}

/** Moves a document's decisions to a new path (the article was renamed or moved in the workspace). */
export function renameDocument(store: Store, from: string, to: string): Store {
  const doc = store.documents.get(from);
  if (!doc || from === to) return store;
  const why = unsafePathReason(to);
  if (why) throw new OperationError(why);
  const documents = new Map(store.documents);
  documents.delete(from);
  documents.set(to, doc);
  return { ...store, documents };
}

/** Drops the decisions of documents that no longer exist (`exists` says which do). */
export function pruneDocuments(store: Store, exists: (path: string) => boolean): { store: Store; removed: string[] } {
  const removed = [...store.documents.keys()].filter((p) => !exists(p));
  if (removed.length === 0) return { store, removed };
  const documents = new Map(store.documents);
  for (const p of removed) documents.delete(p);
  return { store: { ...store, documents }, removed };
}
