import * as vscode from 'vscode';
import { hasDefaultExtension, inArticleScope } from '../core/articleScope';
import { DEFAULT_LOCK_TIMING } from '../core/store/fileProtocol';
import { unsafePathReason } from '../core/store/safeKeys';
import { articleGlobs } from './config';
import { CONFIG_SECTION } from './constants';

/** The annotation file name of a folder, from `newsAnnotator.storeFile` (relative to the folder; never outside it). */
export function storeFileName(folder: vscode.WorkspaceFolder): string {
  const name = vscode.workspace.getConfiguration(CONFIG_SECTION, folder.uri).get<string>('storeFile', 'news-annotations.json').replace(/\\/g, '/');
  return unsafePathReason(name) ? 'news-annotations.json' : name;
}

/**
 * Whether a folder holds its annotation file. A save replaces the file by renaming a temporary file over it, and
 * VS Code's file service deletes the old file before that rename: for a moment the file is gone while the save's
 * lock lies beside it. A live lock counts as the file, so that a look in that moment does not take the folder for
 * one without annotations (and its articles for no articles); a crashed writer's stale lock does not.
 */
export async function holdsStoreFile(folder: vscode.WorkspaceFolder): Promise<boolean> {
  const name = storeFileName(folder);
  try {
    await vscode.workspace.fs.stat(vscode.Uri.joinPath(folder.uri, name));
    return true;
  } catch {
    // Gone, or being replaced: a lock younger than a crashed writer's says which.
  }
  try {
    const lock = await vscode.workspace.fs.stat(vscode.Uri.joinPath(folder.uri, `${name}.lock`));
    return Date.now() - lock.mtime < DEFAULT_LOCK_TIMING.staleMs;
  } catch {
    return false;
  }
}

/** Whether a document's path matches one of the globs, relative to its workspace folder. */
export function matchesGlobs(document: vscode.TextDocument, globs: readonly string[]): boolean {
  if (globs.length === 0) return false;
  const folder = vscode.workspace.getWorkspaceFolder(document.uri);
  return globs.some((glob) => vscode.languages.match({ pattern: folder ? new vscode.RelativePattern(folder, glob) : glob }, document) > 0);
}

/**
 * Knows which documents are articles (setting `newsAnnotator.articles`, else `.news` files and the plain-text and
 * Markdown files of folders that hold an annotation file). Watches the annotation files appear and disappear and
 * the settings change, and fires `onDidChange` so that the features re-check open documents.
 */
export class ArticleScope implements vscode.Disposable {
  /** Per workspace folder URI: whether its annotation file exists (absent while not known yet). */
  private readonly hasStore = new Map<string, boolean>();
  private readonly watchers = new Map<string, vscode.Disposable>();
  private readonly emitter = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [];
  /** Fires when the set of articles may have changed. */
  readonly onDidChange = this.emitter.event;

  constructor() {
    this.disposables.push(
      this.emitter,
      vscode.workspace.onDidChangeWorkspaceFolders((e) => {
        for (const f of e.removed) this.unwatch(f);
        for (const f of e.added) this.watch(f);
        this.emitter.fire();
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(`${CONFIG_SECTION}.storeFile`)) {
          for (const f of vscode.workspace.workspaceFolders ?? []) {
            this.unwatch(f);
            this.watch(f);
          }
        }
        if (['articles', 'include', 'exclude', 'storeFile'].some((k) => e.affectsConfiguration(`${CONFIG_SECTION}.${k}`))) this.emitter.fire();
      }),
    );
    for (const f of vscode.workspace.workspaceFolders ?? []) this.watch(f);
  }

  /** Whether the document falls in the articles' scope (exclusions, language and size are checked apart). */
  contains(document: vscode.TextDocument): boolean {
    const folder = vscode.workspace.getWorkspaceFolder(document.uri);
    const articles = articleGlobs(folder?.uri ?? document.uri);
    return inArticleScope({
      newsLanguage: document.languageId === 'news',
      untitled: document.uri.scheme === 'untitled',
      articles,
      matchesArticles: articles !== undefined && matchesGlobs(document, articles),
      folderHasStore: folder ? this.hasStore.get(folder.uri.toString()) === true : false,
      defaultExtension: hasDefaultExtension(document.uri.path),
    });
  }

  /** Whether the folder's annotation file exists (as last seen). */
  folderHasStore(folder: vscode.WorkspaceFolder): boolean {
    return this.hasStore.get(folder.uri.toString()) === true;
  }

  /** Looks again whether each folder's annotation file exists; resolves once known (after a first decision, tests). */
  async recheck(): Promise<void> {
    await Promise.all((vscode.workspace.workspaceFolders ?? []).map((f) => this.check(f)));
  }

  private watch(folder: vscode.WorkspaceFolder): void {
    const key = folder.uri.toString();
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, storeFileName(folder)));
    // A safe write renames a temporary file over the annotation file, which some file systems report as a
    // deletion (or as nothing but a change): every event is a reason to look again, none is taken at its word.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const look = (): void => {
      clearTimeout(timer);
      timer = setTimeout(() => void this.check(folder), 100);
    };
    this.watchers.set(key, vscode.Disposable.from(watcher, watcher.onDidCreate(look), watcher.onDidChange(look), watcher.onDidDelete(look), { dispose: () => clearTimeout(timer) }));
    void this.check(folder);
  }

  private async check(folder: vscode.WorkspaceFolder): Promise<void> {
    const key = folder.uri.toString();
    const exists = await holdsStoreFile(folder);
    if (this.hasStore.get(key) === exists) return;
    this.hasStore.set(key, exists);
    this.emitter.fire();
  }

  private unwatch(folder: vscode.WorkspaceFolder): void {
    const key = folder.uri.toString();
    this.watchers.get(key)?.dispose();
    this.watchers.delete(key);
    this.hasStore.delete(key);
  }

  dispose(): void {
    this.watchers.forEach((w) => w.dispose());
    this.disposables.forEach((d) => d.dispose());
  }
}
