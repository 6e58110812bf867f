import * as vscode from 'vscode';
import { ENTITY_TYPES } from '../core/model';
import { progressLabel, reviewProgress } from '../core/workspaceIndex';
import type { AnalysisService } from './analysisService';
import { Commands, CONTEXT_ACTIVE } from './constants';

const SKIP_TEXT: Record<string, string> = {
  tooLarge: 'larger than newsAnnotator.maxFileSizeKB: not analysed',
};

/** Counts for the active article; a note when it is skipped; click opens the entity explorer. */
export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('newsAnnotator.status', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly analysis: AnalysisService) {
    this.item.name = 'News Annotator';
    this.item.command = Commands.showExplorer;
    this.disposables.push(
      this.item,
      analysis.onDidUpdate((d) => { if (d === vscode.window.activeTextEditor?.document) this.update(); }),
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
    );
    this.update();
  }

  /** Refreshes the item for the active editor. */
  update(): void {
    const doc = vscode.window.activeTextEditor?.document;
    const reason = doc ? this.analysis.skipReasonOf(doc) : 'language';
    void vscode.commands.executeCommand('setContext', CONTEXT_ACTIVE, !!doc && reason === undefined);
    // Only articles show the item: a README or a file outside `newsAnnotator.articles` shows nothing.
    if (!doc || (reason && reason !== 'tooLarge')) { this.item.hide(); return; }
    if (reason) {
      this.item.text = '$(circle-slash) News';
      this.item.tooltip = `News Annotator: ${SKIP_TEXT[reason] ?? reason}`;
      this.item.show();
      return;
    }
    const a = this.analysis.get(doc);
    if (!a) {
      this.item.text = '$(loading~spin) News';
      this.item.tooltip = 'News Annotator: analysing…';
      this.item.show();
      return;
    }
    const live = a.mentions.filter((m) => m.status !== 'rejected');
    const quotes = a.quotes.filter((q) => q.status !== 'rejected');
    const pending = live.filter((m) => m.status === 'suggested').length + quotes.filter((q) => q.status === 'suggested').length;
    const progress = reviewProgress(a);
    this.item.text = `$(tag) ${live.length} $(quote) ${quotes.length} $(check) ${progressLabel(progress)}`;
    // The built-in types always, a scheme's own when the article has some.
    const types = [...ENTITY_TYPES, ...new Set(live.map((m) => m.type).filter((t) => !ENTITY_TYPES.includes(t)))];
    const lines = types.map((t) => `${t}: ${live.filter((m) => m.type === t).length}`);
    this.item.tooltip = `News Annotator — ${a.entities.length} entities, ${live.length} mentions (${lines.join(', ')}), ${quotes.length} quotes; ${pending} suggestions to review (${progressLabel(progress)}: accepted or rejected of all items). Click to open the explorer.`;
    this.item.show();
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }
}
