import * as vscode from 'vscode';
import { folderArticlesGlob, folderExcludeGlob, parentDir, withItem, withoutItem } from '../core/articleScope';
import { looksLikeNews } from '../core/newsDetector';
import type { AnalysisService } from './analysisService';
import type { ArticleScope } from './articleScope';
import { CONFIG_SECTION, Commands } from './constants';
import { documentLength } from './documentFilter';

/** Where the folders answered "Not here" are remembered, per workspace. */
const DECLINED_KEY = 'newsAnnotator.declinedFolders';
/** How much of a file the detector reads. */
const SAMPLE = 8000;

/** A folder of a workspace folder: `dir` relative to it, forward slashes, `''` for the folder itself. */
interface FolderRef {
  folder: vscode.WorkspaceFolder;
  dir: string;
}

const keyOf = (f: FolderRef): string => `${f.folder.uri.toString()}|${f.dir}`;

/** Writes a setting of a workspace folder (the workspace's settings when only one folder is open). */
async function writeFolderSetting(folder: vscode.WorkspaceFolder, key: string, value: string[] | undefined): Promise<void> {
  const target = vscode.workspace.workspaceFile ? vscode.ConfigurationTarget.WorkspaceFolder : vscode.ConfigurationTarget.Workspace;
  await vscode.workspace.getConfiguration(CONFIG_SECTION, folder.uri).update(key, value, target);
}

/** The folder-level value of a list setting, or `undefined` when the folder and workspace leave it unset. */
function folderSetting(folder: vscode.WorkspaceFolder, key: string): string[] | undefined {
  const i = vscode.workspace.getConfiguration(CONFIG_SECTION, folder.uri).inspect<string[]>(key);
  return i?.workspaceFolderValue ?? i?.workspaceValue;
}

/**
 * Offers annotation, once per folder, for a plain-text or Markdown file outside the articles' scope that reads like
 * a news article ("Yes" adds the folder to `newsAnnotator.articles`; "Not here" is remembered for the workspace),
 * and provides the commands that switch the annotator on and off for a folder.
 */
