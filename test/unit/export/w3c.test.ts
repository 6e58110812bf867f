import assert from 'node:assert/strict';
import { toW3c, toW3cCollection, type W3cAnnotation } from '../../../src/core/export/w3c';
import { emojiDocument, hostileDocument, seedDocument } from './fixtures';

// A careful structural test against the W3C Web Annotation Data Model (https://www.w3.org/TR/annotation-model/):
// required keys and types, known motivations and purposes, and selectors that really select the text.
const MOTIVATIONS = new Set(['assessing', 'bookmarking', 'classifying', 'commenting', 'describing', 'editing', 'highlighting', 'identifying', 'linking', 'moderating', 'questioning', 'replying', 'tagging']);
const IRI = /^[a-z][a-z0-9+.-]*:[^\s]*$/i;

function checkAnnotation(a: W3cAnnotation, text: string): void {
  assert.match(a.id, IRI);
  assert.equal(a.type, 'Annotation');
  assert.ok(MOTIVATIONS.has(a.motivation));
  assert.ok(a.body.length > 0);
  for (const b of a.body) {
    assert.equal(b.type, 'TextualBody');
    assert.ok(MOTIVATIONS.has(b.purpose), `purpose ${b.purpose}`);
    assert.equal(typeof b.value, 'string');
  }
  assert.match(a.target.source, IRI);
  const [quote, position] = a.target.selector;
  assert.equal(quote.type, 'TextQuoteSelector');
  assert.equal(position.type, 'TextPositionSelector');
  // TextPositionSelector counts code points.
  const cps = Array.from(text);
  assert.equal(cps.slice(position.start, position.end).join(''), quote.exact);
  assert.equal(cps.slice(0, position.start).join('').endsWith(quote.prefix), true);
  assert.equal(cps.slice(position.end).join('').startsWith(quote.suffix), true);
  assert.ok(!/^[\uDC00-\uDFFF]/.test(quote.prefix) && !/[\uD800-\uDBFF]$/.test(quote.suffix), 'no split surrogate pairs');
}

describe('W3C Web Annotation export', () => {
  for (const [name, make] of [['seed', seedDocument], ['emoji', emojiDocument], ['hostile', hostileDocument]] as const) {
    it(`every annotation is well formed and selects its text (${name})`, () => {
      const item = make();
      const collection = JSON.parse(toW3c(item)) as ReturnType<typeof toW3cCollection>;
      assert.equal(collection['@context'], 'http://www.w3.org/ns/anno.jsonld');
      assert.equal(collection.type, 'AnnotationCollection');
      assert.equal(collection.first.type, 'AnnotationPage');
      const items = collection.first.items;
      assert.equal(items.length, collection.total);
      assert.equal(items.length, item.annotations.mentions.length + item.annotations.quotes.length);
      assert.equal(new Set(items.map((a) => a.id)).size, items.length, 'ids are unique');
      for (const a of items) checkAnnotation(a, item.text);
    });
  }

  it('tags mentions with their entity type and identifies the entity', () => {
    const items = toW3cCollection(seedDocument()).first.items;
    const putin = items.find((a) => a.target.selector[0].exact === 'Putin')!;
    assert.equal(putin.motivation, 'identifying');
    assert.deepEqual(putin.body.map((b) => [b.purpose, 'value' in b ? b.value : b.source]), [['tagging', 'PERSON'], ['identifying', 'Vladimir Putin'], ['assessing', 'suggested']]);
    const quote = items.find((a) => a.target.selector[0].exact === '“baseless”')!;
    assert.equal(quote.motivation, 'tagging');
    assert.deepEqual(quote.body.map((b) => ('value' in b ? b.value : b.source)), ['QUOTE', 'speaker: Foreign Office', 'cue: said', 'suggested']);
  });

  it('marks user-added items as made by a person', () => {
    const items = toW3cCollection(seedDocument()).first.items;
    assert.equal(items.find((a) => a.target.selector[0].exact === 'Old Bailey')!.creator.type, 'Person');
    assert.equal(items.find((a) => a.target.selector[0].exact === 'Moscow')!.creator.type, 'Software');
  });
});
