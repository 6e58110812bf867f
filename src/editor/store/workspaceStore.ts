import * as vscode from 'vscode';
import type { DocumentAnnotations } from '../../core/model';
import { applyEditsToDocument, orphansOf, reanchorDocument } from '../../core/store/documentAnchors';
import { StoreError } from '../../core/store/errors';
import { STORE_MAX_BYTES, type LockInfo, type StoreFileAccess } from '../../core/store/fileProtocol';
import { pruneDocuments, type SpanRef, type StoreOp } from '../../core/store/operations';
import { applyDecisions } from '../../core/store/overlay';
import { unsafePathReason } from '../../core/store/safeKeys';
import { mergeDecisions } from '../../core/store/merge';
import { emptyDocument, type DocumentDecisions, type ReanchorReport, type Store } from '../../core/store/types';
import { decisionsProblem, emptySchemeSpec, resolveScheme, withinScheme, type Scheme, type SchemeSpec } from '../../core/scheme';
import { CONFIG_SECTION } from '../constants';
import { MemoryStore, withDocument, type DecisionBackend } from './decisionBackend';
import { FolderStore } from './folderStore';

/** A decision that could not be found again in its document. */
export interface Orphan {
  uri: vscode.Uri;
  /** Workspace-relative path, or the document's name when it is kept in memory. */
  path: string;
  kind: 'mention' | 'quote';
  /** Identifies the orphan for `reattachOrphan` and `deleteOrphan`. */
  key: string;
  exact: string;
  /** Where it was last seen. */
  start: number;
  end: number;
}

/** The workspace file through `vscode.workspace.fs`: temporary sibling, backup copy, rename over, lock beside it. */
class WorkspaceFsAccess implements StoreFileAccess {
  private readonly name: string;
  private readonly dir: vscode.Uri;
  private readonly lock: vscode.Uri;

  constructor(private readonly uri: vscode.Uri) {
    this.name = uri.path.slice(uri.path.lastIndexOf('/') + 1);
    this.dir = vscode.Uri.joinPath(uri, '..');
    this.lock = vscode.Uri.joinPath(this.dir, `${this.name}.lock`);
  }

  private temp(tag: string): vscode.Uri {
    return vscode.Uri.joinPath(this.dir, `.${this.name}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}.${tag}`);
  }

  async read(): Promise<Uint8Array | undefined> {
    const st = await stat(this.uri);
    if (!st) return undefined;
    if (st.type & vscode.FileType.Directory) throw new StoreError(vscode.workspace.asRelativePath(this.uri), { line: 1, column: 1, reason: 'cannot read the file (a folder, not a file)' });
    if (st.size > STORE_MAX_BYTES) throw new StoreError(vscode.workspace.asRelativePath(this.uri), { line: 1, column: 1, reason: `cannot read the file (too large: ${Math.ceil(st.size / 1048576)} MB; the limit is ${STORE_MAX_BYTES / 1048576} MB)` });
    return await vscode.workspace.fs.readFile(this.uri);
  }

  async writeAtomically(data: Uint8Array, backup: boolean): Promise<void> {
    const st = await stat(this.uri);
    if (st?.permissions !== undefined && (st.permissions & vscode.FilePermission.Readonly) !== 0) {
      throw new StoreError(vscode.workspace.asRelativePath(this.uri), { line: 1, column: 1, reason: 'the file is read-only; not overwritten (make it writable to save decisions)' });
    }
    const tmp = this.temp('tmp');
    // A copy of the file, then written into: the replacement keeps the file's permissions (a 0600 file stays
    // 0600), which this API cannot set otherwise.
    if (st) await Promise.resolve(vscode.workspace.fs.copy(this.uri, tmp, { overwrite: false })).catch(() => undefined);
    await vscode.workspace.fs.writeFile(tmp, data);
    try {
      // The backup is a convenience; the rename is what keeps the file whole, so a file system that cannot copy
      // does not stop saving.
      if (backup) await Promise.resolve(vscode.workspace.fs.copy(this.uri, vscode.Uri.joinPath(this.dir, `${this.name}.bak`), { overwrite: true })).catch(() => undefined);
      await vscode.workspace.fs.rename(tmp, this.uri, { overwrite: true });
    } catch (e) {
      await Promise.resolve(vscode.workspace.fs.delete(tmp)).catch(() => undefined);
      throw e;
    }
  }

