import type { TextChange } from './anchor';
import type { SpanRef, StoreOp } from './operations';
import type { Anchor, DocumentDecisions, RegistryEntry } from './types';

const atSpan = (span: SpanRef) => (a: Anchor): boolean => a.state !== 'orphaned' && a.start === span.start && a.end === span.end;

/** The span a mention or quote operation decides about, or `undefined` for other operations. */
function spanOf(op: StoreOp): { list: 'mentions' | 'quotes'; span: SpanRef } | undefined {
  switch (op.kind) {
    case 'acceptMention':
    case 'rejectMention':
    case 'retypeMention':
    case 'addMention':
      return { list: 'mentions', span: { start: op.mention.start, end: op.mention.end } };
    case 'clearMention':
    case 'restoreMention':
      return { list: 'mentions', span: { start: op.span.start, end: op.span.end } };
    case 'acceptQuote':
    case 'rejectQuote':
    case 'addQuote':
    case 'setQuoteSpeaker':
    case 'setQuoteAttribute':
      return { list: 'quotes', span: { start: op.quote.start, end: op.quote.end } };
    case 'clearQuote':
    case 'restoreQuote':
      return { list: 'quotes', span: { start: op.span.start, end: op.span.end } };
    default:
      return undefined;
  }
}

/**
 * The operation that undoes `op`, from the decisions as they were before it: it puts back the decision about the
 * span or entity that `op` touches (or removes it when there was none). Registry operations put back the entry.
 * Orphan housekeeping (reattach, delete) has no inverse: `undefined`.
 * Pure: `applyOperation(applyOperation(s, op), inverseOf(s, op))` holds the same decisions as `s`. Decisions are
 * immutable values in the store, so the inverse may share them.
 */
export function inverseOf(before: DocumentDecisions | undefined, registry: ReadonlyMap<string, RegistryEntry>, op: StoreOp): StoreOp | undefined {
  const target = spanOf(op);
  if (target?.list === 'mentions') {
    const prior = before?.mentions.find(atSpan(target.span));
    return { kind: 'restoreMention', span: target.span, decision: prior ? { ...prior } : null };
  }
  if (target?.list === 'quotes') {
    const prior = before?.quotes.find(atSpan(target.span));
    return { kind: 'restoreQuote', span: target.span, decision: prior ? { ...prior } : null };
  }
  switch (op.kind) {
    case 'mergeEntities':
    case 'renameEntity':
    case 'setEntityNote':
    case 'restoreEntity': {
      const id = op.kind === 'mergeEntities' ? op.sourceId : op.entityId;
      const prior = before?.entities.get(id);
      return { kind: 'restoreEntity', entityId: id, decision: prior ? { ...prior } : null };
    }
    case 'setRegistryEntry':
    case 'removeRegistryEntry': {
      const prior = registry.get(op.id);
      return prior ? { kind: 'setRegistryEntry', id: op.id, entry: { ...prior } } : { kind: 'removeRegistryEntry', id: op.id };
    }
    default:
      return undefined;
  }
}

/**
 * Moves an offset span along with edits made to the text since (the changes of one edit event, all relative to the
 * text before it). `undefined` when an edit touched the span itself: the decision no longer refers to that text.
 * An insertion right at the start moves the span; one right at the end leaves it.
 */
export function shiftSpan(span: SpanRef, changes: readonly TextChange[]): SpanRef | undefined {
  let { start, end } = span;
  for (const c of [...changes].sort((x, y) => y.rangeOffset - x.rangeOffset)) {
    const from = c.rangeOffset;
    const to = c.rangeOffset + c.rangeLength;
    if (from >= end && !(from === to && from === start)) continue;
    if (to <= start) {
      const delta = c.text.length - c.rangeLength;
      start += delta;
      end += delta;
      continue;
    }
    return undefined;
  }
  return { start, end };
}

/** True for an object holding offsets (a span, an anchor). */
function isSpan(v: unknown): v is SpanRef {
  return typeof v === 'object' && v !== null && typeof (v as SpanRef).start === 'number' && typeof (v as SpanRef).end === 'number';
}

/**
 * An operation with every span in it (the item, its speaker and cue, a decision to put back) moved along with
 * edits, or `undefined` when an edit touched one of them. Used to keep undo and redo valid while the article is
 * edited between decisions.
 */
export function shiftOperation(op: StoreOp, changes: readonly TextChange[]): StoreOp | undefined {
  let broken = false;
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(walk);
    if (typeof v !== 'object' || v === null) return v;
    const out: Record<string, unknown> = {};
    // `extra` holds a newer version's unknown keys (a null-prototype object): carried over as it is, never walked.
    for (const [k, x] of Object.entries(v)) out[k] = k === 'extra' ? x : walk(x);
    if (isSpan(v)) {
      const moved = shiftSpan(v, changes);
      if (!moved) broken = true;
      else Object.assign(out, moved);
    }
    return out;
  };
  const next = walk(op) as StoreOp;
  return broken ? undefined : next;
}
