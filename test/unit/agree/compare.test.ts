import assert from 'node:assert/strict';
import { codedDocument, compareAnnotators, type AgreementReport, type Annotator, type CodedDocument, type CodedMention, type CodedQuote, type Disagreement } from '../../../src/core/agree/compare';
import { takeSide } from '../../../src/core/agree/resolve';
import { agreementHtml, agreementJson, formatAgreement, lineColumn } from '../../../src/core/agree/render';
import { analyze } from '../../../src/core/nlp/analyze';

const TEXT = 'Angela Merkel met Boris Johnson in Berlin.\n“We agreed,” Merkel said.\n';
const at = (s: string, from = 0): { start: number; end: number } => {
  const start = TEXT.indexOf(s, from);
  assert.ok(start >= 0, s);
  return { start, end: start + s.length };
};
const m = (s: string, type: string, from = 0): CodedMention => ({ ...at(s, from), type });
const QUOTE: CodedQuote = { ...at('“We agreed,”'), speaker: at('Merkel', 50), cue: at('said') };

function annotator(name: string, mentions: CodedMention[], quotes: CodedQuote[] = [QUOTE], text = TEXT, path = 'a.txt'): Annotator {
  const doc: CodedDocument = { path, text, mentions, quotes };
  return { name, documents: new Map([[path, doc]]) };
}

function report(...annotators: Annotator[]): AgreementReport {
  const r = compareAnnotators(annotators);
  assert.ok(typeof r !== 'string', String(r));
  return r;
}

const FULL = [m('Angela Merkel', 'PERSON'), m('Boris Johnson', 'PERSON'), m('Berlin', 'PLACE'), m('Merkel', 'PERSON', 50)];

