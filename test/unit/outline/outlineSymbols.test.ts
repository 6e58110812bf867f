import { strict as assert } from 'node:assert';
import { documentOutline, firstMention } from '../../../src/core/outlineSymbols';
import { A, TEXT, annotate } from './fixtures';

describe('documentOutline', () => {
  it('nests type → entity → mention with ranges that cover the children, then the quotes', () => {
    const nodes = documentOutline(A);
    assert.deepEqual(nodes.map((n) => [n.kind, n.name]), [['type', 'People'], ['type', 'Places'], ['quotes', 'Quotes']]);
    const people = nodes[0];
    assert.equal(people.detail, '2 entities');
    for (const n of [people, ...people.children]) {
      assert.ok(n.start <= n.selectStart && n.selectEnd <= n.end, `${n.name}: selection inside range`);
      for (const c of n.children) assert.ok(n.start <= c.start && c.end <= n.end, `${c.name} inside ${n.name}`);
    }
    const putin = people.children.find((c) => c.name === 'Vladimir Putin')!;
    assert.deepEqual(putin.children.map((c) => [c.name, c.start]), [['Vladimir Putin', 0], ['Putin', TEXT.indexOf('Putin said')]]);
    assert.equal(putin.detail, '2 mentions');
    assert.equal(people.selectStart, 0);
    assert.deepEqual(nodes[2].children.map((q) => [q.name, q.detail]), [['“No.”', 'Putin'], ['“Yes.”', 'Lammy'], ['“Maybe.”', 'no speaker']]);
  });

  it('has no nodes for an article without annotations', () => {
    assert.deepEqual(documentOutline(annotate('Nothing here.', [])), []);
  });
});

describe('firstMention', () => {
  it('finds the earliest live mention of an entity', () => {
    const a = annotate('Kyiv, Kyiv, Kyiv.', [['Kyiv', 'PLACE', 'place:kyiv']]);
    a.mentions[0].status = 'rejected';
    assert.equal(firstMention(a, 'place:kyiv')?.start, 6);
    assert.equal(firstMention(a, 'place:nowhere'), undefined);
  });
});

