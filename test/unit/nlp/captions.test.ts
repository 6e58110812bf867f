import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/nlp/analyze';
import { gluePoints, punctuationPoints, tokenisedSpaces, tokenize } from '../../../src/core/nlp/tokens';

const spans = (text: string): string[] => analyze(text).mentions.map((m) => `${m.start}-${m.end}:${m.text}:${m.type}`);

describe('nlp: captions and photo credits', () => {
  it('splits a caption glued to its repeated name and credit', () => {
    assert.deepEqual(spans('Vladimir PutinVladimir PutinGetty'), ['0-14:Vladimir Putin:PERSON', '14-28:Vladimir Putin:PERSON', '28-33:Getty:ORG']);
  });
  it('splits a place glued to an agency', () => {
    const text = 'The arrest of spy chief Orlin Roussev in Great YarmouthPA';
    const got = spans(text);
    assert.ok(got.includes('41-55:Great Yarmouth:PLACE'), JSON.stringify(got));
    assert.ok(got.includes('55-57:PA:ORG'), JSON.stringify(got));
  });
  it('types a credit line alone as the agency', () => {
    assert.deepEqual(spans('A police officer patrols in Moscow\n\nGETTY\n'), ['28-34:Moscow:PLACE', '36-41:GETTY:ORG']);
  });
  it('types the agency in brackets after a wire dateline as an organisation, and only there', () => {
    const got = spans('LONDON, March 3 (AP) — Shares rose.\n\nQUELLPORT (Reuters) - Prices fell.');
    assert.ok(got.includes('17-19:AP:ORG'), JSON.stringify(got));
    assert.ok(got.includes('48-55:Reuters:ORG'), JSON.stringify(got));
    const aside = analyze('A man (AP) said so.', { explain: true }).mentions.find((m) => m.text === 'AP');
    assert.ok(!aside?.why?.includes('agency credit (rule)'), JSON.stringify(aside));
    assert.deepEqual(analyze('LONDON (AP) — Shares rose.', { explain: true }).mentions.find((m) => m.text === 'AP')?.why, ['agency credit (rule)']);
  });
  it('splits a credit written without its slash into the agency and the photographer', () => {
    const got = spans('The launch was marked. Image: NASA Bill Ingalls.\n\nPhoto: Reuters Kevin Lamarque');
    assert.ok(got.includes('30-34:NASA:ORG'), JSON.stringify(got));
    assert.ok(got.includes('35-47:Bill Ingalls:PERSON'), JSON.stringify(got));
    assert.ok(got.includes('57-64:Reuters:ORG'), JSON.stringify(got));
    assert.ok(got.includes('65-79:Kevin Lamarque:PERSON'), JSON.stringify(got));
    // Outside a credit, an acronym before a capitalised word that is no given name stays with it.
    assert.ok(spans('He joined the NASA Space Flight Center.').some((s) => s.includes(':NASA Space Flight Center:')));
  });
  it('ignores the literal u200b', () => {
    assert.ok(!analyze('u200b The arrest in Great Yarmouth').mentions.some((m) => m.text.includes('u200b')));
  });
  const GLUE: Array<[string, number[]]> = [
    ['Vladimir PutinVladimir PutinGetty', [14, 28]],
    ['Great YarmouthPA', [14]],
    // Running text keeps camel-case words and Mc/Mac names whole.
    ['He posted it on YouTube yesterday.', []],
    ['Ronald McDonald and Ian MacArthur spoke.', []],
    ['Photo: iPhone', []],
    // A headline or caption keeps a brand in camel case whole, and splits where a given name or a repeated word follows.
    ['JetBlue cuts winter flights', []],
    ['Interview with LibriVox founder Hugh McGuire', []],
    ['Pictured: Rishi SunakKeir Starmer', [21]],
  ];
  for (const [text, points] of GLUE) it(`glue points of ${JSON.stringify(text)}`, () => assert.deepEqual(gluePoints(text), points));
  const GLUED_PUNCTUATION: Array<[string, number[]]> = [
    ['Auckland,NZ and Taco Bell,Burger King', [9, 26]],
    ['Ecogas/Enron/Randy Maffett', [7, 13]],
    ['Hayes Street Grill....another plus; Uecker;explain', [22, 43]],
    ['ISO New England Inc.One Sullivan Road', [20]],
    // Numbers, abbreviations, lower-case domains, addresses and links stay whole.
    ['1,000 people in the U.S.A with a Ph.D use node.js and Amazon.com', []],
    ['Write to Joe@Foo.Com,Bar or see http://www.Foo.com/Bar,Baz and www.Ab.org/Cd', []],
  ];
  for (const [text, points] of GLUED_PUNCTUATION) it(`glued punctuation in ${JSON.stringify(text)}`, () => assert.deepEqual(punctuationPoints(text), points));
  const TOKENISED: Array<[string, number[]]> = [
    ['Hadra Volk , 52 , told Quell ( Cairo ) .', [10, 15, 30, 36, 38]],
    ['He said " we won , " and left ; then : no !', [16, 29, 36, 41]],
    ["Arafat 's death and Hadra Volk 's idea", [6, 30]],
    // A decimal in a table, a dash in a headline, quotation marks and edited text keep their spaces.
    ['NEW YORK 74 58 .561 - and " Quell " said', []],
    ['Hadra Volk, 52, told Quell (Cairo).', []],
  ];
  for (const [text, points] of TOKENISED) it(`spaces of tokenised copy in ${JSON.stringify(text)}`, () => assert.deepEqual(tokenisedSpaces(text), points));
  it('reads tokenised copy as the edited text, its offsets on the original', () => {
    const tokenised = 'Hadra Volk , a nutrition officer , told Quell ( Cairo ) on Monday . Netanyahu \'s office denied it .';
    const edited = 'Hadra Volk, a nutrition officer, told Quell (Cairo) on Monday. Netanyahu\'s office denied it.';
    const a = tokenize(tokenised);
    const b = tokenize(edited);
    assert.deepEqual(a.map((t) => t.text), b.map((t) => t.text));
    assert.deepEqual(a.map((t) => [...t.tags].sort()), b.map((t) => [...t.tags].sort()));
    assert.deepEqual(a.map((t) => t.possessive), b.map((t) => t.possessive));
    for (const t of a) assert.equal(tokenised.slice(t.start, t.end), t.text);
  });
});
