import assert from 'node:assert/strict';
import path from 'node:path';
import { runEval } from '../../../src/cli/evalCommand';
import { storeFingerprints } from '../../../src/core/learn/examples';
import { learnFromRequest } from '../../../src/core/learn/session';
import { learnFromStore } from '../../../src/core/learn/taughtRecogniser';
import { analyze, createAnalyzer } from '../../../src/core/nlp/analyze';
import { applyOperation } from '../../../src/core/store/operations';
import { emptyStore, type Store } from '../../../src/core/store/types';

// The shipped recogniser does not read this company that "said" something as an organisation, here or elsewhere.
const A = 'Brightwater said on Monday it would cut 200 jobs. Brightwater told staff the plant would close.';
const B = 'Brightwater said it would close two plants in Ohio by the end of the year.';
const typesOf = (text: string, model?: Parameters<typeof analyze>[2]): string[] => analyze(text, {}, model).mentions.map((m) => `${m.text}:${m.type}`);

/** The annotator makes every Brightwater of article A an organisation: *Change Type* where suggested, else added. */
function retypedA(): Store {
  const suggested = analyze(A).mentions;
  let store = emptyStore();
  for (let i = A.indexOf('Brightwater'); i >= 0; i = A.indexOf('Brightwater', i + 1)) {
    const m = suggested.find((x) => x.start === i);
    const mention = { start: i, end: i + 'Brightwater'.length, type: m?.type ?? 'ORG' };
    store = applyOperation(store, 'a.txt', A, m ? { kind: 'retypeMention', mention, type: 'ORG' } : { kind: 'addMention', mention });
  }
  return store;
}

