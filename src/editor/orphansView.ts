import * as vscode from 'vscode';
import { Commands, CONTEXT_HAS_ORPHANS, VIEW_ORPHANS } from './constants';
import type { Orphan, WorkspaceStore } from './store/workspaceStore';

/**
 * Lists decisions whose text could not be found again after their article changed. The view only shows while
 * there are some; clicking one shows where it was, and *Show Orphaned Annotations* re-attaches or deletes it.
 */
export class OrphansView implements vscode.TreeDataProvider<Orphan>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly store: WorkspaceStore) {
    this.disposables.push(
      this.changed,
      vscode.window.createTreeView(VIEW_ORPHANS, { treeDataProvider: this }),
      store.onDidChange(() => this.refresh()),
    );
    this.refresh();
  }

  private refresh(): void {
    void vscode.commands.executeCommand('setContext', CONTEXT_HAS_ORPHANS, this.store.getOrphans().length > 0);
    this.changed.fire();
  }

  getChildren(element?: Orphan): Orphan[] {
    return element ? [] : this.store.getOrphans();
  }

  getTreeItem(o: Orphan): vscode.TreeItem {
    const label = o.exact.replace(/\s+/g, ' ');
    const item = new vscode.TreeItem(label.length > 60 ? `${label.slice(0, 59)}…` : label);
    item.description = `${o.path} · ${o.kind}`;
    item.tooltip = `${o.kind === 'quote' ? 'Quote' : 'Mention'} “${label}” in ${o.path}, last seen at offset ${o.start}. Run “Show Orphaned Annotations” to re-attach or delete it.`;
    item.iconPath = new vscode.ThemeIcon('warning');
    item.contextValue = 'orphan';
    item.command = { title: 'Show where it was', command: Commands.reveal, arguments: [o.uri.toString(), o.start, o.end] };
    return item;
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }
}
