import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import type { Entity, Mention, Quote } from '../../../src/core/model';
import { splitParagraphs } from '../../../src/core/nlp/paragraphs';
import { findQuotes } from '../../../src/core/nlp/quotes/findQuotes';

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;
/** Whether `i` falls between the two halves of a surrogate pair. */
const splitsPair = (text: string, i: number): boolean => i > 0 && i < text.length && isHigh(text.charCodeAt(i - 1)) && isLow(text.charCodeAt(i));

function assertValid(text: string, quotes: Quote[]): void {
  for (const q of quotes) {
    for (const s of [q, q.speaker, q.cue]) {
      if (!s) continue;
      assert.ok(s.start >= 0 && s.start < s.end && s.end <= text.length, `bounds ${s.start}-${s.end}`);
      assert.equal(text.slice(s.start, s.end), s.text);
      assert.ok(!splitsPair(text, s.start) && !splitsPair(text, s.end), `surrogate pair split at ${s.start}-${s.end}`);
    }
  }
}

const run = (text: string): Quote[] => findQuotes(text, splitParagraphs(text), [], []);

// Pieces that make quote-heavy text: marks of every kind, reporting words, names, pronouns, emoji, markup.
const piece = fc.oneof(
  fc.constantFrom('"', '“', '”', '‘', '’', "'", '«', '»', '„', ' ', ' ', '\n', '\n\n', ',', '.', ':', '?', '—'),
  fc.constantFrom('said', 'says', 'told', 'according to', 'in the words of', 'saying', 'labelling', 'dubbed', 'read', 'statement', 'by'),
  fc.constantFrom('He', 'she', 'they', 'The', 'the minister', 'Mr.', 'U.S.', 'David Lammy', "Moscow's", 'al-Amr', 'QC', 'of'),
  fc.constantFrom('🔥', '𝒜', '\uD83D', '\uDE00', 'é', '\u200b', '**', '<p>', '</p>', '#', '\r\n'),
  fc.string({ maxLength: 6 }),
  fc.string({ unit: 'binary', maxLength: 4 }),
);

describe('quote finder robustness', () => {
  it('never throws and keeps every offset valid on random text with random quote marks', () => {
    fc.assert(fc.property(fc.array(piece, { maxLength: 80 }), (pieces) => {
      const text = pieces.join('');
      assertValid(text, run(text));
    }), { numRuns: 3000, seed: 5 });
  });

  it('never throws with random entity mentions to link and resolve pronouns against', () => {
    const types = ['PERSON', 'ORG', 'PLACE', 'NORP'] as const;
    fc.assert(fc.property(fc.array(piece, { maxLength: 60 }), fc.array(fc.tuple(fc.nat(), fc.nat(8), fc.constantFrom(...types)), { maxLength: 12 }), (pieces, raw) => {
      const text = pieces.join('');
      const mentions: Mention[] = raw.filter(() => text.length > 0).map(([at, len, type], k) => {
        const start = at % text.length;
        const end = Math.min(text.length, start + 1 + len);
        return { start, end, text: text.slice(start, end), type, entityId: `${type.toLowerCase()}:e${k}`, origin: 'auto', status: 'suggested' };
      });
      const entities: Entity[] = mentions.map((m) => ({ id: m.entityId, type: m.type, name: m.text, aliases: [], descriptors: [], mentionCount: 1 }));
      const quotes = findQuotes(text, splitParagraphs(text), mentions, entities);
      assertValid(text, quotes);
      const ids = new Set(mentions.map((m) => m.entityId));
      for (const q of quotes) if (q.speaker?.entityId) assert.ok(ids.has(q.speaker.entityId));
    }), { numRuns: 1500, seed: 7 });
  });

  it('never throws on arbitrary Unicode strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => assertValid(text, run(text))), { numRuns: 2000, seed: 6 });
  });

  for (const [name, text] of [['empty text', ''], ['one word', 'word'], ['no letters', '"" “” ... ,,, 123 ---'], ['only a mark', '"'], ['lone surrogates', '"\uD800 said \uDC00"']]) {
    it(`handles ${name}`, () => assertValid(text, run(text)));
  }

  it('handles 10,000 quote marks in one paragraph in linear time', () => {
    const text = 'He said "yes" and "no" then '.repeat(2500);
    const t0 = Date.now();
    const quotes = run(text);
    assertValid(text, quotes);
    // `He said "yes"` is attributed; `and "no"` shares its speaker within the one long sentence.
    assert.equal(quotes.length, 5000);
    assert.ok(quotes.every((q) => q.speaker?.text === 'He'));
    assert.ok(Date.now() - t0 < 3000, `took ${Date.now() - t0} ms`);
  });

  it('handles 1 MB of quote-heavy text in linear time', () => {
    const para = 'The minister said: “We will not back down, whatever happens.” “It is over,” he said, “and we go on.”\n\n';
    const text = para.repeat(Math.ceil(1_000_000 / para.length));
    const t0 = Date.now();
    const quotes = run(text);
    const ms = Date.now() - t0;
    assert.equal(quotes.length, 3 * Math.ceil(1_000_000 / para.length));
    assert.ok(quotes.every((q) => q.speaker && q.cue));
    assert.ok(ms < 8000, `took ${ms} ms`);
  });

  it('handles 1 MB in one unclosed paragraph with no sentence ends', () => {
    const text = `He said "${'word '.repeat(200_000)}`;
    const quotes = run(text);
    assertValid(text, quotes);
    assert.equal(quotes.length, 1);
  });
});