describe('the recogniser taught by decisions', () => {
  const analyzer = createAnalyzer();

  it('a type change in one article changes the suggestion for the same name in another', () => {
    assert.ok(!typesOf(A).includes('Brightwater:ORG'));
    assert.ok(!typesOf(B).includes('Brightwater:ORG'));
    const learning = learnFromStore(retypedA(), () => A, (t) => analyzer.candidates(t));
    assert.equal(learning.taught.examples.length, 2);
    assert.ok(typesOf(B, learning.recogniser).includes('Brightwater:ORG'));
    assert.ok(typesOf(B, learning.recogniser).includes('Ohio:PLACE'), 'other names keep their type');
    const why = analyze(B, { explain: true }, learning.recogniser).mentions.find((m) => m.text === 'Brightwater')?.why ?? [];
    assert.match(why.join('; '), /learnt from decisions \(\+/);
  });

  it('lets a name people rejected stay rejected where a rule of the analyser would have put it back', () => {
    // A capital inside a sentence is a name whatever the recogniser says (`alwaysNamesStay`); one rejected in
    // another article is left to what the decisions taught.
    // A rejection is a bounded step: against a city list and a strong context one may not be enough (`Kyiv`), so the
    // annotator rejects both of the article's mentions of the city.
    const a = 'The mayor of Tbilisi said the trams would run again. Tbilisi Trams, the operator, agreed. Riders in Tbilisi cheered.';
    const b = 'The mayor of Tbilisi said the city was calm.';
    assert.ok(typesOf(b).includes('Tbilisi:PLACE'));
    let store = emptyStore();
    for (let at = a.indexOf('Tbilisi'); at >= 0; at = a.indexOf('Tbilisi', at + 1)) {
      const suggested = analyze(a).mentions.find((m) => m.start === at && m.end === at + 'Tbilisi'.length);
      if (suggested) store = applyOperation(store, 'a.txt', a, { kind: 'rejectMention', mention: { start: at, end: suggested.end, type: suggested.type } });
    }
    const learning = learnFromStore(store, () => a, (t) => analyzer.candidates(t));
    assert.equal(learning.taught.examples.length, 2);
    assert.ok(!typesOf(b, learning.recogniser).some((m) => m.startsWith('Tbilisi:')), typesOf(b, learning.recogniser).join(', '));
  });

  it('keeps a taught type where a rule after typing would change it, in an analyser the shipped model read first', () => {
    // A country is a place to the rules after typing (`alwaysNamesStay`), unless the workspace taught otherwise; the
    // editor's analyser has already analysed the other article with the shipped model when the decision comes.
    const a = 'Japan protested the decision on Monday. Japan said it would act.';
    const b = 'Officials said Japan had protested the decision.';
    const editor = createAnalyzer();
    assert.ok(editor.analyze(b).mentions.some((m) => m.text === 'Japan' && m.type === 'PLACE'));
    let store = emptyStore();
    for (const m of analyze(a).mentions.filter((x) => x.text === 'Japan')) store = applyOperation(store, 'a.txt', a, { kind: 'retypeMention', mention: { start: m.start, end: m.end, type: m.type }, type: 'ORG' });
    const learning = learnFromStore(store, () => a, (t) => createAnalyzer().candidates(t));
    const taught = editor.analyze(b, {}, learning.recogniser).mentions.map((m) => `${m.text}:${m.type}`);
    assert.ok(taught.includes('Japan:ORG'), taught.join(', '));
  });

  it('learns nothing from decisions a reset set aside, and keeps the shipped recogniser', () => {
    const store = retypedA();
    const mentions = store.documents.get('a.txt')?.mentions ?? [];
    const taught = learnFromRequest(analyzer, { documents: [{ path: 'a.txt', text: A, mentions }], reset: [] });
    assert.equal(taught.status.examples, 2);
    assert.ok(taught.recogniser);
    assert.match(taught.status.report, /\+\d\.\d\d ORG {2}the name "brightwater"/);
    const reset = learnFromRequest(analyzer, { documents: [{ path: 'a.txt', text: A, mentions }], reset: storeFingerprints(store) });
    assert.equal(reset.status.examples, 0);
    assert.equal(reset.recogniser, undefined);
    assert.match(reset.status.report, /2 set aside by a reset/);
  });

  it('fingerprints the taught model: the same decisions give the same, another decision another, the shipped model none', () => {
    const mentions = retypedA().documents.get('a.txt')?.mentions ?? [];
    const taught = learnFromRequest(analyzer, { documents: [{ path: 'a.txt', text: A, mentions }], reset: [] }).status.model;
    assert.match(taught, /^2:[0-9a-f]{16}$/);
    // The same decisions again (the editor learns again after re-analysis moved nothing): nothing to redo.
    assert.equal(learnFromRequest(analyzer, { documents: [{ path: 'a.txt', text: A, mentions: mentions.map((m) => ({ ...m })) }], reset: [] }).status.model, taught);
    // One of the two decisions set aside teaches less, and says so.
    const one = learnFromRequest(analyzer, { documents: [{ path: 'a.txt', text: A, mentions: mentions.slice(0, 1) }], reset: [] }).status.model;
    assert.notEqual(one, taught);
    assert.equal(learnFromRequest(analyzer, { documents: [], reset: [] }).status.model, '');
  });

  it('learns with the settings it is given to choose between (a measurement tries other ones)', () => {
    const context = { name: 'every feature', context: 1, margin: 2, maxStep: 1, maxWeight: 3 };
    const forced = learnFromStore(retypedA(), () => A, (t) => analyzer.candidates(t), undefined, undefined, undefined, [context]);
    assert.equal(forced.choice.setting, context);
    assert.ok([...forced.model.delta.keys()].includes('next=said'), 'the context learnt');
    const shipped = learnFromStore(retypedA(), () => A, (t) => analyzer.candidates(t));
    assert.equal(shipped.choice.setting.name, 'names only');
    assert.ok(![...shipped.model.delta.keys()].includes('next=said'), 'only the name learnt');
  });

  it('a hostile request teaches nothing and does not throw', () => {
    const hostile = JSON.parse('{"documents": [{"path": "__proto__", "text": 7, "mentions": {}}, {"path": "x", "text": "Brightwater said so.", "mentions": [{"start": -5, "end": 900, "exact": "Brightwater", "prefix": "", "suffix": "", "status": "accepted", "origin": "auto", "type": "ORG"}]}], "reset": []}') as Parameters<typeof learnFromRequest>[1];
    const r = learnFromRequest(analyzer, hostile);
    assert.equal(r.status.examples, 0);
    assert.equal(r.recogniser, undefined);
  });

  it('eval --teach plays the annotator on the first articles and scores the rest before and after', async () => {
    const lines: string[] = [];
    const code = await runEval([path.join(__dirname, '../../fixtures/learn'), '--teach', '1'], (l) => lines.push(l));
    assert.equal(code, 0, lines.join('\n'));
    const last = JSON.parse(lines[lines.length - 1] as string) as { taught: number; scored: number; before: { entity: { f1: number }; docs: number }; after: { entity: { f1: number }; quotes: unknown } };
    assert.equal(last.taught, 1);
    assert.equal(last.scored, 1);
    assert.equal(last.before.docs, 1);
    assert.ok(last.after.entity.f1 > last.before.entity.f1, `${last.before.entity.f1} → ${last.after.entity.f1}`);
    assert.ok(last.after.quotes);
  });

  it('eval --teach refuses what it cannot do with a one-line error', async () => {
    const lines: string[] = [];
    assert.equal(await runEval(['x', '--teach', 'some'], (l) => lines.push(l)), 2);
    assert.equal(await runEval(['/nonexistent-gold', '--teach', '1'], (l) => lines.push(l)), 1);
    assert.match(lines.join('\n'), /--teach takes a number[^\n]*\n.*not a folder/);
  });
});
