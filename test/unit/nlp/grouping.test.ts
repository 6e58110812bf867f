import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/nlp/analyze';
import { entityOf } from './helpers';

describe('nlp: entity grouping', () => {
  it('groups a full name, a surname and a titled surname', () => {
    const text = 'Vladimir Putin spoke. Putin was angry. It came from President Putin.';
    const r = analyze(text);
    const ids = new Set(r.mentions.filter((m) => m.type === 'PERSON').map((m) => m.entityId));
    assert.deepEqual([...ids], ['person:vladimir-putin']);
    const e = r.entities.find((x) => x.id === 'person:vladimir-putin');
    assert.deepEqual({ name: e?.name, aliases: e?.aliases, mentionCount: e?.mentionCount, descriptors: e?.descriptors },
      { name: 'Vladimir Putin', aliases: ['Putin'], mentionCount: 3, descriptors: ['President'] });
  });
  it('groups a country with its aliases under the longest form', () => {
    const e = entityOf('The UK acted. The United Kingdom said so. Britain agreed.', 'UK');
    assert.deepEqual({ name: e?.name, aliases: e?.aliases, mentionCount: e?.mentionCount }, { name: 'United Kingdom', aliases: ['UK', 'Britain'], mentionCount: 3 });
  });
  it('links an acronym in brackets to its name', () => {
    // Typing a possessive country's institution (`Russia’s Federal Security Service`) is the recogniser's part,
    // pinned with the name finder's cases; grouping is what this tests.
    const e = entityOf('In a statement, the Federal Security Service (FSB) said it had acted. The FSB named them.', 'FSB');
    assert.equal(e?.name, 'Federal Security Service');
    assert.equal(e?.mentionCount, 3);
  });
  it('links an acronym to a name with the same initials', () => {
    const e = entityOf('The World Health Organisation warned on Monday. The WHO said more was needed.', 'WHO');
    assert.equal(e?.name, 'World Health Organisation');
  });
  it('keeps two people with one surname apart, linking each surname to the nearest full name before it', () => {
    const text = 'Stan Lee arrived. Lee smiled. Later Brenda Lee sang. Lee bowed.';
    const r = analyze(text);
    const lees = r.mentions.filter((m) => m.text === 'Lee').map((m) => m.entityId);
    assert.deepEqual(lees, ['person:stan-lee', 'person:brenda-lee']);
  });
  it('reads a surname that is also a town as the person the article names in full', () => {
    for (const [text, surname] of [
      ['Grace Memphis, a teacher from Ohio, said the school would reopen. Memphis said the repairs took a month.', 'Memphis'],
      ['The club signed Kevin Denver on Monday. Coaches praised Denver for his speed.', 'Denver'],
      ['Police questioned Helen Boston after the fire.\n\nBoston, 42, was later released without charge.', 'Boston'],
      ['Omar Cairo won the vote by 300 ballots. Supporters of Cairo celebrated late into the night.', 'Cairo'],
    ] as const) {
      const r = analyze(text);
      const later = r.mentions.filter((m) => m.text === surname);
      assert.equal(later.length, 1, text);
      assert.equal(later[0]?.type, 'PERSON', text);
      assert.equal(later[0]?.entityId, r.mentions.find((m) => m.text.endsWith(` ${surname}`))?.entityId, text);
    }
  });
  it('keeps the town where its own sentence places it, and where no person of that name came before', () => {
    const at = analyze('Helen Boston, a nurse, moved last year. She now works in Boston.').mentions.filter((m) => m.text === 'Boston');
    assert.deepEqual(at.map((m) => m.type), ['PLACE']);
    const before = analyze('Boston was quiet on Sunday. Later Helen Boston, a nurse, spoke to reporters.').mentions.filter((m) => m.text === 'Boston');
    assert.deepEqual(before.map((m) => m.type), ['PLACE']);
    const region = analyze('Kevin Denver signed on Monday. Fans in the stadium at Denver, Colorado cheered.').mentions.filter((m) => m.text === 'Denver');
    assert.deepEqual(region.map((m) => m.type), ['PLACE']);
  });
  it('gives one sense per article: a name typed once is typed everywhere', () => {
    const text = 'The arrest of Orlin Roussev, 47, was filmed. Roussev denied it. Roussev appealed.';
    const r = analyze(text);
    assert.deepEqual(r.mentions.filter((m) => m.text.includes('Roussev')).map((m) => `${m.text}:${m.entityId}`),
      ['Orlin Roussev:person:orlin-roussev', 'Roussev:person:orlin-roussev', 'Roussev:person:orlin-roussev']);
  });
  it('makes ids from type and canonical name', () => {
    const r = analyze('Keir Starmer met officials in Great Yarmouth.');
    assert.deepEqual(r.entities.map((e) => e.id), ['person:keir-starmer', 'place:great-yarmouth']);
  });
  it('filters by type on request', () => {
    const r = analyze('Keir Starmer met Russian officials in Great Yarmouth.', { types: ['PLACE'] });
    assert.deepEqual(r.mentions.map((m) => m.text), ['Great Yarmouth']);
    assert.deepEqual(r.entities.map((e) => e.type), ['PLACE']);
  });
});