export class ArticleOffer implements vscode.Disposable {
  /** Folders offered in this session, answered or not: one offer per folder. */
  private readonly offered = new Set<string>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly analysis: AnalysisService, private readonly scope: ArticleScope, private readonly state: vscode.Memento) {
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor((e) => { if (e) void this.consider(e.document); }),
      vscode.commands.registerCommand(Commands.enableForFolder, (uri?: vscode.Uri) => this.enableFor(uri)),
      vscode.commands.registerCommand(Commands.disableForFolder, (uri?: vscode.Uri) => this.disableFor(uri)),
    );
    // The scope learns about annotation files a moment after activation; look at the open file once it has.
    void scope.recheck().then(() => {
      const doc = vscode.window.activeTextEditor?.document;
      if (doc) void this.consider(doc);
    });
  }

  private declined(): string[] {
    return this.state.get<string[]>(DECLINED_KEY, []);
  }

  /** The folder of a file of the workspace, or `undefined` for untitled documents and files outside every folder. */
  private folderOf(uri: vscode.Uri, isDirectory = false): FolderRef | undefined {
    if (uri.scheme === 'untitled') return undefined;
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder) return undefined;
    const rel = vscode.workspace.asRelativePath(uri, false).replace(/\\/g, '/');
    const inside = rel === uri.fsPath || rel === uri.path ? '' : rel;
    return { folder, dir: isDirectory ? (uri.toString() === folder.uri.toString() ? '' : inside) : parentDir(inside) };
  }

  /** Offers annotation for the folder of `document` if it is a news-like text file outside the scope. */
  private async consider(document: vscode.TextDocument): Promise<void> {
    if (document.languageId !== 'plaintext' && document.languageId !== 'markdown') return;
    if (this.analysis.skipReasonOf(document) !== 'notArticle') return;
    const ref = this.folderOf(document.uri);
    if (!ref) return;
    const key = keyOf(ref);
    if (this.offered.has(key) || this.declined().includes(key)) return;
    const sample = document.getText(new vscode.Range(new vscode.Position(0, 0), document.positionAt(Math.min(SAMPLE, documentLength(document)))));
    if (!looksLikeNews(sample)) return;
    this.offered.add(key);
    const where = ref.dir ? `“${ref.dir}”` : `“${ref.folder.name}”`;
    const yes = 'Yes';
    const notHere = 'Not here';
    const choice = await vscode.window.showInformationMessage(`News Annotator: ${where} seems to hold news articles. Annotate articles in this folder?`, yes, notHere);
    if (choice === yes) await this.enable(ref);
    else if (choice === notHere) await this.state.update(DECLINED_KEY, withItem(this.declined(), key));
  }

  /** The folder a command is about: the one given (Explorer context menu), else the active file's. */
  private async target(uri?: vscode.Uri): Promise<FolderRef | undefined> {
    const given = uri instanceof vscode.Uri ? uri : undefined;
    const resource = given ?? vscode.window.activeTextEditor?.document.uri;
    let isDirectory = false;
    if (given) {
      try {
        isDirectory = (await vscode.workspace.fs.stat(given)).type === vscode.FileType.Directory;
      } catch {
        isDirectory = false;
      }
    }
    const ref = resource && this.folderOf(resource, isDirectory);
    if (!ref) void vscode.window.showInformationMessage('News Annotator: open a file of a workspace folder (or pick a folder in the Explorer) first.');
    return ref;
  }

  private async enableFor(uri?: vscode.Uri): Promise<void> {
    const ref = await this.target(uri);
    if (ref) await this.enable(ref);
  }

  private async disableFor(uri?: vscode.Uri): Promise<void> {
    const ref = await this.target(uri);
    if (ref) await this.disable(ref);
  }

  /**
   * Makes the folder's plain-text and Markdown files articles: lifts an exclusion of it, and adds its glob to
   * `newsAnnotator.articles` unless the default scope already takes it (its workspace folder holds an annotation
   * file and the setting is unset), since setting the list would narrow the scope to that folder alone.
   */
  private async enable(ref: FolderRef): Promise<void> {
    const exclude = folderSetting(ref.folder, 'exclude');
    if (exclude?.includes(folderExcludeGlob(ref.dir))) await writeFolderSetting(ref.folder, 'exclude', withoutItem(exclude, folderExcludeGlob(ref.dir)));
    const articles = folderSetting(ref.folder, 'articles');
    if (articles !== undefined || !this.scope.folderHasStore(ref.folder)) {
      await writeFolderSetting(ref.folder, 'articles', withItem(articles ?? [], folderArticlesGlob(ref.dir)));
    }
    await this.state.update(DECLINED_KEY, withoutItem(this.declined(), keyOf(ref)));
    vscode.window.setStatusBarMessage(`News Annotator: annotating articles in ${ref.dir || ref.folder.name}`, 5000);
  }

  /** Stops annotating the folder: takes its glob out of `newsAnnotator.articles` and excludes it; no more offers. */
  private async disable(ref: FolderRef): Promise<void> {
    const articles = folderSetting(ref.folder, 'articles');
    if (articles?.includes(folderArticlesGlob(ref.dir))) await writeFolderSetting(ref.folder, 'articles', withoutItem(articles, folderArticlesGlob(ref.dir)));
    const exclude = folderSetting(ref.folder, 'exclude') ?? vscode.workspace.getConfiguration(CONFIG_SECTION, ref.folder.uri).get<string[]>('exclude', []);
    await writeFolderSetting(ref.folder, 'exclude', withItem(exclude, folderExcludeGlob(ref.dir)));
    await this.state.update(DECLINED_KEY, withItem(this.declined(), keyOf(ref)));
    vscode.window.setStatusBarMessage(`News Annotator: not annotating ${ref.dir || ref.folder.name}`, 5000);
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }
}
