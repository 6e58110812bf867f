import * as vscode from 'vscode';
import { bratAnnotationConf } from '../core/export/brat';
import { renderAll, renderOne } from '../core/export/render';
import { selectForExport } from '../core/export/select';
import { EXPORT_FORMATS, FORMAT_EXTENSIONS, type ExportDocument, type ExportFormat } from '../core/export/types';
import type { AnalysisService } from './analysisService';
import type { SchemeSource } from './decorations';
import { documentPath } from './analysisService';
import { readConfig } from './config';
import { findArticles } from './workspaceArticles';

const FORMAT_LABELS: Record<ExportFormat, string> = {
  json: 'JSON — the analysis contract',
  csv: 'CSV — one row per mention and quote',
  w3c: 'W3C Web Annotation (JSON-LD)',
  brat: 'brat standoff (.ann and .txt)',
  conll: 'CoNLL-2003 (IOB2 tokens)',
  markdown: 'Markdown report',
  html: 'HTML report',
};

/** Arguments the Export… command accepts, so tests and other commands can skip the pickers. */
export interface ExportArgs {
  format?: ExportFormat;
  scope?: 'article' | 'workspace';
  /** The file to write (for brat: the `.ann`; for a workspace brat export: the folder). */
  target?: string;
  includeRejected?: boolean;
}

const encoder = new TextEncoder();
const write = (uri: vscode.Uri, content: string): Thenable<void> => vscode.workspace.fs.writeFile(uri, encoder.encode(content));
const stemOf = (uri: vscode.Uri): string => (uri.path.split('/').pop() ?? 'article').replace(/\.[^.]*$/, '') || 'article';

/** `News Annotator: Export…`: format and scope from quick picks, then a save dialog; a progress bar for the workspace. */
export async function exportCommand(analysis: AnalysisService, args: ExportArgs = {}, schemes?: SchemeSource): Promise<vscode.Uri | undefined> {
  const format = args.format ?? (await vscode.window.showQuickPick(EXPORT_FORMATS.map((f) => ({ label: FORMAT_LABELS[f], format: f })), { title: 'Export annotations: format' }))?.format;
  if (!format) return undefined;
  const editor = vscode.window.activeTextEditor;
  const hasArticle = !!editor && analysis.isArticle(editor.document);
  const scope = args.scope ?? (hasArticle
    ? (await vscode.window.showQuickPick([{ label: 'Active article', scope: 'article' as const, description: editor ? vscode.workspace.asRelativePath(editor.document.uri) : '' },
      { label: 'Whole workspace', scope: 'workspace' as const, description: 'every article, one export' }], { title: 'Export annotations: scope' }))?.scope
    : 'workspace');
  if (!scope) return undefined;
  const options = { includeRejected: args.includeRejected ?? false };

  if (scope === 'article') {
    if (!editor || !hasArticle) {
      void vscode.window.showInformationMessage('News Annotator: open an article to export it.');
      return undefined;
    }
    const a = await analysis.analyzeNow(editor.document);
    if (!a) return undefined;
    const scheme = schemes?.schemeFor(editor.document.uri);
    const item: ExportDocument = { annotations: selectForExport(a, options), text: editor.document.getText(), ...(scheme ? { scheme } : {}) };
    const stem = stemOf(editor.document.uri);
    const target = args.target ? vscode.Uri.parse(args.target) : await vscode.window.showSaveDialog({
      defaultUri: vscode.Uri.joinPath(editor.document.uri, '..', `${stem}${FORMAT_EXTENSIONS[format]}`),
      filters: { [FORMAT_LABELS[format]]: [FORMAT_EXTENSIONS[format].slice(1)] },
      title: `Export ${vscode.workspace.asRelativePath(editor.document.uri)}`,
    });
    if (!target) return undefined;
    const files = renderOne(format, item, stemOf(target));
    await write(target, files[0].content);
    // brat reads the text beside the .ann: write the copy next to it.
    for (const extra of files.slice(1)) await write(vscode.Uri.joinPath(target, '..', extra.name), extra.content);
    void vscode.window.showInformationMessage(`News Annotator: exported ${item.annotations.mentions.length} mentions and ${item.annotations.quotes.length} quotes to ${vscode.workspace.asRelativePath(target)}.`);
    return target;
  }

  const config = readConfig();
  const articles = await findArticles(config);
  if (articles.length === 0) {
    void vscode.window.showInformationMessage('News Annotator: no articles (.txt, .md, .news) in this workspace.');
    return undefined;
  }
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  let target: vscode.Uri | undefined;
  if (args.target) target = vscode.Uri.parse(args.target);
  else if (format === 'brat') {
    target = (await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, canSelectMany: false, defaultUri: folder, openLabel: 'Export here', title: 'Folder for the brat files' }))?.[0];
  } else {
    target = await vscode.window.showSaveDialog({
      defaultUri: folder && vscode.Uri.joinPath(folder, `news-annotations-export${FORMAT_EXTENSIONS[format]}`),
      filters: { [FORMAT_LABELS[format]]: [FORMAT_EXTENSIONS[format].slice(1)] },
      title: 'Export the whole workspace',
    });
  }
  if (!target) return undefined;
  const chosen = target;
  const items = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'News Annotator: exporting', cancellable: true }, async (progress, token) => {
    const out: Array<ExportDocument & { uri: vscode.Uri }> = [];
    for (const uri of articles) {
      if (token.isCancellationRequested) return undefined;
      progress.report({ message: vscode.workspace.asRelativePath(uri), increment: 100 / articles.length });
      const a = await analysis.analyzeFile(uri);
      if (!a) continue;
      const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
      const text = open ? open.getText() : new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
      const scheme = schemes?.schemeFor(uri);
      out.push({ uri, annotations: selectForExport({ ...a, document: { ...a.document, path: documentPath(uri) } }, options), text, ...(scheme ? { scheme } : {}) });
    }
    return out;
  });
  if (!items) return undefined;
  if (format === 'brat') {
    const used = new Set<string>();
    for (const item of items) {
      // Articles with the same name in different folders get a numbered stem rather than overwriting each other.
      let stem = stemOf(item.uri);
      for (let n = 2; used.has(stem); n++) stem = `${stemOf(item.uri)}-${n}`;
      used.add(stem);
      for (const f of renderOne('brat', item, stem)) await write(vscode.Uri.joinPath(chosen, f.name), f.content);
    }
    // brat shows the types of the scheme once they are in its configuration beside the files.
    await write(vscode.Uri.joinPath(chosen, 'annotation.conf'), bratAnnotationConf(items[0]?.scheme));
  } else {
    await write(chosen, renderAll(format, items) ?? '');
  }
  void vscode.window.showInformationMessage(`News Annotator: exported ${items.length} article${items.length === 1 ? '' : 's'} to ${vscode.workspace.asRelativePath(chosen)}.`);
  return chosen;
}
