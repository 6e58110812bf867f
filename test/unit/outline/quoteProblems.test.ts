import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { findUnbalancedQuoteMarks, quoteProblems, quotesWithoutSpeaker } from '../../../src/core/quoteProblems';
import { A, TEXT, annotate } from './fixtures';

describe('quotesWithoutSpeaker', () => {
  it('reports live quotes with no speaker, over the quote span', () => {
    const start = TEXT.indexOf('“Maybe.”');
    assert.deepEqual(quotesWithoutSpeaker(A), [{ kind: 'noSpeaker', start, end: start + '“Maybe.”'.length }]);
    const rejected = annotate('He said “x”.', [], [['“x”', null, 'rejected']]);
    assert.deepEqual(quotesWithoutSpeaker(rejected), []);
  });
});

describe('findUnbalancedQuoteMarks', () => {
  const cases: Array<{ name: string; text: string; mode?: 'line' | 'blankLine'; want: Array<[string, string]> }> = [
    { name: 'balanced curly and straight marks', text: 'He said “yes” and "no".\nShe said “fine”.', want: [] },
    { name: 'a curly quote left open at the end of its paragraph', text: 'He said “yes and left.\nThen she came.', want: [['unclosed', '“yes and left.']] },
    { name: 'an opening mark while another is open', text: 'He said “yes and “no”.', want: [['unclosed', '“yes and “no”.']] },
    { name: 'a closing mark with nothing open', text: 'He said yes” and left.', want: [['unopened', '”']] },
    { name: 'a straight quote left open', text: 'He said "yes.\nNext.', want: [['unclosed', '"yes.']] },
    { name: 'a long quote continued across paragraphs, news style', text: '“First part,\n“second part,\n“and the end.”', want: [] },
    { name: 'a long quote continued but never closed', text: '“First part,\n“second part.\nHe left.', want: [['unclosed', '“second part.']] },
    { name: 'a quote open at the very end of the text', text: 'Last words: “never', want: [['unclosed', '“never']] },
    { name: 'guillemets and low-9 marks', text: 'Il a dit « oui ». Er sagte „ja“ und „nein.\nEnde.', want: [['unclosed', '„nein.']] },
    { name: 'apostrophes and single curly marks are ignored', text: 'Moscow’s spokesman said ‘no’ and left.', want: [] },
    { name: 'a hard-wrapped Markdown paragraph closes on a later line', text: 'He said “this goes\non and on” today.\n\nNext.', mode: 'blankLine', want: [] },
    { name: 'a Markdown paragraph ending open', text: 'He said “this goes\non.\n\nNext paragraph.', mode: 'blankLine', want: [['unclosed', '“this goes\non.']] },
    { name: 'the same hard wrap read line by line', text: 'He said “this goes\non and on” today.', mode: 'line', want: [['unclosed', '“this goes'], ['unopened', '”']] },
    { name: 'Windows line breaks', text: 'He said “yes.\r\nNext.', want: [['unclosed', '“yes.']] },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const got = findUnbalancedQuoteMarks(c.text, c.mode).map((p) => [p.kind, c.text.slice(p.start, p.end)]);
      assert.deepEqual(got, c.want);
    });
  }

  it('finds nothing wrong in the seed article', () => {
    const seed = readFileSync(new URL('../../fixtures/workspace/seed-article.txt', import.meta.url), 'utf8');
    assert.deepEqual(findUnbalancedQuoteMarks(seed), []);
    const broken = seed.replace('“unapologetic”', '“unapologetic');
    const problems = findUnbalancedQuoteMarks(broken);
    assert.equal(problems.length, 1);
    assert.equal(problems[0].start, broken.indexOf('“unapologetic'));
  });
});

describe('quoteProblems', () => {
  it('combines both finders in document order', () => {
    const text = 'Ann said “hi.\nSomeone said “bye.”';
    const a = annotate(text, [], [['“bye.”', null]]);
    assert.deepEqual(quoteProblems(a, text).map((p) => p.kind), ['unclosed', 'noSpeaker']);
    assert.deepEqual(quoteProblems(undefined, text).map((p) => p.kind), ['unclosed']);
  });
});
