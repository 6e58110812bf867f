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
import { StatusBar } from './editor/statusBar';
import { SymbolProviders } from './editor/symbols';
import { registerAnnotationCommands } from './editor/annotationCommands';
import { AnnotationCodeActions } from './editor/codeActions';
import { importCommand } from './editor/importCommand';
import { AnalyserLearning } from './editor/learning';
import { OrphansView } from './editor/orphansView';
import { openStoreFile, pruneDeleted, showOrphans } from './editor/store/storeCommands';
import { WorkspaceStore } from './editor/store/workspaceStore';

/** Builds the parts and hands them to VS Code to dispose. Nothing here loads the NLP: that waits for an article. */
export function activate(context: vscode.ExtensionContext): void {
  const config = readConfig();
  const host = createAnalyzerHost(context.extensionUri.fsPath);
  // The store goes first: analysis overlays its decisions, and disposing it last-in-first-out flushes pending writes.
  const store = new WorkspaceStore();
  const analysis = new AnalysisService(host, config, store);
  const painter = new DecorationPainter(analysis, config);
  // Every provider checks that the document is an article, so one broad selector follows the settings live.
  const selector: vscode.DocumentSelector = [{ scheme: '*', language: '*' }];
  const status = new StatusBar(analysis);
  const explorer = new EntityExplorer(analysis);
  const diagnostics = new QuoteDiagnostics(analysis, config);
  const learning = new AnalyserLearning(host, store, analysis, context.workspaceState, config.learning);
  context.subscriptions.push(
    store,
    { dispose: () => host.dispose() },
    analysis,
    painter,
    new HoverCards(analysis, selector),
    status,
    explorer,
    new SymbolProviders(analysis, selector),
    diagnostics,
    new AnnotationCodeActions(analysis, selector),
    new OrphansView(store),
    learning,
    ...registerCommands({ analysis, painter }),
    ...registerAnnotationCommands(analysis, store),
    vscode.commands.registerCommand(Commands.showOrphans, () => showOrphans(store)),
    vscode.commands.registerCommand(Commands.pruneDeleted, () => pruneDeleted(store)),
    vscode.commands.registerCommand(Commands.openStoreFile, () => openStoreFile(store)),
    vscode.commands.registerCommand(Commands.import, (files?: string[]) => importCommand(store, files)),
    vscode.commands.registerCommand(Commands.showExplorer, () => vscode.commands.executeCommand('newsAnnotator.entities.focus')),
    vscode.commands.registerCommand(Commands.revealInExplorer, (target: { uri: string; entityId: string }) => explorer.reveal(target.uri, target.entityId)),
    vscode.commands.registerCommand(Commands.testExplorer, () => explorer.snapshot()),
    onConfigChange((c) => {
      analysis.updateConfig(c);
      painter.updateConfig(c);
      diagnostics.updateConfig(c);
      learning.setEnabled(c.learning);
      status.update();
    }),
  );
}

/** Everything is disposed through `context.subscriptions`. */
export function deactivate(): void {}
