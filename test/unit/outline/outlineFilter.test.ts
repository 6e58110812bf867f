import { strict as assert } from 'node:assert';
import { describeFilter, filterAnnotations, isEmptyFilter, NO_FILTER } from '../../../src/core/outlineFilter';
import { articleOutline } from '../../../src/core/outlineGroups';
import { A } from './fixtures';

const names = (a: typeof A): string[] => articleOutline(a).flatMap((g) => g.entities.map((e) => e.entity.name));

describe('filterAnnotations', () => {
  it('passes everything without a filter', () => {
    assert.equal(filterAnnotations(A, NO_FILTER), A);
    assert.equal(isEmptyFilter({ types: [], statuses: [], text: '  ' }), true);
  });

  it('keeps one type', () => {
    const f = filterAnnotations(A, { ...NO_FILTER, types: ['PLACE'] });
    assert.deepEqual(names(f), ['Moscow']);
    assert.deepEqual(f.quotes, [], 'quotes of people go with them');
  });

  it('keeps one status', () => {
    const f = filterAnnotations(A, { ...NO_FILTER, statuses: ['accepted'] });
    assert.deepEqual(f.mentions.map((m) => m.text), ['Putin']);
    assert.deepEqual(f.quotes, []);
  });

  it('matches text against the entity name, case-insensitively', () => {
    const f = filterAnnotations(A, { ...NO_FILTER, text: 'vladimir' });
    assert.deepEqual(names(f), ['Vladimir Putin']);
    assert.deepEqual(f.mentions.map((m) => m.text), ['Vladimir Putin', 'Putin'], 'the surname matches through its entity');
    assert.deepEqual(f.quotes.map((q) => q.text), ['“No.”']);
  });

  it('combines type, status and text', () => {
    const f = filterAnnotations(A, { types: ['PERSON'], statuses: ['suggested'], text: 'lammy' });
    assert.deepEqual(f.mentions.map((m) => m.text), ['Lammy', 'Lammy']);
  });

  it('describes itself', () => {
    assert.equal(describeFilter(NO_FILTER), '');
    assert.equal(describeFilter({ types: ['ORG', 'PERSON'], statuses: ['suggested'], text: ' putin ' }), 'Filter: PERSON, ORG · suggested · "putin"');
  });
});
