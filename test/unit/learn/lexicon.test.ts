import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { storeFingerprints } from '../../../src/core/learn/examples';
import { WorkspaceLexicon } from '../../../src/core/learn/lexicon';
import { learnFromRequest } from '../../../src/core/learn/session';
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

// Organisations written before a person's name with no office between them (captions, lists, run-together lines).
// How the shipped model reads each such run depends on the retraining; what the lexicon does with it is the point.
const ORGS = ['Acme Corp', 'Acme Group', 'Acme Holdings', 'Acme Ltd', 'Acme Inc', 'Acme'];

/** A run of an organisation and a name no list knows that the shipped model suggests whole, as one (wrong) name. */
function mergedRun(): string {
  for (const org of ORGS) {
    const run = `${org} Zorbel Quintar`;
    const found = analyze(`Shares fell after ${run} resigned.`).mentions;
    if (found.length === 1 && found[0]?.text === run) return run;
  }
  return assert.fail('the shipped model suggests none of the runs whole');
}

/** An organisation whose run with a given name (`Acme Group Jane Roe`) the shipped model reads in parts, keeping only the person. */
function orgReadInParts(): { org: string; text: string } {
  for (const org of ORGS) {
    const text = `Shares fell after ${org} Jane Roe said she would resign.`;
    if (typesOf(text).join() === 'Jane Roe:PERSON') return { org, text };
  }
  return assert.fail('the shipped model reads none of the runs in parts');
}