describe('agreement between annotators', () => {
  it('gives 1.0 everywhere for identical annotations, and lists no disagreement', () => {
    const r = report(annotator('a', FULL), annotator('b', FULL));
    assert.equal(r.exact.overall.f1, 1);
    assert.equal(r.overlap.overall.f1, 1);
    assert.equal(r.kappa, 1);
    assert.equal(r.alpha, 1);
    assert.equal(r.quotes.exact.f1, 1);
    assert.equal(r.quotes.speaker, 1);
    assert.equal(r.quotes.cue, 1);
    assert.deepEqual(r.disagreements, []);
  });

  it('gives 1.0 for identical analyses of a real article', () => {
    const text = 'Vladimir Putin said on Monday: “Russia will not back down.” The Kremlin declined to comment.\n';
    const doc = codedDocument(analyze(text, { path: 'p.txt' }), text, true);
    assert.ok(doc.mentions.length > 0);
    const r = report({ name: 'a', documents: new Map([['p.txt', doc]]) }, { name: 'b', documents: new Map([['p.txt', structuredClone(doc)]]) });
    assert.deepEqual([r.exact.overall.f1, r.kappa, r.alpha, r.quotes.exact.f1], [1, 1, 1, 1]);
  });

  it('scores a wrong type, a missing mention and a shorter span, per type and overall', () => {
    const b = [m('Merkel', 'PERSON'), m('Boris Johnson', 'ORG'), m('Merkel', 'PERSON', 50)];
    const r = report(annotator('a', FULL), annotator('b', b));
    // Exact: only the second Merkel agrees. Overlap adds Angela Merkel ~ Merkel (same type).
    assert.equal(r.exact.overall.matched, 1);
    assert.equal(r.exact.types.PERSON?.onlyFirst, 2);
    assert.equal(r.exact.types.PLACE?.recall, 0);
    assert.equal(r.exact.types.ORG?.precision, 0);
    assert.equal(r.overlap.overall.matched, 2);
    assert.equal(r.overlap.types.PERSON?.f1, (2 * 2) / (3 + 2));
    assert.ok((r.kappa as number) < 1 && (r.kappa as number) > 0);
    const kinds = r.disagreements.map((d) => `${d.text}=${d.values.join('/')}`);
    assert.deepEqual(kinds.slice(0, 4), ['Angela Merkel=PERSON/—', 'Merkel=—/PERSON', 'Boris Johnson=PERSON/ORG', 'Berlin=PLACE/—']);
  });

  it('compares quotes: a missing quote, another speaker, no cue', () => {
    // A speaker span that overlaps the other's is the same speaker; one elsewhere in the text is not.
    let r = report(annotator('a', FULL), annotator('b', FULL, [{ ...QUOTE, speaker: at('Merkel said') }]));
    assert.equal(r.quotes.exact.f1, 1);
    assert.equal(r.quotes.speaker, 1);
    assert.deepEqual(r.disagreements, []);
    r = report(annotator('a', FULL), annotator('b', FULL, [{ ...QUOTE, speaker: at('Boris Johnson'), cue: null }]));
    assert.equal(r.quotes.speaker, 0);
    assert.equal(r.quotes.cue, 0);
    assert.deepEqual(r.disagreements.map((d) => [d.kind, d.values]), [['speaker', ['Merkel', 'Boris Johnson']], ['cue', ['said', '—']]]);
    r = report(annotator('a', FULL), annotator('b', FULL, []));
    assert.equal(r.quotes.exact.recall, 0);
    assert.deepEqual(r.disagreements.map((d) => [d.kind, d.values]), [['quote', ['“We agreed,”', '—']]]);
  });

  it('matches a quote without its closing mark by overlap but not exactly', () => {
    const r = report(annotator('a', FULL), annotator('b', FULL, [{ ...QUOTE, end: QUOTE.end - 1 }]));
    assert.equal(r.quotes.exact.f1, 0);
    assert.equal(r.quotes.overlap.f1, 1);
    assert.equal(r.disagreements[0]?.kind, 'quote');
  });

  it('takes Krippendorff\'s alpha over three annotators, with an article one of them did not code as missing', () => {
    const c: Annotator = { name: 'c', documents: new Map() };
    const r = report(annotator('a', FULL), annotator('b', FULL), c);
    assert.equal(r.alpha, 1);
    assert.equal(r.pairs.filter((p) => p.documents > 0).length, 1);
    assert.deepEqual(r.disagreements, []);
    const r2 = report(annotator('a', FULL), annotator('b', FULL.slice(1)), annotator('c', FULL.slice(2)));
    assert.ok((r2.alpha as number) < 1);
    assert.equal(r2.disagreements[0]?.values.length, 3);
  });

  it('refuses different texts of one article, one annotator, and no article in common', () => {
    assert.match(String(compareAnnotators([annotator('a', []), annotator('b', [], [], `${TEXT}!`)])), /a\.txt: b coded a different text of this article than a/);
    assert.match(String(compareAnnotators([annotator('a', [])])), /at least two/);
    assert.match(String(compareAnnotators([annotator('a', []), annotator('b', [], [], TEXT, 'b.txt')])), /no article in common/);
  });

  it('counts only what a person accepted unless suggestions are asked for', () => {
    const doc = analyze('Angela Merkel visited Paris.', { path: 'x.txt' });
    assert.ok(doc.mentions.length >= 2);
    doc.mentions[0]!.status = 'accepted';
    doc.mentions[1]!.status = 'rejected';
    assert.equal(codedDocument(doc, 'Angela Merkel visited Paris.').mentions.length, 1);
    assert.equal(codedDocument(doc, 'Angela Merkel visited Paris.', true).mentions.length, doc.mentions.length - 1);
  });

  it('renders a table, one JSON object and an escaped HTML page with places', () => {
    const evil = 'A <script>alert(1)</script> said "x".\n';
    const a: Annotator = annotator('<b>a</b>', [{ start: 2, end: 10, type: 'PERSON' }], [], evil);
    const b: Annotator = annotator('b', [], [], evil);
    const r = report(a, b);
    const place = (d: { start: number }): string => `a.txt:${lineColumn(evil, d.start).line}:${lineColumn(evil, d.start).column}`;
    const table = formatAgreement(r, place);
    assert.match(table, /a\.txt:1:3 {2}mention {2}"<script>" {2}1: PERSON {2}2: —/);
    const json = agreementJson(r, place) as { annotators: number; entity: { f1: number }; kappa: number; quotes: { f1: number; speaker: number | null } };
    assert.equal(json.annotators, 2);
    assert.equal(json.entity.f1, 0);
    assert.equal(json.quotes.f1, 1);
    assert.equal(json.quotes.speaker, null);
    const html = agreementHtml(r, place);
    assert.ok(!html.includes('<script>') && !html.includes('<b>a</b>'));
    assert.match(html, /&lt;script&gt;/);
    assert.match(html, /Content-Security-Policy" content="default-src 'none'; style-src 'sha256-/);
  });

  it('gives lines and columns from 1', () => {
    assert.deepEqual(lineColumn('ab\ncd', 0), { line: 1, column: 1 });
    assert.deepEqual(lineColumn('ab\ncd', 4), { line: 2, column: 2 });
    assert.deepEqual(lineColumn('ab\ncd', 3), { line: 2, column: 1 });
  });
});

describe('taking a side of a disagreement', () => {
  it('says what the other annotator has at each place', () => {
    const theirs = annotator('b', [m('Boris Johnson', 'ORG'), m('Merkel', 'PERSON', 50)], [{ ...QUOTE, speaker: null, cue: null }]);
    const mine = annotator('a', FULL);
    const r = report(mine, theirs);
    const a = mine.documents.get('a.txt') as CodedDocument;
    const b = theirs.documents.get('a.txt') as CodedDocument;
    const resolutions = r.disagreements.map((d) => takeSide(d, a, b));
    assert.deepEqual(resolutions, [
      { kind: 'mention', span: at('Angela Merkel'), type: null },
      { kind: 'mention', span: at('Boris Johnson'), type: 'ORG' },
      { kind: 'mention', span: at('Berlin'), type: null },
      { kind: 'speaker', quote: { start: QUOTE.start, end: QUOTE.end, speaker: QUOTE.speaker, cue: QUOTE.cue }, speaker: null },
      { kind: 'cue', quote: { start: QUOTE.start, end: QUOTE.end, speaker: QUOTE.speaker, cue: QUOTE.cue }, speaker: QUOTE.speaker, cue: null },
    ]);
    // The other way round, a missing quote is added with its speaker and cue.
    const back = report(annotator('b', FULL, []), mine);
    assert.deepEqual(takeSide(back.disagreements[0] as Disagreement, { ...a, quotes: [] }, a), { kind: 'quote', remove: [], add: QUOTE });
  });
});
