import * as vscode from 'vscode';
import { storeFingerprints } from '../core/learn/examples';
import type { LearnDocument, LearnRequest, LearnStatus } from '../core/learn/session';
import { emptyStore, type Store } from '../core/store/types';
import type { AnalysisService } from './analysisService';
import type { AnalyzerHost } from './analyzerHost';
import { Commands } from './constants';
import type { WorkspaceStore } from './store/workspaceStore';

/** How long after the last decision the analyser learns (decisions come in bursts: accept all, type changes). */
const LEARN_DEBOUNCE_MS = 250;
/** Workspace state key of the decisions a reset set aside. */
const RESET_KEY = 'newsAnnotator.learning.resetFingerprints';
const NOTHING_LEARNT = 'The analyser has not learnt anything yet: it learns from the names you accept, add, retype or reject.';

/**
 * The analyser learns from the workspace's decisions: after decisions change, it sends them (with the articles'
 * texts) to the analyser, which replays them onto its recogniser off the editor's thread, then has the open
 * articles re-analysed. The status bar says how many decisions it has learnt from.
 *
 * A reset is kept per person (workspace state), not in the shared file: what the analyser learnt is derived from
 * the file, so everyone who shares it gets the same model, and one person starting over should not change the
 * suggestions of colleagues who pull the file; the decisions themselves stay in the file either way.
 */
