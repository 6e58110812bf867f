import * as vscode from 'vscode';
import type { DocumentAnnotations } from '../core/model';
import type { SpanExplanation } from '../core/nlp/explainSpan';
import type { AnalyzerHost } from './analyzerHost';
import type { ArticleScope } from './articleScope';
import type { Config } from './config';
import { skipReason, type SkipReason } from './documentFilter';

/** Overlays a person's decisions on fresh analyser output (the workspace file does this). */
export interface DecisionLayer {
  apply(uri: vscode.Uri, analysis: DocumentAnnotations, text: string): DocumentAnnotations;
  readonly onDidChange: vscode.Event<vscode.Uri | undefined>;
}

interface Entry {
  version: number;
  raw: DocumentAnnotations;
  view: DocumentAnnotations;
}

/** Workspace-relative path with forward slashes, or the file name for documents outside every folder. */
export function documentPath(uri: vscode.Uri): string {
  const rel = vscode.workspace.asRelativePath(uri, false);
  return rel.replace(/\\/g, '/');
}

/**
 * Keeps the analysis of every open article current: re-analyses after a short debounce once typing stops,
 * visible editors first, and overlays the user's decisions. Other features listen to `onDidUpdate`.
 */
export class AnalysisService implements vscode.Disposable {
  private readonly entries = new Map<string, Entry>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly skipped = new Map<string, SkipReason>();
  /** Open articles whose analysis predates a change of the analyser (it learnt from decisions). */
  private readonly stale = new Set<string>();
  /** Articles analysed while closed (workspace annotation), so workspace counts and references include them. */
  private readonly closed = new Map<string, DocumentAnnotations>();
  private readonly emitter = new vscode.EventEmitter<vscode.TextDocument>();
  private readonly disposables: vscode.Disposable[] = [];
  /** Fires after a document's annotations changed (new analysis or new decisions). */
  readonly onDidUpdate = this.emitter.event;
  private readonly workspaceEmitter = new vscode.EventEmitter<vscode.Uri>();
  /** Fires after an article that is not open was analysed (workspace annotation). */
  readonly onDidAnalyzeClosed = this.workspaceEmitter.event;

