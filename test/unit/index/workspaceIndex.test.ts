import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { analyze } from '../../../src/core/nlp/analyze';
import type { DocumentAnnotations } from '../../../src/core/model';
import {
  CacheError, INDEX_SCHEMA, WorkspaceIndex, parseIndexCache, progressLabel, reviewProgress, sameFile, type FileStamp,
} from '../../../src/core/workspaceIndex';
import { A, TEXT, annotate } from '../outline/fixtures';

const stamp = (n: number): FileStamp => ({ mtime: 1_700_000_000_000 + n, size: 100 + n, sha256: `hash${n}` });
const META = { analyzer: '0.1.0', decisions: { 'file:///w/news-annotations.json': '17:42' } };

const B = annotate('Putin spoke in Kyiv. Kyiv replied. Moscow said “No”.', [
  ['Putin', 'PERSON', 'person:vladimir-putin'],
  ['Kyiv', 'PLACE', 'place:kyiv'],
  ['Moscow', 'PLACE', 'place:moscow', 'rejected'],
], [['“No”', 'Moscow', 'accepted']]);

function twoArticles(): WorkspaceIndex {
  const index = new WorkspaceIndex();
  index.set('file:///w/a.txt', stamp(1), A);
  index.set('file:///w/b.txt', stamp(2), B);
  return index;
}

describe('WorkspaceIndex', () => {
  it('counts live mentions and articles per entity, leaving out rejected mentions', () => {
    const index = twoArticles();
    assert.deepEqual(index.counts('person:vladimir-putin'), { mentions: 3, articles: 2 });
    assert.deepEqual(index.counts('place:moscow'), { mentions: 2, articles: 1 }, 'the rejected Moscow of b.txt is not counted');
    assert.deepEqual(index.counts('place:kyiv'), { mentions: 2, articles: 1 });
    assert.deepEqual(index.counts('person:nobody'), { mentions: 0, articles: 0 });
  });

  it('leaves out the articles the caller counts itself', () => {
    const index = twoArticles();
    assert.deepEqual(index.counts('person:vladimir-putin', new Set(['file:///w/a.txt'])), { mentions: 1, articles: 1 });
  });

  it('lists the articles that mention an entity', () => {
    assert.deepEqual(twoArticles().articlesOf('person:vladimir-putin'), ['file:///w/a.txt', 'file:///w/b.txt']);
    assert.deepEqual(twoArticles().articlesOf('place:kyiv'), ['file:///w/b.txt']);
  });

  it('replaces an article on a second set, without counting it twice', () => {
    const index = twoArticles();
    index.set('file:///w/b.txt', stamp(3), annotate('Kyiv.', [['Kyiv', 'PLACE', 'place:kyiv']]));
    assert.equal(index.size, 2);
    assert.deepEqual(index.counts('person:vladimir-putin'), { mentions: 2, articles: 1 });
    assert.deepEqual(index.counts('place:kyiv'), { mentions: 1, articles: 1 });
    assert.equal(index.get('file:///w/b.txt')?.stamp.sha256, 'hash3');
  });

  it('forgets a deleted article and its postings', () => {
    const index = twoArticles();
    assert.equal(index.delete('file:///w/b.txt'), true);
    assert.equal(index.delete('file:///w/b.txt'), false);
    assert.deepEqual(index.counts('place:kyiv'), { mentions: 0, articles: 0 });
    assert.deepEqual(index.keys(), ['file:///w/a.txt']);
  });

  it('moves a renamed article to its new key and path, keeping its analysis', () => {
    const index = twoArticles();
    assert.equal(index.rename('file:///w/b.txt', 'file:///w/c.txt', 'c.txt'), true);
    assert.equal(index.get('file:///w/b.txt'), undefined);
    assert.equal(index.get('file:///w/c.txt')?.annotations.document.path, 'c.txt');
    assert.deepEqual(index.articlesOf('place:kyiv'), ['file:///w/c.txt']);
    assert.equal(index.rename('file:///w/none.txt', 'file:///w/x.txt', 'x.txt'), false);
  });

  it('keeps review progress per article: decided items of all items', () => {
    const index = twoArticles();
    // b.txt: Putin, Kyiv ×2 suggested; Moscow rejected; the quote accepted.
    assert.deepEqual(index.get('file:///w/b.txt')?.progress, { reviewed: 2, total: 5 });
    assert.equal(progressLabel({ reviewed: 41, total: 57 }), '41/57 reviewed');
    assert.deepEqual(reviewProgress(A), { reviewed: 1, total: A.mentions.length + A.quotes.length });
  });

  it('drops descriptors but keeps names, aliases and notes', () => {
    const a: DocumentAnnotations = { ...A, entities: A.entities.map((e) => ({ ...e, descriptors: ['President'], aliases: ['Putin'], note: 'n' })) };
    const index = new WorkspaceIndex();
    const e = index.set('k', stamp(1), a).annotations.entities[0];
    assert.deepEqual(e.descriptors, []);
    assert.deepEqual(e.aliases, ['Putin']);
    assert.equal(e.note, 'n');
  });

  it('tells an unchanged file from its modification time and size', () => {
    assert.equal(sameFile(stamp(1), { mtime: stamp(1).mtime, size: stamp(1).size }), true);
    assert.equal(sameFile(stamp(1), { mtime: stamp(1).mtime + 1, size: stamp(1).size }), false);
    assert.equal(sameFile(stamp(1), { mtime: stamp(1).mtime, size: 0 }), false);
  });
});

