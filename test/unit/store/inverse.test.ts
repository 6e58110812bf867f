import { strict as assert } from 'node:assert';
import { DecisionHistory, type HistoryEntry } from '../../../src/core/store/history';
import { inverseOf, shiftOperation, shiftSpan } from '../../../src/core/store/inverse';
import { applyOperation, type StoreOp } from '../../../src/core/store/operations';
import { emptyStore, type Store } from '../../../src/core/store/types';

const TEXT = 'Vladimir Putin met Keir Starmer. Putin said: “We will see.” Downing Street said nothing.';
const PATH = 'news/a.txt';

function span(s: string, from = 0): { start: number; end: number } {
  const start = TEXT.indexOf(s, from);
  if (start < 0) throw new Error(s);
  return { start, end: start + s.length };
}

/** The decisions of the document in a form that ignores the order in which they were recorded. */
function canonical(store: Store): string {
  const doc = store.documents.get(PATH);
  if (!doc) return store.registry.size ? JSON.stringify([...store.registry]) : 'none';
  const bySpan = (a: { start: number; end: number }, b: { start: number; end: number }): number => a.start - b.start || a.end - b.end;
  return JSON.stringify({
    mentions: [...doc.mentions].sort(bySpan),
    quotes: [...doc.quotes].sort(bySpan),
    entities: [...doc.entities].sort(([a], [b]) => (a < b ? -1 : 1)),
    registry: [...store.registry].sort(([a], [b]) => (a < b ? -1 : 1)),
  });
}

/** Applies `op` to `store` and then its inverse, and checks that nothing else changed. */
function roundTrip(store: Store, op: StoreOp): Store {
  const inverse = inverseOf(store.documents.get(PATH), store.registry, op);
  assert.ok(inverse, `${op.kind} has an inverse`);
  const after = applyOperation(store, PATH, TEXT, op);
  assert.notEqual(canonical(after), canonical(store), `${op.kind} changed something`);
  const undone = applyOperation(after, PATH, TEXT, inverse);
  assert.equal(canonical(undone), canonical(store), `undoing ${op.kind} restores the decisions`);
  return after;
}

const putin = { ...span('Vladimir Putin'), type: 'PERSON' as const, entityId: 'person:vladimir-putin' };
const quote = span('“We will see.”');

// Each operation, undone from an empty store and from a store where the same item was already decided otherwise.
const CASES: Array<{ name: string; op: StoreOp; setup?: StoreOp[] }> = [
  { name: 'accept a mention', op: { kind: 'acceptMention', mention: putin } },
  { name: 'reject a mention', op: { kind: 'rejectMention', mention: putin } },
  { name: 'reject an accepted mention', op: { kind: 'rejectMention', mention: putin }, setup: [{ kind: 'acceptMention', mention: putin }] },
  { name: 'change a type', op: { kind: 'retypeMention', mention: putin, type: 'ORG' } },
  { name: 'change a type twice', op: { kind: 'retypeMention', mention: { ...putin, type: 'ORG' }, type: 'PLACE' }, setup: [{ kind: 'retypeMention', mention: putin, type: 'ORG' }] },
  { name: 'add a mention', op: { kind: 'addMention', mention: { ...span('Downing Street'), type: 'PLACE' } } },
  { name: 'clear a mention', op: { kind: 'clearMention', span: span('Keir Starmer') }, setup: [{ kind: 'addMention', mention: { ...span('Keir Starmer'), type: 'PERSON', entityId: 'person:keir' } }] },
  { name: 'accept a quote', op: { kind: 'acceptQuote', quote } },
  { name: 'reject a quote', op: { kind: 'rejectQuote', quote } },
  { name: 'add a quote', op: { kind: 'addQuote', quote, speaker: { ...span('Putin', 20), entityId: 'person:putin' }, cue: span('said') } },
  { name: 'change a speaker', op: { kind: 'setQuoteSpeaker', quote, speaker: { ...span('Keir Starmer'), entityId: 'person:keir-starmer' } }, setup: [{ kind: 'acceptQuote', quote }] },
  { name: 'merge entities', op: { kind: 'mergeEntities', sourceId: 'person:putin', targetId: 'person:vladimir-putin' } },
  { name: 'merge a renamed entity', op: { kind: 'mergeEntities', sourceId: 'person:putin', targetId: 'person:vladimir-putin' }, setup: [{ kind: 'renameEntity', entityId: 'person:putin', name: 'V. Putin' }] },
  { name: 'rename an entity', op: { kind: 'renameEntity', entityId: 'person:putin', name: 'Vladimir Putin' } },
  { name: 'add a note', op: { kind: 'setEntityNote', entityId: 'person:putin', note: 'President of Russia' } },
  { name: 'remove a note', op: { kind: 'setEntityNote', entityId: 'person:putin', note: '' }, setup: [{ kind: 'setEntityNote', entityId: 'person:putin', note: 'x' }] },
  { name: 'add a registry entry', op: { kind: 'setRegistryEntry', id: 'person:vladimir-putin', entry: { type: 'PERSON', name: 'Vladimir Putin', aliases: ['Putin'] } } },
];

