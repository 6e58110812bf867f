import assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import { decisionExamples, storeFingerprints, type CandidateSpan, type TrainingExample } from '../../../src/core/learn/examples';
import { learntReport } from '../../../src/core/learn/report';
import { teach, TaughtModel, TEACH_DEFAULTS, type Scorer } from '../../../src/core/learn/teach';
import { applyOperation, type StoreOp } from '../../../src/core/store/operations';
import { parseStore } from '../../../src/core/store/parse';
import { serializeStore } from '../../../src/core/store/serialize';
import { emptyStore, type Store } from '../../../src/core/store/types';

// A small stand-in for the shipped recogniser: weights per feature in O/PERSON/ORG/PLACE order. The learning
// module only asks a model for scores, so these tests exercise exactly what the real one gets.
const BASE: Record<string, number[]> = {
  'w:jordan': [0, 0, 0, 3],
  'w:apex': [0, 0, 2, 0],
  'w:smith': [0, 3, 0, 0],
  'prev:in': [0, 0, 0, 1],
  'prev:said': [0, 1, 0, 0],
  'shape:Xx': [0.5, 0.2, 0.2, 0.2],
};
const base: Scorer = {
  scores: (features) => {
    const s = [0, 0, 0, 0];
    for (const f of features) (BASE[f] ?? [0, 0, 0, 0]).forEach((x, k) => { s[k] = (s[k] as number) + x; });
    return s;
  },
};

/** Capitalised words as candidates, with their word, the word before and their shape as features. */
function candidates(_path: string, text: string): CandidateSpan[] {
  const out: CandidateSpan[] = [];
  for (const m of text.matchAll(/\p{Lu}\p{L}*/gu)) {
    const start = m.index;
    const prev = /(\p{L}+)\s*$/u.exec(text.slice(0, start))?.[1]?.toLowerCase() ?? '';
    out.push({ start, end: start + m[0].length, features: [`w:${m[0].toLowerCase()}`, `prev:${prev}`, 'shape:Xx'] });
  }
  return out;
}

const TEXTS: Record<string, string> = {
  'a.txt': 'Jordan said the Apex deal was done in Paris.',
  'b.txt': 'Later Jordan met Smith in Rome.',
  'c.txt': 'Nothing here but Apex.',
};
const textOf = (p: string): string | undefined => TEXTS[p];
const span = (path: string, s: string): { start: number; end: number } => {
  const start = (TEXTS[path] as string).indexOf(s);
  return { start, end: start + s.length };
};

function decide(store: Store, path: string, op: StoreOp): Store {
  return applyOperation(store, path, TEXTS[path] as string, op);
}

const predictOf = (m: Scorer, path: string, s: string): string => {
  const c = candidates(path, TEXTS[path] as string).find((x) => x.start === span(path, s).start) as CandidateSpan;
  const sc = m.scores(c.features);
  return ['O', 'PERSON', 'ORG', 'PLACE'][sc.indexOf(Math.max(...sc))] as string;
};

