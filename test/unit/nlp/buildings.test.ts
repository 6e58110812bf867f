import { strict as assert } from 'node:assert';
import { paragraphRule } from '../../../src/core/nlp/handRules';
import { mentionsOf } from './helpers';

/** The hand rule's type for `name` in `paragraph` (undefined: left to the recogniser). */
function ruled(paragraph: string, name: string): string | null | undefined {
  const start = paragraph.indexOf(name);
  return paragraphRule(paragraph, start, start + name.length, name)?.type;
}

describe('nlp: buildings after a locative', () => {
  it('a building or ground after at, in, outside … is a place', () => {
    assert.equal(ruled('Fans queued at the Quellton Arena before the game.', 'Quellton Arena'), 'PLACE');
    assert.equal(ruled('She sang in Varrow Hall in 1984.', 'Varrow Hall'), 'PLACE');
    assert.equal(ruled('Protesters gathered outside Brisk Airport.', 'Brisk Airport'), 'PLACE');
    assert.equal(ruled('Delegates met at the Quellton Convention Centre.', 'Quellton Convention Centre'), 'PLACE');
    assert.ok(mentionsOf('Fans queued at the Quellton Arena before the game.').includes('Quellton Arena:PLACE'));
  });

  it('leaves heads that also name institutions, names with of, and buildings without a locative to the recogniser', () => {
    assert.equal(ruled('He worked at the Quellton Space Center for years.', 'Quellton Space Center'), undefined);
    assert.equal(ruled('She was a nurse at Varrow Hospital.', 'Varrow Hospital'), undefined);
    assert.equal(ruled('He studied at the Museum of Tidal Arts.', 'Museum of Tidal Arts'), undefined);
    assert.equal(ruled('The Quellton Arena opened in May.', 'Quellton Arena'), undefined);
  });
});
