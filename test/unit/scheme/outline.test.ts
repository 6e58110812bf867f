import { strict as assert } from 'node:assert';
import { describeFilter } from '../../../src/core/outlineFilter';
import { articleOutline } from '../../../src/core/outlineGroups';
import { typeHeading } from '../../../src/core/outlineLabels';
import { documentOutline } from '../../../src/core/outlineSymbols';
import { resolveScheme } from '../../../src/core/scheme';
import { annotate } from '../outline/fixtures';

const scheme = resolveScheme({ types: [{ id: 'PARTY', label: 'Political party', parent: 'ORG', colour: '#8e44ad' }], quoteAttributes: [], disabled: [] });

describe('outline and tree with a scheme type', () => {
  const a = annotate('Labour and Ann met in Leeds.', [['Labour', 'PARTY', 'party:labour'], ['Ann', 'PERSON', 'person:ann'], ['Leeds', 'PLACE', 'place:leeds']]);

  it('keeps the scheme type as a group of its own, after the built-in types', () => {
    assert.deepEqual(articleOutline(a).map((g) => g.type), ['PERSON', 'PLACE', 'PARTY']);
  });

  it('names it by its label where the scheme is known, by its id otherwise', () => {
    assert.equal(typeHeading('PARTY', scheme), 'Political party');
    assert.equal(typeHeading('PARTY'), 'PARTY');
    assert.equal(typeHeading('PERSON', scheme), 'People');
    assert.deepEqual(documentOutline(a, scheme).map((n) => n.name).slice(0, 3), ['People', 'Places', 'Political party']);
  });

  it('describes a filter on it', () => {
    assert.equal(describeFilter({ types: ['PARTY', 'PERSON'], statuses: [], text: '' }), 'Filter: PERSON, PARTY');
  });
});