describe('learning from decisions', () => {
  describe('decisionExamples', () => {
    it('makes accepted, added and retyped mentions examples of their type and rejected ones of O, in file order', () => {
      let s = emptyStore();
      s = decide(s, 'b.txt', { kind: 'acceptMention', mention: { ...span('b.txt', 'Smith'), type: 'PERSON' } });
      s = decide(s, 'a.txt', { kind: 'retypeMention', mention: { ...span('a.txt', 'Jordan'), type: 'PLACE' }, type: 'PERSON' });
      s = decide(s, 'a.txt', { kind: 'rejectMention', mention: { ...span('a.txt', 'Paris'), type: 'PLACE' } });
      s = decide(s, 'c.txt', { kind: 'addMention', mention: { ...span('c.txt', 'Apex'), type: 'ORG' } });
      const { examples, skipped } = decisionExamples(s, textOf, candidates);
      assert.deepEqual(examples.map((e) => [e.path, e.text, e.label]), [
        ['a.txt', 'Jordan', 'PERSON'],
        ['a.txt', 'Paris', 'O'],
        ['b.txt', 'Smith', 'PERSON'],
        ['c.txt', 'Apex', 'ORG'],
      ]);
      assert.deepEqual(examples[0]?.features, ['w:jordan', 'prev:', 'shape:Xx']);
      assert.deepEqual(skipped, { unanchored: 0, noText: 0, notCandidate: 0, ruled: 0, reset: 0 });
    });

    it('counts what it cannot learn from instead of guessing', () => {
      let s = emptyStore();
      s = decide(s, 'a.txt', { kind: 'addMention', mention: { ...span('a.txt', 'the Apex deal'), type: 'ORG' } });
      s = decide(s, 'b.txt', { kind: 'acceptMention', mention: { ...span('b.txt', 'Rome'), type: 'NORP' } });
      // A nationality suggested and rejected: the demonym rule decides it, not the recogniser, so it is no example of O.
      s = decide(s, 'b.txt', { kind: 'rejectMention', mention: { ...span('b.txt', 'Smith'), type: 'NORP' } });
      s = decide(s, 'c.txt', { kind: 'acceptMention', mention: { ...span('c.txt', 'Apex'), type: 'ORG' } });
      const gone = applyOperation(s, 'gone.txt', 'Gone', { kind: 'acceptMention', mention: { start: 0, end: 4, type: 'ORG' } });
      // The article changed under its decisions: the stored text no longer reads as it says.
      const edited = (p: string): string | undefined => (p === 'c.txt' ? 'Nothing here but Acme.' : p === 'gone.txt' ? undefined : textOf(p));
      const { examples, skipped } = decisionExamples(gone, edited, candidates);
      assert.equal(examples.length, 0);
      assert.deepEqual(skipped, { unanchored: 1, noText: 1, notCandidate: 1, ruled: 2, reset: 0 });
    });

    it('teaches the built-in type a scheme type refines, and nothing for a scheme type that refines none', () => {
      let s = decide(emptyStore(), 'a.txt', {
        kind: 'setScheme',
        scheme: {
          types: [{ id: 'PARTY', label: 'Party', colour: '#8e44ad', parent: 'ORG' }, { id: 'TOPIC', label: 'Topic', colour: '#123456' }],
          quoteAttributes: [],
          disabled: [],
        },
      });
      s = decide(s, 'c.txt', { kind: 'addMention', mention: { ...span('c.txt', 'Apex'), type: 'PARTY' } });
      s = decide(s, 'b.txt', { kind: 'addMention', mention: { ...span('b.txt', 'Smith'), type: 'TOPIC' } });
      const { examples, skipped } = decisionExamples(s, textOf, candidates);
      assert.deepEqual(examples.map((e) => [e.text, e.label]), [['Apex', 'ORG']]);
      assert.equal(skipped.ruled, 1);
    });

    it('sets aside the decisions of a reset, but learns from one made again differently afterwards', () => {
      let s = emptyStore();
      s = decide(s, 'a.txt', { kind: 'acceptMention', mention: { ...span('a.txt', 'Jordan'), type: 'PLACE' } });
      s = decide(s, 'b.txt', { kind: 'acceptMention', mention: { ...span('b.txt', 'Smith'), type: 'PERSON' } });
      const reset = new Set(storeFingerprints(s));
      s = decide(s, 'a.txt', { kind: 'retypeMention', mention: { ...span('a.txt', 'Jordan'), type: 'PLACE' }, type: 'PERSON' });
      s = decide(s, 'b.txt', { kind: 'rejectMention', mention: { ...span('b.txt', 'Rome'), type: 'PLACE' } });
      const { examples, skipped } = decisionExamples(s, textOf, candidates, reset);
      assert.deepEqual(examples.map((e) => [e.text, e.label]), [['Jordan', 'PERSON'], ['Rome', 'O']]);
      assert.equal(skipped.reset, 1);
      assert.equal(s.documents.get('b.txt')?.mentions.length, 2, 'the reset keeps every decision');
    });
  });

  describe('teach', () => {
    function jordanStore(): Store {
      return decide(emptyStore(), 'a.txt', { kind: 'retypeMention', mention: { ...span('a.txt', 'Jordan'), type: 'PLACE' }, type: 'PERSON' });
    }

    it('a type change in one article changes the type of the same name in another', () => {
      assert.equal(predictOf(base, 'b.txt', 'Jordan'), 'PLACE');
      const examples = decisionExamples(jordanStore(), textOf, candidates).examples;
      // Spread evenly over the name and its context, the correction reaches only part-way to another context.
      assert.equal(predictOf(teach(base, examples), 'b.txt', 'Jordan'), 'PLACE');
      const model = teach(base, examples, { emphasis: (f) => (f.startsWith('w:') ? 4 : 1) });
      assert.equal(predictOf(model, 'b.txt', 'Jordan'), 'PERSON');
      assert.equal(predictOf(model, 'b.txt', 'Rome'), 'PLACE', 'other names keep their type');
      assert.equal(model.examples, 1);
    });

    it('learns nothing from decisions the model already agrees with by a margin', () => {
      const s = decide(emptyStore(), 'b.txt', { kind: 'acceptMention', mention: { ...span('b.txt', 'Smith'), type: 'PERSON' } });
      const model = teach(base, decisionExamples(s, textOf, candidates).examples, { margin: 1 });
      assert.equal(model.delta.size, 0);
    });

    it('is deterministic: the same file gives the same model, whatever order the decisions were made in', () => {
      const ops: Array<[string, StoreOp]> = [
        ['a.txt', { kind: 'retypeMention', mention: { ...span('a.txt', 'Jordan'), type: 'PLACE' }, type: 'PERSON' }],
        ['a.txt', { kind: 'acceptMention', mention: { ...span('a.txt', 'Apex'), type: 'ORG' } }],
        ['b.txt', { kind: 'rejectMention', mention: { ...span('b.txt', 'Rome'), type: 'PLACE' } }],
        ['c.txt', { kind: 'retypeMention', mention: { ...span('c.txt', 'Apex'), type: 'ORG' }, type: 'PLACE' }],
      ];
      const forward = ops.reduce((s, [p, op]) => decide(s, p, op), emptyStore());
      const backward = [...ops].reverse().reduce((s, [p, op]) => decide(s, p, op), emptyStore());
      const parsed = parseStore(serializeStore(forward));
      assert.ok(parsed.ok);
      const tables = [forward, backward, parsed.store].map((s) => JSON.stringify(teach(base, decisionExamples(s, textOf, candidates).examples).toTable()));
      assert.equal(tables[1], tables[0]);
      assert.equal(tables[2], tables[0]);
      assert.notEqual(tables[0], '{}');
    });

    it('bounds how far any number of contradicting decisions moves a weight', () => {
      const many: TrainingExample[] = [];
      for (let i = 0; i < 1000; i++) many.push({ path: `d${i}.txt`, start: 0, end: 6, text: 'Jordan', label: i % 2 ? 'ORG' : 'O', features: ['w:jordan', 'shape:Xx'] });
      const model = teach(base, many);
      for (const d of model.delta.values()) for (const x of d) assert.ok(Math.abs(x) <= TEACH_DEFAULTS.maxWeight + 1e-9, `weight change ${x}`);
      // One example moves each weight by at most maxStep per pass, and averaging only shrinks that.
      const one = teach(base, [{ path: 'a.txt', start: 0, end: 6, text: 'Jordan', label: 'ORG', features: ['w:jordan'] }], { maxStep: 0.25, margin: 100 });
      for (const d of one.delta.values()) for (const x of d) assert.ok(Math.abs(x) <= 0.25 * TEACH_DEFAULTS.epochs + 1e-9, `weight change ${x}`);
      assert.ok(one.delta.size > 0);
    });

    it('a hostile table of weight changes teaches nothing it cannot read', () => {
      const table = JSON.parse('{"__proto__": [1, 1, 1, 1], "w:jordan": [0, 9, 0, 0], "bad": [1, "x", 0, 0], "short": [1], "inf": [0, 1e400, 0, 0]}') as Record<string, unknown>;
      const model = TaughtModel.fromTable(base, table, 1);
      assert.deepEqual([...model.delta.keys()].sort(), ['__proto__', 'w:jordan']);
      assert.equal(({} as Record<string, unknown>).length, undefined);
      assert.equal(predictOf(model, 'b.txt', 'Jordan'), 'PERSON');
    });

    it('a broken decisions file teaches nothing: the store refuses it before learning sees it', () => {
      const parsed = parseStore('{"schema": "news-annotator/store@1", "documents": {"a.txt": {"mentions": [{"start": 0');
      assert.equal(parsed.ok, false);
    });

    it('reports the examples and the features that moved most', () => {
      const taught = decisionExamples(jordanStore(), textOf, candidates);
      const text = learntReport(teach(base, taught.examples), taught, (f) => `«${f}»`);
      assert.match(text, /^Learnt from 1 decision: 1 PERSON, 0 ORG, 0 PLACE, 0 rejected\./);
      assert.match(text, /Features that moved most:\n {2}\+\d\.\d\d PERSON {2}«/);
      assert.match(text, /−\d\.\d\d PLACE/);
    });

    it('replays 5,000 decisions quickly (figure printed, not asserted: the machine is shared)', () => {
      const examples: TrainingExample[] = [];
      const labels = ['O', 'PERSON', 'ORG', 'PLACE'] as const;
      for (let i = 0; i < 5000; i++) {
        const w = `w:name${i % 700}`;
        examples.push({ path: `d${i % 200}.txt`, start: 0, end: 1, text: 'x', label: labels[(i * 7) % 4] as never, features: [w, `prev:p${i % 37}`, `suf:${i % 53}`, 'shape:Xx', ...Array.from({ length: 40 }, (_, k) => `ctx:${(i + k) % 400}`)] });
      }
      const t0 = performance.now();
      const model = teach(base, examples);
      const ms = performance.now() - t0;
      console.log(`      replay of 5,000 decisions (44 features each, ${TEACH_DEFAULTS.epochs} passes): ${ms.toFixed(0)} ms, ${model.delta.size} features moved`);
      assert.equal(model.examples, 5000);
    });
  });
});
