import assert from 'node:assert/strict';
import { fromBrat, lineFragments, toBrat } from '../../../src/core/export/brat';
import { ImportError } from '../../../src/core/export/types';
import type { DocumentAnnotations } from '../../../src/core/model';
import { emojiDocument, hostileDocument, seedDocument } from './fixtures';

/**
 * A small brat reader written from the standoff documentation, independent of the exporter: T lines hold
 * `TYPE start end[;start end]*` in code points and the fragments' text joined by spaces.
 */
function readT(ann: string): Array<{ id: string; type: string; fragments: Array<[number, number]>; text: string }> {
  return ann.split('\n').filter((l) => l.startsWith('T')).map((line) => {
    // brat splits a T line at its first two tabs only; the text may itself hold tabs.
    const [id, head, ...rest0] = line.split('\t');
    const text = rest0.join('\t');
    const [type, ...rest] = head.split(' ');
    const fragments = rest.join(' ').split(';').map((f) => f.split(' ').map(Number) as [number, number]);
    return { id, type, fragments, text };
  });
}

/** The decisions an export carries: per span, its kind, type, status, origin, and for quotes speaker and cue. */
function decisions(doc: DocumentAnnotations): unknown[] {
  const byStart = (a: { start: number; end: number }, b: { start: number; end: number }): number => a.start - b.start || a.end - b.end;
  return [
    ...[...doc.mentions].sort(byStart).map((m) => ['mention', m.start, m.end, m.type, m.entityId, m.status, m.origin]),
    ...[...doc.quotes].sort(byStart).map((q) => ['quote', q.start, q.end, q.status, q.origin, q.speaker?.start, q.speaker?.end, q.speaker?.entityId, q.cue?.start, q.cue?.end]),
  ];
}

describe('brat export', () => {
  for (const [name, make] of [['seed', seedDocument], ['emoji', emojiDocument], ['hostile', hostileDocument]] as const) {
    it(`every T line's code-point offsets select its text (${name})`, () => {
      const item = make();
      const { ann, txt } = toBrat(item);
      assert.equal(txt, item.text);
      const codePoints = Array.from(txt);
      const spans = readT(ann);
      assert.ok(spans.length >= item.annotations.mentions.length);
      for (const t of spans) {
        const pieces = t.fragments.map(([s, e]) => codePoints.slice(s, e).join(''));
        for (const p of pieces) assert.ok(!/[\r\n]/.test(p), `${t.id} fragment crosses a line break`);
        assert.equal(pieces.join(' '), t.text, `${t.id} ${t.type}`);
      }
    });
  }

  it('counts code points, not UTF-16 units, after emoji', () => {
    const item = emojiDocument();
    const { ann } = toBrat(item);
    const paris = readT(ann).find((t) => t.text === 'Paris')!;
    const utf16 = item.text.indexOf('Paris');
    assert.ok(paris.fragments[0][0] < utf16, 'the code-point offset is smaller than the UTF-16 one after astral characters');
    assert.equal(paris.fragments[0][0], Array.from(item.text.slice(0, utf16)).length);
  });

  it('splits a quote across lines into fragments', () => {
    const { ann } = toBrat(emojiDocument());
    const quote = readT(ann).find((t) => t.type === 'Quote')!;
    assert.equal(quote.fragments.length, 2);
    assert.equal(quote.text, '“Great 😀 day, really”');
  });

  it('links quotes to their speaker and cue and notes entities', () => {
    const { ann } = toBrat(seedDocument());
    const t = new Map(readT(ann).map((x) => [x.id, x]));
    const saidBy = ann.split('\n').filter((l) => /^R\d+\tSaidBy /.test(l)).map((l) => /Arg1:(T\d+) Arg2:(T\d+)/.exec(l)!);
    assert.equal(saidBy.length, 6);
    assert.ok(saidBy.every(([, q, s]) => t.get(q)?.type === 'Quote' && t.get(s)?.type === 'Speaker'));
    assert.match(ann, /^#1\tAnnotatorNotes T\d+\tRussia’s FSB; successor to the KGB\.$/m);
    assert.match(ann, /^A\d+\tStatus T\d+ accepted$/m);
  });

  it('lineFragments drops line breaks and empty lines', () => {
    assert.deepEqual(lineFragments('ab\n\ncd', 0, 6), [[0, 2], [4, 6]]);
    assert.deepEqual(lineFragments('ab\r\ncd', 1, 5), [[1, 2], [4, 5]]);
  });
});

describe('brat import', () => {
  for (const [name, make] of [['seed', seedDocument], ['emoji', emojiDocument], ['hostile', hostileDocument]] as const) {
    it(`round trips: export then import gives the same decisions (${name})`, () => {
      const item = make();
      const back = fromBrat(toBrat(item).ann, item.text, item.annotations.document.path);
      assert.deepEqual(decisions(back), decisions(item.annotations));
      assert.equal(back.document.sha256, item.annotations.document.sha256);
      for (const e of item.annotations.entities.filter((x) => x.note)) assert.equal(back.entities.find((b) => b.id === e.id)?.note, e.note!.replace(/[\t\r\n]+/g, ' '));
    });
  }

  it('reads spans drawn by hand in brat as accepted additions', () => {
    const text = 'Ana met Bo in Oslo.';
    const doc = fromBrat('T1\tPERSON 0 3\tAna\nT2\tPLACE 14 18\tOslo\n', text, 'a.txt');
    assert.deepEqual(doc.mentions.map((m) => [m.text, m.type, m.status, m.origin, m.entityId]), [
      ['Ana', 'PERSON', 'accepted', 'user', 'person:ana'],
      ['Oslo', 'PLACE', 'accepted', 'user', 'place:oslo'],
    ]);
  });

  const bad: Array<[string, string, RegExp]> = [
    ['text not at the offsets', 'T1\tPERSON 0 3\tBob', /^a\.ann:1: text "Bob" does not match the document at those offsets \("Ana"\)$/],
    ['offsets past the end', 'T1\tPERSON 0 99\tAna', /^a\.ann:1: offset 99 is past the end of the text/],
    ['malformed offsets', 'T1\tPERSON zero 3\tAna', /^a\.ann:1: bad offsets "zero 3"$/],
    ['an unknown type', 'T1\tAnimal 0 3\tAna', /^a\.ann:1: unknown type "Animal"/],
    ['a relation to nowhere', 'T1\tQuote 0 3\tAna\nR1\tSaidBy Arg1:T1 Arg2:T9', /^a\.ann:2: SaidBy must link a Quote/],
    ['an unknown line', 'X1\tfoo', /^a\.ann:1: unknown annotation id "X1"$/],
    ['a bad status', 'T1\tPERSON 0 3\tAna\nA1\tStatus T1 maybe', /^a\.ann:2: unknown Status value "maybe"$/],
  ];
  for (const [name, ann, message] of bad) {
    it(`says which line is wrong: ${name}`, () => {
      assert.throws(() => fromBrat(ann, 'Ana met Bo in Oslo.', 'a.txt', 'a.ann'), (err: Error) => err instanceof ImportError && message.test(err.message) || assert.fail(err.message));
    });
  }
});
