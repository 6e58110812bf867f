import * as vscode from 'vscode';
import type { DocumentAnnotations } from '../core/model';
import { mentionsOf } from '../core/query';
import {
  addCachedArticle, CacheError, readIndexCache, sameFile, WorkspaceIndex, type CacheMeta, type EntityCounts, type FileStamp, type ReviewProgress, reviewProgress,
} from '../core/workspaceIndex';
import type { AnalysisService, DecisionLayer } from './analysisService';
import { documentPath } from './analysisService';
import type { AnalyzerHost } from './analyzerHost';
import { readConfig, type Config } from './config';
import { findArticles } from './workspaceArticles';

const CACHE_FILE = 'workspace-index.json';
/** The cache is written this long after the last change, so a burst of saves writes it once. */
const SAVE_DELAY_MS = 2000;
/** File events are gathered this long before the articles are listed again and the changed ones re-analysed. */
const EVENT_DELAY_MS = 500;
/** Up to this many articles to analyse on a reload show in the status bar only; more get a cancellable notification. */
const QUIET_BUILD = 5;
/** Files checked at once after loading the cache. */
const STAT_BATCH = 32;
/** Longest stretch of unpacking the cache between two yields to the event loop. */
const LOAD_SLICE_MS = 20;

/** What a reload of the index did, for the test command and the output. */
export interface ReconcileResult {
  /** Articles whose cached entry was used as is. */
  fromCache: number;
  /** Articles analysed again (new, changed, or decisions changed). */
  analysed: string[];
  /** Entries dropped (the file is gone or no longer an article). */
  dropped: number;
}