  async createLock(token: string): Promise<boolean> {
    // This API has no exclusive create: a renamed temporary file that must not replace an existing lock is the
    // nearest; the content check before the rename in `commitStore` covers what is left.
    const tmp = this.temp('lock.tmp');
    await vscode.workspace.fs.writeFile(tmp, new TextEncoder().encode(token));
    try {
      await vscode.workspace.fs.rename(tmp, this.lock, { overwrite: false });
      return true;
    } catch (e) {
      await Promise.resolve(vscode.workspace.fs.delete(tmp)).catch(() => undefined);
      if (await stat(this.lock)) return false;
      throw e;
    }
  }

  async readLock(): Promise<LockInfo | undefined> {
    const st = await stat(this.lock);
    if (!st) return undefined;
    const token = await Promise.resolve(vscode.workspace.fs.readFile(this.lock)).then((b) => new TextDecoder().decode(b), () => '');
    return { token, ageMs: Date.now() - st.mtime };
  }

  async removeLock(): Promise<void> {
    await Promise.resolve(vscode.workspace.fs.delete(this.lock)).catch(() => undefined);
  }
}

/** A file's stat, or `undefined` when it does not exist. */
async function stat(uri: vscode.Uri): Promise<vscode.FileStat | undefined> {
  try {
    return await vscode.workspace.fs.stat(uri);
  } catch (e) {
    if (e instanceof vscode.FileSystemError && e.code === 'FileNotFound') return undefined;
    throw e;
  }
}

interface FolderEntry {
  folder: vscode.WorkspaceFolder;
  fileUri: vscode.Uri;
  store: FolderStore;
  watcher: vscode.FileSystemWatcher;
}

/** The store file name of a folder, from `newsAnnotator.storeFile` (relative to the folder; never outside it). */
function storeFileName(folder: vscode.WorkspaceFolder): string {
  const name = vscode.workspace.getConfiguration(CONFIG_SECTION, folder.uri).get<string>('storeFile', 'news-annotations.json').replace(/\\/g, '/');
  return unsafePathReason(name) ? 'news-annotations.json' : name;
}

/** Path of `uri` relative to `folder`, with forward slashes, or `undefined` when it is not inside. */
function relativeTo(folder: vscode.WorkspaceFolder, uri: vscode.Uri): string | undefined {
  if (uri.scheme !== folder.uri.scheme || uri.authority !== folder.uri.authority) return undefined;
  const base = folder.uri.path.endsWith('/') ? folder.uri.path : `${folder.uri.path}/`;
  if (!uri.path.startsWith(base)) return undefined;
  const rel = uri.path.slice(base.length);
  return rel && !unsafePathReason(rel) ? rel : undefined;
}

/**
 * The workspace annotation files: one per workspace folder (setting `newsAnnotator.storeFile`), loaded when a
 * document of the folder first needs it (so the schema compiler stays off activation), written with a debounce
 * through `vscode.workspace.fs`, watched for outside edits (merged with unsaved decisions), read-only with one
 * clear message when broken. Decisions follow live edits and renamed files; untitled documents and files
 * outside every folder keep theirs in memory.
 */
export class WorkspaceStore implements vscode.Disposable {
  private readonly folders = new Map<string, FolderEntry>();
  /** Decisions about untitled documents and files outside every folder, keyed by URI. */
  private readonly memory = new MemoryStore();
  private readonly reports = new Map<string, ReanchorReport>();
  /** Untitled documents that were closed lately with decisions: a save-as reopens them under a file URI. */
  private readonly closedUntitled: Array<{ text: string; decisions: DocumentDecisions }> = [];
  private memoryNoticeShown = false;
  /** Resolved schemes by the file's scheme object, which a load or change replaces rather than edits. */
  private readonly schemes = new WeakMap<object, Scheme>();
  private writeWarningShown = false;
  private readonly emitter = new vscode.EventEmitter<vscode.Uri | undefined>();
  private readonly disposables: vscode.Disposable[] = [];
  /** Fires when decisions changed: for one document, or `undefined` for all (a file was reloaded). */
  readonly onDidChange = this.emitter.event;

