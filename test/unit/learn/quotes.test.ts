import assert from 'node:assert/strict';
import { storeFingerprints } from '../../../src/core/learn/examples';
import { quoteExamples } from '../../../src/core/learn/quotes';
import { learnFromRequest } from '../../../src/core/learn/session';
import { analyze, createAnalyzer, type QuoteChoice } from '../../../src/core/nlp/analyze';
import { ATTRIBUTION_TEACHING, ATTRIBUTION_WEIGHTS, chooseAttribution, teachAttribution, type AttributionReason, type Candidate } from '../../../src/core/nlp/quotes/choice';
import { applyOperation } from '../../../src/core/store/operations';
import { emptyStore, type Store } from '../../../src/core/store/types';

// The analyser proposes two speakers for the second quote: the clause after it (Henrik Aas) and, for a quote
// opening its paragraph, the previous quote's speaker (Solberg); the clause after it wins.
const A = '"We had to act," Solberg said.\n"The guidance cut is bigger than anyone expected," said Henrik Aas, an analyst.\n';
const B = '"Prices will fall," Larsen said.\n"Nobody saw this coming," said Ola Berg, a trader.\n';

const candidate = (reason: AttributionReason, at: number): Candidate => ({ reason, attribution: { speaker: { start: at, end: at + 1, kind: 'name' }, cue: null } });

describe('quote decisions teach the choice of speaker and cue', () => {
  const analyzer = createAnalyzer();
  const chosenNow = (c: QuoteChoice): number => c.candidates.indexOf(chooseAttribution(c.candidates) as Candidate);

  it('the analyser proposes both speakers and chooses the clause after the quote', () => {
    const second = analyzer.quoteChoices(A).find((c) => c.candidates.length > 1);
    assert.ok(second);
    assert.deepEqual(second.candidates.map((c) => c.reason), ['clauseAfter', 'previousParagraph']);
    assert.equal(analyze(A).quotes[1]?.speaker?.text, 'Henrik Aas');
  });

  it('makes a speaker correction an example: the attribution that gives the chosen speaker is right, the others wrong', () => {
    const q = analyze(A).quotes[1];
    assert.ok(q);
    let store: Store = emptyStore();
    const solberg = A.indexOf('Solberg');
    store = applyOperation(store, 'a.txt', A, { kind: 'setQuoteSpeaker', quote: { start: q.start, end: q.end }, speaker: { start: solberg, end: solberg + 'Solberg'.length } });
    store = applyOperation(store, 'a.txt', A, { kind: 'acceptQuote', quote: { start: analyze(A).quotes[0]!.start, end: analyze(A).quotes[0]!.end } });
    const r = quoteExamples(store, () => A, (t) => analyzer.quoteChoices(t), chosenNow);
    assert.deepEqual(r.examples, [{ right: ['previousParagraph'], wrong: ['clauseAfter'] }]);
    assert.equal(r.skipped.noChoice, 1, 'the first quote had one speaker proposed');
    const reset = quoteExamples(store, () => A, (t) => analyzer.quoteChoices(t), chosenNow, new Set(storeFingerprints(store)));
    assert.equal(reset.examples.length, 0);
    assert.equal(reset.skipped.unanchored, 2);
  });

  it('moves the weights towards the decisions, bounded however many there are, and averaged', () => {
    const many = Array.from({ length: 1000 }, () => ({ right: ['previousParagraph' as const], wrong: ['clauseAfter' as const] }));
    const w = teachAttribution(many);
    assert.ok(w.previousParagraph > ATTRIBUTION_WEIGHTS.previousParagraph);
    assert.ok(w.clauseAfter < ATTRIBUTION_WEIGHTS.clauseAfter);
    for (const k of Object.keys(w) as AttributionReason[]) assert.ok(Math.abs(w[k] - ATTRIBUTION_WEIGHTS[k]) <= ATTRIBUTION_TEACHING.maxChange + 1e-9, k);
    // Two reasons six tenths apart cannot swap: a workspace's decisions refine the order, never overturn it.
    assert.equal(chooseAttribution([candidate('clauseAfter', 0), candidate('previousParagraph', 5)], w)?.reason, 'clauseAfter');
    assert.deepEqual(teachAttribution(many), w, 'deterministic');
  });

  it('swaps two neighbouring reasons when the decisions consistently say so, and learns nothing it already agrees with', () => {
    const swap = Array.from({ length: 20 }, () => ({ right: ['sameSentenceQuote' as const], wrong: ['cueEarlierInSentence' as const] }));
    const w = teachAttribution(swap);
    assert.equal(chooseAttribution([candidate('cueEarlierInSentence', 0), candidate('sameSentenceQuote', 5)], w)?.reason, 'sameSentenceQuote');
    assert.deepEqual(teachAttribution([{ right: ['cueBeforeAdjacent'], wrong: ['previousParagraph'] }]), { ...ATTRIBUTION_WEIGHTS });
    assert.deepEqual(teachAttribution([{ right: ['clauseAfter'], wrong: ['clauseAfter'] }]), { ...ATTRIBUTION_WEIGHTS }, 'a reason both right and wrong teaches nothing');
  });

  it('a taught workspace analyses with the moved weights; a hostile quote decision teaches nothing', () => {
    const q = analyze(A).quotes[1]!;
    const solberg = A.indexOf('Solberg');
    const store = applyOperation(emptyStore(), 'a.txt', A, { kind: 'setQuoteSpeaker', quote: { start: q.start, end: q.end }, speaker: { start: solberg, end: solberg + 7 } });
    const quotes = store.documents.get('a.txt')!.quotes;
    const taught = learnFromRequest(analyzer, { documents: [{ path: 'a.txt', text: A, mentions: [], quotes }], reset: [] });
    assert.equal(taught.status.examples, 1);
    assert.match(taught.status.report, /^Learnt from 1 decision: 0 PERSON, 0 ORG, 0 PLACE, 0 rejected, 1 quote\./);
    assert.match(taught.status.report, /Quotes: the choice of speaker and cue learnt from 1 decision/);
    assert.ok((taught.recogniser?.attribution?.previousParagraph ?? 0) > ATTRIBUTION_WEIGHTS.previousParagraph);
    // One decision refines the order; the other article keeps the speaker of its own reporting clause.
    assert.equal(analyze(B, {}, taught.recogniser).quotes[1]?.speaker?.text, 'Ola Berg');
    const hostile = JSON.parse(`{"documents": [{"path": "a.txt", "text": ${JSON.stringify(A)}, "mentions": [], "quotes": [7, null, {"start": ${q.start}, "end": ${q.end}, "exact": ${JSON.stringify(q.text)}, "status": "accepted", "origin": "auto", "speaker": {"start": "x"}}]}], "reset": []}`) as Parameters<typeof learnFromRequest>[1];
    const r = learnFromRequest(analyzer, hostile);
    assert.equal(r.status.examples, 0);
    assert.equal(r.recogniser, undefined);
  });
});
