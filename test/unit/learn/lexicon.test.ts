import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { storeFingerprints } from '../../../src/core/learn/examples';
import { WorkspaceLexicon } from '../../../src/core/learn/lexicon';
import { learnFromStore } from '../../../src/core/learn/taughtRecogniser';
import { analyze, createAnalyzer } from '../../../src/core/nlp/analyze';
import { applyOperation, type StoreOp } from '../../../src/core/store/operations';
import { emptyStore, type Store } from '../../../src/core/store/types';

const typesOf = (text: string, model?: Parameters<typeof analyze>[2]): string[] => analyze(text, {}, model).mentions.map((m) => `${m.text}:${m.type}`);
const at = (text: string, s: string, from = 0): { start: number; end: number } => {
  const start = text.indexOf(s, from);
  assert.ok(start >= 0, s);
  return { start, end: start + s.length };
};

function decide(texts: Record<string, string>, ops: Array<[string, StoreOp]>): Store {
  let store = emptyStore();
  for (const [path, op] of ops) store = applyOperation(store, path, texts[path] as string, op);
  return store;
}

describe('the workspace lexicon: what the decisions teach about candidates', () => {
  const analyzer = createAnalyzer();
  const learn = (store: Store, texts: Record<string, string>): ReturnType<typeof learnFromStore> => learnFromStore(store, (p) => texts[p], (t, proposer) => analyzer.candidates(t, proposer));

  it('proposes a name people added, which the name finder never proposes, where its text recurs', () => {
    const texts = {
      'a.txt': 'The fans of tampa bay cheered as the team won at home.',
      'b.txt': 'Tickets for tampa bay games sold out within an hour.',
    };
    assert.deepEqual(typesOf(texts['b.txt']), []);
    const store = decide(texts, [['a.txt', { kind: 'addMention', mention: { ...at(texts['a.txt'], 'tampa bay'), type: 'ORG' } }]]);
    const learning = learn(store, texts);
    assert.equal(learning.taught.examples.length, 1, 'the added name is an example in its own article');
    assert.ok(typesOf(texts['b.txt'], learning.recogniser).includes('tampa bay:ORG'));
  });

  it('does not propose a text the decided articles mostly leave alone (a word marked once as a name)', () => {
    const texts = {
      'a.txt': 'Head north along the coast road. The north of the island is wild, the north coast wilder, and the road north ends at the north cape.',
      'b.txt': 'From the harbour the path runs north to the lighthouse.',
    };
    const a = texts['a.txt'];
    // The region (`The north of the island`) is marked; the four directions are left alone.
    const store = decide(texts, [['a.txt', { kind: 'addMention', mention: { ...at(a, 'north', a.indexOf('The north')), type: 'PLACE' } }]]);
    const learning = learn(store, texts);
    assert.deepEqual(typesOf(texts['b.txt'], learning.recogniser), []);
    assert.equal(learning.lexicon.entries().find(([s]) => s === 'north')?.[1].unmarked, 4);
  });

  it('stops suggesting a nationality the workspace rejects, and keeps one it accepts as often', () => {
    const texts = {
      'a.txt': 'The Afghan delegation met the Afghan press in Kabul.',
      'b.txt': 'An Afghan official spoke to reporters.',
      'c.txt': 'Canadian officials said the Canadian team left.',
      'd.txt': 'A Canadian minister flew to Ottawa.',
    };
    assert.deepEqual(typesOf(texts['b.txt']), ['Afghan:NORP']);
    const a = texts['a.txt'];
    const c = texts['c.txt'];
    const store = decide(texts, [
      ['a.txt', { kind: 'rejectMention', mention: { ...at(a, 'Afghan'), type: 'NORP' } }],
      ['a.txt', { kind: 'rejectMention', mention: { ...at(a, 'Afghan', a.indexOf('the Afghan')), type: 'NORP' } }],
      ['c.txt', { kind: 'rejectMention', mention: { ...at(c, 'Canadian'), type: 'NORP' } }],
      ['c.txt', { kind: 'acceptMention', mention: { ...at(c, 'Canadian', c.indexOf('the Canadian')), type: 'NORP' } }],
    ]);
    const learning = learn(store, texts);
    assert.deepEqual(typesOf(texts['b.txt'], learning.recogniser), []);
    assert.deepEqual(typesOf(texts['d.txt'], learning.recogniser), ['Canadian:NORP', 'Ottawa:PLACE']);
  });

  it('learns a boundary correction: a rejected span replaced by the names people marked inside it', () => {
    const texts = {
      'a.txt': 'Acme Corp Chief Executive Zorbel Quintar said profits rose.',
      'b.txt': 'Shares fell after Acme Corp Chief Executive Zorbel Quintar resigned.',
    };
    // A run with no given name inside, which the analyser does not read in parts. The shipped model suggests the run-together span (its type depends on the retraining; the boundary is the point).
    const shipped = typesOf(texts['b.txt']);
    assert.equal(shipped.length, 1);
    const [merged, mergedType] = (shipped[0] as string).split(':') as [string, string];
    assert.equal(merged, 'Acme Corp Chief Executive Zorbel Quintar');
    const a = texts['a.txt'];
    const store = decide(texts, [
      ['a.txt', { kind: 'rejectMention', mention: { ...at(a, 'Acme Corp Chief Executive Zorbel Quintar'), type: mergedType } }],
      ['a.txt', { kind: 'addMention', mention: { ...at(a, 'Acme Corp'), type: 'ORG' } }],
      ['a.txt', { kind: 'addMention', mention: { ...at(a, 'Zorbel Quintar'), type: 'PERSON' } }],
    ]);
    assert.deepEqual(typesOf(texts['b.txt'], learn(store, texts).recogniser), ['Acme Corp:ORG', 'Zorbel Quintar:PERSON']);
  });

  it('a rejected mention leaves most other mentions of the name suggested: a rejection alone is weak evidence against it', () => {
    const seed = fs.readFileSync(path.join(__dirname, '../../fixtures/workspace/seed-article.txt'), 'utf8');
    const shipped = analyze(seed).mentions.filter((m) => m.text === 'Russia');
    assert.equal(shipped.length, 5);
    const first = shipped[0]!;
    const moscow = analyze(seed).mentions.find((m) => m.text === 'Moscow')!;
    // As in the editor's tests: Moscow accepted, the first Russia rejected.
    const store = decide({ 's.txt': seed }, [
      ['s.txt', { kind: 'acceptMention', mention: { start: moscow.start, end: moscow.end, type: 'PLACE' } }],
      ['s.txt', { kind: 'rejectMention', mention: { start: first.start, end: first.end, type: 'PLACE' } }],
    ]);
    const taught = analyze(seed, {}, learn(store, { 's.txt': seed }).recogniser).mentions.filter((m) => m.text === 'Russia');
    assert.ok(taught.length >= 3, `${taught.length} of 5 Russia mentions still suggested`);
  });

  it('reads a taught article with what the other articles say of its names, never with its own decisions', () => {
    const texts = { 'a.txt': 'Brightwater said so.', 'b.txt': 'Brightwater agreed.' };
    const store = decide(texts, [
      ['a.txt', { kind: 'retypeMention', mention: { ...at(texts['a.txt'], 'Brightwater'), type: 'PERSON' }, type: 'ORG' }],
      ['b.txt', { kind: 'rejectMention', mention: { ...at(texts['b.txt'], 'Brightwater'), type: 'PERSON' } }],
    ]);
    const lex = WorkspaceLexicon.fromStore(store, (p) => (texts as Record<string, string>)[p]);
    assert.deepEqual(lex.features('Brightwater', 'a.txt'), ['lex:rejected']);
    assert.deepEqual(lex.features('Brightwater', 'b.txt'), ['lex:ORG']);
    assert.deepEqual(lex.features('Brightwater'), ['lex:ORG']);
    assert.deepEqual(lex.features('Nordvik'), []);
  });

  it('leaves out decisions a reset set aside, orphaned ones and ones whose text no longer reads as they say', () => {
    const texts = { 'a.txt': 'The fans of tampa bay cheered.' };
    const store = decide(texts, [['a.txt', { kind: 'addMention', mention: { ...at(texts['a.txt'], 'tampa bay'), type: 'ORG' } }]]);
    assert.equal(WorkspaceLexicon.fromStore(store, () => texts['a.txt']).size, 1);
    assert.equal(WorkspaceLexicon.fromStore(store, () => texts['a.txt'], new Set(storeFingerprints(store))).size, 0);
    assert.equal(WorkspaceLexicon.fromStore(store, () => 'The fans of tampa cay cheered.').size, 0);
    assert.equal(WorkspaceLexicon.fromStore(store, () => undefined).size, 0);
    const doc = store.documents.get('a.txt');
    const orphaned: Store = { ...store, documents: new Map([['a.txt', { ...doc!, mentions: doc!.mentions.map((m) => ({ ...m, state: 'orphaned' as const })) }]]) };
    assert.equal(WorkspaceLexicon.fromStore(orphaned, () => texts['a.txt']).size, 0);
  });
});
