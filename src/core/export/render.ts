import { toBrat } from './brat';
import { toConll } from './conll';
import { toCsv } from './csv';
import { toHtml, toHtmlWorkspace } from './html';
import { toJson, toJsonWorkspace } from './json';
import { toMarkdown, toMarkdownWorkspace } from './markdown';
import { FORMAT_EXTENSIONS, type ExportDocument, type ExportFormat } from './types';
import { toW3c, toW3cWorkspace } from './w3c';

/** One file an export produces, named relative to the output folder. */
export interface OutputFile {
  name: string;
  content: string;
}

/** Rendering options of the command line. */
export interface RenderOptions {
  /** CSV: start with a UTF-8 byte order mark for Excel. */
  bom?: boolean;
}

/** The files one article exports to in `format`, named after `stem` (brat: the `.ann` and a copy of the text). */
export function renderOne(format: ExportFormat, item: ExportDocument, stem: string, options: RenderOptions = {}): OutputFile[] {
  const name = `${stem}${FORMAT_EXTENSIONS[format]}`;
  switch (format) {
    case 'json':
      return [{ name, content: toJson(item.annotations) }];
    case 'csv':
      return [{ name, content: toCsv([item.annotations], { ...options, ...(item.scheme ? { scheme: item.scheme } : {}) }) }];
    case 'w3c':
      return [{ name, content: toW3c(item) }];
    case 'brat': {
      const files = toBrat(item);
      return [{ name, content: files.ann }, { name: `${stem}.txt`, content: files.txt }];
    }
    case 'conll':
      return [{ name, content: toConll([item]) }];
    case 'markdown':
      return [{ name, content: toMarkdown(item.annotations, item.scheme) }];
    case 'html':
      return [{ name, content: toHtml(item) }];
  }
}

/**
 * Everything in one stream, for standard output: a single article as its own export, several as the format's
 * multi-document form (a JSON array, one CSV, `-DOCSTART-`-separated CoNLL, a workspace report).
 * Returns undefined for brat with several articles, which only makes sense as files.
 */
export function renderAll(format: ExportFormat, items: readonly ExportDocument[], options: RenderOptions = {}): string | undefined {
  if (items.length === 1) {
    const [first] = renderOne(format, items[0], 'stdout', options);
    return first.content;
  }
  const docs = items.map((i) => i.annotations);
  switch (format) {
    case 'json':
      return toJsonWorkspace(docs);
    case 'csv':
      return toCsv(docs, { ...options, ...(items[0].scheme ? { scheme: items[0].scheme } : {}) });
    case 'w3c':
      return toW3cWorkspace(items);
    case 'brat':
      return undefined;
    case 'conll':
      return toConll(items);
    case 'markdown':
      return toMarkdownWorkspace(docs, undefined, items[0].scheme);
    case 'html':
      return toHtmlWorkspace(items);
  }
}
