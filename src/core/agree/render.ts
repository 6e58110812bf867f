import { escapeHtml, reportPage } from '../export/html';
import { NONE, type AgreementReport, type Disagreement, type MentionScores, type QuoteAgreement } from './compare';
import type { Prf } from './stats';

/**
 * The agreement report as a terminal table, as one JSON object, and as a self-contained HTML page. `place`
 * names where a disagreement is (`file:line:col`), which only the caller knows how to spell.
 */

/** Where a disagreement is, as the caller shows it. */
export type PlaceOf = (d: Disagreement) => string;

/** 1-based line and column (in UTF-16 code units) of an offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

const fixed = (x: number | undefined): string => (x === undefined ? 'n/a' : x.toFixed(3));
const round = (x: number | undefined): number | null => (x === undefined ? null : Math.round(x * 10000) / 10000);

/** A long value cut for a table cell, on one line. */
function short(s: string, max = 40): string {
  const one = s.replace(/\s+/g, ' ');
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}

function typeRows(exact: MentionScores, overlap: MentionScores): Array<[string, Prf, Prf]> {
  const types = [...new Set([...Object.keys(exact.types), ...Object.keys(overlap.types)])].sort();
  const none: Prf = { matched: 0, onlyFirst: 0, onlySecond: 0, precision: 0, recall: 0, f1: 0 };
  return [
    ...types.map((t): [string, Prf, Prf] => [t, exact.types[t] ?? none, overlap.types[t] ?? none]),
    ['all', exact.overall, overlap.overall],
  ];
}

function quoteLine(q: QuoteAgreement): string {
  const share = (x: number | undefined, n: number): string => (x === undefined ? 'n/a' : `${fixed(x)} (${n}/${q.pairs})`);
  return `Quotes:   F1 ${fixed(q.exact.f1)} exact, ${fixed(q.overlap.f1)} overlapping; speaker ${share(q.speaker, q.speakerAgreed)}, cue ${share(q.cue, q.cueAgreed)}`;
}

function pad(cells: readonly string[], widths: readonly number[]): string {
  return cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ').trimEnd();
}

/** The report for a terminal: a table of scores per type, the coefficients, then every disagreement with its place. */
export function formatAgreement(r: AgreementReport, place: PlaceOf): string {
  const lines: string[] = [];
  lines.push(`Agreement of ${r.annotators.length} annotators over ${r.documents} article(s), ${r.tokens} tokens`);
  r.annotators.forEach((name, i) => lines.push(`  ${i + 1}  ${name}`));
  lines.push('');
  const widths = [10, 6, 6, 6, 6, 6, 6, 6, 6];
  lines.push(pad(['Mentions', 'both', 'only 1', 'only 2', 'P', 'R', 'F1', 'ovl F1', ''], widths));
  for (const [t, e, o] of typeRows(r.exact, r.overlap)) {
    lines.push(pad([t, String(e.matched), String(e.onlyFirst), String(e.onlySecond), fixed(e.precision), fixed(e.recall), fixed(e.f1), fixed(o.f1), ''], widths));
  }
  if (r.annotators.length > 2) lines.push('(counts summed over every pair of annotators; "1" is the first of each pair)');
  lines.push('');
  const kappaName = r.annotators.length === 2 ? "Cohen's kappa" : "mean pairwise Cohen's kappa";
  lines.push(`Tokens:   ${kappaName} ${fixed(r.kappa)}; Krippendorff's alpha (nominal) ${fixed(r.alpha)}`);
  lines.push(quoteLine(r.quotes));
  if (r.annotators.length > 2) {
    lines.push('', 'Pairs:');
    for (const p of r.pairs) {
      lines.push(`  ${p.first + 1}-${p.second + 1}  ${p.documents} article(s); mentions F1 ${fixed(p.exact.overall.f1)}; kappa ${fixed(p.kappa)}; quotes F1 ${fixed(p.quotes.exact.f1)}`);
    }
  }
  lines.push('', r.disagreements.length === 0 ? 'No disagreements.' : `Disagreements (${r.disagreements.length}):`);
  for (const d of r.disagreements) {
    const values = d.values.map((v, i) => `${i + 1}: ${v === undefined ? '(not coded)' : short(v, 30)}`).join('  ');
    lines.push(`  ${place(d)}  ${d.kind}  ${JSON.stringify(short(d.text))}  ${values}`);
  }
  return `${lines.join('\n')}\n`;
}

function prfJson(p: Prf): Record<string, number | null> {
  return { precision: round(p.precision), recall: round(p.recall), f1: round(p.f1), matched: p.matched, onlyFirst: p.onlyFirst, onlySecond: p.onlySecond };
}

