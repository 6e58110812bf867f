import assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
import { CSV_COLUMNS, neutraliseCell, toCsv } from '../../../src/core/export/csv';
import { HOSTILE_NAME, HOSTILE_ORG, hostileDocument, seedDocument } from './fixtures';

type Row = Record<(typeof CSV_COLUMNS)[number], string>;

function readBack(csv: string): Row[] {
  return parse(csv, { columns: true, bom: true, relax_quotes: false }) as Row[];
}

describe('CSV export', () => {
  it('one row per mention and per quote, with the documented columns', () => {
    const { annotations } = seedDocument();
    const rows = readBack(toCsv([annotations]));
    assert.equal(rows.length, annotations.mentions.length + annotations.quotes.length);
    assert.deepEqual(Object.keys(rows[0]), [...CSV_COLUMNS]);
    const putin = rows.find((r) => r.kind === 'mention' && r.text === 'Putin')!;
    assert.deepEqual([putin.type, putin.entity_id, putin.canonical_name], ['PERSON', 'person:vladimir-putin', 'Vladimir Putin']);
    const quote = rows.find((r) => r.kind === 'quote' && r.text === '“baseless”')!;
    assert.deepEqual([quote.speaker, quote.cue, quote.canonical_name, quote.status], ['Foreign Office', 'said', 'Foreign Office', 'suggested']);
    assert.equal(Number(quote.end) - Number(quote.start), quote.text.length);
  });

  it('a hostile article survives intact and neutralised', () => {
    const { annotations } = hostileDocument();
    const rows = readBack(toCsv([annotations]));
    const formula = rows.find((r) => r.entity_id === 'person:hyperlink' && r.kind === 'mention')!;
    assert.equal(formula.text, `'${HOSTILE_NAME}`, 'a formula is prefixed with a quote, otherwise unchanged');
    assert.equal(formula.canonical_name, `'${HOSTILE_NAME}`);
    const quote = rows.find((r) => r.kind === 'quote')!;
    assert.equal(quote.text, annotations.quotes[0].text, 'commas, double quotes, line breaks and pipes survive');
    assert.equal(quote.speaker, `'${HOSTILE_NAME}`);
    assert.equal(rows.find((r) => r.entity_id === 'person:admin')!.text, "'@admin");
    assert.equal(rows.find((r) => r.entity_id === 'org:plus')!.text, "'+Plus and\tTabbed News");
    assert.equal(rows.find((r) => r.entity_id === 'org:img')!.text, HOSTILE_ORG);
    for (const row of rows) for (const cell of Object.values(row)) assert.ok(!/^[=+\-@\t\r]/.test(cell), `cell starts like a formula: ${cell}`);
  });

  it('neutralises every character OWASP lists, and nothing else', () => {
    for (const c of ['=', '+', '-', '@', '\t', '\r']) assert.equal(neutraliseCell(`${c}1`), `'${c}1`);
    for (const s of ['Putin', '1-2', ' =x', '', '“=”']) assert.equal(neutraliseCell(s), s);
  });

  it('uses CRLF records and a BOM only when asked', () => {
    const { annotations } = seedDocument();
    const plain = toCsv([annotations]);
    const bom = toCsv([annotations], { bom: true });
    assert.ok(!plain.startsWith('\uFEFF'));
    assert.ok(bom.startsWith('\uFEFF'));
    assert.equal(bom.slice(1), plain);
    assert.ok(plain.startsWith(`${CSV_COLUMNS.join(',')}\r\n`));
  });

  it('several documents share one header', () => {
    const rows = readBack(toCsv([seedDocument().annotations, hostileDocument().annotations]));
    assert.deepEqual([...new Set(rows.map((r) => r.document))], ['seeds/000_2415d7d0c8b47aa8.txt', 'hostile/<b>article</b>.txt']);
  });
});
