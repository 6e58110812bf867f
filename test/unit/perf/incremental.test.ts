import assert from 'node:assert/strict';
import fs from 'node:fs';
import fc from 'fast-check';
import { analyze, createAnalyzer } from '../../../src/core/nlp/analyze';
import { paragraphQuotes } from '../../../src/core/nlp/quotes/findQuotes';

const seed = fs.readFileSync(new URL('../../fixtures/nlp/seed-article.txt', import.meta.url), 'utf8');

// Edits that change what one paragraph lends the next: quotation marks left open or closed, `said:` before a
// quote, line breaks that split or join paragraphs, names that change grouping and speaker linking.
const insertion = fc.constantFrom(
  '“', '”', '"', '‘', '’', '\n', '\n\n', ' ', 'x', '.', ':', ' he said: ', ' said Vladimir Putin.', 'Putin', 'Keir Starmer',
  '“We will respond,” ', 'Mr Lammy said: ', ' (FSB) ', '\r\n', '',
);
const edit = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), remove: fc.nat({ max: 12 }), insert: insertion });

function applyEdit(text: string, e: { at: number; remove: number; insert: string }): string {
  const at = Math.floor(e.at * text.length);
  return text.slice(0, at) + e.insert + text.slice(Math.min(text.length, at + e.remove));
}

describe('perf: the cached analyser after edits', () => {
  it('property: after each of a series of edits it gives what a fresh analyze gives, quotes included', function () {
    this.timeout(240000);
    fc.assert(fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), fc.boolean(), (edits, small) => {
      // A tiny cache also checks that dropping paragraphs from it never changes a result.
      const analyzer = createAnalyzer(small ? { maxParagraphs: 4 } : {});
      let text = seed;
      analyzer.analyze(text);
      for (const e of edits) {
        text = applyEdit(text, e);
        assert.deepEqual(analyzer.analyze(text), analyze(text));
      }
    }), { numRuns: 12, seed: 11 });
  });

  it('re-attributes a quote when the paragraph before it changes, though the quote’s own paragraph did not', () => {
    const analyzer = createAnalyzer();
    const quote = '“We will not be intimidated.”';
    const before = `Keir Starmer said:\n\n${quote}`;
    const after = `The weather was fine.\n\n${quote}`;
    const a = analyzer.analyze(before);
    assert.equal(a.quotes[0]?.speaker?.text, 'Keir Starmer');
    const b = analyzer.analyze(after);
    assert.deepEqual(b, analyze(after));
    assert.equal(b.quotes[0]?.speaker ?? null, null);
  });

  it('continues an open quotation into the next paragraph only while it is open', () => {
    const analyzer = createAnalyzer();
    const second = 'We could have scored more," Kane said.';
    const open = `Harry Kane said, "We were playing well.\n\n${second}`;
    const closed = `Harry Kane said, "We were playing well."\n\n${second}`;
    for (const text of [open, closed, open]) assert.deepEqual(analyzer.analyze(text), analyze(text));
    assert.equal(analyze(open).quotes.length, 2);
  });

  it('keeps quote parts relative to their paragraph, so moving a paragraph moves its quotes', () => {
    const parts = paragraphQuotes('“We will respond,” said Vladimir Putin.', false);
    assert.equal(parts.quotes.length, 1);
    assert.equal(parts.quotes[0]?.start, 0);
    const text = 'Intro.\n\n“We will respond,” said Vladimir Putin.';
    const r = createAnalyzer().analyze(text);
    assert.equal(r.quotes[0]?.start, text.indexOf('“'));
    assert.equal(r.quotes[0]?.speaker?.text, 'Vladimir Putin');
  });
});
