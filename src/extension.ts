import * as vscode from 'vscode';
import { AnalysisService } from './editor/analysisService';
import { createAnalyzerHost } from './editor/analyzerHost';
import { registerCommands } from './editor/commands';
import { onConfigChange, readConfig } from './editor/config';
import { Commands } from './editor/constants';
import { DecorationPainter } from './editor/decorations';
import { QuoteDiagnostics } from './editor/diagnostics';
import { EntityExplorer } from './editor/explorer';
import { HoverCards } from './editor/hover';
import { SchemeCommands } from './editor/schemeCommands';
import { StatusBar } from './editor/statusBar';
import { SymbolProviders } from './editor/symbols';
import { AnnotationCommands } from './editor/annotationCommands';
import { ArticleOffer } from './editor/articleOffer';
import { ArticleScope } from './editor/articleScope';
import { AnnotationCodeActions } from './editor/codeActions';
import { CompareView } from './editor/compareCommand';
import { LinkCommands } from './editor/linkCommands';
import { importCommand } from './editor/importCommand';
import { AnalyserLearning } from './editor/learning';
import { OrphansView } from './editor/orphansView';
import { openStoreFile, pruneDeleted, showOrphans } from './editor/store/storeCommands';
import { WorkspaceStore } from './editor/store/workspaceStore';
import { WorkspaceIndexService } from './editor/workspaceIndexService';
import type { EntityFilter } from './core/outlineFilter';

/** Builds the parts and hands them to VS Code to dispose. Nothing here loads the NLP: that waits for an article. */
export function activate(context: vscode.ExtensionContext): void {
  const config = readConfig();
  const host = createAnalyzerHost(context.extensionUri.fsPath);
  // The store goes first: analysis overlays its decisions, and disposing it last-in-first-out flushes pending writes.
  const store = new WorkspaceStore();
  const scope = new ArticleScope();
  const analysis = new AnalysisService(host, config, store, scope);
  const painter = new DecorationPainter(analysis, config, store);
  // Every provider checks that the document is an article, so one broad selector follows the settings live.
  const selector: vscode.DocumentSelector = [{ scheme: '*', language: '*' }];
  // The workspace index analyses closed articles in a worker of its own and in the editor's one, a job at a time
  // on each, so an open article never waits behind more than one background article.
  const indexHost = createAnalyzerHost(context.extensionUri.fsPath);
  // Both analysers learn from the workspace's decisions, so closed articles are indexed as open ones are analysed.
  const learning = new AnalyserLearning([host, indexHost], store, analysis, context.workspaceState, config.learning);
  const index = new WorkspaceIndexService([indexHost, host], analysis, store, context.storageUri, String(context.extension.packageJSON.version ?? ''), config, learning);
  const status = new StatusBar(analysis);
  const explorer = new EntityExplorer(analysis, index, store);
  const diagnostics = new QuoteDiagnostics(analysis, config);
  context.subscriptions.push(
    store,
    scope,
    { dispose: () => host.dispose() },
    { dispose: () => indexHost.dispose() },
    analysis,
    index,
    painter,
    new HoverCards(analysis, selector, index, store),
    status,
    explorer,
    new SymbolProviders(analysis, selector, index, store),
    diagnostics,
    new AnnotationCodeActions(analysis, selector),
    new OrphansView(store),
    learning,
    ...registerCommands({ analysis, painter, extensionUri: context.extensionUri, schemes: store }),
    new AnnotationCommands(analysis, store, scope),
    new ArticleOffer(analysis, scope, context.workspaceState),
    new CompareView(analysis, store, selector),
    new LinkCommands(analysis, store),
    new SchemeCommands(analysis, store),
    vscode.commands.registerCommand(Commands.showOrphans, () => showOrphans(store)),
    vscode.commands.registerCommand(Commands.pruneDeleted, () => pruneDeleted(store)),
    vscode.commands.registerCommand(Commands.openStoreFile, () => openStoreFile(store)),
    vscode.commands.registerCommand(Commands.import, (files?: string[]) => importCommand(store, files)),
    vscode.commands.registerCommand(Commands.showExplorer, () => vscode.commands.executeCommand('newsAnnotator.entities.focus')),
    vscode.commands.registerCommand(Commands.revealInExplorer, (target: { uri: string; entityId: string }) => explorer.reveal(target.uri, target.entityId)),
    vscode.commands.registerCommand(Commands.testExplorer, () => explorer.snapshot()),
    vscode.commands.registerCommand(Commands.testExplorerTitle, () => explorer.title()),
    vscode.commands.registerCommand(Commands.filterEntities, (preset?: Partial<EntityFilter>) => explorer.setFilter(preset)),
    vscode.commands.registerCommand(Commands.clearEntityFilter, () => explorer.clearFilter()),
    vscode.commands.registerCommand(Commands.rebuildIndex, () => index.rebuild().then((r) => r.analysed.length)),
    vscode.commands.registerCommand(Commands.testIndex, (action?: 'state' | 'reload' | 'flush', key?: string) => testIndex(index, action, key)),
    onConfigChange((c) => {
      analysis.updateConfig(c);
      painter.updateConfig(c);
      diagnostics.updateConfig(c);
      index.updateConfig(c);
      learning.setEnabled(c.learning);
      status.update();
    }),
  );
}

/**
 * The index as tests see it: `state` (size, and whether it holds `key`), `flush` (write the cache now) and
 * `reload` (drop the index in memory and read it back from workspace storage, as a window reload does).
 */
async function testIndex(index: WorkspaceIndexService, action: 'state' | 'reload' | 'flush' = 'state', key?: string): Promise<unknown> {
  if (action === 'flush') await index.flush();
  const reloaded = action === 'reload' ? await index.reload() : undefined;
  if (action === 'state') await index.ready;
  return { size: index.size, has: key === undefined ? undefined : index.has(key), reloaded, cache: index.cacheLocation?.toString() };
}

/** Everything is disposed through `context.subscriptions`. */
export function deactivate(): void {}
