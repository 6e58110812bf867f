import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { escapeHtml, reportCsp, speakerChart, toHtml, toHtmlWorkspace } from '../../../src/core/export/html';
import { escapeMarkdown, toMarkdown, toMarkdownWorkspace } from '../../../src/core/export/markdown';
import { selectForExport } from '../../../src/core/export/select';
import { quotedSpeakers } from '../../../src/core/export/summary';
import { HOSTILE_NAME, HOSTILE_ORG, hostileDocument, seedDocument } from './fixtures';

// Tags the report itself writes; anything else that looks like a tag came from the document and was not escaped.
const REPORT_TAGS = new Set(['!DOCTYPE', 'html', 'head', 'meta', 'title', 'style', 'body', 'h1', 'h2', 'h3', 'h4', 'p', 'section', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'ul', 'li', 'span', 'div', 'svg', 'g', 'text', 'rect']);

function tagNames(html: string): string[] {
  return [...html.replace(/<style>[\s\S]*?<\/style>/, '').matchAll(/<\/?([!A-Za-z][\w-]*)/g)].map((m) => m[1]);
}

describe('HTML report', () => {
  const hostile = hostileDocument();
  const html = toHtml(hostile);

  it('writes only its own tags: every piece of document text is escaped', () => {
    const unknown = tagNames(html).filter((t) => !REPORT_TAGS.has(t));
    assert.deepEqual(unknown, []);
    assert.ok(!html.includes('<script'), 'no script');
    assert.ok(!html.includes('<img'), 'no image');
    assert.ok(!html.includes('<b>article</b>'), 'the path is escaped');
    assert.ok(html.includes(escapeHtml(HOSTILE_ORG)));
    assert.ok(html.includes(escapeHtml(HOSTILE_NAME)));
  });

  it('never lets document text close an attribute', () => {
    // Inside every tag, quotes only open and close attribute values: count them per tag.
    for (const tag of html.replace(/<style>[\s\S]*?<\/style>/, '').match(/<[^>]*>/g) ?? []) {
      assert.equal((tag.match(/"/g) ?? []).length % 2, 0, tag);
      const outsideValues = tag.replace(/"[^"]*"/g, '""');
      assert.ok(!/\son\w+=/.test(outsideValues), `event handler in ${tag}`);
    }
  });

  it('has a strict Content-Security-Policy whose style hash matches the inline stylesheet', () => {
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
    assert.ok(csp, 'CSP meta tag present');
    assert.equal(csp, reportCsp());
    assert.match(csp, /default-src 'none'/);
    assert.ok(!csp.includes('unsafe-inline') && !csp.includes('script-src'));
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)![1];
    const hash = createHash('sha256').update(style, 'utf8').digest('base64');
    assert.ok(csp.includes(`'sha256-${hash}'`));
    assert.ok(!/ style="/.test(html), 'no style attributes, which the CSP would block');
  });

  it('loads nothing: no external URL in any src or href', () => {
    for (const tag of html.replace(/<style>[\s\S]*?<\/style>/, '').match(/<[^>]*>/g) ?? []) {
      assert.ok(!/\s(src|href|xlink:href|srcset|action)=/.test(tag.replace(/"[^"]*"/g, '""')), `a tag that loads something: ${tag}`);
    }
  });

  it('highlights mentions, quotes, speakers and cues over the article text, which it keeps whole', () => {
    const seed = seedDocument();
    const page = toHtml({ annotations: selectForExport(seed.annotations), text: seed.text });
    const article = /<div class="article">([\s\S]*?)<\/div><\/section>/.exec(page)![1];
    const plain = article.replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
    assert.equal(plain, seed.text);
    assert.match(article, /<span class="m PERSON" title="PERSON: Vladimir Putin \(suggested\)">Vladimir Putin<\/span>/);
    assert.match(article, /class="sp[^"]*"[^>]*>Downing Street</);
    assert.match(article, /class="cue"[^>]*>said</);
    assert.ok(!article.includes('Minions</span>'), 'the rejected quote is left out');
  });

  it('charts who is quoted, most quoted first, bars proportional', () => {
    const seed = seedDocument();
    const speakers = quotedSpeakers([selectForExport(seed.annotations)]);
    assert.deepEqual(speakers.slice(0, 2).map((s) => [s.name, s.count]), [['Downing Street', 2], ['Federal Security Service', 1]]);
    const svg = speakerChart(speakers, 'chart');
    const widths = [...svg.matchAll(/<rect [^>]*width="(\d+)"/g)].map((m) => Number(m[1]));
    assert.equal(widths.length, speakers.length);
    assert.equal(widths[0], 2 * widths[1]);
  });

  it('a workspace report has one section per article and a combined chart', () => {
    const page = toHtmlWorkspace([seedDocument(), hostile]);
    assert.equal((page.match(/<section>/g) ?? []).length, 2);
    assert.equal((page.match(/<svg /g) ?? []).length, 1);
    assert.deepEqual(tagNames(page).filter((t) => !REPORT_TAGS.has(t)), []);
  });
});

describe('Markdown report', () => {
  it('escapes document text: no HTML, no links, no broken table rows', () => {
    const md = toMarkdown(hostileDocument().annotations);
    assert.ok(!/<(?!!--)/.test(md), 'no raw angle brackets');
    for (const row of md.split('\n').filter((l) => l.startsWith('|'))) {
      const cells = row.replace(/\\\|/g, '').split('|').length;
      const header = md.split('\n').find((l) => l.startsWith('|') && l.split('|').length === cells);
      assert.ok(header, `row has as many cells as a header: ${row}`);
    }
    assert.ok(md.includes('\\| for good'), 'the pipe in the quote is escaped');
  });

  it('lists entities by type with counts and aliases, and who said what', () => {
    const md = toMarkdown(selectForExport(seedDocument().annotations));
    assert.match(md, /^## People \(5\)$/m);
    assert.match(md, /^\| Vladimir Putin \| 3 \| Putin \| President \| {2}\|$/m);
    assert.match(md, /^\| Downing Street \| said \| “the allegations are no doubt baseless” \| accepted, added by hand \|$/m);
  });

  it('escapeMarkdown keeps text one line and inert', () => {
    assert.equal(escapeMarkdown('a|b\n*c* [x](y) <i>'), 'a\\|b \\*c\\* \\[x\\](y) &lt;i&gt;');
  });

  it('a workspace report counts speakers across articles', () => {
    const md = toMarkdownWorkspace([selectForExport(seedDocument().annotations), hostileDocument().annotations]);
    assert.match(md, /^## Who is quoted$/m);
    assert.match(md, /^\| Downing Street \| 2 \|$/m);
    assert.equal((md.match(/^## /gm) ?? []).length, 3);
  });
});
