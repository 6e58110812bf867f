import assert from 'node:assert/strict';
import { entityOf, mentionsOf } from './helpers';

// Titles and honorifics leave the span and become descriptors of the person.
const CASES: Array<{ text: string; mention: string; descriptor: string }> = [
  { text: 'Foreign Secretary David Lammy defended the decision.', mention: 'David Lammy', descriptor: 'Foreign Secretary' },
  { text: 'Sir Keir Starmer voiced support for Ukraine.', mention: 'Keir Starmer', descriptor: 'Sir' },
  { text: 'It is what we expect from President Putin and his regime.', mention: 'Putin', descriptor: 'President' },
  { text: 'NASA Administrator Charles Bolden announced the plan.', mention: 'Charles Bolden', descriptor: 'Administrator' },
  { text: 'Russian President Vladimir Putin spoke.', mention: 'Vladimir Putin', descriptor: 'Russian' },
  { text: 'According to Afghan Ambassador Hamdullah Mohib, the team was delighted.', mention: 'Hamdullah Mohib', descriptor: 'Afghan' },
  { text: 'Crown prosecutor Mark Tedeschi, QC, told the court.', mention: 'Mark Tedeschi', descriptor: 'QC' },
  { text: 'The arrest of spy chief Orlin Roussev in Great Yarmouth.', mention: 'Orlin Roussev', descriptor: 'spy chief' },
  { text: 'The group’s 47-year-old ringleader Orlin Roussev admitted it.', mention: 'Orlin Roussev', descriptor: '47' },
  { text: 'The team’s coach, Alireza Mehraban, was proud.', mention: 'Alireza Mehraban', descriptor: 'coach' },
  { text: 'Bulgarian nationals Katrin Ivanova, 33, Vanya Gaberova, 30, and Tihomir Ivanov Ivanchev, 39, were convicted.', mention: 'Tihomir Ivanov Ivanchev', descriptor: 'Bulgarian' },
  { text: 'Prosecutor Susan Ferrier told the court that he had lied.', mention: 'Susan Ferrier', descriptor: 'Prosecutor' },
  { text: 'Meteorologist Estael Sias said more rain was coming.', mention: 'Estael Sias', descriptor: 'Meteorologist' },
  { text: 'Councilman Frank DeLuca said he would ask the city.', mention: 'Frank DeLuca', descriptor: 'Councilman' },
  { text: 'Health Minister Roger Kamba said the government was ready.', mention: 'Roger Kamba', descriptor: 'Health Minister' },
  { text: 'Professor Sir Stephen Powis said the figures were poor.', mention: 'Stephen Powis', descriptor: 'Professor Sir' },
];

describe('nlp: titles and descriptors', () => {
  for (const c of CASES) {
    it(`${c.mention} ← ${c.descriptor}`, () => {
      assert.ok(mentionsOf(c.text).includes(`${c.mention}:PERSON`), JSON.stringify(mentionsOf(c.text)));
      const e = entityOf(c.text, c.mention);
      assert.ok(e?.descriptors.includes(c.descriptor), JSON.stringify(e));
    });
  }
  it('a title alone is not a name', () => {
    assert.deepEqual(mentionsOf('The Prime Minister’s official spokesman said so.'), []);
  });
  it('a title inside an organisation name stays in it', () => {
    assert.ok(mentionsOf('The Foreign Office had stripped a diplomat.').includes('Foreign Office:ORG'));
  });
});