/** An organisation whose run with a name no list knows the shipped model types no name as a whole (in a sentence or a caption). */
function orgInUnnamedRun(): { org: string; text: string } {
  for (const org of ORGS) {
    for (const text of [`${org} Zorbel Quintar said profits rose.`, `Photo: ${org} Zorbel Quintar`]) if (typesOf(text).length === 0) return { org, text };
  }
  return assert.fail('the shipped model types none of the runs no name');
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
    // A run with no given name inside, which the analyser does not read in parts, and suggests whole.
    const run = mergedRun();
    const texts = { 'a.txt': `${run} said profits rose.`, 'b.txt': `Shares fell after ${run} resigned.` };
    const [, mergedType] = (typesOf(texts['b.txt'])[0] as string).split(':') as [string, string];
    const a = texts['a.txt'];
    const org = run.slice(0, run.indexOf(' Zorbel'));
    const store = decide(texts, [
      ['a.txt', { kind: 'rejectMention', mention: { ...at(a, run), type: mergedType } }],
      ['a.txt', { kind: 'addMention', mention: { ...at(a, org), type: 'ORG' } }],
      ['a.txt', { kind: 'addMention', mention: { ...at(a, 'Zorbel Quintar'), type: 'PERSON' } }],
    ]);
    assert.deepEqual(typesOf(texts['b.txt'], learn(store, texts).recogniser), [`${org}:ORG`, 'Zorbel Quintar:PERSON']);
  });

  it('proposes a name people added inside a run the analyser typed no name, where the run recurs', () => {
    // A run with a given name inside, read in parts: the analyser keeps `Jane Roe` and types the rest no name.
    const parts = orgReadInParts();
    const a = `${parts.org} Chief Executive John Smith said profits rose.`;
    // The annotator adds the company in article A and rejects nothing.
    const texts = { 'a.txt': a, 'b.txt': parts.text };
    const learning = learn(decide(texts, [['a.txt', { kind: 'addMention', mention: { ...at(a, parts.org), type: 'ORG' } }]]), texts);
    assert.deepEqual(typesOf(parts.text, learning.recogniser), [`${parts.org}:ORG`, 'Jane Roe:PERSON']);
    // A run without one, typed no name as a whole.
    const unnamed = orgInUnnamedRun();
    const c = `${unnamed.org} Chief Executive John Smith said profits rose.`;
    const more = { 'a.txt': c, 'c.txt': unnamed.text };
    const taught = learn(decide(more, [['a.txt', { kind: 'addMention', mention: { ...at(c, unnamed.org), type: 'ORG' } }]]), more);
    assert.deepEqual(typesOf(unnamed.text, taught.recogniser), [`${unnamed.org}:ORG`]);
  });

  it('the editor worker suggests it too: learnt from the request, the cached analyser re-analysing the open article', () => {
    const worker = createAnalyzer();
    const { org, text: b } = orgReadInParts();
    const a = `${org} Chief Executive John Smith said profits rose.`;
    const shown = (model?: Parameters<typeof analyze>[2]): string[] => worker.analyze(b, { path: 'b.txt' }, model).mentions.map((m) => `${m.text}:${m.type}`);
    // As in the editor: the article was analysed (and its paragraphs cached) before the decision.
    assert.deepEqual(shown(), ['Jane Roe:PERSON']);
    const mentions = decide({ 'a.txt': a }, [['a.txt', { kind: 'addMention', mention: { ...at(a, org), type: 'ORG' } }]]).documents.get('a.txt')!.mentions;
    const { recogniser } = learnFromRequest(worker, { documents: [{ path: 'a.txt', text: a, mentions }], reset: [] });
    assert.deepEqual(shown(recogniser), [`${org}:ORG`, 'Jane Roe:PERSON']);
  });

  it('a type change carries to the name where it lies inside a run the analyser typed no name', () => {
    const texts = {
      'a.txt': 'Calvin Klein said sales rose.',
      'b.txt': 'Calvin Klein Chief Executive Steve Shiffman said sales rose.',
    };
    assert.deepEqual(typesOf(texts['a.txt']), ['Calvin Klein:PERSON']);
    assert.deepEqual(typesOf(texts['b.txt']), ['Steve Shiffman:PERSON']);
    const store = decide(texts, [['a.txt', { kind: 'retypeMention', mention: { ...at(texts['a.txt'], 'Calvin Klein'), type: 'PERSON' }, type: 'ORG' }]]);
    const learning = learn(store, texts);
    assert.deepEqual(typesOf(texts['b.txt'], learning.recogniser), ['Calvin Klein:ORG', 'Steve Shiffman:PERSON']);
  });

  it('reads a name added with its possessive as the name (a double click on `bay’s` takes the `’s` along)', () => {
    const texts = {
      'a.txt': 'Fans of tampa bay’s team cheered as it won at home.',
      'b.txt': 'Tickets for tampa bay games sold out within an hour.',
    };
    const store = decide(texts, [['a.txt', { kind: 'addMention', mention: { ...at(texts['a.txt'], 'tampa bay’s'), type: 'ORG' } }]]);
    const learning = learn(store, texts);
    assert.deepEqual(learning.lexicon.entries().map(([s]) => s), ['tampa bay']);
    assert.deepEqual(learning.taught.examples.map((e) => `${e.text}:${e.label}`), ['tampa bay:ORG'], 'it teaches through the name in its own article');
    assert.deepEqual(typesOf(texts['b.txt'], learning.recogniser), ['tampa bay:ORG']);
  });

  it('reads a name added over a line end (wrapped text) as written on one line', () => {
    const { org, text } = orgReadInParts();
    // The organisation's name broken over two lines where its words meet (`Acme\nGroup`).
    const wrapped = org.includes(' ') ? org.replace(' ', '\n') : org;
    const texts = { 'a.txt': `Profits at ${wrapped} rose sharply, the company said.`, 'b.txt': text };
    const store = decide(texts, [['a.txt', { kind: 'addMention', mention: { ...at(texts['a.txt'], wrapped), type: 'ORG' } }]]);
    const learning = learn(store, texts);
    assert.deepEqual(learning.lexicon.entries().map(([s]) => s), [org]);
    assert.deepEqual(typesOf(texts['b.txt'], learning.recogniser), [`${org}:ORG`, 'Jane Roe:PERSON']);
  });

  it('reads a name written in capitals (a headline) as the form people marked, but never the reverse', () => {
    const texts = {
      'a.txt': 'The fans of green bay cheered as the team won at home. US officials watched.',
      'b.txt': 'GREEN BAY FANS CHEER\nTickets sold out within an hour.',
      'c.txt': 'They told us the fans of Green Bay cheered.',
    };
    assert.deepEqual(typesOf(texts['b.txt']), []);
    const a = texts['a.txt'];
    const store = decide(texts, [
      ['a.txt', { kind: 'addMention', mention: { ...at(a, 'green bay'), type: 'ORG' } }],
      ['a.txt', { kind: 'addMention', mention: { ...at(a, 'US'), type: 'PLACE' } }],
    ]);
    const learning = learn(store, texts);
    assert.deepEqual(typesOf(texts['b.txt'], learning.recogniser), ['GREEN BAY:ORG']);
    // Lower case is evidence of its own: the `us` of c is not the `US` people marked.
    assert.ok(!typesOf(texts['c.txt'], learning.recogniser).some((t) => t.startsWith('us:')));
  });

  it('never cuts a longer name the analyser keeps around a name people marked', () => {
    const texts = {
      'a.txt': 'Bush said the war was over. Acme said profits rose.',
      'e.txt': 'Acme Corp Chief Executive John Smith said profits rose.',
      'b.txt': 'President George W. Bush said the war was over.',
      'c.txt': 'Acme Corp said profits rose.',
      // A run the analyser suggests whole (the boundary correction above is what cuts it: a rejection).
      'd.txt': `Shares fell after ${mergedRun()} resigned.`,
    };
    const a = texts['a.txt'];
    const kept = { b: typesOf(texts['b.txt']), c: typesOf(texts['c.txt']), d: typesOf(texts['d.txt']) };
    assert.deepEqual(kept.b, ['George W. Bush:PERSON']);
    assert.deepEqual(kept.c, ['Acme Corp:ORG']);
    assert.equal(kept.d.length, 1);
    assert.ok((kept.d[0] as string).startsWith(`${mergedRun()}:`));
    const store = decide(texts, [
      ['a.txt', { kind: 'acceptMention', mention: { ...at(a, 'Bush'), type: 'PERSON' } }],
      ['a.txt', { kind: 'addMention', mention: { ...at(a, 'Acme'), type: 'ORG' } }],
      ['e.txt', { kind: 'addMention', mention: { ...at(texts['e.txt'], 'Acme Corp'), type: 'ORG' } }],
    ]);
    const learning = learn(store, texts);
    assert.deepEqual(typesOf(texts['b.txt'], learning.recogniser), kept.b);
    assert.deepEqual(typesOf(texts['c.txt'], learning.recogniser), kept.c);
    // The run stays whole; its type is the taught recogniser's to weigh (a word of it was taught an organisation).
    const learnt = typesOf(texts['d.txt'], learning.recogniser);
    assert.equal(learnt.length, 1);
    assert.ok((learnt[0] as string).startsWith(`${mergedRun()}:`));
  });

  it('a name people marked gives way inside a longer name a rule after typing keeps', () => {
    const texts = {
      'a.txt': 'Children in Australia are short of iodine, the study found.',
      'b.txt': 'The results were published in the Medical Journal of Australia this week.',
    };
    const kept = typesOf(texts['b.txt']);
    assert.deepEqual(kept, ['Medical Journal of Australia:ORG']);
    const store = decide(texts, [['a.txt', { kind: 'acceptMention', mention: { ...at(texts['a.txt'], 'Australia'), type: 'PLACE' } }]]);
    const learning = learn(store, texts);
    assert.deepEqual(learning.lexicon.entries().map(([s]) => s), ['Australia']);
    assert.deepEqual(typesOf(texts['b.txt'], learning.recogniser), kept);
  });

  it('a name proposed beside a longer candidate reads the article but does not count among its mentions (it may not stand)', () => {
    const a = 'Mr Washington said he was innocent.';
    const b = 'Washington spoke on Monday. Buses leave from the Port Authority George Washington Bus Station.';
    const store = decide({ 'a.txt': a }, [['a.txt', { kind: 'addMention', mention: { ...at(a, 'Washington'), type: 'PERSON' } }]]);
    const { proposer } = learn(store, { 'a.txt': a }).recogniser;
    const taught = analyzer.candidates(b, proposer);
    assert.ok(taught.some((c) => c.source.yields && c.text === 'Washington'), 'proposed inside the run');
    // What the article says of its other names is what it said without the proposal.
    const doc = (cs: typeof taught): string[][] => cs.filter((c) => !c.source.yields).map((c) => c.doc);
    assert.deepEqual(doc(taught), doc(analyzer.candidates(b)));
  });

  it('does not propose a text the workspace rejected at least as often as it marked it', () => {
    // A run whose organisation the shipped model does not suggest by itself, so that only the lexicon proposes it.
    const { org, text } = orgReadInParts();
    const texts = {
      'a.txt': `${org} Chief Executive John Smith said profits rose. The fans of tampa bay cheered.`,
      // Suggested here once the lexicon proposes them, and rejected.
      'r.txt': `${org} said profits rose. ${org} shares fell. Tickets for tampa bay games sold out, and tampa bay fans left.`,
      'b.txt': `${text} Fans of tampa bay waited.`,
    };
    const a = texts['a.txt'];
    const r = texts['r.txt'];
    const added = decide(texts, [
      ['a.txt', { kind: 'addMention', mention: { ...at(a, org), type: 'ORG' } }],
      ['a.txt', { kind: 'addMention', mention: { ...at(a, 'tampa bay'), type: 'ORG' } }],
    ]);
    const suggested = typesOf(r, learn(added, texts).recogniser);
    assert.deepEqual(suggested, [`${org}:ORG`, `${org}:ORG`, 'tampa bay:ORG', 'tampa bay:ORG']);
    let store = added;
    for (const [s, from] of [[org, 0], [org, 5], ['tampa bay', 0], ['tampa bay', r.indexOf('and tampa')]] as const) {
      store = applyOperation(store, 'r.txt', r, { kind: 'rejectMention', mention: { ...at(r, s, from), type: 'ORG' } });
    }
    const learning = learn(store, texts);
    assert.deepEqual(typesOf(texts['b.txt'], learning.recogniser), ['Jane Roe:PERSON']);
    // Not left to the learnt weights of `lex:rejected`: the lexicon no longer proposes them at all.
    const proposed = analyzer.candidates(texts['b.txt'], learning.recogniser.proposer).filter((c) => c.features.includes('lex:new'));
    assert.deepEqual(proposed.map((c) => c.text), []);
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
