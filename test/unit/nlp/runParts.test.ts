import { strict as assert } from 'node:assert';
import { documentCandidates, nameKeys, partView, resolveEntities, type PlacedCandidates } from '../../../src/core/nlp/entities';
import { LABELS, Perceptron } from '../../../src/core/nlp/perceptron';
import { findNames, type Candidate } from '../../../src/core/nlp/names';
import { settleOverlaps, settleSegments, type Typed } from '../../../src/core/nlp/overlaps';
import { tokenize } from '../../../src/core/nlp/tokens';
import { mentionsOf } from './helpers';

const RUNS = { min: 3, max: 8, longest: 3 };
const candidates = (text: string, runs: typeof RUNS | null = RUNS): Candidate[] => findNames(text, tokenize(text), { tagger: null, runs }).candidates;
const parts = (text: string, runs: typeof RUNS | null = RUNS): string[] => candidates(text, runs).filter((c) => c.part).map((c) => c.text);

// Names run together in one run of capitals (a signature's lines joined by spaces) are offered as parts of the
// run; the classifier weighs them and the run is read as one name or several. Invented names.
describe('nlp: runs of capitalised words in parts', () => {
  it('offers every part of a run of three words or more that opens and ends on a capitalised word', () => {
    assert.deepEqual(parts('Regards to all. Orla Penrith Tomas Vekker'), ['Orla', 'Orla Penrith', 'Orla Penrith Tomas', 'Penrith', 'Penrith Tomas', 'Penrith Tomas Vekker', 'Tomas', 'Tomas Vekker', 'Vekker']);
    // Never at a connector, nor inside a hyphenated word.
    assert.deepEqual(parts('He joined the Bureau of Orvin Trade last year.'), ['Bureau', 'Bureau of Orvin', 'Orvin', 'Orvin Trade', 'Trade']);
    assert.deepEqual(parts('We met Park Min-woo Kessel yesterday.'), ['Park', 'Park Min-woo', 'Min-woo', 'Min-woo Kessel', 'Kessel']);
  });

  it('leaves runs of two words, and paragraphs without a long run, as they were', () => {
    assert.deepEqual(parts('Orla Penrith wrote to Tomas Vekker.'), []);
    assert.equal(candidates('Orla Penrith wrote to Tomas Vekker.').length, candidates('Orla Penrith wrote to Tomas Vekker.', null).length);
    assert.deepEqual(parts('Regards to all. Orla Penrith Tomas Vekker', null), []);
  });

  it('bounds the parts inside a long run, and skips runs beyond the longest', () => {
    const text = 'Attendees: Ann Bell Cy Dahl Eve Finn Gus Hale';
    const inside = candidates(text).filter((c) => c.part && c.features.includes('run:inside'));
    assert.ok(inside.length > 0);
    assert.ok(inside.every((c) => c.words <= 3), inside.map((c) => c.text).join(' | '));
    assert.deepEqual(parts(text, { min: 3, max: 6, longest: 3 }), []);
  });

  it('says where a part sits in its run and what follows it', () => {
    const cands = candidates('Thanks again. Marit Dunlow Sarah Graves');
    const run = cands.find((c) => c.text === 'Marit Dunlow Sarah Graves') as Candidate;
    assert.ok(run.features.includes('run:len=4') && run.features.includes('run:inner-given=1'), run.features.join(' '));
    const first = cands.find((c) => c.text === 'Marit Dunlow') as Candidate;
    assert.ok(first.part && first.features.includes('src=part') && first.features.includes('run:open') && first.features.includes('run:open:g=11'), first.features.join(' '));
    const second = cands.find((c) => c.text === 'Sarah Graves') as Candidate;
    assert.ok(second.features.includes('run:end') && second.features.includes('run:after-pair'), second.features.join(' '));
  });

  it('in edited text, only runs with a given name inside them are offered in parts', () => {
    const gated = { ...RUNS, gate: true };
    assert.deepEqual(parts('He joined the Bureau of Orvin Trade last year.', gated), []);
    assert.ok(parts('Thanks again. Marit Dunlow Sarah Graves', gated).includes('Sarah Graves'));
    // Text not written as edited text (a lower-case i) has all its runs offered.
    assert.ok(parts('i joined the Bureau of Orvin Trade last year.', gated).includes('Orvin Trade'));
  });

  it('a part reads the article but does not count as one of its mentions', () => {
    const paras = ['Shares of Orvin Merrow Lynton rose.', 'Merrow Lynton said nothing.'];
    let offset = 0;
    const placed = paras.map((p) => {
      const names = findNames(p, tokenize(p), { tagger: null, runs: RUNS });
      const at = offset;
      offset += p.length + 2;
      return { offset: at, candidates: names.candidates, lowerWords: names.lowerWords, keys: nameKeys(names.candidates) };
    });
    const items = documentCandidates(placed);
    const part = items.find((c) => c.text === 'Merrow Lynton' && c.source.part);
    const whole = items.find((c) => c.text === 'Merrow Lynton' && !c.source.part);
    assert.ok(part && whole);
    // The part sees the other mention; the other mention does not see the part.
    assert.ok(part.doc.includes('d:repeated'), part.doc.join(' '));
    assert.ok(!whole.doc.includes('d:repeated'), whole.doc.join(' '));
  });
});

