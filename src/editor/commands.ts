import * as vscode from 'vscode';
import type { AnalysisService } from './analysisService';
import { Commands, CONFIG_SECTION } from './constants';
import type { DecorationPainter } from './decorations';

/** The parts commands act on. */
export interface CommandDeps {
  analysis: AnalysisService;
  painter: DecorationPainter;
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
export function registerCommands({ analysis, painter }: CommandDeps): vscode.Disposable[] {
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
    reg(Commands.exportJson, async () => {
      const editor = activeArticle(analysis);
      if (!editor) return;
      const a = await analysis.analyzeNow(editor.document);
      if (!a) return;
      const base = editor.document.uri.path.replace(/\.[^./]*$/, '');
      const target = await vscode.window.showSaveDialog({
        defaultUri: editor.document.uri.with({ path: `${base}.annotations.json` }),
        filters: { JSON: ['json'] },
        title: 'Export annotations as JSON',
      });
      if (!target) return;
      await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(`${JSON.stringify(a, null, 2)}\n`));
      void vscode.window.showInformationMessage(`News Annotator: exported ${a.mentions.length} mentions and ${a.quotes.length} quotes to ${vscode.workspace.asRelativePath(target)}.`);
    }),
  ];
}
