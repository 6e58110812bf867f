import assert from 'node:assert/strict';
import { isGazetteerPlace } from '../../../src/core/nlp/names';
import { mentionsOf } from './helpers';

// The world-cities gazetteer is evidence for PLACE when nothing else types a name, and yields to any person cue.
const CASES: Array<{ name: string; unlearned?: true; text: string; has: string[]; hasNot?: string[] }> = [
  { name: 'a city with no cue at all is a place', text: 'Goma was quiet on Monday after a week of shelling.', has: ['Goma:PLACE'] },
  { name: 'a region opening a sentence is a place', text: 'Tigray has had no telephone service since the war began.', has: ['Tigray:PLACE'] },
  { name: 'two regions with no locative are places', text: 'Aid convoys reached Ituri and Tigray last week.', has: ['Ituri:PLACE', 'Tigray:PLACE'] },
  { name: 'a city as a subject is a place', text: 'Donetsk lost power again overnight, officials said.', has: ['Donetsk:PLACE'] },
  { name: 'a name GeoNames writes with diacritics matches its plain spelling', text: 'Rafah was shelled overnight; Khan Yunis was quiet.', has: ['Rafah:PLACE', 'Khan Yunis:PLACE'] },
  { name: 'a name written with diacritics matches too', text: 'Herāt has had no rain for a year.', has: ['Herāt:PLACE'] },
  { name: 'a headline in capitals is looked up in title case', text: 'FIGHTING FLARES IN DONETSK\nThe army said on Monday that it had fired back.', has: ['DONETSK:PLACE'] },
  { name: 'a country by the name FIFA and the Olympics give it is one place', text: 'Sweden beat Korea Republic on Monday. Chinese Taipei came third.', has: ['Korea Republic:PLACE', 'Chinese Taipei:PLACE'], hasNot: ['Korea:PLACE'] },
  { name: 'a country of two words opening a sentence is a place', text: 'IR Iran beat Morocco on Friday. China PR drew with Japan.', has: ['IR Iran:PLACE', 'China PR:PLACE'] },
  { name: 'a title makes a gazetteer name a person', text: 'Mr Goma told reporters the talks had failed.', has: ['Goma:PERSON'], hasNot: ['Goma:PLACE'] },
  { name: 'a following speech verb outweighs the gazetteer', unlearned: true, text: 'Goma said the talks had failed.', has: [], hasNot: ['Goma:PLACE'] },
  { name: 'a surname of the article keeps its person', text: 'Jean-Pierre Goma leads the delegation. Goma told reporters the talks had failed.', has: ['Goma:PERSON'], hasNot: ['Goma:PLACE'] },
  {
    name: 'a place name ending a longer name of the article is that name’s short form',
    text: 'Space Shuttle Columbia lifted off in 1981. Columbia was lost in 2003.',
    has: [], hasNot: ['Columbia:PLACE'],
  },
];

describe('nlp: world-cities gazetteer', () => {
  const check = (c: (typeof CASES)[number]): void => {
    const got = mentionsOf(c.text);
    for (const h of c.has) assert.ok(got.includes(h), `${h} not in ${JSON.stringify(got)}`);
    for (const h of c.hasNot ?? []) assert.ok(!got.includes(h), `${h} in ${JSON.stringify(got)}`);
  };
  for (const c of CASES.filter((x) => !x.unlearned)) it(c.name, () => check(c));
  // What the hand rules did and the learned recogniser does not (yet; see src/core/nlp/MODEL.md): each must still
  // fail, so that one it learns is moved back among the cases above.
  it('still misses the constructions it has not learned', () => {
    for (const c of CASES.filter((x) => x.unlearned)) assert.throws(() => check(c), assert.AssertionError, c.name);
  });

  it('holds populated places and first-level regions', () => {
    for (const name of ['Goma', 'Donetsk', 'Kherson', 'Tigray', 'Ituri', 'Rafah', 'Rafaḩ', 'Nablus', 'Khan Yunis']) assert.ok(isGazetteerPlace(name), name);
  });

  it('holds towns as English news now spells them, where GeoNames spells them otherwise', () => {
    for (const name of ['Odesa', 'Mykolaiv', 'Zaporizhzhia', 'Kramatorsk', 'Gurugram']) assert.ok(isGazetteerPlace(name), name);
    const got = mentionsOf('Russian drones struck Odesa overnight. Mykolaiv and Zaporizhzhia also came under fire.');
    for (const h of ['Odesa:PLACE', 'Mykolaiv:PLACE', 'Zaporizhzhia:PLACE']) assert.ok(got.includes(h), `${h} not in ${JSON.stringify(got)}`);
  });

  it('leaves out common words and personal names that are also places', () => {
    for (const name of ['Reading', 'Bath', 'Mobile', 'Nice', 'March', 'Split', 'Jackson', 'Lincoln', 'Victoria', 'Florence', 'Chester', 'Batman']) {
      assert.ok(!isGazetteerPlace(name), name);
    }
  });
});
