import type { stringify as Stringify } from 'csv-stringify/browser/esm/sync';
import type { DocumentAnnotations } from '../model';
import type { Scheme } from '../scheme';

/**
 * CSV export: one row per mention and one per quote, RFC 4180 quoting (csv-stringify), optional UTF-8 byte
 * order mark so that Excel opens it as UTF-8, and spreadsheet formula injection neutralised (OWASP).
 */

/** Options for the CSV export. */
export interface CsvOptions {
  /** Start with a UTF-8 byte order mark (U+FEFF), which Excel needs to read UTF-8. */
  bom?: boolean;
  /** The workspace's scheme: each of its quote attributes gets a column of its own after the fixed ones. */
  scheme?: Scheme;
}

/** Column names of the CSV export, in order. Offsets are UTF-16 code units, as in the JSON export. */
export const CSV_COLUMNS = ['document', 'kind', 'type', 'start', 'end', 'text', 'entity_id', 'canonical_name', 'speaker', 'cue', 'status', 'origin', 'links'] as const;

// Characters that make a spreadsheet read a cell as a formula (OWASP "CSV Injection").
const FORMULA_START = /^[=+\-@\t\r]/;

/** Prefixes a cell that a spreadsheet would read as a formula with `'`, so it is shown as text instead. */
export function neutraliseCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** Rows (without header) for one document, in text order: mentions and quotes interleaved by start offset. */
export function csvRows(doc: DocumentAnnotations, attributes: readonly string[] = []): string[][] {
  const names = new Map(doc.entities.map((e) => [e.id, e.name]));
  // Several links of one entity share a cell, space-separated: an IRI never holds a space.
  const links = new Map(doc.entities.map((e) => [e.id, (e.links ?? []).join(' ')]));
  const rows: Array<{ start: number; end: number; row: Array<string | number> }> = [];
  for (const m of doc.mentions) {
    rows.push({ start: m.start, end: m.end, row: [doc.document.path, 'mention', m.type, m.start, m.end, m.text, m.entityId, names.get(m.entityId) ?? '', '', '', m.status, m.origin, links.get(m.entityId) ?? '', ...attributes.map(() => '')] });
  }
  for (const q of doc.quotes) {
    const id = q.speaker?.entityId ?? '';
    rows.push({ start: q.start, end: q.end, row: [doc.document.path, 'quote', 'QUOTE', q.start, q.end, q.text, id, names.get(id) ?? '', q.speaker?.text ?? '', q.cue?.text ?? '', q.status, q.origin, links.get(id) ?? '', ...attributes.map((a) => q.attributes?.[a] ?? '')] });
  }
  rows.sort((a, b) => a.start - b.start || a.end - b.end);
  return rows.map(({ row }) => row.map((cell) => (typeof cell === 'number' ? String(cell) : neutraliseCell(cell))));
}

/** CSV of one or more documents with a header row. */
export function toCsv(docs: readonly DocumentAnnotations[], options: CsvOptions = {}): string {
  const attributes = (options.scheme?.attributes ?? []).map((a) => a.id);
  const records = [[...CSV_COLUMNS, ...attributes], ...docs.flatMap((d) => csvRows(d, attributes))];
  // Loaded on first use: the desktop build keeps the CSV writer out of the activation bundle (dist/vendor/).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { stringify } = require('csv-stringify/browser/esm/sync') as { stringify: typeof Stringify };
  return stringify(records, { bom: options.bom === true, record_delimiter: 'windows', quoted_match: /[\r\n]/ });
}