  constructor(private readonly host: AnalyzerHost, private config: Config, private readonly decisions?: DecisionLayer, private readonly scope?: ArticleScope) {
    this.disposables.push(
      this.emitter,
      this.workspaceEmitter,
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length > 0) this.schedule(e.document, this.config.debounceMs);
      }),
      vscode.workspace.onDidOpenTextDocument((d) => this.schedule(d, 0)),
      vscode.workspace.onDidCloseTextDocument((d) => this.forget(d.uri)),
      vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach((e) => this.ensure(e.document))),
    );
    if (decisions) {
      this.disposables.push(decisions.onDidChange((uri) => this.reapply(uri)));
    }
    // Which documents are articles changes with settings and with annotation files appearing: check again.
    if (scope) this.disposables.push(scope.onDidChange(() => this.updateConfig(this.config)));
    // Visible editors first, then the other open documents.
    for (const e of vscode.window.visibleTextEditors) this.schedule(e.document, 0);
    for (const d of vscode.workspace.textDocuments) this.schedule(d, 50);
  }

  /** Applies new settings and re-analyses what they affect. */
  updateConfig(config: Config): void {
    this.config = config;
    for (const d of vscode.workspace.textDocuments) {
      if (skipReason(d, config, this.scope)) this.forget(d.uri, true);
      else this.schedule(d, 0);
    }
  }

  /** The current annotations of a document, with the user's decisions applied, if it is up to date. */
  get(document: vscode.TextDocument): DocumentAnnotations | undefined {
    const entry = this.entries.get(document.uri.toString());
    return entry && entry.version === document.version ? entry.view : undefined;
  }

  /**
   * Asks the analyser why it types the mention at `start`..`end` as it does, in the document's current text; resolves
   * with undefined when the document has changed since its analysis or no answer came within `timeoutMs` (a hover
   * card does not wait longer).
   */
  async explain(document: vscode.TextDocument, start: number, end: number, timeoutMs: number): Promise<SpanExplanation | null | undefined> {
    if (!this.get(document)) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<undefined>((resolve) => { timer = setTimeout(() => resolve(undefined), timeoutMs); });
    const asked = this.host.explain(document.getText(), documentPath(document.uri), start, end).catch(() => undefined);
    try {
      return await Promise.race([asked, late]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** The analyser's own output for a document, before any decision, if it is up to date. */
  analyzerOutput(document: vscode.TextDocument): DocumentAnnotations | undefined {
    const entry = this.entries.get(document.uri.toString());
    return entry && entry.version === document.version ? entry.raw : undefined;
  }

  /** Every analysed document's annotations, keyed by URI string. */
  all(): ReadonlyMap<string, DocumentAnnotations> {
    const out = new Map<string, DocumentAnnotations>(this.closed);
    for (const [k, v] of this.entries) out.set(k, v.view);
    return out;
  }

  /**
   * Analyses an article that may not be open (workspace annotation); open documents use their editor text.
   * Resolves with undefined for files that are not articles or are too large.
   */
  async analyzeFile(uri: vscode.Uri): Promise<DocumentAnnotations | undefined> {
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (open) return this.analyzeNow(open);
    const stat = await vscode.workspace.fs.stat(uri);
    if (stat.size > this.config.maxFileSizeKB * 1024) return undefined;
    const bytes = await vscode.workspace.fs.readFile(uri);
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return undefined; // not UTF-8 text: not an article
    }
    if (text.includes('\u0000')) return undefined;
    const raw = await this.host.analyze(text, documentPath(uri));
    const view = this.decisions ? this.decisions.apply(uri, raw, text) : raw;
    this.closed.set(uri.toString(), view);
    this.workspaceEmitter.fire(uri);
    return view;
  }

  /** Why the document is not analysed, if it is not. */
  skipReasonOf(document: vscode.TextDocument): SkipReason | undefined {
    return this.skipped.get(document.uri.toString()) ?? skipReason(document, this.config, this.scope);
  }

  /** Whether the document is one the extension annotates. */
  isArticle(document: vscode.TextDocument): boolean {
    return skipReason(document, this.config, this.scope) === undefined;
  }

  /** Analyses now (no debounce) and resolves with the annotations, or undefined if the document is skipped. */
  async analyzeNow(document: vscode.TextDocument): Promise<DocumentAnnotations | undefined> {
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    const reason = skipReason(document, this.config, this.scope);
    if (reason) {
      this.skipped.set(key, reason);
      this.entries.delete(key);
      this.emitter.fire(document);
      return undefined;
    }
    this.skipped.delete(key);
    const existing = this.entries.get(key);
    if (existing && existing.version === document.version && !this.stale.has(key)) return existing.view;
    this.stale.delete(key);
    const version = document.version;
    const text = document.getText();
    const raw = await this.host.analyze(text, documentPath(document.uri));
    if (document.isClosed) return undefined;
    if (document.version !== version) return this.analyzeNow(document);
    const view = this.decisions ? this.decisions.apply(document.uri, raw, text) : raw;
    this.entries.set(key, { version, raw, view });
    this.emitter.fire(document);
    return view;
  }

  /**
   * Re-analyses every open article, keeping the current annotations on show until the new ones arrive: the
   * analyser has changed (it learnt from decisions).
   */
  reanalyzeAll(): void {
    for (const d of vscode.workspace.textDocuments) {
      const key = d.uri.toString();
      if (!this.entries.has(key)) continue;
      this.stale.add(key);
      this.schedule(d, 0);
    }
  }

  /** Analyses a document unless its annotations are current. */
  ensure(document: vscode.TextDocument): void {
    const entry = this.entries.get(document.uri.toString());
    if (!entry || entry.version !== document.version) this.schedule(document, 0);
  }

  private schedule(document: vscode.TextDocument, delay: number): void {
    const key = document.uri.toString();
    const reason = skipReason(document, this.config, this.scope);
    if (reason === 'language' || reason === 'scheme') return;
    clearTimeout(this.timers.get(key));
    this.timers.set(key, setTimeout(() => {
      this.timers.delete(key);
      this.analyzeNow(document).catch((e: unknown) => {
        void vscode.window.showErrorMessage(`News Annotator could not analyse ${documentPath(document.uri)}: ${e instanceof Error ? e.message : String(e)}`);
      });
    }, delay));
  }

  private reapply(uri: vscode.Uri | undefined): void {
    for (const d of vscode.workspace.textDocuments) {
      if (uri && d.uri.toString() !== uri.toString()) continue;
      const entry = this.entries.get(d.uri.toString());
      if (!entry || !this.decisions) continue;
      if (entry.version !== d.version) { this.schedule(d, 0); continue; }
      entry.view = this.decisions.apply(d.uri, entry.raw, d.getText());
      this.emitter.fire(d);
    }
  }

  private forget(uri: vscode.Uri, notify = false): void {
    const key = uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.entries.delete(key);
    this.skipped.delete(key);
    this.stale.delete(key);
    if (notify) {
      const d = vscode.workspace.textDocuments.find((x) => x.uri.toString() === key);
      if (d) this.emitter.fire(d);
    }
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    this.disposables.forEach((d) => d.dispose());
  }
}