describe('index cache', () => {
  it('reads back exactly what it wrote', () => {
    const index = twoArticles();
    const loaded = parseIndexCache(index.serialize(META));
    assert.deepEqual(loaded.meta, META);
    assert.deepEqual(loaded.index.keys().sort(), index.keys().sort());
    for (const key of index.keys()) assert.deepEqual(loaded.index.get(key), index.get(key), key);
    assert.deepEqual(loaded.index.counts('person:vladimir-putin'), { mentions: 3, articles: 2 });
  });

  it('round-trips a real analysis of the seed article', () => {
    const text = readFileSync(new URL('../../fixtures/workspace/seed-article.txt', import.meta.url), 'utf8');
    const index = new WorkspaceIndex();
    index.set('file:///w/seed.txt', stamp(9), analyze(text, { path: 'seed.txt' }));
    const back = parseIndexCache(index.serialize(META)).index.get('file:///w/seed.txt');
    assert.deepEqual(back, index.get('file:///w/seed.txt'));
    assert.ok((back?.annotations.mentions.length ?? 0) > 10);
    for (const m of back?.annotations.mentions ?? []) assert.equal(m.text, text.slice(m.start, m.end));
  });

  const broken: Array<[string, string]> = [
    ['not JSON', '{"schema": "news-annotator/index@1", '],
    ['another schema', JSON.stringify({ schema: 'news-annotator/index@0', analyzer: '1', decisions: {}, articles: [] })],
    ['no articles', JSON.stringify({ schema: INDEX_SCHEMA, analyzer: '1', decisions: {} })],
    ['a mention pointing at no entity', JSON.stringify({ schema: INDEX_SCHEMA, analyzer: '1', decisions: {}, articles: [{ k: 'a', p: 'a', n: 1, s: [1, 1, ''], e: [], t: ['x'], m: [0, 1, 0, 0, 0, 0, 0], q: [] }] })],
    ['a truncated mention array', JSON.stringify({ schema: INDEX_SCHEMA, analyzer: '1', decisions: {}, articles: [{ k: 'a', p: 'a', n: 1, s: [1, 1, ''], e: [], t: [], m: [0, 1], q: [] }] })],
    ['null', 'null'],
  ];
  for (const [what, text] of broken) {
    it(`rejects a cache with ${what} as a CacheError`, () => {
      assert.throws(() => parseIndexCache(text), CacheError);
    });
  }

  it('leaves out the articles it is told to skip (those waiting to be analysed again)', () => {
    const loaded = parseIndexCache(twoArticles().serialize(META, new Set(['file:///w/a.txt'])));
    assert.deepEqual(loaded.index.keys(), ['file:///w/b.txt']);
  });

  it('finds TEXT offsets intact after a round trip', () => {
    const back = parseIndexCache(twoArticles().serialize(META)).index.get('file:///w/a.txt');
    for (const m of back?.annotations.mentions ?? []) assert.equal(m.text, TEXT.slice(m.start, m.end));
  });
});