  constructor(private readonly debounceMs = 300) {
    this.disposables.push(
      this.emitter,
      vscode.workspace.onDidChangeTextDocument((e) => this.followEdits(e)),
      vscode.workspace.onDidSaveTextDocument((d) => this.entryFor(d.uri)?.store.schedule()),
      vscode.workspace.onDidRenameFiles((e) => void this.moveFiles(e.files)),
      vscode.workspace.onDidCloseTextDocument((d) => this.rememberClosedUntitled(d)),
      vscode.workspace.onDidOpenTextDocument((d) => this.adoptSavedUntitled(d)),
      vscode.workspace.onDidChangeWorkspaceFolders((e) => {
        for (const f of e.removed) void this.dropFolder(f);
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (!e.affectsConfiguration(`${CONFIG_SECTION}.storeFile`)) return;
        for (const entry of [...this.folders.values()]) void this.dropFolder(entry.folder).then(() => this.emitter.fire(undefined));
      }),
    );
  }

  /** The folder store a document belongs to, created (and loading) on first use. */
  private entryFor(uri: vscode.Uri): FolderEntry | undefined {
    if (uri.scheme === 'untitled') return undefined;
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder) return undefined;
    const key = folder.uri.toString();
    let entry = this.folders.get(key);
    if (!entry) {
      const fileUri = vscode.Uri.joinPath(folder.uri, storeFileName(folder));
      const store = new FolderStore(new WorkspaceFsAccess(fileUri), vscode.workspace.asRelativePath(fileUri, true), {
        changed: () => this.emitter.fire(undefined),
        problem: (e) => void this.showProblem(fileUri, e),
        writeFailed: (e) => {
          if (this.writeWarningShown) return;
          this.writeWarningShown = true;
          void vscode.window.showWarningMessage(`News Annotator could not save ${vscode.workspace.asRelativePath(fileUri)} (${e instanceof Error ? e.message : String(e)}). Decisions are kept in memory and saved with the next change.`);
        },
      }, this.debounceMs);
      const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, storeFileName(folder)));
      const reload = (): void => void store.reload();
      watcher.onDidChange(reload);
      watcher.onDidCreate(reload);
      watcher.onDidDelete(reload);
      entry = { folder, fileUri, store, watcher };
      this.folders.set(key, entry);
      void store.load();
    }
    return entry;
  }

  /** Where the decisions about `uri` live: its folder's file, under its relative path, or memory, under its URI. */
  private locate(uri: vscode.Uri): { backend: DecisionBackend; path: string } {
    const entry = this.entryFor(uri);
    const path = entry ? relativeTo(entry.folder, uri) : undefined;
    return entry && path !== undefined ? { backend: entry.store, path } : { backend: this.memory, path: uri.toString() };
  }

  /** The decisions recorded for a document (after loading its folder's file), or `undefined`. */
  async decisionsFor(uri: vscode.Uri): Promise<DocumentDecisions | undefined> {
    const { backend, path } = this.locate(uri);
    await backend.load();
    return backend.store.documents.get(path);
  }

  /** The whole store of a folder, once loaded (for exports and the CLI-equivalent views). */
  async storeOf(folder: vscode.WorkspaceFolder): Promise<Store> {
    const entry = this.entryFor(folder.uri);
    if (!entry) throw new Error(`no store for ${folder.name}`);
    await entry.store.load();
    return entry.store.store;
  }

  /**
   * Overlays the decisions about `uri` on fresh analysis of `text`. Decisions are first found again in the text;
   * when some moved or were orphaned, the store remembers where (written with the next save). Before the
   * folder's file has loaded, the analysis comes back as it is and `onDidChange` fires once it has.
   */
  apply(uri: vscode.Uri, analysis: DocumentAnnotations, text: string): DocumentAnnotations {
    const { backend, path } = this.locate(uri);
    const registry = backend.store.registry;
    const scheme = this.schemeFor(uri);
    const doc = backend.store.documents.get(path);
    if (!doc) return withinScheme(applyDecisions(analysis, undefined, text, registry), scheme);
    const { doc: found, report } = reanchorDocument(doc, text);
    this.reports.set(uri.toString(), report);
    if (anchorsMoved(doc, found)) backend.change((s) => withDocument(s, path, () => found), false, false);
    return withinScheme(applyDecisions(analysis, found, text, registry), scheme);
  }

  /**
   * The annotation scheme of the workspace file that holds `uri`'s decisions (no `uri`: the first folder's); the
   * built-in four for documents kept in memory, and until the file has loaded. It never loads the file itself (a
   * painted editor that is no article must not cost the schema compiler): the first analysis of an article does,
   * and `onDidChange` then repaints with the scheme.
   */
  schemeFor(uri?: vscode.Uri): Scheme {
    const folder = uri ? (uri.scheme === 'untitled' ? undefined : vscode.workspace.getWorkspaceFolder(uri)) : vscode.workspace.workspaceFolders?.[0];
    const spec = folder ? this.folders.get(folder.uri.toString())?.store.store.scheme : undefined;
    if (!spec) return resolveScheme();
    let scheme = this.schemes.get(spec);
    if (!scheme) this.schemes.set(spec, (scheme = resolveScheme(spec)));
    return scheme;
  }

  /** How the last `apply` found the decisions of a document again. */
  reportFor(uri: vscode.Uri): ReanchorReport | undefined {
    return this.reports.get(uri.toString());
  }

  /**
   * Records a person's decision about the document `uri` whose current text is `text`. Throws when the folder's
   * file is broken or of a newer version (read-only), or the operation does not fit the text.
   */
  async mutate(uri: vscode.Uri, text: string, op: StoreOp): Promise<void> {
    const { backend, path } = this.locate(uri);
    await backend.mutate(path, text, op);
    if (backend.inMemory && !this.memoryNoticeShown) {
      this.memoryNoticeShown = true;
      void this.showMemoryNotice(uri);
    }
    this.emitter.fire(op.kind === 'setRegistryEntry' || op.kind === 'removeRegistryEntry' || op.kind === 'setScheme' ? undefined : uri);
  }

  /**
   * Records decisions read from an export (Import…): each replaces a decision on the same span, notes and names
   * of entities override, everything else is kept. Throws when the folder's file is read-only.
   */
  async importDecisions(uri: vscode.Uri, imported: DocumentDecisions): Promise<void> {
    const { backend, path } = this.locate(uri);
    await backend.load();
    // A type or quote attribute the scheme lacks would make the file unreadable: refused here, with its count.
    const misfit = decisionsProblem({ registry: [], documents: [[path, imported]] }, this.schemeFor(uri));
    if (misfit) throw new Error(misfit.reason);
    await backend.changeChecked((s) => withDocument(s, path, (d) => mergeDecisions(d, imported)));
    this.emitter.fire(uri);
  }

  private async showMemoryNotice(uri: vscode.Uri): Promise<void> {
    const save = 'Save As…';
    const choice = await vscode.window.showInformationMessage(
      'News Annotator keeps decisions about documents that are untitled or outside every workspace folder in memory only. They are saved to the workspace file once the article is saved in a workspace folder.',
      save,
    );
    if (choice !== save) return;
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (doc) await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('workbench.action.files.saveAs');
  }

  /** Moves decisions along with live edits of an open document. */
  private followEdits(e: vscode.TextDocumentChangeEvent): void {
    if (e.contentChanges.length === 0) return;
    const { backend, path } = this.locate(e.document.uri);
    if (!backend.store.documents.has(path)) return;
    const text = e.document.getText();
    // Not replayed on reload (re-anchoring recovers it) and written with the next save of the article.
    backend.change((s) => withDocument(s, path, (d) => applyEditsToDocument(d, e.contentChanges, text)), false, false);
  }

  /** Renamed or moved articles (and folders of them) take their decisions along. */
  private async moveFiles(files: ReadonlyArray<{ oldUri: vscode.Uri; newUri: vscode.Uri }>): Promise<void> {
    for (const { oldUri, newUri } of files) {
      const from = this.locate(oldUri);
      const to = this.locate(newUri);
      await from.backend.load();
      await to.backend.load();
      // Keyed by what follows the old path: '' for the file itself, '/x.txt' for files under a renamed folder.
      const under = (p: string): boolean => p === from.path || p.startsWith(`${from.path}/`);
      const moved = [...from.backend.store.documents].filter(([p]) => under(p)).map(([p, d]) => [p.slice(from.path.length), d] as const);
      if (moved.length === 0) continue;
      from.backend.change((s) => pruneDocuments(s, (p) => !under(p)).store, true);
      to.backend.change((s) => moved.reduce((acc, [rest, d]) => withDocument(acc, to.path + rest, () => d), s), true);
    }
    this.emitter.fire(undefined);
  }

  private rememberClosedUntitled(d: vscode.TextDocument): void {
    if (d.uri.scheme !== 'untitled') return;
    const key = d.uri.toString();
    const decisions = this.memory.store.documents.get(key);
    if (!decisions) return;
    this.memory.change((s) => withDocument(s, key, () => emptyDocument()));
    this.closedUntitled.push({ text: d.getText(), decisions });
    if (this.closedUntitled.length > 5) this.closedUntitled.shift();
  }

  /** An untitled document saved into a folder reopens under its file URI with the same text: its decisions follow. */
  private adoptSavedUntitled(d: vscode.TextDocument): void {
    if (this.closedUntitled.length === 0 || d.uri.scheme === 'untitled') return;
    const text = d.getText();
    const i = this.closedUntitled.findIndex((c) => c.text === text);
    if (i < 0) return;
    const [{ decisions }] = this.closedUntitled.splice(i, 1) as [{ text: string; decisions: DocumentDecisions }];
    const { backend, path } = this.locate(d.uri);
    void backend.load().then(() => {
      backend.change((s) => withDocument(s, path, (old) => ({ ...old, mentions: [...old.mentions, ...decisions.mentions], quotes: [...old.quotes, ...decisions.quotes], entities: new Map([...old.entities, ...decisions.entities]) })), true);
      this.emitter.fire(d.uri);
    });
  }

  /** Every decision that could not be found again, in every folder and in memory. */
  getOrphans(): Orphan[] {
    const places: Array<{ backend: DecisionBackend; uriOf: (path: string) => vscode.Uri }> = [
      ...[...this.folders.values()].map((entry) => ({ backend: entry.store as DecisionBackend, uriOf: (path: string) => vscode.Uri.joinPath(entry.folder.uri, ...path.split('/')) })),
      { backend: this.memory, uriOf: (key: string) => vscode.Uri.parse(key) },
    ];
    const out: Orphan[] = [];
    for (const { backend, uriOf } of places) {
      for (const [key, doc] of backend.store.documents) {
        const uri = uriOf(key);
        const path = backend.inMemory ? uri.path.slice(uri.path.lastIndexOf('/') + 1) : key;
        for (const o of orphansOf(doc)) out.push({ uri, path, kind: o.kind, key: o.key, exact: o.anchor.exact, start: o.anchor.start, end: o.anchor.end });
      }
    }
    return out;
  }

  /** Attaches an orphan to a span of the document's current text. */
  reattachOrphan(orphan: Orphan, text: string, span: SpanRef): Promise<void> {
    return this.mutate(orphan.uri, text, { kind: 'reattachOrphan', list: orphan.kind === 'mention' ? 'mentions' : 'quotes', key: orphan.key, span });
  }

  /** Deletes an orphaned decision for good. */
  deleteOrphan(orphan: Orphan): Promise<void> {
    return this.mutate(orphan.uri, '', { kind: 'deleteOrphan', list: orphan.kind === 'mention' ? 'mentions' : 'quotes', key: orphan.key });
  }

  /** Documents with decisions whose file no longer exists, per folder (for the prune command to confirm). */
  async deletedDocuments(): Promise<Array<{ folder: vscode.WorkspaceFolder; path: string }>> {
    const out: Array<{ folder: vscode.WorkspaceFolder; path: string }> = [];
    for (const f of vscode.workspace.workspaceFolders ?? []) {
      const entry = this.entryFor(f.uri);
      if (!entry) continue;
      await entry.store.load();
      for (const path of entry.store.store.documents.keys()) {
        try {
          await vscode.workspace.fs.stat(vscode.Uri.joinPath(f.uri, ...path.split('/')));
        } catch {
          out.push({ folder: f, path });
        }
      }
    }
    return out;
  }

  /** Drops the decisions of the given deleted documents; returns how many were dropped. */
  async prune(documents: ReadonlyArray<{ folder: vscode.WorkspaceFolder; path: string }>): Promise<number> {
    let n = 0;
    for (const f of new Set(documents.map((d) => d.folder))) {
      const entry = this.entryFor(f.uri);
      if (!entry) continue;
      if (entry.store.readOnly) throw new Error(entry.store.problem?.message ?? `${entry.store.label} is read-only`);
      const gone = new Set(documents.filter((d) => d.folder === f).map((d) => d.path));
      entry.store.change((s) => pruneDocuments(s, (p) => !gone.has(p)).store, true);
      n += gone.size;
    }
    this.emitter.fire(undefined);
    return n;
  }

  /**
   * Changes the annotation scheme of the workspace file of `uri`'s folder (or the first folder). Throws when the
   * change would orphan decisions (the message names the count), the scheme is malformed, or the file is read-only.
   */
  async changeScheme(uri: vscode.Uri | undefined, change: (spec: SchemeSpec) => SchemeSpec): Promise<void> {
    const folder = (uri && vscode.workspace.getWorkspaceFolder(uri)) ?? vscode.workspace.workspaceFolders?.[0];
    const entry = folder && this.entryFor(folder.uri);
    if (!folder || !entry) throw new Error('open a folder first: the annotation scheme lives in its workspace file');
    await entry.store.load();
    const next = change(entry.store.store.scheme ?? emptySchemeSpec());
    await this.mutate(entry.fileUri, '', { kind: 'setScheme', scheme: next });
  }

  /** The workspace file of the folder holding `uri` (or the first folder), for the open-file command. */
  storeFileFor(uri?: vscode.Uri): { uri: vscode.Uri; problem?: StoreError } | undefined {
    const folder = (uri && vscode.workspace.getWorkspaceFolder(uri)) ?? vscode.workspace.workspaceFolders?.[0];
    if (!folder) return undefined;
    const entry = this.entryFor(folder.uri);
    return entry ? { uri: entry.fileUri, ...(entry.store.problem ? { problem: entry.store.problem } : {}) } : undefined;
  }

  /** Writes every folder's pending decisions now (deactivate, tests). */
  async flush(): Promise<void> {
    await Promise.all([...this.folders.values()].map((e) => e.store.flush().catch(() => undefined)));
  }

  private async dropFolder(folder: vscode.WorkspaceFolder): Promise<void> {
    const key = folder.uri.toString();
    const entry = this.folders.get(key);
    if (!entry) return;
    this.folders.delete(key);
    await entry.store.flush().catch(() => undefined);
    entry.store.dispose();
    entry.watcher.dispose();
  }

  private async showProblem(fileUri: vscode.Uri, error: StoreError): Promise<void> {
    const open = 'Open File';
    const choice = await vscode.window.showErrorMessage(
      `News Annotator cannot use ${error.file} (line ${error.line}: ${error.reason}). Decisions in this folder are read-only until the file is fixed; it will not be overwritten.`,
      open,
    );
    if (choice === open) await openAt(fileUri, error.line, error.column);
  }

  dispose(): void {
    for (const e of this.folders.values()) {
      void e.store.flush().catch(() => undefined).then(() => e.store.dispose());
      e.watcher.dispose();
    }
    this.folders.clear();
    for (const d of this.disposables) d.dispose();
  }
}

/** Opens a file with the cursor at a 1-based line and column. */
export async function openAt(uri: vscode.Uri, line: number, column: number): Promise<void> {
  const pos = new vscode.Position(Math.max(0, line - 1), Math.max(0, column - 1));
  await vscode.window.showTextDocument(uri, { selection: new vscode.Range(pos, pos) });
}

/** True when re-anchoring moved a decision or changed its state, so that the store should remember it. */
function anchorsMoved(before: DocumentDecisions, after: DocumentDecisions): boolean {
  const differ = (a: ReadonlyArray<{ start: number; end: number; state?: string }>, b: ReadonlyArray<{ start: number; end: number; state?: string }>): boolean =>
    a.some((x, i) => x.start !== b[i]?.start || x.end !== b[i]?.end || x.state !== b[i]?.state);
  return differ(before.mentions, after.mentions) || differ(before.quotes, after.quotes);
}
