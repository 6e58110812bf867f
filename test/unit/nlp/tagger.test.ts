import { strict as assert } from 'node:assert';
import { analyze } from '../../../src/core/nlp/analyze';
import { findNames } from '../../../src/core/nlp/names';
import { settleOverlaps, type Typed } from '../../../src/core/nlp/overlaps';
import { TAGS, Tagger, UNTYPED_TAGS, allowed, ruleTagsOf, spansOf, tokenFeatures, wellCased } from '../../../src/core/nlp/tagger';
import { tokenize } from '../../../src/core/nlp/tokens';

const tag = (t: string): number => TAGS.indexOf(t as (typeof TAGS)[number]);

// Tiny invented paragraphs: the word after `mr` is a person, the word after `in` a place.
const TRAIN: Array<[string[][], number[]]> = [
  [[['c=l0e', 'w=mr'], ['c=C0e', 'w=ovar', 'after=mr'], ['c=l0e', 'w=went']], [0, tag('B-PERSON'), 0]],
  [[['c=l0e', 'w=in'], ['c=C0e', 'w=pelk', 'after=in'], ['c=C0e', 'w=city']], [0, tag('B-PLACE'), tag('I-PLACE')]],
  [[['c=l0e', 'w=mr'], ['c=C0e', 'w=dunn', 'after=mr'], ['c=l0e', 'w=said']], [0, tag('B-PERSON'), 0]],
];

function fit(epochs = 10, options: ConstructorParameters<typeof Tagger>[1] = {}, train = TRAIN): Tagger {
  const t = new Tagger(undefined, options);
  for (let e = 0; e < epochs; e++) for (const [f, g] of train) t.update(f, g);
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

  it('decodes the best sequence with Viterbi, trained as a structured perceptron, and says so in its table', () => {
    const table = fit(10, { decode: 'viterbi' }).averaged();
    assert.equal(table.decode, 'viterbi');
    const t = new Tagger(table);
    for (const [f, g] of TRAIN) assert.deepEqual(t.tag(f), g);
    assert.equal(fit().averaged().decode, undefined);
  });

  it('Viterbi finds the best sequence where the greedy choice of the first tag loses', () => {
    // Hand-set weights: the first word alone prefers O, but `B-ORG I-ORG` scores best over both words.
    const i = (t: string): number => tag(t);
    const row = (w: Partial<Record<string, number>>): number[] => TAGS.map((t) => w[t] ?? 0);
    const features = { 'w=acme': row({ O: 1, 'B-ORG': 0.5 }), 'w=corp': row({ 'I-ORG': 5 }) };
    const seq = [['c=C0e', 'w=acme'], ['c=C0e', 'w=corp']];
    assert.deepEqual(new Tagger({ tags: [...TAGS], features }).tag(seq), [0, 0]);
    assert.deepEqual(new Tagger({ tags: [...TAGS], features, decode: 'viterbi' }).tag(seq), [i('B-ORG'), i('I-ORG')]);
  });

  it('untyped tags give spans of names without a type', () => {
    const untyped = TRAIN.map(([f, g]) => [f, g.map((k) => (k === 0 ? 0 : k % 2 === 1 ? 1 : 2))] as [string[][], number[]]);
    const t = new Tagger(fit(10, { tags: UNTYPED_TAGS }, untyped).averaged());
    assert.deepEqual(spansOf(t.tag(TRAIN[1]![0]), t.tags), [{ a: 1, b: 3, type: 'NAME' }]);
    assert.ok(!allowed(0, 2, UNTYPED_TAGS));
  });

  it('reads how the paragraph writes a word elsewhere, and a paragraph in capitals', () => {
    const read = (text: string): ((w: string) => string[]) => {
      const tokens = tokenize(text);
      const f = tokenFeatures(text, tokens, tokens.map(() => 'O'));
      return (w) => f[tokens.findIndex((t) => t.text === w)] as string[];
    };
    const of = read('we met at enron. they said Enron paid. the Rain fell, rain again');
    assert.ok(of('enron').includes('seenCap'));
    assert.ok(!of('paid').includes('seenCap'));
    assert.ok(of('Rain').includes('seenLowC'));
    assert.ok(!of('fell').some((x) => x.startsWith('seen')));
    // A capital opening a sentence says nothing of the word.
    assert.ok(!read('we met at enron. Enron paid.')('enron').includes('seenCap'));
    assert.ok(!of('we').includes('pcaps'));
    const shout = 'SEND IT TO ENRON NOW';
    assert.ok(tokenFeatures(shout, tokenize(shout), ['O', 'O', 'O', 'O', 'O'])[3]!.includes('pcaps'));
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
    assert.ok(!edited('PLEASE CALL THE OFFICE IN TAMPA'));
    assert.ok(edited('NEWS IN BRIEF'.slice(0, 4)));
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
