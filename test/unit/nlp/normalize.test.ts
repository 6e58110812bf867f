import { strict as assert } from 'node:assert';
import { analyze } from '../../../src/core/nlp/analyze';
import { needsWork } from '../../../src/core/nlp/normalize';

// Text as it arrives from copy and paste: accents as a letter plus a combining mark, zero-width characters inside
// words. Names must come out whole, with offsets on the text as given.
describe('analysis of decomposed accents and invisible characters', () => {
  const check = (text: string): ReturnType<typeof analyze> => {
    const doc = analyze(text);
    for (const m of doc.mentions) assert.equal(text.slice(m.start, m.end), m.text);
    for (const q of doc.quotes) {
      assert.equal(text.slice(q.start, q.end), q.text);
      if (q.speaker) assert.equal(text.slice(q.speaker.start, q.speaker.end), q.speaker.text);
    }
    assert.equal(doc.document.length, text.length);
    return doc;
  };

  it('a decomposed accent does not cut a name before the mark', () => {
    const text = 'The mayor, Ame\u0301lie Duche\u0302ne, met Jose\u0301 Garci\u0301a in Paris on Monday.\n';
    const names = check(text).mentions.map((m) => m.text);
    assert.ok(names.includes('Jose\u0301 Garci\u0301a'), names.join(' | '));
  });

  it('gives the same mentions as the composed text, at offsets of the decomposed one', () => {
    const composed = 'Angela Merkel met Jos\u00e9 Garc\u00eda and Ren\u00e9e Dubois in Berlin on Tuesday.\n';
    const decomposed = composed.normalize('NFD');
    assert.deepEqual(check(decomposed).mentions.map((m) => m.text.normalize('NFC')), check(composed).mentions.map((m) => m.text));
  });

  it('a zero-width character inside a name does not make a speaker start mid-word', () => {
    const text = '“We will not give up,” said Angela Mer\u200Bkel, the former chancellor.\n';
    const doc = check(text);
    const speaker = doc.quotes[0]?.speaker;
    assert.ok(speaker, 'the quote has a speaker');
    assert.equal(speaker.text, 'Angela Mer\u200Bkel');
    assert.ok(doc.mentions.some((m) => m.text === 'Angela Mer\u200Bkel'));
  });

  it('a quotation hard-wrapped over one line break is one quote, with its offsets on the original text', () => {
    const text = 'Flooding closed the bridge on Monday.\n“We will help every family who lost\neverything in the flood,” said Mayor Anne Hidalgo.\n';
    const doc = check(text);
    assert.equal(doc.quotes.length, 1, doc.quotes.map((q) => q.text).join(' | '));
    assert.equal(doc.quotes[0]?.text, '“We will help every family who lost\neverything in the flood,”');
  });

  it('a quotation continued in a new paragraph (opening mark repeated) is not joined', () => {
    const text = '“We will help every family,” said Mayor Anne Hidalgo. “The city has money for this.\n“Nobody will be left alone,” she added.\n';
    const doc = check(text);
    assert.ok(doc.quotes.every((q) => !q.text.includes('\n')), doc.quotes.map((q) => q.text).join(' | '));
  });

  it('two opening marks alone are not a quote', () => {
    assert.equal(check('““\n').quotes.length, 0);
    assert.equal(check('Angela Merkel said ““ and left.\n').quotes.length, 0);
  });
});

describe('the quick test for text that needs normalising', () => {
  it('finds every combining mark and invisible character, and nothing else, at any code point', () => {
    const needs = /[\u200B-\u200D\u2060\uFEFF\u00AD]|\p{M}/u;
    const wrong: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const text = `a“${String.fromCodePoint(cp)}”b`;
      if (needsWork(text) !== needs.test(text)) wrong.push(cp.toString(16));
    }
    assert.deepEqual(wrong, []);
    assert.equal(needsWork('Jose\u0301 said “it’s fine” — twice.'), true);
    assert.equal(needsWork('José said “it’s fine” — twice, for €5.'), false);
  });
});
