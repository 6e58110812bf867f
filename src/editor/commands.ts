import * as vscode from 'vscode';
import type { AnalysisService } from './analysisService';
import { Commands, CONFIG_SECTION } from './constants';
import type { DecorationPainter, SchemeSource } from './decorations';
import { readConfig } from './config';
import { exportCommand, type ExportArgs } from './exportCommands';
import { findArticles } from './workspaceArticles';

/** The parts commands act on. */
export interface CommandDeps {
  analysis: AnalysisService;
  painter: DecorationPainter;
  /** The extension's folder, for the walkthrough's sample article. */
  extensionUri?: vscode.Uri;
  /** The annotation scheme of each document's workspace file, for the exports. */
  schemes?: SchemeSource;
}

/** The active editor if it shows an article, with a message otherwise. */
export function activeArticle(analysis: AnalysisService): vscode.TextEditor | undefined {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !analysis.isArticle(editor.document)) {
    void vscode.window.showInformationMessage('News Annotator: open a news article (plain text, Markdown or .news) first.');
    return undefined;
  }
  return editor;
}

/** Registers the commands that do not depend on the workspace file. */
export function registerCommands({ analysis, painter, extensionUri, schemes }: CommandDeps): vscode.Disposable[] {
  const reg = vscode.commands.registerCommand;
  return [
    reg(Commands.testDecorations, async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor) return undefined;
      await analysis.analyzeNow(editor.document);
      const painted = painter.paintedRanges(editor.document);
      return painted && { uri: editor.document.uri.toString(), ...painted };
    }),
    reg(Commands.reveal, async (uri: string, start: number, end: number) => {
      const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
      const range = new vscode.Range(doc.positionAt(start), doc.positionAt(end));
      await vscode.window.showTextDocument(doc, { selection: range });
    }),
    reg(Commands.toggleHighlights, async () => {
      const c = vscode.workspace.getConfiguration(CONFIG_SECTION);
      const target = vscode.workspace.workspaceFolders ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
      await c.update('highlights.enabled', !c.get<boolean>('highlights.enabled', true), target);
    }),
    reg(Commands.refresh, async () => {
      const editor = activeArticle(analysis);
      if (editor) await analysis.analyzeNow(editor.document);
    }),
    reg(Commands.exportJson, (args?: ExportArgs) => exportCommand(analysis, { format: 'json', scope: 'article', ...args }, schemes)),
    reg(Commands.export, (args?: ExportArgs) => exportCommand(analysis, args, schemes)),
    reg(Commands.annotateWorkspace, () => annotateWorkspace(analysis)),
    reg(Commands.openSample, () => extensionUri && openSample(extensionUri)),
  ];
}

/** Analyses every article of the workspace with a cancellable progress notification; returns how many were done. */
export async function annotateWorkspace(analysis: AnalysisService): Promise<{ articles: number; mentions: number; quotes: number; skipped: number } | undefined> {
  return vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'News Annotator: annotating the workspace', cancellable: true }, async (progress, token) => {
    const articles = await findArticles(readConfig(), token);
    const done = { articles: 0, mentions: 0, quotes: 0, skipped: 0 };
    for (const uri of articles) {
      if (token.isCancellationRequested) break;
      progress.report({ message: `${done.articles + done.skipped + 1}/${articles.length} ${vscode.workspace.asRelativePath(uri)}`, increment: 100 / articles.length });
      try {
        const a = await analysis.analyzeFile(uri);
        if (!a) { done.skipped++; continue; }
        done.articles++;
        done.mentions += a.mentions.filter((m) => m.status !== 'rejected').length;
        done.quotes += a.quotes.filter((q) => q.status !== 'rejected').length;
      } catch {
        done.skipped++; // unreadable file: counted, and the run goes on
      }
    }
    const cancelled = token.isCancellationRequested ? ' (cancelled)' : '';
    void vscode.window.showInformationMessage(`News Annotator: annotated ${done.articles} article${done.articles === 1 ? '' : 's'}${cancelled}: ${done.mentions} mentions, ${done.quotes} quotes${done.skipped ? `; ${done.skipped} skipped (too large or not UTF-8 text)` : ''}.`);
    return done;
  });
}

/** Opens the walkthrough's sample article as an untitled News article, so that trying it out writes no file. */
async function openSample(extensionUri: vscode.Uri): Promise<void> {
  const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, 'media', 'walkthrough', 'sample.news'));
  const doc = await vscode.workspace.openTextDocument({ language: 'news', content: new TextDecoder().decode(bytes) });
  await vscode.window.showTextDocument(doc);
}
