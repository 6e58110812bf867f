import * as vscode from 'vscode';
import { fromBrat } from '../core/export/brat';
import { fromJson } from '../core/export/json';
import { ImportError } from '../core/export/types';
import type { DocumentAnnotations } from '../core/model';
import { decisionsFromAnnotations } from '../core/store/overlay';
import type { WorkspaceStore } from './store/workspaceStore';

const decoder = new TextDecoder('utf-8', { fatal: true });

async function readText(uri: vscode.Uri): Promise<string | undefined> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open) return open.getText();
  try {
    return decoder.decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}

/** The article a workspace-relative path names, in the first folder that has it. */
async function articleAt(path: string): Promise<vscode.Uri | undefined> {
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    const uri = vscode.Uri.joinPath(folder.uri, ...path.split('/'));
    try {
      await vscode.workspace.fs.stat(uri);
      return uri;
    } catch {
      // not in this folder
    }
  }
  return undefined;
}

/** Reads one export file into the documents it describes, each paired with its article. */
async function readExport(file: vscode.Uri): Promise<Array<{ annotations: DocumentAnnotations; article: vscode.Uri; text: string }>> {
  const display = vscode.workspace.asRelativePath(file);
  const content = await readText(file);
  if (content === undefined) throw new ImportError(`${display}: not UTF-8 text`);
  if (/\.ann$/i.test(file.path)) {
    const txt = file.with({ path: file.path.replace(/\.ann$/i, '.txt') });
    const text = await readText(txt);
    if (text === undefined) throw new ImportError(`${display}: brat needs its text file beside it (${vscode.workspace.asRelativePath(txt)})`);
    const annotations = fromBrat(content, text, vscode.workspace.asRelativePath(txt, false), display);
    return [{ annotations, article: txt, text }];
  }
  const out: Array<{ annotations: DocumentAnnotations; article: vscode.Uri; text: string }> = [];
  for (const annotations of fromJson(content, display)) {
    const article = await articleAt(annotations.document.path);
    const text = article && (await readText(article));
    if (!article || text === undefined) throw new ImportError(`${display}: the article ${annotations.document.path} is not in this workspace`);
    out.push({ annotations, article, text });
  }
  return out;
}

/**
 * `News Annotator: Import…`: reads JSON (analysis contract) or brat exports and records their decisions in the
 * workspace file of each article. Returns how many documents were imported.
 */
export async function importCommand(store: WorkspaceStore, files?: string[]): Promise<number> {
  const uris = files?.map((f) => vscode.Uri.parse(f)) ?? (await vscode.window.showOpenDialog({
    canSelectMany: true,
    filters: { 'News Annotator exports': ['json', 'ann'] },
    openLabel: 'Import',
    title: 'Import annotations (JSON or brat)',
  }));
  if (!uris || uris.length === 0) return 0;
  let count = 0;
  const problems: string[] = [];
  for (const file of uris) {
    try {
      for (const { annotations, article, text } of await readExport(file)) {
        await store.importDecisions(article, decisionsFromAnnotations(annotations, text));
        count++;
      }
    } catch (e) {
      problems.push(e instanceof Error ? e.message.split('\n')[0] : String(e));
    }
  }
  if (problems.length > 0) void vscode.window.showErrorMessage(`News Annotator could not import: ${problems.join('; ')}`);
  if (count > 0) void vscode.window.showInformationMessage(`News Annotator: imported the decisions of ${count} article${count === 1 ? '' : 's'}.`);
  return count;
}
