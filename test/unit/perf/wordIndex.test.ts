import assert from 'node:assert/strict';
import { createWordIndex } from '../../../src/core/nlp/wordIndex';

describe('perf: word index kept up to date across edits', () => {
  it('counts a word in while any paragraph has it, and out when the last one goes', () => {
    const a = new Set(['said', 'the']);
    const b = new Set(['the', 'minister']);
    const c = new Set(['party']);
    const index = createWordIndex();
    index.update([a, b]);
    assert.ok(index.has('said') && index.has('the') && index.has('minister'));
    index.update([b, c]);
    assert.ok(!index.has('said'));
    assert.ok(index.has('the') && index.has('party'));
    // The same paragraph twice, then once: its words stay.
    index.update([c, c]);
    index.update([c]);
    assert.ok(index.has('party') && !index.has('the'));
    index.update([]);
    assert.ok(!index.has('party'));
  });
});
