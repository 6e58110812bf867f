import { strict as assert } from 'node:assert';
import { splitParagraphs } from '../../../src/core/nlp/paragraphs';
import { findQuoteSpans } from '../../../src/core/nlp/quotes/marks';

/** The quoted stretches of `text`, as strings, with `+` marking a continued and `…` an unclosed one. */
function spans(text: string): string[] {
  return findQuoteSpans(text, splitParagraphs(text)).map((s) => `${s.continued ? '+' : ''}${text.slice(s.start, s.end)}${s.unclosed ? '…' : ''}`);
}

describe('quotation mark pairing', () => {
  const cases: Array<{ name: string; text: string; expected: string[] }> = [
    { name: 'curly marks', text: 'He said: “We will win.” Then he left.', expected: ['“We will win.”'] },
    { name: 'straight marks', text: 'He said: "We will win." Then "we go".', expected: ['"We will win."', '"we go"'] },
    { name: 'odd spacing in a balanced paragraph', text: 'Wilkins said," [Warhol] liked the booths". She left.', expected: ['" [Warhol] liked the booths"'] },
    { name: 'an opening glyph used as the closing mark', text: 'He added, "It is a shame.“ However, it went on.', expected: ['"It is a shame.“'] },
    { name: 'unclosed: runs to the paragraph end', text: 'He said, "I think we learned a lot.  ', expected: ['"I think we learned a lot.…'] },
    {
      name: 'continued by a paragraph that repeats the opening mark',
      text: 'She said: "First part.\n\n"Second part."',
      expected: ['"First part.…', '+"Second part."'],
    },
    {
      name: 'continued by a paragraph without an opening mark',
      text: 'He said, "In the first half it was good.\n\nWe could have scored." After the match, X said, "We tried.\n\nIt was hard."',
      expected: ['"In the first half it was good.…', '+We could have scored."', '"We tried.…', '+It was hard."'],
    },
    { name: 'a stray opening mark', text: '"Unbalanced, said Mary. And then "another one" she said.', expected: ['"another one"'] },
    { name: 'a stray closing mark', text: 'It ended" and "then this" happened.', expected: ['"then this"'] },
    { name: 'single marks in a headline', text: "Putin warns West: 'We will respond'", expected: ["'We will respond'"] },
    { name: 'curly single marks', text: 'Johnson said: ‘We will get it done.’', expected: ['‘We will get it done.’'] },
    { name: 'apostrophes are not quotes', text: "The girls' team won. Warhol's art, rock 'n roll and ’90s hits.", expected: [] },
    { name: 'single marks nested in double ones are part of the quote', text: 'He said: "They called it \'madness\' at the time."', expected: ['"They called it \'madness\' at the time."'] },
    { name: 'guillemets', text: 'Il a dit : « Nous gagnerons » hier.', expected: ['« Nous gagnerons »'] },
    { name: 'no marks', text: 'Nothing is quoted here.', expected: [] },
    { name: 'empty text', text: '', expected: [] },
  ];
  for (const c of cases) {
    it(c.name, () => assert.deepEqual(spans(c.text), c.expected));
  }
});
