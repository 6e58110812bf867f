import * as vscode from 'vscode';
import { quoteProblems, type QuoteProblemKind } from '../core/quoteProblems';
import type { AnalysisService } from './analysisService';
import type { Config, DiagnosticsLevel } from './config';
import { DIAGNOSTIC_SOURCE } from './constants';

/** Diagnostic codes, so users can tell the problems apart (and filter them in the Problems panel). */
export const DIAGNOSTIC_CODES: Record<QuoteProblemKind, string> = {
  noSpeaker: 'quote-without-speaker',
  unclosed: 'unclosed-quote-mark',
  unopened: 'unopened-quote-mark',
};

const MESSAGES: Record<QuoteProblemKind, string> = {
  noSpeaker: 'Quote with no speaker: nobody in the text is said to have said it.',
  unclosed: 'Quote mark opened here is never closed in this paragraph.',
  unopened: 'Closing quote mark with no opening mark before it.',
};

/** The severity for a level, or undefined when diagnostics are off. */
export function severityOf(level: DiagnosticsLevel): vscode.DiagnosticSeverity | undefined {
  switch (level) {
    case 'hint': return vscode.DiagnosticSeverity.Hint;
    case 'information': return vscode.DiagnosticSeverity.Information;
    case 'warning': return vscode.DiagnosticSeverity.Warning;
    default: return undefined;
  }
}

/**
 * Reports quotes with no speaker and unbalanced quote marks in the Problems panel, at the severity the setting
 * `newsAnnotator.diagnostics.level` asks for. Off by default: checking quotes is a choice, not a lint. Runs after
 * each analysis (already debounced), never on a keystroke of its own.
 */
export class QuoteDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('newsAnnotator');
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly analysis: AnalysisService, private config: Config) {
    this.disposables.push(
      this.collection,
      analysis.onDidUpdate((doc) => this.check(doc)),
      vscode.workspace.onDidCloseTextDocument((doc) => this.collection.delete(doc.uri)),
    );
    this.checkAll();
  }

  /** Applies a new level: clears everything when off, re-checks every open article otherwise. */
  updateConfig(config: Config): void {
    this.config = config;
    this.checkAll();
  }

  private checkAll(): void {
    if (severityOf(this.config.diagnosticsLevel) === undefined) {
      this.collection.clear();
      return;
    }
    for (const doc of vscode.workspace.textDocuments) this.check(doc);
  }

  private check(document: vscode.TextDocument): void {
    const severity = severityOf(this.config.diagnosticsLevel);
    if (severity === undefined || !this.analysis.isArticle(document)) {
      this.collection.delete(document.uri);
      return;
    }
    const a = this.analysis.get(document);
    // A stale analysis has stale offsets: keep the last report until the fresh one arrives.
    if (!a) return;
    const mode = document.languageId === 'markdown' ? 'blankLine' : 'line';
    this.collection.set(document.uri, quoteProblems(a, document.getText(), mode).map((p) => {
      const range = new vscode.Range(document.positionAt(p.start), document.positionAt(p.end));
      const d = new vscode.Diagnostic(range, MESSAGES[p.kind], severity);
      d.source = DIAGNOSTIC_SOURCE;
      d.code = DIAGNOSTIC_CODES[p.kind];
      return d;
    }));
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }
}
