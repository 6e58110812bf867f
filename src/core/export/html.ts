import { sha256 } from '@noble/hashes/sha2.js';
import { utf8ToBytes } from '@noble/hashes/utils.js';
import { linkHref } from '../links';
import type { DocumentAnnotations, Entity, Mention, Quote } from '../model';
import { DEFAULT_SCHEME, type Scheme } from '../scheme';
import { decisionLabel } from './markdown';
import { counted, entitiesByType, quotedSpeakers, sizeLine, speakerName, typeLabel, type SpeakerCount } from './summary';
import type { ExportDocument } from './types';

/**
 * Self-contained HTML report: no script, no network, one inline stylesheet allowed by its hash in a strict
 * Content-Security-Policy meta tag, an SVG bar chart of who is quoted, entity tables, and the article text with
 * highlights and a legend. Every piece of document text goes through `escapeHtml`.
 */

/** Escapes text for HTML element content and double- or single-quoted attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

// Colours of a printed report; the editor's colours are theme colour ids, which a static file cannot use.
const STYLE = `
:root { --person: #d6e6f5; --org: #e8dcf5; --place: #d4f2d2; --norp: #fde4c8; --quote: #f2f2f2; --ink: #1f2328; --muted: #59636e; }
body { font: 16px/1.55 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--ink); margin: 0 auto; max-width: 60rem; padding: 1rem 1.5rem 3rem; }
h1 { font-size: 1.6rem; } h2 { font-size: 1.3rem; border-bottom: 1px solid #d0d7de; padding-bottom: .2rem; margin-top: 2.5rem; } h3 { font-size: 1.05rem; }
table { border-collapse: collapse; margin: .5rem 0 1rem; width: 100%; } th, td { border: 1px solid #d0d7de; padding: .25rem .5rem; text-align: left; vertical-align: top; }
td.n { text-align: right; font-variant-numeric: tabular-nums; } th { background: #f6f8fa; }
.legend { display: flex; flex-wrap: wrap; gap: .5rem 1rem; padding: 0; list-style: none; }
.article { white-space: pre-wrap; overflow-wrap: anywhere; border: 1px solid #d0d7de; border-radius: 6px; padding: 1rem; }
.m { border-radius: 3px; padding: 0 1px; } .PERSON { background: var(--person); } .ORG { background: var(--org); } .PLACE { background: var(--place); } .NORP { background: var(--norp); }
.q { background-color: var(--quote); font-style: italic; } .sp { border-bottom: 2px solid #d62728; } .cue { font-weight: 700; text-decoration: underline dotted; }
.m.accepted { outline: 1px solid #1a7f37; } .m.user { outline: 1px dashed #1a7f37; } .q.accepted { background-color: #e3f1e6; } .q.user { background-color: #f3ecdf; } .rejected { text-decoration: line-through; opacity: .6; }
.chart text { font: 13px system-ui, sans-serif; fill: var(--ink); } .chart rect { fill: #8250df; } .muted { color: var(--muted); }
`;

/**
 * The stylesheet with a class per scheme type (`.PARTY`), its background the scheme's colour made light enough to
 * read text on. Type ids and colours are validated (capitals and `#rrggbb`), so nothing of a file can break out.
 */
function styleFor(scheme: Scheme): string {
  const own = scheme.types.filter((t) => !t.builtin && /^[A-Z][A-Z0-9_]*$/.test(t.id) && /^#[0-9a-f]{6}$/.test(t.colour));
  return own.length === 0 ? STYLE : `${STYLE}${own.map((t) => `.${t.id} { background: ${t.colour}40; }`).join(' ')}\n`;
}

function base64(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s);
}

/** The Content-Security-Policy of the report: nothing may load or run; only the report's own stylesheet applies. */
export function reportCsp(style = STYLE): string {
  const hash = base64(sha256(utf8ToBytes(style)));
  return `default-src 'none'; style-src 'sha256-${hash}'; img-src 'none'; base-uri 'none'; form-action 'none'`;
}

