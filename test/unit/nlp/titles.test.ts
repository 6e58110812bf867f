import assert from 'node:assert/strict';
import { findNames } from '../../../src/core/nlp/names';
import { tokenize } from '../../../src/core/nlp/tokens';
import { entityOf, mentionsOf } from './helpers';

/** The candidate spans the name finder proposes in one paragraph (before any typing). */
const spans = (text: string): string[] => findNames(text, tokenize(text), { tagger: null, runs: null }).candidates.map((c) => c.text);

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
  // A portfolio after `of`, when compromise does not know the holder's given name, or a title word opens it.
  { text: 'Secretary of State Antony Blinken flew to Riyadh.', mention: 'Antony Blinken', descriptor: 'Secretary of State' },
  { text: 'Minister of Foreign Affairs Sergei Lavrov met him.', mention: 'Sergei Lavrov', descriptor: 'Minister of Foreign Affairs' },
  { text: 'Saudi Crown Prince Mohammed bin Salman received the envoy.', mention: 'Mohammed bin Salman', descriptor: 'Crown Prince' },
  // A portfolio after `for`, after `of the`, or of two words the second of which only the common nouns hold.
  { text: 'Minister for Health Dara Kielty said the wards were full.', mention: 'Dara Kielty', descriptor: 'Minister for Health' },
  { text: 'The Minister for Foreign Affairs Conor Breslin flew to Brussels.', mention: 'Conor Breslin', descriptor: 'Minister for Foreign Affairs' },
  { text: 'Chancellor of the Exchequer Helen Marwood set out the budget.', mention: 'Helen Marwood', descriptor: 'Chancellor of the Exchequer' },
  { text: 'Director of Public Prosecutions Martin Osgood declined to comment.', mention: 'Martin Osgood', descriptor: 'Director of Public Prosecutions' },
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
  it('a title word opening a name that is no person’s stays in it; before a person’s name it is a title', () => {
    for (const name of ['General Electric', 'Home Depot', 'Major League Baseball']) assert.ok(spans(`Shares in ${name} rose on Monday.`).includes(name), name);
    const general = findNames('Yesterday General Dana Mirelle said.', tokenize('Yesterday General Dana Mirelle said.'), { tagger: null, runs: null }).candidates;
    assert.deepEqual(general.map((c) => [c.text, c.descriptors]), [['Dana Mirelle', ['General']]]);
  });
  it('Dutch particles stay inside a name', () => {
    assert.ok(spans('The club said manager Joris ten Valk and goalkeeper Marc ter Brugge would stay.').includes('Joris ten Valk'));
    assert.ok(spans('The club said manager Joris ten Valk and goalkeeper Marc ter Brugge would stay.').includes('Marc ter Brugge'));
  });
  it('a title capitalised only as the first word, its office running on in lower case, is no name', () => {
    assert.ok(!spans('Profits fell.\nChief executive Dana Mirelle said the quarter was hard.').includes('Chief'));
    assert.ok(!spans('Deputy prime minister Tomas Venn resigned.').includes('Deputy'));
    assert.ok(spans('Prince said he would tour.').includes('Prince'));
  });
  it('an organisation as an office’s portfolio is a name of its own, the office’s place or field is not', () => {
    assert.deepEqual(spans('Governor of the Bank of Velmar Andrew Coyle spoke.'), ['Bank of Velmar', 'Andrew Coyle']);
    assert.deepEqual(spans('Commissioner of the Metropolitan Police Mark Dalby said.'), ['Metropolitan Police', 'Mark Dalby']);
    assert.deepEqual(spans('Minister of State for Trade Douglas Ardmore agreed.'), ['Douglas Ardmore']);
    assert.deepEqual(spans('Minister for Health Dara Kielty said so.'), ['Dara Kielty']);
  });
  it('a title inside an organisation name stays in it', () => {
    assert.ok(mentionsOf('The Foreign Office had stripped a diplomat.').includes('Foreign Office:ORG'));
  });

  // An office between two names: the organisation or place that holds it, and the person who holds it.
  const OFFICES: Array<{ text: string; has: string[]; descriptor: string }> = [
    { text: 'Brightwater Holdings Chief Executive Zorbel Quintar said the deal would close.', has: ['Brightwater Holdings', 'Zorbel Quintar'], descriptor: 'Chief Executive' },
    { text: 'Yesterday Quellport Governor Dana Mirelle signed the bill.', has: ['Quellport', 'Dana Mirelle'], descriptor: 'Governor' },
    { text: 'On Monday White House Press Secretary Orla Penhaligon told reporters.', has: ['White House', 'Orla Penhaligon'], descriptor: 'Press Secretary' },
    { text: 'Then Harbour Party Leader Tomas Venn spoke.', has: ['Harbour Party', 'Tomas Venn'], descriptor: 'Leader' },
    { text: 'Shares fell after Dunmore Logistics Chief Financial Officer Ilse Varga resigned.', has: ['Dunmore Logistics', 'Ilse Varga'], descriptor: 'Chief Financial Officer' },
    { text: 'Later Burger King Chief Executive Zorbel Quintar said sales rose.', has: ['Burger King', 'Zorbel Quintar'], descriptor: 'Chief Executive' },
    { text: 'Former U.S. President Dana Mirelle endorsed the candidate.', has: ['U.S.', 'Dana Mirelle'], descriptor: 'President' },
    { text: 'Yesterday EU High Representative Dana Mirelle met the minister.', has: ['EU', 'Dana Mirelle'], descriptor: 'High Representative' },
    { text: 'Yesterday General Motors Chief Executive Dana Mirelle said sales rose.', has: ['General Motors', 'Dana Mirelle'], descriptor: 'Chief Executive' },
    { text: 'Yesterday Major League Baseball Commissioner Dana Mirelle said the season would start.', has: ['Major League Baseball', 'Dana Mirelle'], descriptor: 'Commissioner' },
    { text: 'Federal Reserve Chair Dana Mirelle said rates would stay high.', has: ['Federal Reserve', 'Dana Mirelle'], descriptor: 'Chair' },
  ];
  for (const c of OFFICES) {
    it(`an office between two names: ${c.has.join(' / ')}`, () => {
      const found = spans(c.text);
      for (const name of c.has) assert.ok(found.includes(name), JSON.stringify(found));
      const holder = c.has[c.has.length - 1] as string;
      const cand = findNames(c.text, tokenize(c.text), { tagger: null, runs: null }).candidates.find((x) => x.text === holder);
      assert.ok(cand?.descriptors.includes(c.descriptor), JSON.stringify(cand?.descriptors));
      assert.ok(cand?.features.includes('e:title'), JSON.stringify(cand?.features));
    });
  }
  it('one word before a company’s office names the company, whatever else it means; a portfolio does not', () => {
    const text = 'Apple CEO Dana Mirelle said sales rose.';
    const found = findNames(text, tokenize(text), { tagger: null, runs: null }).candidates;
    assert.deepEqual(found.map((c) => c.text), ['Apple', 'Dana Mirelle']);
    assert.ok(found[0]?.features.includes('e:before-office'), JSON.stringify(found[0]?.features));
    assert.deepEqual(found[1]?.descriptors, ['CEO']);
    assert.deepEqual(spans('Finance Chief Dana Mirelle said sales rose.'), ['Dana Mirelle']);
    assert.deepEqual(spans('Health Minister Dana Mirelle said so.'), ['Dana Mirelle']);
  });
  it('a name before an office in lower case and its holder is whose office it is (e:before-office)', () => {
    const featuresOf = (text: string, name: string): string[] => findNames(text, tokenize(text), { tagger: null, runs: null }).candidates.find((c) => c.text === name)?.features ?? [];
    assert.ok(featuresOf('Shares rose after Brightwater founder Dana Mirelle spoke.', 'Brightwater').includes('e:before-office'));
    assert.ok(featuresOf('Yesterday Brightwater chief executive Dana Mirelle spoke.', 'Brightwater').includes('e:before-office'));
    assert.ok(!featuresOf('Shares rose after Brightwater founder Dana Mirelle spoke.', 'Dana Mirelle').includes('e:before-office'));
    assert.ok(!featuresOf('Shares rose after Brightwater announced a founder would speak.', 'Brightwater').includes('e:before-office'));
  });
  it('an office whose qualifying words run over several: the whole office is the descriptor', () => {
    const e = entityOf('Foreign Affairs Minister Kasia Dorne said the talks went well.', 'Kasia Dorne');
    assert.ok(e?.descriptors.includes('Foreign Affairs Minister'), JSON.stringify(e));
  });
  it('a title word inside a person’s name, or an office with no person after it, does not split the run', () => {
    assert.ok(spans('In 1963 Martin Luther King Jr. spoke in Washington.').includes('Martin Luther King Jr.'));
    assert.ok(spans('Israel killed its former leader, Muhammed Sheikh Khalil, last year.').includes('Muhammed Sheikh Khalil'));
    assert.ok(!spans('Regards, Anil P. Marwah Vice President Equity Derivatives').includes('Equity Derivatives'));
  });
});

