import { strict as assert } from 'node:assert';
import { analyze } from '../../../src/core/nlp/analyze';
import { findNames } from '../../../src/core/nlp/names';
import { settleOverlaps, type Typed } from '../../../src/core/nlp/overlaps';
import { TAGS, Tagger, allowed, ruleTagsOf, spansOf, wellCased } from '../../../src/core/nlp/tagger';
import { tokenize } from '../../../src/core/nlp/tokens';

const tag = (t: string): number => TAGS.indexOf(t as (typeof TAGS)[number]);

// Tiny invented paragraphs: the word after `mr` is a person, the word after `in` a place.
const TRAIN: Array<[string[][], number[]]> = [
  [[['c=l0e', 'w=mr'], ['c=C0e', 'w=ovar', 'after=mr'], ['c=l0e', 'w=went']], [0, tag('B-PERSON'), 0]],
  [[['c=l0e', 'w=in'], ['c=C0e', 'w=pelk', 'after=in'], ['c=C0e', 'w=city']], [0, tag('B-PLACE'), tag('I-PLACE')]],
  [[['c=l0e', 'w=mr'], ['c=C0e', 'w=dunn', 'after=mr'], ['c=l0e', 'w=said']], [0, tag('B-PERSON'), 0]],
];

function fit(epochs = 10): Tagger {
  const t = new Tagger();
  for (let e = 0; e < epochs; e++) for (const [f, g] of TRAIN) t.update(f, g);
  return t;
}

describe('nlp: span tagger (BIO)', () => {
  it('repairs BIO: an I- that continues nothing opens a name, a change of type starts another', () => {
    const spans = spansOf([tag('I-ORG'), tag('I-ORG'), 0, tag('B-PERSON'), tag('I-PLACE'), tag('I-PLACE'), tag('B-PLACE'), tag('I-PLACE')]);
    assert.deepEqual(spans, [{ a: 0, b: 2, type: 'ORG' }, { a: 3, b: 4, type: 'PERSON' }, { a: 4, b: 6, type: 'PLACE' }, { a: 6, b: 8, type: 'PLACE' }]);
  });

  it('decodes only well-formed sequences: I-X only after B-X or I-X', () => {
    assert.ok(allowed(tag('B-ORG'), tag('I-ORG')));
    assert.ok(allowed(tag('I-ORG'), tag('I-ORG')));
    assert.ok(!allowed(tag('O'), tag('I-ORG')));
    assert.ok(!allowed(tag('B-PERSON'), tag('I-ORG')));
    assert.ok(allowed(tag('O'), tag('B-ORG')));
  });

  it('learns the invented examples and tags them', () => {
    const t = new Tagger(fit().averaged());
    for (const [f, g] of TRAIN) assert.deepEqual(t.tag(f), g);
  });

  it('trains deterministically: the same examples give identical weights, and the table round-trips', () => {
    assert.equal(JSON.stringify(fit().averaged()), JSON.stringify(fit().averaged()));
    const table = fit().averaged(3, 0.05);
    assert.deepEqual(new Tagger(table).averaged(3, 0.05), table);
  });

  it('marks the rules’ spans per token', () => {
    const text = 'Then Anna Berg met Tom.';
    const tokens = tokenize(text);
    assert.deepEqual(ruleTagsOf(tokens, [{ start: 5, end: 14 }, { start: 19, end: 22 }]), ['O', 'B', 'I', 'O', 'B']);
  });

  it('tells edited text from text written without capitals', () => {
    const edited = (p: string): boolean => wellCased(p, tokenize(p));
    assert.ok(edited('The board met in Tampa Bay. It agreed.'));
    assert.ok(!edited('i went to tampa bay. it was fun.'));
    assert.ok(!edited('We went to tampa bay. it was fun.'));
    assert.ok(!edited('went to tampa bay with Mary'));
  });

  it('reads quotations, attributions after a question, abbreviations and initials as edited text', () => {
    const edited = (p: string): boolean => wellCased(p, tokenize(p));
    assert.ok(edited('The team was honoured for "courageous achievement" in Rome.'));
    assert.ok(edited('"Are you sure?" he asked. "Yes," she said.'));
    assert.ok(edited('Officials from the U.S. embassy met Steven F. buyers, e.g. traders, in Kabul.'));
    assert.ok(edited('They wanted one thing: peace. Then they left.'));
  });
});

describe('nlp: overlapping candidates', () => {
  it('keeps the surest of overlapping spans, then the longer, and clears the others', () => {
    const items: Array<Typed & { w: number }> = [
      { start: 0, end: 5, type: 'PLACE', w: 1 },
      { start: 0, end: 9, type: 'ORG', w: 3 },
      { start: 6, end: 9, type: 'PLACE', w: 2 },
      { start: 12, end: 15, type: 'PERSON', w: 0.5 },
      { start: 12, end: 20, type: null, w: 9 },
      { start: 21, end: 25, type: 'ORG', w: 1 },
      { start: 21, end: 28, type: 'ORG', w: 1 },
    ];
    settleOverlaps(items, (it) => it.w);
    assert.deepEqual(items.map((it) => it.type), [null, 'ORG', null, 'PERSON', null, null, 'ORG']);
  });

  it('leaves spans that do not overlap alone', () => {
    const items: Typed[] = [{ start: 0, end: 3, type: 'ORG' }, { start: 3, end: 6, type: 'PLACE' }];
    settleOverlaps(items, () => { throw new Error('no weighing needed'); });
    assert.deepEqual(items.map((it) => it.type), ['ORG', 'PLACE']);
  });

  it('weighs only the spans of an overlap, and settles a chain of overlaps as one', () => {
    type W = Typed & { w: number };
    // A chain (the middle span overlaps both neighbours, which do not overlap each other) and a lone span.
    const items: W[] = [
      { start: 0, end: 10, type: 'ORG', w: 1 }, { start: 8, end: 15, type: 'PERSON', w: 5 }, { start: 14, end: 20, type: 'PLACE', w: 3 },
      { start: 30, end: 35, type: 'ORG', w: 0 },
    ];
    const weighed: number[] = [];
    settleOverlaps(items, (it) => { weighed.push(it.start); return it.w; });
    assert.deepEqual(items.map((it) => it.type), [null, 'PERSON', null, 'ORG']);
    assert.deepEqual(weighed.sort((a, b) => a - b), [0, 8, 14]);
  });
});

describe('nlp: the shipped span tagger', () => {
  it('proposes lower-case names in text written without capitals, typed and explained by the classifier', () => {
    const m = analyze('thanks for the help. regards, mary smith', { explain: true }).mentions.find((x) => x.text === 'mary smith');
    assert.equal(m?.type, 'PERSON');
    assert.ok(m.why && m.why.length > 0, JSON.stringify(m));
  });

  it('leaves paragraphs written as edited text to the rules', () => {
    const text = 'The Orvin Company opened in Varrowby. Its chief, Dana Holt, said so.';
    const spans = (tagger?: null): string[] => findNames(text, tokenize(text), tagger === null ? { tagger } : {}).candidates.map((c) => `${c.start}-${c.end}:${c.features.join(' ')}`);
    assert.deepEqual(spans(), spans(null));
  });
});
