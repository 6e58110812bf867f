import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createAnalyzer } from '../../../src/core/nlp/analyze';
import { explainSpan, whyLine } from '../../../src/core/nlp/explainSpan';
import { Perceptron } from '../../../src/core/nlp/perceptron';

// The hover card's on-demand explanation: one span of the current text, explained by the cached analyser.
const SEED = readFileSync(join(__dirname, '..', '..', 'fixtures', 'nlp', 'seed-article.txt'), 'utf8');
const INVENTED = 'Sir Arlen Mosby opened the new library in Dunmore on Tuesday. Mosby said the Tarrow Institute paid for it.';

function spanOf(text: string, name: string): [number, number] {
  const start = text.indexOf(name);
  assert.ok(start >= 0, name);
  return [start, start + name.length];
}

/** Counts the recogniser's explanations computed while `run` runs. */
function countExplanations<T>(run: () => T): { result: T; count: number } {
  const original = Perceptron.prototype.explain;
  let count = 0;
  Perceptron.prototype.explain = function (this: Perceptron, ...args: Parameters<Perceptron['explain']>) {
    count++;
    return original.apply(this, args);
  };
  try {
    return { result: run(), count };
  } finally {
    Perceptron.prototype.explain = original;
  }
}

describe('explainSpan', () => {
  it('names the title before a name among the reasons it is a person', () => {
    const analyzer = createAnalyzer();
    const [start, end] = spanOf(INVENTED, 'Arlen Mosby');
    const e = explainSpan(analyzer, INVENTED, start, end);
    assert.equal(e?.type, 'PERSON');
    assert.ok(e && e.why.length >= 1 && e.why.length <= 3, JSON.stringify(e));
    assert.ok(e.why.some((w) => /^title\b/.test(w)), JSON.stringify(e.why));
    // Signed weights, strongest first.
    const weights = e.why.map((w) => Number(/\(([+−])(\d+\.\d)\)$/.exec(w)?.slice(1).join('').replace('−', '-')));
    assert.ok(weights.every((w) => Number.isFinite(w)), JSON.stringify(e.why));
    assert.deepEqual([...weights].sort((a, b) => b - a), weights);
  });

  it('names a locative before a place and a head word in an organisation', () => {
    const analyzer = createAnalyzer();
    const place = explainSpan(analyzer, INVENTED, ...spanOf(INVENTED, 'Dunmore'));
    assert.equal(place?.type, 'PLACE');
    assert.ok(place.why.some((w) => /locative|word before "in"/.test(w)), JSON.stringify(place.why));
    const org = explainSpan(analyzer, INVENTED, ...spanOf(INVENTED, 'Tarrow Institute'));
    assert.equal(org?.type, 'ORG');
    assert.ok(org.why.some((w) => /head word/.test(w)), JSON.stringify(org.why));
  });

  it('gives the same reasons as explaining the whole article', () => {
    const analyzer = createAnalyzer();
    const all = analyzer.analyze(SEED, { explain: true });
    for (const m of all.mentions.filter((_, i) => i % 7 === 0)) {
      assert.deepEqual(explainSpan(analyzer, SEED, m.start, m.end), { type: m.type, why: m.why }, m.text);
    }
  });

  it('is null where the analyser finds no mention', () => {
    const analyzer = createAnalyzer();
    assert.equal(explainSpan(analyzer, INVENTED, ...spanOf(INVENTED, 'library')), null);
    assert.equal(explainSpan(analyzer, '', 0, 0), null);
  });

  it('costs one explanation and no paragraph analysis once the text is cached', () => {
    const analyzer = createAnalyzer();
    const whole = countExplanations(() => analyzer.analyze(SEED, { explain: true }));
    const explained = whole.result.mentions.filter((m) => m.why && !/\(rule\)$|lexicon rule/.test(m.why[0] as string)).length;
    assert.ok(whole.count >= 20 && whole.count === explained, `${whole.count} explanations for ${explained} mentions`);
    const cached = analyzer.size;
    const m = whole.result.mentions.find((x) => x.type === 'PERSON' && x.why?.length === 3) ?? assert.fail('no person');
    const one = countExplanations(() => explainSpan(analyzer, SEED, m.start, m.end));
    assert.equal(one.count, 1);
    assert.equal(analyzer.size, cached, 'no paragraph was analysed again');
    // Only the asked span carries reasons.
    const counted = countExplanations(() => analyzer.analyze(SEED, { explain: { start: m.start, end: m.end } }));
    assert.deepEqual(counted.result.mentions.filter((x) => x.why).map((x) => x.text), [m.text]);
  });

  it('explains spans of text whose accents are decomposed, in the text\'s own offsets', () => {
    const text = 'Sir Arle\u0301n Mosby opened the library in Dunmore.';
    const analyzer = createAnalyzer();
    const e = explainSpan(analyzer, text, ...spanOf(text, 'Arle\u0301n Mosby'));
    assert.equal(e?.type, 'PERSON');
    assert.ok(e.why.length >= 1);
  });
});

describe('whyLine', () => {
  const person = { type: 'PERSON' as const, why: ['title "Sir" before (+2.1)', 'shape "Xx Xx" (+1.0)', 'word "said" after (+0.8)', 'fourth (+0.1)'] };

  it('shows the top three reasons on one line', () => {
    assert.equal(whyLine({ type: 'PERSON', origin: 'auto' }, person), 'Why PERSON: title "Sir" before (+2.1); shape "Xx Xx" (+1.0); word "said" after (+0.8)');
  });

  it('escapes document text in the reasons', () => {
    const line = whyLine({ type: 'PERSON', origin: 'auto' }, { type: 'PERSON', why: ['word "[x](command:workbench.action.quit)" before (+1.0)', 'word "<img>" (+0.5)'] });
    assert.equal(line, 'Why PERSON: word "\\[x\\](command:workbench.action.quit)" before (+1.0); word "&lt;img&gt;" (+0.5)');
  });

  it('says a person set the type when the mention is theirs or its type is not the model\'s', () => {
    assert.equal(whyLine({ type: 'PERSON', origin: 'user' }, null), 'Type set by you');
    assert.equal(whyLine({ type: 'PERSON', origin: 'user' }, person), 'Type set by you');
    assert.equal(whyLine({ type: 'ORG', origin: 'auto' }, person), 'Type set by you');
  });

  it('says nothing without reasons', () => {
    assert.equal(whyLine({ type: 'PERSON', origin: 'auto' }, null), undefined);
    assert.equal(whyLine({ type: 'PERSON', origin: 'auto' }, undefined), undefined);
    assert.equal(whyLine({ type: 'PERSON', origin: 'auto' }, { type: 'PERSON', why: [] }), undefined);
  });
});
