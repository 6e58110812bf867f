import assert from 'node:assert/strict';
import { findCandidates } from '../../../src/core/nlp/names';
import { tokenize } from '../../../src/core/nlp/tokens';

/** The candidate spans the name finder proposes for one paragraph (before any typing). */
function spans(text: string): string[] {
  return findCandidates(text, tokenize(text)).map((c) => c.text);
}

// Where organisation names used to be cut or joined wrongly. Each row: a paragraph (invented), spans that must be
// candidates, and spans that must not be.
const CASES: Array<{ why: string; text: string; has: string[]; not?: string[] }> = [
  { why: 'a legal form after a comma stays in the name, with its full stop', text: 'The deal with Brindle Logistics, Inc. of Ohio closed on Friday.',
    has: ['Brindle Logistics, Inc.'], not: ['Brindle Logistics', 'Inc'] },
  { why: 'a legal form keeps its full stop', text: 'She left Marrow Pharma Corp. in June and joined Quill Partners LLP as counsel.',
    has: ['Marrow Pharma Corp.', 'Quill Partners LLP'] },
  { why: 'a legal form with a comma and no stop', text: 'Orders go to Velden Tool Works, LLC for packing.', has: ['Velden Tool Works, LLC'] },
  { why: 'a comma before an ordinary word still ends the name', text: 'Northwind Traders, Copley and Ashby were named.', has: ['Northwind Traders', 'Copley'], not: ['Northwind Traders, Copley'] },
  { why: 'a saint’s or place abbreviation does not end the name', text: 'He pitched for the St. Ambrose Comets and climbed Mt. Kessel twice.',
    has: ['St. Ambrose Comets', 'Mt. Kessel'], not: ['Ambrose Comets'] },
  { why: '`and` inside a department’s subjects', text: 'She joined the Department of Parks and Coastal Recreation last year.',
    has: ['Department of Parks and Coastal Recreation'], not: ['Coastal Recreation'] },
  { why: '`and` inside an institute’s subjects', text: 'Fellows of the Harlow Institute of Arts and Letters met on Monday.', has: ['Harlow Institute of Arts and Letters'] },
  { why: '`and` before a second headed name still splits', text: 'He studied at the University of Tarvia and Mellick College.',
    has: ['University of Tarvia', 'Mellick College'], not: ['University of Tarvia and Mellick College'] },
  { why: '`and` before a known place after a head still splits', text: 'The Ministry of Fisheries and Canada signed the accord.', has: ['Ministry of Fisheries', 'Canada'] },
  { why: 'a plural’s possessive inside a body’s name', text: 'The Workers\' Party of Velmar met, and the Ministry of Veterans’ Affairs and the Tarrow Farmers\' Union replied.',
    has: ['Workers\' Party of Velmar', 'Ministry of Veterans’ Affairs', 'Tarrow Farmers\' Union'], not: ['Party of Velmar', 'Ministry of Veterans', 'Workers'] },
  { why: 'an institution’s possessive inside a longer name', text: 'She was taken to Harlow Children’s Hospital on Monday.', has: ['Harlow Children’s Hospital'], not: ['Harlow Children'] },
  { why: 'a possessive written as a word of its own (text tokenised before publication) stays inside the name',
    text: 'Crowds filled St. Ambrose \'s Square . She was taken to Harlow Children \'s Hospital . Velmar \'s Foreign Ministry said .',
    has: ['St. Ambrose \'s Square', 'Harlow Children \'s Hospital', 'Velmar', 'Foreign Ministry'], not: ['Square', 'Harlow Children', 'Velmar \'s Foreign Ministry'] },
  { why: 'a possessive before a given name still ends the name', text: 'The Democrats\' Maria Tellen and Britain\'s Foreign Office spoke.',
    has: ['Democrats', 'Maria Tellen', 'Britain', 'Foreign Office'], not: ['Democrats\' Maria Tellen', 'Britain\'s Foreign Office'] },
  { why: 'a capitalised article inside a hyphenated compound', text: 'The Make-A-Wish Trust of Velmar paid for the trip.', has: ['Make-A-Wish Trust of Velmar'], not: ['A-Wish Trust of Velmar'] },
  { why: 'a nationality before a body’s head stays in its name', text: 'The Brazilian Cycling Confederation and the Tarvian Rowing Syndicate met.',
    has: ['Brazilian Cycling Confederation', 'Tarvian Rowing Syndicate'], not: ['Brazilian', 'Cycling Confederation'] },
  { why: 'a legal form after a comma written as a word of its own (tokenised copy)', text: 'Shares of Brindle Logistics , Inc. rose .', has: ['Brindle Logistics , Inc.'], not: ['Brindle Logistics'] },
  { why: 'a name’s particle opening a sentence opens the name (compromise reads it as a determiner or preposition)',
    text: 'De Beers cut prices. Le Pen said so. Van Tarrow left. In Velmar, they waited. La Stampa agreed.',
    has: ['De Beers', 'Le Pen', 'Van Tarrow', 'Velmar', 'La Stampa'], not: ['Beers', 'Pen', 'Tarrow', 'In Velmar'] },
  { why: 'a nationality after `and` opens a second name', text: 'Polish Radio and Czech Television broadcast the match.',
    has: ['Czech Television'], not: ['Polish Radio and Czech Television'] },
  { why: 'legal forms one after another', text: 'Orders went to Tarrow Lynch & Co. Inc. on Monday.', has: ['Tarrow Lynch & Co. Inc.'] },
  { why: 'a Danish firm’s legal form written with a slash', text: 'Its rival Quellberg A/S of Denmark reported flat sales.', has: ['Quellberg A/S'] },
  { why: 'a nationality before a title or a place is split off, before a body’s common noun it is not',
    text: 'Officials of the Canadian Treasury met in the Afghan Herat office.', has: ['Canadian Treasury', 'Afghan', 'Herat'], not: ['Canadian', 'Afghan Herat'] },
  { why: '`of` after a school joins its subjects', text: 'She taught at the Harlow School of Marine Sciences until 2019.', has: ['Harlow School of Marine Sciences'], not: ['Harlow School', 'Marine Sciences'] },
];

describe('nlp: tokens after a plural’s possessive', () => {
  it('reads the apostrophe after a plural as its possessive, not as an opening quotation mark', () => {
    const text = 'The Workers\' Party met. He called it \'the lost years\' Party officials said.';
    const tokens = tokenize(text);
    const at = (w: string, n = 0): { possessive: boolean; initial: boolean } => tokens.filter((t) => t.text === w)[n] as { possessive: boolean; initial: boolean };
    assert.equal(at('Workers').possessive, true);
    assert.equal(at('Party').initial, false);
    // A quotation the sentence opened is closed by the apostrophe after a plural.
    assert.equal(at('years').possessive, false);
    assert.equal(at('Party', 1).initial, true);
  });
});

describe('nlp: organisation spans', () => {
  for (const c of CASES) {
    it(c.why, () => {
      const got = spans(c.text);
      for (const h of c.has) assert.ok(got.includes(h), `${h} missing in ${JSON.stringify(got)}`);
      for (const n of c.not ?? []) assert.ok(!got.includes(n), `${n} should not be a candidate: ${JSON.stringify(got)}`);
    });
  }
});
