import { strict as assert } from 'node:assert';
import { articleOutline, workspaceOutline } from '../../../src/core/outlineGroups';
import { A, TEXT, annotate } from './fixtures';

describe('articleOutline', () => {
  it('groups mentions by type then entity, most mentioned first, in document order inside', () => {
    const groups = articleOutline(A);
    assert.deepEqual(groups.map((g) => g.type), ['PERSON', 'PLACE']);
    const people = groups[0].entities;
    assert.deepEqual(people.map((e) => e.entity.id), ['person:david-lammy', 'person:vladimir-putin']);
    assert.deepEqual(people[1].mentions.map((m) => m.text), ['Vladimir Putin', 'Putin']);
    assert.deepEqual(people[1].quotes.map((q) => q.text), ['“No.”']);
    assert.deepEqual(groups[1].entities[0].mentions.map((m) => m.start), [TEXT.indexOf('Moscow'), TEXT.lastIndexOf('Moscow')]);
  });

  it('leaves out rejected mentions and quotes, and entities left with none', () => {
    const a = annotate('Moscow and Kyiv. Kyiv said “x”.', [['Moscow', 'PLACE', 'place:moscow', 'rejected'], ['Kyiv', 'PLACE', 'place:kyiv']], [['“x”', 'Kyiv', 'rejected']]);
    const groups = articleOutline(a);
    assert.deepEqual(groups.map((g) => g.entities.map((e) => e.entity.id)), [['place:kyiv']]);
    assert.equal(groups[0].entities[0].quotes.length, 0);
  });

  it('lists a mention whose entity record is missing under a stand-in entity', () => {
    const a = annotate('Ann met Bob.', [['Ann', 'PERSON', 'person:ann'], ['Bob', 'PERSON', 'person:bob']]);
    a.entities = a.entities.filter((e) => e.id !== 'person:bob');
    const bob = articleOutline(a)[0].entities.find((e) => e.entity.id === 'person:bob');
    assert.equal(bob?.entity.name, 'Bob');
  });

  it('files a retyped mention under its new type', () => {
    const a = annotate('Jordan won.', [['Jordan', 'PLACE', 'place:jordan']]);
    a.mentions[0].type = 'PERSON';
    assert.deepEqual(articleOutline(a).map((g) => g.type), ['PERSON']);
  });
});

describe('workspaceOutline', () => {
  it('merges the same entity id across articles and keeps each article share', () => {
    const b = annotate('Putin spoke in Kyiv.', [['Putin', 'PERSON', 'person:vladimir-putin'], ['Kyiv', 'PLACE', 'place:kyiv']]);
    const groups = workspaceOutline([{ key: 'file:///a', annotations: A }, { key: 'file:///b', annotations: b }]);
    const putin = groups.find((g) => g.type === 'PERSON')!.entities.find((e) => e.id === 'person:vladimir-putin')!;
    assert.equal(putin.name, 'Vladimir Putin');
    assert.equal(putin.mentionCount, 3);
    assert.equal(putin.quoteCount, 1);
    assert.deepEqual(putin.articles.map((x) => [x.key, x.mentions.length]), [['file:///a', 2], ['file:///b', 1]]);
    assert.deepEqual(putin.aliases, ['Putin']);
    assert.deepEqual(groups.find((g) => g.type === 'PLACE')!.entities.map((e) => e.id), ['place:moscow', 'place:kyiv']);
  });

  it('is empty for no articles', () => {
    assert.deepEqual(workspaceOutline([]), []);
  });

  it('groups each article with the function it is given (a filtered or memoised outline)', () => {
    const b = annotate('Putin spoke in Kyiv.', [['Putin', 'PERSON', 'person:vladimir-putin'], ['Kyiv', 'PLACE', 'place:kyiv']]);
    const seen: string[] = [];
    const placesOnly = (x: typeof A): ReturnType<typeof articleOutline> => {
      seen.push(x.document.path);
      return articleOutline(x).filter((g) => g.type === 'PLACE');
    };
    const groups = workspaceOutline([{ key: 'a', annotations: A }, { key: 'b', annotations: b }], placesOnly);
    assert.deepEqual(groups.map((g) => g.type), ['PLACE']);
    assert.deepEqual(groups[0].entities.map((e) => e.name).sort(), ['Kyiv', 'Moscow']);
    assert.equal(seen.length, 2, 'called once per article');
  });
});

