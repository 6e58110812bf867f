import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { analyze, createAnalyzer } from '../../../src/core/nlp/analyze';
import type { DocumentAnnotations, Span } from '../../../src/core/model';

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** Every span is a valid slice that does not cut a surrogate pair. */
function assertSpans(text: string, r: DocumentAnnotations): void {
  const spans: Span[] = [...r.mentions];
  for (const q of r.quotes) { spans.push(q); if (q.speaker) spans.push(q.speaker); if (q.cue) spans.push(q.cue); }
  for (const s of spans) {
    assert.ok(s.start >= 0 && s.start < s.end && s.end <= text.length, `bad offsets ${JSON.stringify(s)}`);
    assert.equal(text.slice(s.start, s.end), s.text);
    assert.ok(!isLow(text.charCodeAt(s.start)) || !isHigh(text.charCodeAt(s.start - 1)), `start splits a pair: ${JSON.stringify(s)}`);
    assert.ok(!isHigh(text.charCodeAt(s.end - 1)) || !isLow(text.charCodeAt(s.end)), `end splits a pair: ${JSON.stringify(s)}`);
  }
  const ids = new Set(r.entities.map((e) => e.id));
  for (const m of r.mentions) assert.ok(ids.has(m.entityId), `mention without entity: ${m.entityId}`);
  assert.equal(r.document.length, text.length);
}

const EDGE: Array<[string, string]> = [
  ['empty text', ''],
  ['one word', 'Russia'],
  ['no letters', '12345 !!! ... 😀 —— 42'],
  ['only line breaks', '\n\n\r\n\n'],
  ['emoji glued to names', '😀Vladimir Putin😀 met 👩🏽‍🚀 Keir Starmer in 𝐌𝐨𝐬𝐜𝐨𝐰 and Moscow.'],
  ['astral letters in names', '𐐀𐐁 Smith and 𝒜lice Jones said “hello” in Paris.'],
  ['Markdown', '# Russia expels diplomat\n\n**Vladimir Putin** said [Moscow](https://example.com) will act.\n\n> “We will,” said *Keir Starmer*.\n\n- UK\n- Ukraine'],
  ['HTML', '<p>Foreign Secretary <b>David Lammy</b> said: &ldquo;No.&rdquo; in <a href="x">London</a></p>'],
  ['unbalanced quotes', '“He said Putin was “wrong. Moscow" denied ” it ” ”'],
  ['a lone surrogate', 'Putin \ud800 met Starmer \udc00 in Moscow.'],
  ['a glued caption with astral credit', 'Vladimir PutinVladimir Putin𝐆etty'],
  ['an office ending a hyphen-joined chunk', 'Cres-and-Chairman-of-the'],
  ['a hyphenated place opening with a given name', 'The Paris-Dakar rally began.'],
  ['a review written in title case', 'Thanks For A Great Job Thanks For The Prompt Service And Great Job You And Your Boys Have Done On Our New Solar System, The Panels On The Roof Look Great And The Power We Are Putting Back In To The Grid Is Great, Great Job Thanks'],
];

describe('nlp: Unicode and odd input', () => {
  for (const [why, text] of EDGE) {
    it(`never throws and keeps valid offsets: ${why}`, () => assertSpans(text, analyze(text)));
  }
  it('finds names next to emoji with exact offsets', () => {
    const text = '😀Vladimir Putin😀 met 👩🏽‍🚀 Keir Starmer.';
    const r = analyze(text);
    assert.deepEqual(r.mentions.map((m) => m.text), ['Vladimir Putin', 'Keir Starmer']);
    assertSpans(text, r);
  });
  it('handles one megabyte of paragraphs', function () {
    this.timeout(120000);
    const unit = 'Foreign Secretary David Lammy said the UK will be “unapologetic” about Vladimir Putin.\n\n';
    let text = '';
    for (let i = 0; text.length < 1_000_000; i++) text += unit.replace('UK', `UK ${i % 50}`);
    const r = analyze(text);
    assertSpans(text, r);
    assert.ok(r.mentions.length > 30000);
  });
  it('handles a long text without line breaks (cut into segments for compromise)', function () {
    this.timeout(120000);
    const unit = 'Foreign Secretary David Lammy said the UK will be “unapologetic” about Vladimir Putin. ';
    let text = '';
    for (let i = 0; text.length < 30_000; i++) text += unit.replace('UK', i % 2 ? 'UK' : 'United Kingdom');
    const r = analyze(text);
    assertSpans(text, r);
    assert.equal(r.mentions.filter((m) => m.text === 'David Lammy').length, text.split('David Lammy').length - 1);
  });

  // Copy arrives in capitals, in title case, with its words joined by hyphens (slugs) or without its stops: the
  // rules that read titles, portfolios, credits and runs of names meet chunks that end where they expect more.
  const seed = fs.readFileSync(path.join(__dirname, '../../../seeds/000_2415d7d0c8b47aa8.txt'), 'utf8');
  const RESHAPED: Array<[string, (t: string) => string]> = [
    ['in capitals', (t) => t.toUpperCase()],
    ['in title case', (t) => t.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase())],
    ['joined by hyphens', (t) => t.replace(/ /g, '-')],
    ['without stops and commas', (t) => t.replace(/[.,]/g, '')],
  ];
  for (const [how, reshape] of RESHAPED) {
    it(`never throws on the seed article ${how}`, () => {
      const text = reshape(seed);
      assertSpans(text, analyze(text));
    });
  }

  // Random text built from words, names, quote marks, punctuation, emoji and lone surrogates.
  const piece = fc.oneof(
    fc.constantFrom('Vladimir Putin', 'Putin', 'UK', 'United Kingdom', 'Russian', 'the Old Bailey', 'GETTY', 'PA', 'u200b', 'said', 'he said:',
      'Federal Security Service (FSB)', 'Anglo-Russian', 'Mr', 'Sir', 'in', 'at the', ', 33,', 'PutinGetty',
      'Minister of', 'Chairman of the', 'Paris-Dakar', 'Image:', 'NASA Bill', 'aboard', '1', 'Inc.', '&', 'Hurricane'),
    fc.constantFrom('“', '”', '"', '‘', '’', "'", '«', '»', '\n', '\n\n', ' ', '.', ',', ':', '—', '(', ')', '😀', '👩🏽‍🚀', '𝐌', '\ud800', '\udfff', '\u200b'),
    fc.string({ unit: 'grapheme', maxLength: 6 }),
    fc.string({ unit: 'binary', maxLength: 4 }),
  );
  it('property: any text analyses without throwing, with valid offsets', () => {
    fc.assert(fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
      const text = parts.join(' ');
      assertSpans(text, analyze(text));
    }), { numRuns: 200, seed: 5 });
  });
  it('property: the cached analyser agrees with analyze after arbitrary edits', () => {
    const analyzer = createAnalyzer({ maxParagraphs: 8 });
    fc.assert(fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
      const text = parts.join(' ');
      const a = analyzer.analyze(text);
      const b = analyze(text);
      assert.deepEqual(a, b);
    }), { numRuns: 100, seed: 7 });
  });
});