/** SVG bar chart of who is quoted how often; text drawn with presentation attributes only, so the CSP holds. */
export function speakerChart(speakers: readonly SpeakerCount[], title: string): string {
  if (speakers.length === 0) return '<p class="muted">Nobody is quoted.</p>';
  const labelWidth = 240;
  const barMax = 360;
  const row = 26;
  const max = Math.max(...speakers.map((s) => s.count));
  const height = speakers.length * row + 8;
  const bars = speakers.map((s, i) => {
    const y = i * row + 4;
    const w = Math.max(2, Math.round((s.count / max) * barMax));
    const label = s.name.length > 34 ? `${s.name.slice(0, 33)}…` : s.name;
    return `<g><title>${escapeHtml(`${s.name}: ${s.count}`)}</title>`
      + `<text x="${labelWidth - 8}" y="${y + 16}" text-anchor="end">${escapeHtml(label)}</text>`
      + `<rect x="${labelWidth}" y="${y}" width="${w}" height="${row - 8}" rx="3"></rect>`
      + `<text x="${labelWidth + w + 6}" y="${y + 16}">${s.count}</text></g>`;
  });
  return `<svg class="chart" role="img" aria-label="${escapeHtml(title)}" width="${labelWidth + barMax + 48}" height="${height}" viewBox="0 0 ${labelWidth + barMax + 48} ${height}" xmlns="http://www.w3.org/2000/svg">${bars.join('')}</svg>`;
}

interface Layer {
  start: number;
  end: number;
  classes: string[];
  title: string;
}

/** Every highlighted span of a document as a layer: quotes, speakers, cues and mentions. */
function layers(doc: DocumentAnnotations): Layer[] {
  const names = new Map<string, Entity>(doc.entities.map((e) => [e.id, e]));
  const state = (item: Mention | Quote): string[] => [item.status === 'suggested' ? '' : item.status, item.origin === 'user' ? 'user' : ''].filter(Boolean);
  const out: Layer[] = [];
  for (const q of doc.quotes) {
    const who = speakerName(doc, q);
    out.push({ start: q.start, end: q.end, classes: ['q', ...state(q)], title: `Quote${who ? ` by ${who}` : ''} (${decisionLabel(q.status, q.origin)})` });
    if (q.speaker) out.push({ start: q.speaker.start, end: q.speaker.end, classes: ['sp'], title: `Speaker: ${who ?? q.speaker.text}` });
    if (q.cue) out.push({ start: q.cue.start, end: q.cue.end, classes: ['cue'], title: `Cue: ${q.cue.text}` });
  }
  for (const m of doc.mentions) {
    const name = names.get(m.entityId)?.name ?? m.text;
    out.push({ start: m.start, end: m.end, classes: ['m', m.type, ...state(m)], title: `${m.type}: ${name} (${decisionLabel(m.status, m.origin)})` });
  }
  return out;
}

/** The article text as HTML: cut at every span boundary, each piece wrapped in the classes of the spans over it. */
export function highlightedText(item: ExportDocument): string {
  const { text } = item;
  const all = layers(item.annotations).filter((l) => l.start < l.end && l.end <= text.length);
  const cuts = [...new Set([0, text.length, ...all.flatMap((l) => [l.start, l.end])])].sort((a, b) => a - b);
  // One sweep in text order keeps large articles linear; `order` keeps classes and titles in layer order.
  const order = new Map(all.map((l, i) => [l, i]));
  const byStart = [...all].sort((a, b) => a.start - b.start);
  let next = 0;
  let active: Layer[] = [];
  let html = '';
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [from, to] = [cuts[i], cuts[i + 1]];
    while (next < byStart.length && byStart[next].start <= from) active.push(byStart[next++]);
    active = active.filter((l) => l.end > from);
    const piece = escapeHtml(text.slice(from, to));
    if (active.length === 0) {
      html += piece;
      continue;
    }
    const over = [...active].sort((a, b) => order.get(a)! - order.get(b)!);
    const classes = [...new Set(over.flatMap((l) => l.classes))].join(' ');
    const title = over.map((l) => l.title).join('\n');
    html += `<span class="${escapeHtml(classes)}" title="${escapeHtml(title)}">${piece}</span>`;
  }
  return html;
}

function legend(scheme: Scheme): string {
  const items = [
    ...scheme.types.map((t) => `<li><span class="m ${escapeHtml(t.id)}">${escapeHtml(t.plural)}</span></li>`),
    '<li><span class="q">“Quote”</span></li>',
    '<li><span class="sp">Speaker</span></li>',
    '<li><span class="cue">cue</span></li>',
    '<li><span class="m PERSON accepted">accepted</span></li>',
    '<li><span class="m PERSON user">added by hand</span></li>',
  ];
  return `<ul class="legend" aria-label="Legend">${items.join('')}</ul>`;
}

