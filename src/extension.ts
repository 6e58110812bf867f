import type * as vscode from 'vscode';
import { AnalysisService } from './editor/analysisService';
import { createAnalyzerHost } from './editor/analyzerHost';
import { onConfigChange, readConfig } from './editor/config';
import { DecorationPainter } from './editor/decorations';
import { HoverCards } from './editor/hover';
import { StatusBar } from './editor/statusBar';
import { registerCommands } from './editor/commands';

/** Builds the parts and hands them to VS Code to dispose. Nothing here loads the NLP: that waits for an article. */
export function activate(context: vscode.ExtensionContext): void {
  let config = readConfig();
  const host = createAnalyzerHost(context.extensionUri.fsPath);
  const analysis = new AnalysisService(host, config);
  const painter = new DecorationPainter(analysis, config);
  const selector: vscode.DocumentSelector = [{ scheme: '*', language: '*' }];
  const status = new StatusBar(analysis);
  context.subscriptions.push(
    { dispose: () => host.dispose() },
    analysis,
    painter,
    new HoverCards(analysis, selector),
    status,
    ...registerCommands({ analysis, painter }),
    onConfigChange((c) => {
      config = c;
      analysis.updateConfig(c);
      painter.updateConfig(c);
      status.update();
    }),
  );
}

/** Everything is disposed through `context.subscriptions`. */
export function deactivate(): void {}