describe('nlp: a run read as one name or several', () => {
  const text = 'Thanks again. Marit Dunlow Sarah Graves';
  const placed = (): PlacedCandidates[] => {
    const names = findNames(text, tokenize(text), { tagger: null, runs: RUNS });
    return [{ offset: 0, candidates: names.candidates, lowerWords: names.lowerWords, keys: nameKeys(names.candidates) }];
  };
  const row = (o: Partial<Record<string, number>>): number[] => LABELS.map((l) => o[l] ?? 0);
  // Hand-set weights: the whole run and `Sarah Graves` read as people; a part read as a person in a run read as a
  // person is a name when it ends the run.
  const model = new Perceptron({
    labels: [...LABELS],
    features: {
      bias: row({ O: 1 }), 'w=sarah graves': row({ PERSON: 5 }), 'run:len=4': row({ PERSON: 4 }),
      'part|bias': row({ O: 1 }), 'part|end:base=PERSON:5|run=PERSON:5': row({ PERSON: 3 }),
    },
  });

  it('weighs a part by where it sits and by what the recogniser makes of it and of its run', () => {
    const items = documentCandidates(placed());
    const part = items.find((c) => c.text === 'Sarah Graves') as (typeof items)[number];
    const view = partView(part, model);
    assert.ok(view.every((f) => f.startsWith('part|')), view.join(' '));
    assert.ok(view.includes('part|run:end') && view.includes('part|base=PERSON:5') && view.includes('part|run=PERSON:5') && view.includes('part|end:base=PERSON:5|run=PERSON:5'), view.join(' '));
  });

  it('a part typed as a name makes its run give way', () => {
    const typed = (partsWin: boolean): string[] => resolveEntities(placed(), { model, partsWin }).mentions.map((m) => `${m.text}:${m.type}`);
    assert.deepEqual(typed(true), ['Sarah Graves:PERSON']);
    assert.deepEqual(typed(false), ['Marit Dunlow Sarah Graves:PERSON']);
  });
});

describe('nlp: settling overlapping names by segmentation', () => {
  const span = (start: number, end: number, w: number): Typed & { w: number } => ({ start, end, type: 'PERSON', w });
  const kept = (items: Array<Typed & { w: number }>): string[] => items.filter((x) => x.type).map((x) => `${x.start}-${x.end}`);

  it('keeps the parts whose margins together outweigh the whole run', () => {
    const items = [span(0, 20, 5), span(0, 10, 3), span(11, 20, 3.5), span(5, 15, 2)];
    settleSegments(items, (x) => x.w, 0);
    assert.deepEqual(kept(items), ['0-10', '11-20']);
    // The surest-first settling keeps the whole run.
    const greedy = [span(0, 20, 5), span(0, 10, 3), span(11, 20, 3.5), span(5, 15, 2)];
    settleOverlaps(greedy, (x) => x.w);
    assert.deepEqual(kept(greedy), ['0-20']);
  });

  it('a penalty for each further name keeps the run whole unless its parts are clearly surer', () => {
    const items = [span(0, 20, 5), span(0, 10, 3), span(11, 20, 3.5)];
    settleSegments(items, (x) => x.w, 2);
    assert.deepEqual(kept(items), ['0-20']);
    const sure = [span(0, 20, 5), span(0, 10, 4), span(11, 20, 4.5)];
    settleSegments(sure, (x) => x.w, 2);
    assert.deepEqual(kept(sure), ['0-10', '11-20']);
  });

  it('when no span is worth the penalty the surest stands, and a hand rule always does', () => {
    const items = [span(0, 20, 0.5), span(0, 10, 0.8)];
    settleSegments(items, (x) => x.w, 2);
    assert.deepEqual(kept(items), ['0-10']);
    const ruled = [span(0, 20, 9), span(0, 10, Infinity), span(11, 20, 1)];
    settleSegments(ruled, (x) => x.w, 0);
    assert.deepEqual(kept(ruled), ['0-10', '11-20']);
  });
});

// The trained model decides; these are the constructions it must get right (able to fail on a retraining).
describe('nlp: runs of names as analysed', () => {
  it('keeps long names of ordinary news whole', () => {
    assert.ok(mentionsOf('The Department of Housing and Urban Development said on Monday that rents rose.').includes('Department of Housing and Urban Development:ORG'));
    assert.ok(mentionsOf('Analysts at Bank of America Merrill Lynch cut their forecast.').includes('Bank of America Merrill Lynch:ORG'));
    assert.ok(mentionsOf('Shares of Check Point Software Technologies rose 4 percent on Tuesday.').includes('Check Point Software Technologies:ORG'));
  });
});
