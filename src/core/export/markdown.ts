import type { DocumentAnnotations, Origin, Status } from '../model';
import { escapeMarkdown } from '../markdownEscape';
import { DEFAULT_SCHEME, type Scheme } from '../scheme';
import { counted, entitiesByType, quotedSpeakers, sizeLine, speakerName, typeLabel } from './summary';

/**
 * Markdown report: per article, the entities by type with counts and aliases, and a "who said what" table.
 * Document text is escaped so that it can never turn into links, HTML or table breaks.
 */

export { escapeMarkdown };

/** How a report shows a decision: suggestions plain, confirmed and hand-made items called out. */
export function decisionLabel(status: Status, origin: Origin): string {
  const who = origin === 'user' ? 'added by hand' : '';
  if (status === 'suggested') return who || 'suggested';
  return who ? `${status}, ${who}` : status;
}

function articleSection(doc: DocumentAnnotations, level: number, scheme: Scheme): string[] {
  const h = '#'.repeat(level);
  const lines = [`${h} ${escapeMarkdown(doc.document.path || 'Article')}`, ''];
  lines.push(sizeLine(doc), '');
  for (const [type, entities] of entitiesByType(doc, scheme)) {
    lines.push(`${h}# ${escapeMarkdown(typeLabel(type, scheme))} (${entities.length})`, '');
    lines.push('| Entity | Mentions | Aliases | Descriptors | Note |', '| --- | ---: | --- | --- | --- |');
    for (const e of entities) {
      const cells = [e.name, String(e.mentionCount), e.aliases.join(', '), e.descriptors.join(', '), e.note ?? ''];
      lines.push(`| ${cells.map(escapeMarkdown).join(' | ')} |`);
    }
    lines.push('');
  }
  lines.push(`${h}# Who said what (${doc.quotes.length})`, '');
  if (doc.quotes.length === 0) {
    lines.push('No attributed quotes.', '');
    return lines;
  }
  const attrs = scheme.attributes;
  lines.push(`| Speaker | Cue | Quote | Status |${attrs.map((a) => ` ${escapeMarkdown(a.label)} |`).join('')}`, `| --- | --- | --- | --- |${attrs.map(() => ' --- |').join('')}`);
  for (const q of doc.quotes) {
    const cells = [speakerName(doc, q) ?? '(no speaker)', q.cue?.text ?? '', q.text, decisionLabel(q.status, q.origin), ...attrs.map((a) => q.attributes?.[a.id] ?? '')];
    lines.push(`| ${cells.map(escapeMarkdown).join(' | ')} |`);
  }
  lines.push('');
  return lines;
}

function speakerTable(docs: readonly DocumentAnnotations[]): string[] {
  const speakers = quotedSpeakers(docs);
  if (speakers.length === 0) return ['Nobody is quoted.', ''];
  return ['| Speaker | Quotes |', '| --- | ---: |', ...speakers.map((s) => `| ${escapeMarkdown(s.name)} | ${s.count} |`), ''];
}

/** Markdown report of one article. */
export function toMarkdown(doc: DocumentAnnotations, scheme: Scheme = DEFAULT_SCHEME): string {
  return `${articleSection(doc, 1, scheme).join('\n').trimEnd()}\n`;
}

/** Markdown report of a workspace: who is quoted across all articles, then one section per article. */
export function toMarkdownWorkspace(docs: readonly DocumentAnnotations[], title = 'News Annotator report', scheme: Scheme = DEFAULT_SCHEME): string {
  const lines = [`# ${escapeMarkdown(title)}`, '', `${counted(docs.length, 'article')}.`, '', '## Who is quoted', '', ...speakerTable(docs)];
  for (const doc of docs) lines.push(...articleSection(doc, 2, scheme));
  return `${lines.join('\n').trimEnd()}\n`;
}
