import { strict as assert } from 'node:assert';
import fs from 'node:fs';
import path from 'node:path';
import type { Span } from '../../../src/core/model';
import { splitParagraphs } from '../../../src/core/nlp/paragraphs';
import { findQuotes } from '../../../src/core/nlp/quotes/findQuotes';

const root = path.join(__dirname, '..', '..', 'fixtures');
const text = fs.readFileSync(path.join(root, 'workspace', 'seed-article.txt'), 'utf8');
const gold = JSON.parse(fs.readFileSync(path.join(root, 'quotes', 'seed-article.quotes.json'), 'utf8')) as {
  quotes: Array<Span & { speaker: Span | null; cue: Span | null }>;
};
const spanOf = (s: Span | null | undefined): string | null => (s ? `${s.start}-${s.end} ${s.text}` : null);

describe('quotes of the seed article (golden, without entity mentions)', () => {
  const found = findQuotes(text, splitParagraphs(text), [], []);
  it('finds exactly the gold quotes, and not the scare quote “Minions”', () => {
    assert.deepEqual(found.map(spanOf), gold.quotes.map(spanOf));
  });
  for (const g of gold.quotes) {
    it(`attributes ${g.text.slice(0, 30)}…`, () => {
      const q = found.find((x) => x.start === g.start);
      assert.ok(q, 'quote found');
      assert.deepEqual([spanOf(q.speaker), spanOf(q.cue)], [spanOf(g.speaker), spanOf(g.cue)]);
    });
  }
});
