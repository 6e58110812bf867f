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
];

describe('nlp: organisation spans', () => {
  for (const c of CASES) {
    it(c.why, () => {
      const got = spans(c.text);
      for (const h of c.has) assert.ok(got.includes(h), `${h} missing in ${JSON.stringify(got)}`);
      for (const n of c.not ?? []) assert.ok(!got.includes(n), `${n} should not be a candidate: ${JSON.stringify(got)}`);
    });
  }
});