async function sha256(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The workspace index in the editor: every article in scope analysed once and kept in the extension's workspace
 * storage, so hover counts, Find All References and the workspace tree cover closed articles after a reload.
 * Loads the cache, checks each article's modification time and size (and hash when only the time moved),
 * re-analyses what changed in the background with a cancellable progress notification, and follows file events,
 * renames and decisions from then on. Open articles are answered from their live analysis, not the index.
 */
export class WorkspaceIndexService implements vscode.Disposable {
  private index = new WorkspaceIndex();
  private readonly disposables: vscode.Disposable[] = [];
  private readonly emitter = new vscode.EventEmitter<void>();
  /** Fires (debounced) after articles were added, changed or removed. */
  readonly onDidChange = this.emitter.event;
  private readonly pending = new Set<string>();
  private building: Promise<string[]> | undefined;
  private buildSource: vscode.CancellationTokenSource | undefined;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private eventTimer: ReturnType<typeof setTimeout> | undefined;
  private changeTimer: ReturnType<typeof setTimeout> | undefined;
  /** The decisions files' stamps the index agrees with. */
  private decisionsSeen: Record<string, string> = {};
  private disposed = false;
  private writing: Promise<void> | undefined;
  /** Resolves once the cache is read and the first check of the articles is done. */
  ready: Promise<ReconcileResult>;
  /** The fingerprint of the model the analysers use ('' for the shipped one): the cache is valid for it only. */
  private modelKey = '';
  /**
   * The articles being analysed, each with the number of its latest analysis. Two analysers index side by side, so
   * an article can be analysed again (its file changed, the model changed) while an older analysis of it is still
   * under way; only the latest one is stored, or the older would overwrite it when it finishes last.
   */
  private readonly latest = new Map<string, number>();
  private analyses = 0;

  constructor(
    private readonly hosts: readonly AnalyzerHost[],
    private readonly analysis: AnalysisService,
    private readonly decisions: DecisionLayer | undefined,
    private readonly storageUri: vscode.Uri | undefined,
    private readonly analyzerVersion: string,
    private config: Config = readConfig(),
    private readonly model?: TaughtModelSource,
  ) {
    const watcher = vscode.workspace.createFileSystemWatcher('**/*');
    this.disposables.push(
      this.emitter,
      watcher,
      watcher.onDidCreate((u) => this.noticeFile(u)),
      watcher.onDidChange((u) => this.noticeFile(u)),
      watcher.onDidDelete((u) => this.forget(u)),
      vscode.workspace.onDidRenameFiles((e) => e.files.forEach(({ oldUri, newUri }) => this.moved(oldUri, newUri))),
      vscode.workspace.onDidSaveTextDocument((d) => this.noticeFile(d.uri)),
    );
    if (decisions) {
      // A decision changes what the index holds for that article (a rejected mention no longer counts).
      this.disposables.push(decisions.onDidChange((uri) => {
        if (uri) this.noticeFile(uri);
        else void this.noticeDecisionFiles();
      }));
    }
    if (model) this.disposables.push(model.onDidChangeModel((key) => this.modelChanged(key)));
    // The first check waits a moment, so the article the user opened is analysed first, and for the model the
    // workspace's decisions taught, so no article is indexed with suggestions the user would not see.
    this.ready = new Promise((resolve) => setTimeout(resolve, 500))
      .then(async () => { this.modelKey = (await this.model?.model().catch(() => '')) ?? ''; })
      .then(() => this.reload());
  }

  /** Applies new settings: the set of articles may have changed. */
  updateConfig(config: Config): void {
    this.config = config;
    this.scheduleEvents();
  }

  // ---- queries -------------------------------------------------------------------------------------------------

  /** Every article: the live analysis of those analysed this session, the index for the rest, in key order. */
  articles(): Array<{ key: string; annotations: DocumentAnnotations }> {
    const live = this.analysis.all();
    const out = new Map<string, DocumentAnnotations>();
    for (const e of this.index.all()) out.set(e.key, e.annotations);
    for (const [key, a] of live) out.set(key, a);
    return [...out].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)).map(([key, annotations]) => ({ key, annotations }));
  }

  /** Live mentions of an entity and the articles that have any, across every article. */
  counts(entityId: string): EntityCounts {
    const live = this.analysis.all();
    const out = this.index.counts(entityId, new Set(live.keys()));
    for (const a of live.values()) {
      const n = mentionsOf(a, entityId).length;
      out.mentions += n;
      if (n > 0) out.articles++;
    }
    return out;
  }

  /** The articles (and their annotations) that mention an entity, in key order. */
  articlesWith(entityId: string): Array<{ key: string; annotations: DocumentAnnotations }> {
    const live = this.analysis.all();
    const keys = new Set(this.index.articlesOf(entityId).filter((k) => !live.has(k)));
    for (const [key, a] of live) if (mentionsOf(a, entityId).length > 0) keys.add(key);
    return [...keys].sort().map((key) => ({ key, annotations: live.get(key) ?? (this.index.get(key)?.annotations as DocumentAnnotations) }));
  }

  /** Review progress of an article (live if it was analysed this session). */
  progress(key: string): ReviewProgress | undefined {
    const live = this.analysis.all().get(key);
    return live ? reviewProgress(live) : this.index.get(key)?.progress;
  }

  /** Where the cache is kept (undefined without a workspace). */
  get cacheLocation(): vscode.Uri | undefined {
    return this.cacheUri();
  }

  /** How many articles the index holds. */
  get size(): number {
    return this.index.size;
  }

  /** Whether the index holds an article (for tests). */
  has(key: string): boolean {
    return this.index.get(key) !== undefined;
  }

  // ---- loading and checking ------------------------------------------------------------------------------------

  /**
   * Drops what is in memory, reads the cache from workspace storage, and checks every article against it: the
   * same path a reload of the window takes. Unchanged articles come from the cache; the rest are analysed.
   */
  async reload(): Promise<ReconcileResult> {
    await this.flush();
    this.buildSource?.cancel();
    await this.building?.catch(() => undefined);
    this.pending.clear();
    const cached = await this.readCache();
    this.index = cached?.index ?? new WorkspaceIndex();
    const stamps = await this.decisionStamps();
    const decisionsChanged = cached ? !sameRecord(cached.meta.decisions, stamps) : false;
    this.decisionsSeen = stamps;
    return this.check(decisionsChanged ? 'all' : 'stat');
  }

  /** Forgets the cache and analyses every article again. */
  async rebuild(): Promise<ReconcileResult> {
    this.buildSource?.cancel();
    await this.building?.catch(() => undefined);
    this.index = new WorkspaceIndex();
    this.emitter.fire();
    return this.check('all');
  }

  /** Writes the cache now if a write is pending, and waits for a write under way. */
  async flush(): Promise<void> {
    if (this.saveTimer) {
      clearTimeout(this.saveTimer);
      this.saveTimer = undefined;
      this.writing = this.writeCache();
    }
    await this.writing;
  }

  /** Lists the articles, drops entries of files that are gone, and analyses new and changed ones. */
  /**
   * Lists the articles, drops entries of files that are gone or out of scope, and analyses what is pending.
   * `mode`: `events` looks only at files something happened to; `stat` also checks every entry against its file
   * (after loading the cache); `all` analyses every article again.
   */
  private async check(mode: 'events' | 'stat' | 'all' = 'events'): Promise<ReconcileResult> {
    const uris = await findArticles(this.config);
    const wanted = new Set(uris.map((u) => u.toString()));
    let dropped = 0;
    for (const key of this.index.keys()) {
      if (!wanted.has(key)) { this.index.delete(key); dropped++; }
    }
    // Events come for any text file; only the ones `findArticles` lists are articles.
    for (const key of this.pending) if (!wanted.has(key)) this.pending.delete(key);
    let fromCache = 0;
    const fresh = async (uri: vscode.Uri): Promise<void> => {
      const key = uri.toString();
      const entry = this.index.get(key);
      if (mode !== 'all' && entry && !this.pending.has(key) && (mode === 'events' || (await this.unchanged(uri, entry.stamp)))) fromCache++;
      else this.pending.add(key);
    };
    // Stat calls in small batches: thousands at once would flood the file system provider.
    for (let i = 0; i < uris.length; i += STAT_BATCH) await Promise.all(uris.slice(i, i + STAT_BATCH).map(fresh));
    if (dropped > 0) { this.scheduleChanged(); this.scheduleSave(); }
    // A reload or a rebuild says so in a notification; updates that follow edits and decisions stay in the status bar.
    const analysed = await this.build(mode !== 'events');
    return { fromCache, analysed, dropped };
  }

  /** Whether a file still matches its entry: same time and size, or the same bytes after a touch. */
  private async unchanged(uri: vscode.Uri, stamp: FileStamp): Promise<boolean> {
    try {
      const stat = await vscode.workspace.fs.stat(uri);
      if (sameFile(stamp, stat)) return true;
      if (stat.size !== stamp.size) return false;
      const same = (await sha256(await vscode.workspace.fs.readFile(uri))) === stamp.sha256;
      if (same) this.index.get(uri.toString())!.stamp = { ...stamp, mtime: stat.mtime };
      return same;
    } catch {
      return false;
    }
  }

  /** Analyses the pending articles in the background, a few at a time, with progress the user can cancel. */
  private build(notify: boolean): Promise<ReconcileResult['analysed']> {
    if (this.building) return this.building.then(() => this.build(notify));
    if (this.pending.size === 0) return Promise.resolve([]);
    const total = this.pending.size;
    const location = notify && total > QUIET_BUILD ? vscode.ProgressLocation.Notification : vscode.ProgressLocation.Window;
    const source = (this.buildSource = new vscode.CancellationTokenSource());
    const analysed: string[] = [];
    const run = vscode.window.withProgress({ location, title: 'News Annotator: indexing articles', cancellable: true }, async (progress, token) => {
      token.onCancellationRequested(() => source.cancel());
      let done = 0;
      const worker = async (host: AnalyzerHost): Promise<void> => {
        for (;;) {
          if (source.token.isCancellationRequested || this.disposed) return;
          const key = this.pending.values().next().value as string | undefined;
          if (key === undefined) return;
          this.pending.delete(key);
          try {
            if (await this.indexFile(vscode.Uri.parse(key), host)) analysed.push(key);
          } catch {
            // An unreadable file or a failed analysis leaves the article out; the next change tries again.
          }
          done++;
          progress.report({ message: `${done}/${total}`, increment: 100 / total });
        }
      };
      await Promise.all(this.hosts.map((h) => worker(h)));
    });
    const result = Promise.resolve(run).then(() => analysed);
    this.building = result;
    const clear = (): void => {
      this.building = undefined;
      source.dispose();
      if (this.buildSource === source) this.buildSource = undefined;
    };
    result.then(clear, clear);
    return result;
  }

  /** Analyses one article (in an analyser worker) and stores it; false when it is no article after all. */
  private async indexFile(uri: vscode.Uri, host: AnalyzerHost): Promise<boolean> {
    const key = uri.toString();
    const analysis = ++this.analyses;
    this.latest.set(key, analysis);
    try {
      return await this.indexLatest(uri, key, host, () => this.latest.get(key) === analysis);
    } finally {
      if (this.latest.get(key) === analysis) this.latest.delete(key);
    }
  }

  /** `indexFile`'s work; `isLatest` says whether a newer analysis of the article started meanwhile. */
  private async indexLatest(uri: vscode.Uri, key: string, host: AnalyzerHost, isLatest: () => boolean): Promise<boolean> {
    let stat: vscode.FileStat;
    try {
      stat = await vscode.workspace.fs.stat(uri);
    } catch {
      if (this.index.delete(key)) this.changed();
      return false;
    }
    if (stat.size > this.config.maxFileSizeKB * 1024) {
      if (this.index.delete(key)) this.changed();
      return false;
    }
    const bytes = await vscode.workspace.fs.readFile(uri);
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return false; // not UTF-8 text: not an article
    }
    if (text.includes('\u0000')) return false;
    const raw = await host.analyze(text, documentPath(uri));
    const view = this.decisions ? this.decisions.apply(uri, raw, text) : raw;
    const stamp = { mtime: stat.mtime, size: stat.size, sha256: await sha256(bytes) };
    // A newer analysis (of newer text, or with a newer model) stores its own result.
    if (!isLatest()) return true;
    this.index.set(key, stamp, view);
    this.changed();
    return true;
  }

  // ---- file events ---------------------------------------------------------------------------------------------

  private noticeFile(uri: vscode.Uri): void {
    if (!this.looksLikeArticle(uri)) return;
    this.pending.add(uri.toString());
    this.scheduleEvents();
  }

  /**
   * The decisions files were reloaded (an edit from outside, a git pull) or several articles' decisions changed at
   * once. The index holds analyses with decisions applied, so when a file really changed, every article is
   * analysed again in the background; until then the old entries keep answering.
   */
  private async noticeDecisionFiles(): Promise<void> {
    await this.ready;
    const now = await this.decisionStamps();
    if (sameRecord(now, this.decisionsSeen)) return;
    this.decisionsSeen = now;
    this.analyseAllAgain();
  }

  /** Queues every article for analysis: those indexed, and those being analysed for the first time. */
  private analyseAllAgain(): void {
    for (const key of this.index.keys()) this.pending.add(key);
    for (const key of this.latest.keys()) this.pending.add(key);
    this.scheduleEvents();
  }

  /**
   * What the decisions taught changed: every article is analysed again in the background with the new model, the
   * old entries answering until then.
   */
  private modelChanged(key: string): void {
    if (key === this.modelKey) return;
    this.modelKey = key;
    void this.ready.then(() => this.analyseAllAgain());
  }

  /** The analyser's version and the taught model's fingerprint: a cache made with another is not reused. */
  private cacheVersion(): string {
    return this.modelKey ? `${this.analyzerVersion}+taught:${this.modelKey}` : this.analyzerVersion;
  }

  /** A cheap first test on the name; which files are articles is `findArticles`'s to say. */
  private looksLikeArticle(uri: vscode.Uri): boolean {
    return /\.(txt|md|markdown|news)$/i.test(uri.path);
  }

  private forget(uri: vscode.Uri): void {
    const prefix = `${uri.toString()}/`;
    let removed = this.index.delete(uri.toString());
    // A deleted folder takes its articles with it.
    for (const key of this.index.keys()) if (key.startsWith(prefix)) removed = this.index.delete(key) || removed;
    if (removed) this.changed();
  }

  private moved(from: vscode.Uri, to: vscode.Uri): void {
    if (this.index.rename(from.toString(), to.toString(), documentPath(to))) this.changed();
    // Whether the new name is still an article (and a folder's articles) is settled by the next check.
    this.scheduleEvents();
  }

  /** Gathers file events, then lists the articles again and analyses what is pending. */
  private scheduleEvents(): void {
    clearTimeout(this.eventTimer);
    this.eventTimer = setTimeout(() => {
      this.eventTimer = undefined;
      if (!this.disposed) void this.ready.then(() => this.check()).catch(() => undefined);
    }, EVENT_DELAY_MS);
  }

  private changed(): void {
    this.scheduleChanged();
    this.scheduleSave();
  }

  private scheduleChanged(): void {
    if (this.changeTimer) return;
    this.changeTimer = setTimeout(() => {
      this.changeTimer = undefined;
      this.emitter.fire();
    }, 300);
  }

  // ---- the cache file ------------------------------------------------------------------------------------------

  private cacheUri(): vscode.Uri | undefined {
    return this.storageUri && vscode.Uri.joinPath(this.storageUri, CACHE_FILE);
  }

  /** The cache, or undefined when there is none or it is unusable (broken, older schema, other analyser). */
  private async readCache(): Promise<{ index: WorkspaceIndex; meta: CacheMeta } | undefined> {
    const uri = this.cacheUri();
    if (!uri) return undefined;
    let text: string;
    try {
      text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    } catch {
      return undefined; // no cache yet
    }
    try {
      const { meta, articles } = readIndexCache(text);
      if (meta.analyzer !== this.cacheVersion()) return undefined;
      // Thousands of articles are unpacked in slices, so the extension host keeps answering meanwhile.
      const index = new WorkspaceIndex();
      let sliceStart = Date.now();
      for (const a of articles) {
        addCachedArticle(index, a);
        if (Date.now() - sliceStart > LOAD_SLICE_MS) {
          await new Promise((resolve) => setTimeout(resolve, 0));
          sliceStart = Date.now();
        }
      }
      return { index, meta };
    } catch (e) {
      // A broken cache is rebuilt, never shown to the user as an error.
      if (!(e instanceof CacheError)) throw e;
      return undefined;
    }
  }

  private scheduleSave(): void {
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => {
      this.saveTimer = undefined;
      this.writing = this.writeCache();
    }, SAVE_DELAY_MS);
  }

  private async writeCache(): Promise<void> {
    const uri = this.cacheUri();
    if (!uri || !this.storageUri) return;
    try {
      this.decisionsSeen = await this.decisionStamps();
      // Articles waiting to be analysed again (with a newer model, say) are left out: a reload analyses them.
      const text = this.index.serialize({ analyzer: this.cacheVersion(), decisions: this.decisionsSeen }, this.pending);
      await vscode.workspace.fs.createDirectory(this.storageUri);
      // Written beside and renamed over, so a crash mid-write leaves the old cache (or none), not half a file.
      const tmp = vscode.Uri.joinPath(this.storageUri, `${CACHE_FILE}.tmp`);
      await vscode.workspace.fs.writeFile(tmp, new TextEncoder().encode(text));
      await vscode.workspace.fs.rename(tmp, uri, { overwrite: true });
    } catch {
      // The cache only saves time: failing to write it costs a rebuild on the next reload.
    }
  }

  /** `mtime:size` of each folder's decisions file, so decisions changed while the window was closed are noticed. */
  private async decisionStamps(): Promise<Record<string, string>> {
    const out: Record<string, string> = {};
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const uri = vscode.Uri.joinPath(folder.uri, readConfig(folder.uri).storeFile);
      try {
        const s = await vscode.workspace.fs.stat(uri);
        out[uri.toString()] = `${s.mtime}:${s.size}`;
      } catch {
        out[uri.toString()] = 'none';
      }
    }
    return out;
  }

  dispose(): void {
    this.disposed = true;
    this.buildSource?.cancel();
    clearTimeout(this.eventTimer);
    clearTimeout(this.changeTimer);
    // The last change is written on the way out, so a reload finds it.
    if (this.saveTimer) { clearTimeout(this.saveTimer); this.saveTimer = undefined; void this.writeCache(); }
    this.disposables.forEach((d) => d.dispose());
  }
}

/** The model the analysers suggest with, as the workspace's decisions taught it (`AnalyserLearning`). */
export interface TaughtModelSource {
  /** Its fingerprint ('' for the shipped model), once known. */
  model(): Promise<string>;
  onDidChangeModel: vscode.Event<string>;
}

function sameRecord(a: Record<string, string>, b: Record<string, string>): boolean {
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => a[k] === b[k]);
}
