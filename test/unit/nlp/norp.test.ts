import assert from 'node:assert/strict';
import { mentionsOf } from './helpers';
import { isNorpName } from '../../../src/core/nlp/names';

describe('nlp: nationalities and groups (NORP)', () => {
  const TABLE: Array<[string, boolean]> = [
    ['Russian', true], ['British', true], ['Bulgarian', true], ['Afghans', true], ['Anglo-Russian', true], ['Sino-Japanese', true],
    ['Muslims', true], ['Republicans', true], ['English', true], ['Russia', false], ['Moscow', false], ['Anglo', false], ['russian', false],
    ['Korean', true], ['South Koreans', true], ['Saudi', true], ['Saudis', true], ['Sri Lankan', true], ['Kazakh', true],
    ['Uighurs', true], ['Rohingya', true], ['Houthis', true], ['Tamil', true], ['Tamil Nadu', false], ['Saudi Arabia', false],
    ['Korea', false], ['Chechen', true], ['Flemish', true], ['Croats', true], ['Kosovars', true], ['Chechnya', false],
    ['Conservatives', true], ['Liberals', true], ['Greens', true], ['Spaniard', true], ['Britons', true], ['Jesuit', true], ['Baloch', true],
  ];
  for (const [word, norp] of TABLE) it(`${word} ${norp ? 'is' : 'is not'} NORP`, () => assert.equal(isNorpName(word), norp));
  it('finds demonyms in running text, and not countries', () => {
    assert.deepEqual(mentionsOf('A Russian spy ring was foiled on British soil, straining Anglo-Russian relations with Russia.'),
      ['Russian:NORP', 'British:NORP', 'Anglo-Russian:NORP', 'Russia:PLACE']);
  });
  it('reads a two-word nationality as one, and the country as a place', () => {
    assert.deepEqual(mentionsOf('South Korean officials met Saudi diplomats in Seoul, where South Korea hosted them.'),
      ['South Korean:NORP', 'Saudi:NORP', 'Seoul:PLACE', 'South Korea:PLACE']);
  });
  it('splits a nationality off the name it qualifies', () => {
    const got = mentionsOf('Russian President Vladimir Putin spoke.');
    assert.deepEqual(got, ['Russian:NORP', 'Vladimir Putin:PERSON']);
  });
});
