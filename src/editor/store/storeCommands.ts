import * as vscode from 'vscode';
import { openAt, type Orphan, type WorkspaceStore } from './workspaceStore';

// What the store's commands do. The command layer registers them (ids in src/editor/constants.ts) and passes
// the store in; nothing here registers anything.

interface OrphanItem extends vscode.QuickPickItem {
  orphan: Orphan;
}

function shorten(s: string, max = 60): string {
  const one = s.replace(/\s+/g, ' ');
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}

/**
 * Lists the decisions that could not be found again and lets the user re-attach one to the current selection,
 * show where it was, or delete it. Returns what was done, for tests.
 */
export async function showOrphans(store: WorkspaceStore): Promise<'reattached' | 'deleted' | 'shown' | undefined> {
  const orphans = store.getOrphans();
  if (orphans.length === 0) {
    void vscode.window.showInformationMessage('News Annotator: every decision was found in its article; nothing is orphaned.');
    return undefined;
  }
  const picked = await vscode.window.showQuickPick<OrphanItem>(
    orphans.map((o) => ({ label: `$(${o.kind === 'quote' ? 'quote' : 'symbol-field'}) ${shorten(o.exact)}`, description: o.path, detail: `${o.kind}, last seen at offset ${o.start}`, orphan: o })),
    { title: 'Orphaned annotations', placeHolder: 'Decisions whose text could not be found again after the article changed' },
  );
  if (!picked) return undefined;
  const o = picked.orphan;
  const editor = vscode.window.activeTextEditor;
  const canAttach = editor !== undefined && editor.document.uri.toString() === o.uri.toString() && !editor.selection.isEmpty;
  const actions = [...(canAttach ? ['Re-attach to Selection'] : []), 'Show Where It Was', 'Delete'];
  const action = await vscode.window.showQuickPick(actions, { title: `“${shorten(o.exact, 40)}”` });
  if (action === 'Re-attach to Selection' && editor) {
    const doc = editor.document;
    await store.reattachOrphan(o, doc.getText(), { start: doc.offsetAt(editor.selection.start), end: doc.offsetAt(editor.selection.end) });
    return 'reattached';
  }
  if (action === 'Delete') {
    const sure = await vscode.window.showWarningMessage(`Delete the orphaned ${o.kind} “${shorten(o.exact, 40)}” for good?`, { modal: true }, 'Delete');
    if (sure !== 'Delete') return undefined;
    await store.deleteOrphan(o);
    return 'deleted';
  }
  if (action === 'Show Where It Was') {
    const doc = await vscode.workspace.openTextDocument(o.uri);
    const start = doc.positionAt(Math.min(o.start, doc.getText().length));
    const end = doc.positionAt(Math.min(o.end, doc.getText().length));
    await vscode.window.showTextDocument(doc, { selection: new vscode.Range(start, end) });
    void vscode.window.showInformationMessage(`Select the text “${shorten(o.exact, 40)}” now stands for, then run “Show Orphaned Annotations” again to re-attach it.`);
    return 'shown';
  }
  return undefined;
}

/** Drops, after confirmation, the decisions of articles that were deleted from the workspace. Returns how many. */
export async function pruneDeleted(store: WorkspaceStore): Promise<number> {
  const gone = await store.deletedDocuments();
  if (gone.length === 0) {
    void vscode.window.showInformationMessage('News Annotator: every article with decisions still exists; nothing to prune.');
    return 0;
  }
  const list = gone.slice(0, 8).map((g) => g.path).join(', ') + (gone.length > 8 ? ', …' : '');
  const sure = await vscode.window.showWarningMessage(`Remove the decisions of ${gone.length} deleted article${gone.length === 1 ? '' : 's'} (${list}) from the workspace file?`, { modal: true }, 'Remove');
  if (sure !== 'Remove') return 0;
  return store.prune(gone);
}

/** Opens the workspace file of the active article's folder, at the broken line when it is broken. */
export async function openStoreFile(store: WorkspaceStore, uri = vscode.window.activeTextEditor?.document.uri): Promise<void> {
  const file = store.storeFileFor(uri);
  if (!file) {
    void vscode.window.showInformationMessage('News Annotator: open a folder to keep a workspace file of decisions.');
    return;
  }
  try {
    await vscode.workspace.fs.stat(file.uri);
  } catch {
    void vscode.window.showInformationMessage(`News Annotator: ${vscode.workspace.asRelativePath(file.uri)} does not exist yet; it is created with the first decision.`);
    return;
  }
  await openAt(file.uri, file.problem?.line ?? 1, file.problem?.column ?? 1);
}