/** An entity's links: https ones as links a reader can follow (leaking no referrer), others as text. */
function linkCells(links: readonly string[] | undefined): string {
  return (links ?? []).map((link) => {
    const href = linkHref(link);
    return href ? `<a href="${escapeHtml(href)}" rel="noreferrer noopener">${escapeHtml(link)}</a>` : escapeHtml(link);
  }).join('<br>');
}

function entityTables(doc: DocumentAnnotations, scheme: Scheme): string {
  const groups = entitiesByType(doc, scheme);
  if (groups.length === 0) return '<p class="muted">No entities.</p>';
  return groups.map(([type, entities]) => {
    const rows = entities.map((e) => `<tr><td>${escapeHtml(e.name)}</td><td class="n">${e.mentionCount}</td><td>${escapeHtml(e.aliases.join(', '))}</td><td>${escapeHtml(e.descriptors.join(', '))}</td><td>${escapeHtml(e.note ?? '')}</td><td>${linkCells(e.links)}</td></tr>`);
    return `<h4><span class="m ${escapeHtml(type)}">${escapeHtml(typeLabel(type, scheme))}</span> (${entities.length})</h4>`
      + `<table><thead><tr><th>Entity</th><th>Mentions</th><th>Aliases</th><th>Descriptors</th><th>Note</th><th>Links</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
  }).join('\n');
}

function quoteTable(doc: DocumentAnnotations, scheme: Scheme): string {
  if (doc.quotes.length === 0) return '<p class="muted">No attributed quotes.</p>';
  const attrs = scheme.attributes;
  const rows = doc.quotes.map((q) => `<tr><td>${escapeHtml(speakerName(doc, q) ?? '(no speaker)')}</td><td>${escapeHtml(q.cue?.text ?? '')}</td><td>${escapeHtml(q.text)}</td><td>${escapeHtml(decisionLabel(q.status, q.origin))}</td>${attrs.map((a) => `<td>${escapeHtml(q.attributes?.[a.id] ?? '')}</td>`).join('')}</tr>`);
  return `<table><thead><tr><th>Speaker</th><th>Cue</th><th>Quote</th><th>Status</th>${attrs.map((a) => `<th>${escapeHtml(a.label)}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function articleSection(item: ExportDocument, withChart: boolean): string {
  const doc = item.annotations;
  const scheme = item.scheme ?? DEFAULT_SCHEME;
  const path = doc.document.path || 'Article';
  return [
    `<section><h2>${escapeHtml(path)}</h2>`,
    `<p class="muted">${sizeLine(doc)}</p>`,
    withChart ? `<h3>Who is quoted</h3>${speakerChart(quotedSpeakers([doc]), `Who is quoted in ${path}`)}` : '',
    `<h3>Entities</h3>${entityTables(doc, scheme)}`,
    `<h3>Who said what</h3>${quoteTable(doc, scheme)}`,
    `<h3>Text</h3>${legend(scheme)}<div class="article">${highlightedText(item)}</div></section>`,
  ].join('\n');
}

/**
 * A self-contained report page: its only style inline and allowed by hash, nothing loaded or run, no referrer.
 * Shared by every HTML report, so that they all keep the same Content-Security-Policy.
 */
export function reportPage(title: string, body: string, style = STYLE): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${reportCsp(style)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)}</title>
<style>${style}</style>
</head>
<body>
${body}
</body>
</html>
`;
}

/** HTML report of one article. */
export function toHtml(item: ExportDocument): string {
  const title = `News Annotator: ${item.annotations.document.path || 'article'}`;
  return reportPage(title, `<h1>${escapeHtml(title)}</h1>\n${articleSection(item, true)}`, styleFor(item.scheme ?? DEFAULT_SCHEME));
}

/** HTML report of a workspace: who is quoted across all articles, then one section per article. */
export function toHtmlWorkspace(items: readonly ExportDocument[], title = 'News Annotator report'): string {
  const docs = items.map((i) => i.annotations);
  const body = [
    `<h1>${escapeHtml(title)}</h1>`,
    `<p class="muted">${counted(items.length, 'article')}.</p>`,
    `<h2>Who is quoted</h2>${speakerChart(quotedSpeakers(docs), 'Who is quoted across all articles')}`,
    ...items.map((item) => articleSection(item, false)),
  ];
  return reportPage(title, body.join('\n'), styleFor(items[0]?.scheme ?? DEFAULT_SCHEME));
}
