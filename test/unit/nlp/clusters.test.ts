import assert from 'node:assert/strict';
import { clusterExamples, clusterFeatures, clusterKey, wordCluster } from '../../../src/core/nlp/clusters';
import { describeFeature } from '../../../src/core/nlp/evidence';
import { CLUSTERS, FINE_PER_COARSE } from '../../../src/core/nlp/clusters.generated';

/** The line of the generated table that holds `word` (read from the table itself, not through the lookup). */
function lineOf(word: string): number {
  return CLUSTERS.split('\n').findIndex((line) => line.split(' ').includes(word));
}

describe('nlp: word clusters', () => {
  it('a word gets the fine cluster of the table line that holds it, and the coarse cluster above it', () => {
    for (const w of ['toyota', 'nairobi', 'smith', 'church', 'said']) {
      const line = lineOf(w);
      assert.ok(line >= 0, `${w} is in the table`);
      assert.deepEqual(wordCluster(w), { coarse: Math.floor(line / FINE_PER_COARSE), fine: line });
    }
  });

  it('words used alike share a cluster, words used differently do not', () => {
    const fine = (w: string): number | undefined => wordCluster(w)?.fine;
    assert.equal(fine('Volkswagen'), fine('Toyota'));
    assert.equal(fine('Nairobi'), fine('Lagos'));
    assert.notEqual(fine('Toyota'), fine('Nairobi'));
    assert.notEqual(fine('Nairobi'), fine('said'));
  });

  it('is case-insensitive and ignores diacritics', () => {
    assert.deepEqual(wordCluster('NAIROBI'), wordCluster('nairobi'));
    assert.deepEqual(wordCluster('Nairobi'), wordCluster('nairobi'));
    assert.equal(clusterKey('Zürich'), 'zurich');
    assert.ok(wordCluster('zurich'));
    assert.deepEqual(wordCluster('Zürich'), wordCluster('zurich'));
  });

  it('an unknown word or a number has no cluster', () => {
    assert.equal(wordCluster('Qwxzvbnmk'), undefined);
    assert.equal(wordCluster('1996'), undefined);
    assert.equal(wordCluster(''), undefined);
    assert.deepEqual(clusterFeatures('cf', 'Qwxzvbnmk'), ['cf=_']);
    assert.deepEqual(clusterFeatures('cf', undefined), ['cf=']);
  });

  it('features name the coarse and the fine cluster', () => {
    const c = wordCluster('Toyota');
    assert.ok(c);
    assert.deepEqual(clusterFeatures('cf', 'Toyota'), [`cf=c${c.coarse}`, `cf=f${c.fine}`]);
  });

  it('explanations name a cluster by its most frequent words', () => {
    const c = wordCluster('Toyota');
    assert.ok(c);
    const fine = clusterExamples(`f${c.fine}`);
    assert.equal(fine.length, 3);
    for (const w of fine) assert.equal(wordCluster(w)?.fine, c.fine);
    const coarse = clusterExamples(`c${c.coarse}`);
    for (const w of coarse) assert.equal(wordCluster(w)?.coarse, c.coarse);
    assert.deepEqual(clusterExamples('f99999'), []);
    assert.deepEqual(clusterExamples('x1'), []);
    assert.equal(describeFeature(`cf=f${c.fine}`), `first word like ${fine.map((w) => `"${w}"`).join(', ')}`);
    assert.equal(describeFeature('cf=_'), 'first word: unknown word');
  });

  it('each word of the table is in one cluster only', () => {
    const words = CLUSTERS.split(/[\n ]/).filter((w) => w.length > 0);
    assert.equal(new Set(words).size, words.length);
    assert.ok(words.length >= 10000);
  });
});