/** The report as one JSON object (missing coefficients are `null`). */
export function agreementJson(r: AgreementReport, place: PlaceOf): Record<string, unknown> {
  const types: Record<string, unknown> = {};
  for (const [t, e, o] of typeRows(r.exact, r.overlap)) if (t !== 'all') types[t] = { ...prfJson(e), overlap: prfJson(o) };
  const quotes = (q: QuoteAgreement): Record<string, unknown> => ({
    ...prfJson(q.exact), overlap: prfJson(q.overlap), pairs: q.pairs, speaker: round(q.speaker), cue: round(q.cue),
  });
  return {
    annotators: r.annotators.length,
    names: r.annotators,
    documents: r.documents,
    tokens: r.tokens,
    entity: { ...prfJson(r.exact.overall), overlap: prfJson(r.overlap.overall), types },
    kappa: round(r.kappa),
    alpha: round(r.alpha),
    quotes: quotes(r.quotes),
    pairs: r.pairs.map((p) => ({
      first: p.first + 1, second: p.second + 1, documents: p.documents,
      entity: { ...prfJson(p.exact.overall), overlap: prfJson(p.overlap.overall) }, kappa: round(p.kappa), quotes: quotes(p.quotes),
    })),
    disagreements: r.disagreements.map((d) => ({ place: place(d), path: d.path, kind: d.kind, start: d.start, end: d.end, text: d.text, values: d.values.map((v) => v ?? null) })),
  };
}

const STYLE = `
body { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1f2328; margin: 0 auto; max-width: 64rem; padding: 1rem 1.5rem 3rem; }
table { border-collapse: collapse; margin: .5rem 0 1rem; } th, td { border: 1px solid #d0d7de; padding: .25rem .5rem; text-align: left; vertical-align: top; }
td.n { text-align: right; font-variant-numeric: tabular-nums; } th { background: #f6f8fa; } .none { color: #59636e; } code { overflow-wrap: anywhere; }
`;

/** The report as a self-contained HTML page: no script, nothing loaded, every piece of text escaped. */
export function agreementHtml(r: AgreementReport, place: PlaceOf, title = 'Agreement between annotators'): string {
  const h = escapeHtml;
  const annotators = r.annotators.map((n, i) => `<li>${i + 1}: ${h(n)}</li>`).join('');
  const rows = typeRows(r.exact, r.overlap).map(([t, e, o]) => `<tr><td>${h(t)}</td><td class="n">${e.matched}</td><td class="n">${e.onlyFirst}</td><td class="n">${e.onlySecond}</td><td class="n">${fixed(e.precision)}</td><td class="n">${fixed(e.recall)}</td><td class="n">${fixed(e.f1)}</td><td class="n">${fixed(o.f1)}</td></tr>`).join('\n');
  const heads = r.annotators.map((_, i) => `<th>${i + 1}</th>`).join('');
  const cell = (v: string | undefined): string => (v === undefined ? '<td class="none">(not coded)</td>' : v === NONE ? `<td class="none">${NONE}</td>` : `<td>${h(short(v, 80))}</td>`);
  const dis = r.disagreements.map((d) => `<tr><td><code>${h(place(d))}</code></td><td>${h(d.kind)}</td><td>${h(short(d.text, 80))}</td>${d.values.map(cell).join('')}</tr>`).join('\n');
  const kappaName = r.annotators.length === 2 ? "Cohen's kappa" : "Mean pairwise Cohen's kappa";
  const body = [
    `<h1>${h(title)}</h1>`,
    `<p>${r.documents} article(s), ${r.tokens} tokens.</p><ol>${annotators}</ol>`,
    '<h2>Mentions</h2>',
    `<table><tr><th>Type</th><th>Both</th><th>Only 1</th><th>Only 2</th><th>P</th><th>R</th><th>F1</th><th>Overlap F1</th></tr>\n${rows}</table>`,
    `<p>${h(kappaName)} (tokens): ${fixed(r.kappa)}. Krippendorff's alpha (nominal): ${fixed(r.alpha)}.</p>`,
    '<h2>Quotes</h2>',
    `<p>${h(quoteLine(r.quotes).replace(/^Quotes:\s+/, ''))}</p>`,
    `<h2>Disagreements (${r.disagreements.length})</h2>`,
    r.disagreements.length === 0 ? '<p>None.</p>' : `<table><tr><th>Where</th><th>What</th><th>Text</th>${heads}</tr>\n${dis}</table>`,
  ];
  return reportPage(title, body.join('\n'), STYLE);
}