describe('inverse operations', () => {
  for (const c of CASES) {
    it(`undo: ${c.name}`, () => {
      const base = (c.setup ?? []).reduce((s, op) => applyOperation(s, PATH, TEXT, op), emptyStore());
      roundTrip(base, c.op);
    });
  }

  it('undoing the undo is the redo', () => {
    const op: StoreOp = { kind: 'rejectMention', mention: putin };
    const before = emptyStore();
    const after = applyOperation(before, PATH, TEXT, op);
    const undo = inverseOf(before.documents.get(PATH), before.registry, op) as StoreOp;
    const redo = inverseOf(after.documents.get(PATH), after.registry, undo) as StoreOp;
    const undone = applyOperation(after, PATH, TEXT, undo);
    assert.equal(canonical(applyOperation(undone, PATH, TEXT, redo)), canonical(after));
  });

  it('a sequence of decisions undone in reverse order gives back the start', () => {
    const ops: StoreOp[] = [
      { kind: 'acceptMention', mention: putin },
      { kind: 'rejectQuote', quote },
      { kind: 'mergeEntities', sourceId: 'person:putin', targetId: 'person:vladimir-putin' },
      { kind: 'retypeMention', mention: putin, type: 'ORG' },
      { kind: 'setEntityNote', entityId: 'person:vladimir-putin', note: 'n' },
    ];
    let store = emptyStore();
    const inverses: StoreOp[] = [];
    for (const op of ops) {
      inverses.push(inverseOf(store.documents.get(PATH), store.registry, op) as StoreOp);
      store = applyOperation(store, PATH, TEXT, op);
    }
    for (const inv of inverses.reverse()) store = applyOperation(store, PATH, TEXT, inv);
    assert.equal(canonical(store), 'none');
  });

  it('orphan housekeeping has no inverse', () => {
    assert.equal(inverseOf(undefined, new Map(), { kind: 'deleteOrphan', list: 'mentions', key: 'x' }), undefined);
  });
});

describe('shifting undo entries along with edits', () => {
  const ins = (at: number, text: string) => ({ rangeOffset: at, rangeLength: 0, text });
  it('moves a span after an edit before it and keeps it for an edit after it', () => {
    assert.deepEqual(shiftSpan({ start: 10, end: 15 }, [ins(0, 'abc')]), { start: 13, end: 18 });
    assert.deepEqual(shiftSpan({ start: 10, end: 15 }, [ins(15, 'abc')]), { start: 10, end: 15 });
    assert.deepEqual(shiftSpan({ start: 10, end: 15 }, [ins(10, 'ab')]), { start: 12, end: 17 });
    assert.deepEqual(shiftSpan({ start: 10, end: 15 }, [{ rangeOffset: 2, rangeLength: 5, text: '' }]), { start: 5, end: 10 });
  });
  it('gives up on a span whose own text was edited', () => {
    assert.equal(shiftSpan({ start: 10, end: 15 }, [ins(12, 'x')]), undefined);
    assert.equal(shiftSpan({ start: 10, end: 15 }, [{ rangeOffset: 8, rangeLength: 4, text: '' }]), undefined);
  });
  it('moves every span of an operation, nested speaker and decision included', () => {
    const op: StoreOp = { kind: 'addQuote', quote: { start: 20, end: 30 }, speaker: { start: 5, end: 9, entityId: 'p' }, cue: { start: 10, end: 14 } };
    assert.deepEqual(shiftOperation(op, [ins(0, '..')]), { kind: 'addQuote', quote: { start: 22, end: 32 }, speaker: { start: 7, end: 11, entityId: 'p' }, cue: { start: 12, end: 16 } });
    assert.equal(shiftOperation(op, [ins(6, '..')]), undefined);
  });
});

describe('decision history', () => {
  const entry = (doc: string, n: number): HistoryEntry => ({
    document: doc,
    label: `d${n}`,
    forward: { kind: 'acceptMention', mention: { start: n * 10, end: n * 10 + 5, type: 'PERSON' } },
    inverse: { kind: 'restoreMention', span: { start: n * 10, end: n * 10 + 5 }, decision: null },
  });

  it('undoes last-in first-out and redoes in the same order', () => {
    const h = new DecisionHistory();
    h.record(entry('a', 1));
    h.record(entry('a', 2));
    const u = h.takeUndo();
    assert.equal(u?.label, 'd2');
    h.undone(u as HistoryEntry);
    assert.deepEqual(h.peek(), { undo: 'd1', redo: 'd2' });
    const r = h.takeRedo();
    assert.equal(r?.label, 'd2');
    h.redone(r as HistoryEntry);
    assert.equal(h.canRedo, false);
    assert.equal(h.peek().undo, 'd2');
  });

  it('a new decision clears the redo stack', () => {
    const h = new DecisionHistory();
    h.record(entry('a', 1));
    h.undone(h.takeUndo() as HistoryEntry);
    h.record(entry('a', 2));
    assert.equal(h.canRedo, false);
  });

  it('follows edits of its document only, and drops entries whose span was edited', () => {
    const h = new DecisionHistory();
    h.record(entry('a', 1));
    h.record(entry('b', 1));
    h.record(entry('a', 3));
    assert.equal(h.shift('a', [{ rangeOffset: 12, rangeLength: 0, text: 'xx' }]), 1);
    const top = h.takeUndo();
    assert.equal(top?.document, 'a');
    assert.deepEqual((top?.forward as { mention: { start: number } }).mention.start, 32);
    assert.equal(h.takeUndo()?.document, 'b');
    assert.equal(h.takeUndo(), undefined);
  });

  it('keeps at most its limit of entries', () => {
    const h = new DecisionHistory(2);
    for (let i = 1; i <= 3; i++) h.record(entry('a', i));
    assert.equal(h.takeUndo()?.label, 'd3');
    assert.equal(h.takeUndo()?.label, 'd2');
    assert.equal(h.takeUndo(), undefined);
  });
});
