import { strict as assert } from 'node:assert';
import { countOf, quoteLabel } from '../../../src/core/outlineLabels';

describe('quoteLabel and countOf', () => {
  it('flattens and shortens long quotes', () => {
    assert.equal(quoteLabel('“a\n b”'), '“a b”');
    const long = quoteLabel(`“${'word '.repeat(30)}”`, 20);
    assert.equal(long.length, 20);
    assert.ok(long.endsWith('…'));
  });
  it('says singular and plural right', () => {
    assert.deepEqual([countOf(1, 'quote'), countOf(2, 'quote'), countOf(0, 'entity', 'entities')], ['1 quote', '2 quotes', '0 entities']);
  });
});

