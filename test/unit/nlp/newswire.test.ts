import assert from 'node:assert/strict';
import { mentionsOf } from './helpers';

// Wire copy: headlines and datelines in capitals, particles inside names, agencies by acronym.
const CASES: Array<{ why: string; unlearned?: true; text: string; has: string[]; not?: string[] }> = [
  { why: 'countries in a capitalised headline, and no acronyms made of its words', text: 'SOCCER - JAPAN GET LUCKY WIN , CHINA IN SURPRISE DEFEAT .',
    has: ['JAPAN:PLACE', 'CHINA:PLACE'], not: ['SOCCER', 'GET LUCKY WIN'] },
  { why: 'a dateline place in capitals', text: 'BRUSSELS 1996-08-22\n\nAL-AIN , United Arab Emirates 1996-12-06', has: ['BRUSSELS:PLACE', 'AL-AIN:PLACE', 'United Arab Emirates:PLACE'] },
  { why: 'particles inside a personal name', text: 'the Commission ’s chief spokesman Nikolaus van der Pas told a news briefing .', has: ['Nikolaus van der Pas:PERSON'] },
  { why: 'an acronym after a noun of an organisation’s kind, also one that spells a given name',
    text: 'The statement was carried by the state news agency QRTA . The farm union FNSEA and the mining company BHPX objected , as did the news agency SRNA .',
    has: ['QRTA:ORG', 'FNSEA:ORG', 'BHPX:ORG', 'SRNA:ORG'] },
  { why: 'a name whose shares the sentence trades is a firm, not the person or place in its words; a person sharing a flat stays one',
    text: 'Harlan Quist shares fell 1/2 to 72 , and shares of Dellmore Computer jumped . Shares in Tokyo ended higher . John Smith shares a flat with his brother .',
    has: ['Harlan Quist:ORG', 'Dellmore Computer:ORG', 'Tokyo:PLACE', 'John Smith:PERSON'] },
  { why: 'one word ending in a firm’s word, and one that WordNet and compromise both know as an organisation',
    text: 'Quellcorp said profits rose . Economists at Vostrobank agreed . The dollar rose after Bundesbank council member Otmar Issing spoke . The Riverbank was muddy .',
    has: ['Quellcorp:ORG', 'Vostrobank:ORG', 'Bundesbank:ORG', 'Otmar Issing:PERSON'], not: ['Riverbank'] },
  { why: 'a firm named after its founders that the news lexicon lists, with its legal form or without',
    text: 'Analysts at Merrill Lynch & Co said so . Morgan Stanley cut its forecast , and Lockheed Martin won the contract . Marks & Spencer sales rose .',
    has: ['Merrill Lynch & Co:ORG', 'Morgan Stanley:ORG', 'Lockheed Martin:ORG', 'Marks & Spencer:ORG'] },
  { why: 'well-known short organisation acronyms', text: 'EU rejects German call to boycott British lamb .', has: ['EU:ORG', 'German:NORP', 'British:NORP'] },
  { why: 'firms whose name holds a possessive, tokenised or not, and a person’s possessive of the same word',
    text: "Moody's Investors Service cut the rating . Standard & Poor 's said it agreed , and shares of McDonald's Corp fell .\n\nAuthor Rick Moody's novel sold well .",
    has: ["Moody's Investors Service:ORG", "Standard & Poor 's:ORG", "McDonald's Corp:ORG", 'Rick Moody:PERSON'], not: ['Corp', "Rick Moody's"] },
  { why: 'a name ending in a legal form is a firm, partners’ surnames and all', text: 'Shares of Tarrow Lynch & Co. Inc. and Pellam Quist & Co fell .',
    has: ['Tarrow Lynch & Co. Inc.:ORG', 'Pellam Quist & Co:ORG'], not: ['Tarrow Lynch', 'Pellam Quist'] },
  { why: 'news agencies cited by name', text: 'Xinhua said the talks had failed , and Agence France-Presse reported the clash .',
    has: ['Xinhua:ORG', 'Agence France-Presse:ORG'] },
  { why: 'a party before its leader, a party’s adjective a group’s word (CoNLL’s MISC), and not a common word opening the sentence',
    text: 'Labour leader Tony Blair attacked the plan .\n\nDemocratic leader Chuck Schumer said no .\n\nClub president John Smith said .',
    has: ['Labour:ORG', 'Tony Blair:PERSON', 'Democratic:NORP', 'Chuck Schumer:PERSON', 'John Smith:PERSON'], not: ['Club'] },
  { why: 'a country’s body named by one common noun is one name', text: 'The U.S. Treasury said yields rose .', has: ['U.S. Treasury:ORG'], not: ['U.S.'] },
];

describe('nlp: newswire conventions', () => {
  const check = (c: (typeof CASES)[number]): void => {
    const got = mentionsOf(c.text);
    for (const h of c.has) assert.ok(got.includes(h), `${h} missing in ${JSON.stringify(got)}`);
    for (const n of c.not ?? []) assert.ok(!got.some((g) => g.startsWith(`${n}:`)), `${n} should not be a mention: ${JSON.stringify(got)}`);
  };
  for (const c of CASES.filter((x) => !x.unlearned)) it(c.why, () => check(c));
  // What the hand rules did and the learned recogniser does not (yet; see src/core/nlp/MODEL.md): each must still
  // fail, so that one it learns is moved back among the cases above.
  it('still misses the constructions it has not learned', () => {
    for (const c of CASES.filter((x) => x.unlearned)) assert.throws(() => check(c), assert.AssertionError, c.why);
  });
});