export class AnalyserLearning implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private readonly item = vscode.window.createStatusBarItem('newsAnnotator.learning', vscode.StatusBarAlignment.Right, 99);
  private timer: ReturnType<typeof setTimeout> | undefined;
  private last: LearnStatus | undefined;
  private lastRequest = '';
  private running: Promise<void> = Promise.resolve();
  private readonly modelEmitter = new vscode.EventEmitter<string>();
  /**
   * Fires with the taught model's fingerprint ('' for the shipped model) when what the analyser suggests changed:
   * analyses kept from before (the workspace index) are out of date.
   */
  readonly onDidChangeModel = this.modelEmitter.event;
  /** Resolves once the first round of learning is done (the model every analysis should use is known). */
  readonly ready: Promise<void>;
  private markReady: () => void = () => undefined;

  /**
   * `hosts`: every analyser that shows the user something (the open articles' and the workspace index's); each
   * learns the same model, and the first one's status is shown.
   */
  constructor(private readonly hosts: readonly AnalyzerHost[], private readonly store: WorkspaceStore, private readonly analysis: AnalysisService, private readonly state: vscode.Memento, private enabled: boolean) {
    this.ready = new Promise((resolve) => { this.markReady = resolve; });
    this.item.name = 'News Annotator: Learning';
    this.item.command = Commands.showLearning;
    this.disposables.push(
      this.item,
      this.modelEmitter,
      store.onDidChange(() => this.schedule()),
      vscode.commands.registerCommand(Commands.showLearning, () => this.show()),
      vscode.commands.registerCommand(Commands.resetLearning, () => this.reset()),
    );
    this.schedule();
  }

  /** Turns learning on or off (`newsAnnotator.learning.enabled`). */
  setEnabled(enabled: boolean): void {
    if (enabled === this.enabled) return;
    this.enabled = enabled;
    this.schedule(0);
  }

  /** The fingerprint of the model the analysers use now ('' for the shipped one), once the first round is done. */
  async model(): Promise<string> {
    await this.ready;
    return this.last?.model ?? '';
  }

  /** What the analyser has learnt, once it has learnt; resolves after any learning under way. */
  async status(): Promise<LearnStatus | undefined> {
    await this.settle();
    return this.last;
  }

  /** Waits for a scheduled or running round of learning to finish. */
  async settle(): Promise<void> {
    if (this.timer) { clearTimeout(this.timer); this.timer = undefined; this.running = this.running.then(() => this.learn()); }
    await this.running;
  }

  private schedule(delay = LEARN_DEBOUNCE_MS): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.running = this.running.then(() => this.learn());
    }, delay);
  }

  private async learn(): Promise<void> {
    try {
      const request: LearnRequest = this.enabled ? await this.request() : { documents: [], reset: [] };
      // Re-analysis can move anchors, which changes the store again: learn only when what it learns from changed.
      const key = JSON.stringify(request);
      if (key === this.lastRequest && this.last) return;
      this.lastRequest = key;
      const hadLearnt = (this.last?.examples ?? 0) > 0;
      const before = this.last?.model ?? '';
      // Nothing to learn and nothing learnt: no need to wake the analyser (activation stays cheap).
      if (request.documents.length === 0 && !hadLearnt) this.last = { examples: 0, report: NOTHING_LEARNT, model: '' };
      else {
        // Every analyser learns the same model, so the open articles and the workspace index suggest alike.
        const [status] = await Promise.all(this.hosts.map((h) => h.learn(request)));
        this.last = status as LearnStatus;
      }
      this.paint();
      if (hadLearnt || this.last.examples > 0) this.analysis.reanalyzeAll();
      if (this.last.model !== before) this.modelEmitter.fire(this.last.model);
    } catch (e) {
      this.item.text = '$(mortar-board) Learning failed';
      this.item.tooltip = e instanceof Error ? e.message : String(e);
    } finally {
      this.markReady();
    }
  }

  private paint(): void {
    const n = this.last?.examples ?? 0;
    if (!this.enabled) { this.item.hide(); return; }
    this.item.text = `$(mortar-board) ${n}`;
    this.item.tooltip = `The analyser has learnt from ${n} decision${n === 1 ? '' : 's'} of this workspace. Click for what it learnt.`;
    this.item.show();
  }

  /** The decisions of every folder, as one store whose paths are unique across folders. */
  private async combinedStore(): Promise<{ store: Store; texts: Map<string, vscode.Uri> }> {
    const store = emptyStore();
    const texts = new Map<string, vscode.Uri>();
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      let s: Store;
      try { s = await this.store.storeOf(folder); } catch { continue; }
      for (const [path, doc] of s.documents) {
        if (doc.mentions.length === 0 && doc.quotes.length === 0) continue;
        const key = `${folder.index}:${path}`;
        store.documents.set(key, doc);
        texts.set(key, vscode.Uri.joinPath(folder.uri, path));
      }
    }
    return { store, texts };
  }

  private async request(): Promise<LearnRequest> {
    const { store, texts } = await this.combinedStore();
    const documents: LearnDocument[] = [];
    for (const [path, doc] of store.documents) {
      const text = await readText(texts.get(path) as vscode.Uri);
      if (text !== undefined) documents.push({ path, text, mentions: doc.mentions, quotes: doc.quotes });
    }
    return { documents, reset: this.state.get<string[]>(RESET_KEY, []) };
  }

  /** *Reset What the Analyser Has Learnt*: today's decisions stay, but teach nothing from now on. */
  async reset(): Promise<void> {
    const { store } = await this.combinedStore();
    await this.state.update(RESET_KEY, storeFingerprints(store));
    this.schedule(0);
    await this.settle();
    void vscode.window.showInformationMessage('News Annotator: the analyser has forgotten what it learnt. Your decisions are kept, and new ones teach it again.');
  }

  /** *Show What the Analyser Has Learnt*: a short report in a new editor; returns its text. */
  async show(): Promise<string> {
    const status = await this.status();
    const text = !this.enabled ? 'Learning from decisions is off (setting newsAnnotator.learning.enabled).' : status?.report ?? NOTHING_LEARNT;
    const doc = await vscode.workspace.openTextDocument({ content: text, language: 'plaintext' });
    await vscode.window.showTextDocument(doc, { preview: true });
    return text;
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.disposables.forEach((d) => d.dispose());
  }
}

/** An article's text: the editor's if it is open (unsaved changes included), else the file's. */
async function readText(uri: vscode.Uri): Promise<string | undefined> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open) return open.getText();
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}
