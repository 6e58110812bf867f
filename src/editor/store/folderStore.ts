// The workspace file of one folder, without VS Code: file access comes in through `StoreFileAccess`, so that the
// logic (debounced writes, outside edits merged with unsaved decisions, read-only when broken) runs in plain
// Node tests too.
import { StoreError } from '../../core/store/errors';
import { DEFAULT_LOCK_TIMING, commitStore, readStoreText, type LockTiming, type StoreFileAccess } from '../../core/store/fileProtocol';
import { applyOperation, type StoreOp } from '../../core/store/operations';
import { parseStore } from '../../core/store/parse';
import { emptyStore, type Store } from '../../core/store/types';

import type { DecisionBackend } from './decisionBackend';

export type { StoreFileAccess } from '../../core/store/fileProtocol';

/** A change to the store that must survive a reload from disk (a person's decision). */
type Change = (store: Store) => Store;

/** What a folder store tells its owner. */
export interface FolderStoreEvents {
  /** The decisions changed (loaded, reloaded after an outside edit, or a decision was made). */
  changed(): void;
  /** The file cannot be used: it is left alone and the folder is read-only until it is fixed. */
  problem(error: StoreError): void;
  /** A debounced write failed (disk full, permissions); the decisions stay in memory and are tried again. */
  writeFailed?(error: unknown): void;
}

/**
 * One folder's workspace file in memory. Decisions apply at once in memory and are written after `debounceMs`;
 * each write checks that the file still holds what was last read or written, and otherwise first reloads it and
 * replays the decisions made since, so edits from outside (git pull, another window) and unsaved decisions are
 * both kept. A file that does not parse or validate is never written.
 */
export class FolderStore implements DecisionBackend {
  readonly inMemory = false;
  private current: Store = emptyStore();
  private lastText: string | undefined;
  private pending: Change[] = [];
  private dirty = false;
  /** Counts changes, so that a write knows whether more came in while it was busy. */
  private version = 0;
  private error: StoreError | undefined;
  private newerVersion = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private queue: Promise<void> = Promise.resolve();
  private loaded: Promise<void> | undefined;
  private disposed = false;

  constructor(
    private readonly access: StoreFileAccess,
    /** The file as users know it, for messages. */
    readonly label: string,
    private readonly events: FolderStoreEvents,
    private readonly debounceMs = 300,
    private readonly lockTiming?: LockTiming,
  ) {}

  /** The decisions as they stand in memory. */
  get store(): Store {
    return this.current;
  }

  /** Why the file cannot be used, if it cannot. */
  get problem(): StoreError | undefined {
    return this.error;
  }

  /** True when nothing may be written: a broken file, or one of a newer major version. */
  get readOnly(): boolean {
    return this.error !== undefined || this.newerVersion;
  }

  /** Loads the file once; later calls wait for the same load. */
  load(): Promise<void> {
    this.loaded ??= this.serial(() => this.reloadNow(true));
    return this.loaded;
  }

  /** Reads the file again after an outside change; unsaved decisions are replayed on top of it. */
  reload(): Promise<void> {
    return this.serial(() => this.reloadNow(false));
  }

  /** Applies a person's decision; it is written after the debounce. Throws when the folder is read-only. */
  async mutate(path: string, text: string, op: StoreOp): Promise<void> {
    await this.load();
    this.assertWritable();
    this.change((s) => applyOperation(s, path, text, op), true);
  }

  /** Applies a person's change to the whole store (an import); it is written after the debounce. Throws when read-only. */
  async changeChecked(fn: Change): Promise<void> {
    await this.load();
    this.assertWritable();
    this.change(fn, true);
  }

  /**
   * Changes the store. With `replay`, the change is a decision to re-apply should the file be reloaded before it is
   * written; without, it follows from the text (anchors that moved) and can be recomputed.
   */
  change(fn: Change, replay: boolean, write = true): void {
    const next = fn(this.current);
    if (next === this.current) return;
    this.current = next;
    this.version++;
    if (replay) this.pending.push(fn);
    if (this.readOnly) return;
    this.dirty = true;
    if (write) this.schedule();
  }

  /** Writes soon (after the debounce), if anything changed. */
  schedule(): void {
    if (this.disposed || !this.dirty) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.flush().catch((e: unknown) => this.events.writeFailed?.(e));
    }, this.debounceMs);
  }

  /** Writes now if anything changed (for deactivate and tests). */
  flush(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
    return this.serial(() => this.writeNow());
  }

  /** Stops timers; call `flush` first to keep unsaved decisions. */
  dispose(): void {
    this.disposed = true;
    if (this.timer) clearTimeout(this.timer);
  }

  private assertWritable(): void {
    if (this.error) throw new Error(`${this.error.message} (decisions in this folder are read-only until the file is fixed)`);
    if (this.newerVersion) throw new Error(`${this.label}: written by a newer version of News Annotator; not overwritten`);
  }

  private serial(task: () => Promise<void>): Promise<void> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** The file's text, `undefined` when missing, or a StoreError when it is not text. */
  private readText(): Promise<string | undefined> {
    return readStoreText(this.access, this.label);
  }

  private setProblem(error: StoreError): void {
    const same = this.error?.message === error.message;
    this.error = error;
    if (!same) this.events.problem(error);
  }

  /** Takes in the file's text, replaying unsaved decisions; false when it is broken (and then left alone). */
  private adopt(text: string | undefined): boolean {
    if (text === undefined) {
      this.newerVersion = false;
      this.error = undefined;
      this.current = this.pending.reduce((s, fn) => safely(fn, s), emptyStore());
      this.lastText = undefined;
      return true;
    }
    const parsed = parseStore(text);
    if (!parsed.ok) {
      this.setProblem(new StoreError(this.label, parsed.problem));
      return false;
    }
    this.error = undefined;
    this.newerVersion = parsed.readOnly;
    this.current = this.pending.reduce((s, fn) => safely(fn, s), parsed.store);
    this.lastText = text;
    return true;
  }

  /** The file's text (undefined when missing), or null when it cannot be read; a broken file is reported. */
  private async readOrReport(): Promise<string | undefined | null> {
    try {
      return await this.readText();
    } catch (e) {
      if (e instanceof StoreError) this.setProblem(e);
      return null;
    }
  }

  private async reloadNow(first: boolean): Promise<void> {
    const text = await this.readOrReport();
    if (text === null) return;
    // Gone under a live lock: another window or the command line is saving it (the file service deletes the file
    // before renaming the new one over it), not deleting it. The rename's event brings the next reload; taken at its
    // word, the moment would show this folder without its decisions.
    if (text === undefined && this.lastText !== undefined && (await this.saveUnderWay())) return;
    if (!first && text === this.lastText && !this.error) return;
    if (this.adopt(text)) {
      this.events.changed();
      if (this.pending.length > 0 || this.dirty) {
        this.dirty = true;
        this.schedule();
      }
    }
  }

  private async writeNow(): Promise<void> {
    if (!this.dirty || this.readOnly) return;
    const replayed = this.pending.length;
    const version = this.version;
    let adopted = false;
    let committed: string | undefined;
    try {
      // Under the file's lock: what the file holds now, with this window's unsaved decisions put on top.
      const result = await commitStore(this.access, this.label, ({ text, store, readOnly }) => {
        if (text !== this.lastText) {
          // Changed outside since we last looked (another window, the command line, git): take that version.
          this.adoptParsed(text, store, readOnly);
          adopted = true;
          if (readOnly) return undefined;
        }
        return this.current;
      }, this.lockTiming);
      committed = result.text;
    } catch (e) {
      if (e instanceof StoreError && /^not overwritten: /.test(e.reason)) {
        this.setProblem(new StoreError(this.label, { line: e.line, column: e.column, reason: e.reason.replace(/^not overwritten: /, '') }));
        return;
      }
      throw e;
    } finally {
      if (adopted) this.events.changed();
    }
    if (this.readOnly) return;
    this.lastText = committed;
    this.pending.splice(0, replayed);
    this.dirty = this.version !== version;
    if (this.dirty) this.schedule();
  }

  /** Whether a writer holds the file's lock now (one younger than a crashed writer's). */
  private async saveUnderWay(): Promise<boolean> {
    const lock = await Promise.resolve(this.access.readLock()).catch(() => undefined);
    return lock !== undefined && lock.ageMs < (this.lockTiming ?? DEFAULT_LOCK_TIMING).staleMs;
  }

  /** Takes in a file already parsed under the lock, replaying unsaved decisions on top of it. */
  private adoptParsed(text: string | undefined, store: Store, readOnly: boolean): void {
    this.error = undefined;
    this.newerVersion = readOnly;
    this.current = this.pending.reduce((s, fn) => safely(fn, s), store);
    this.lastText = text;
  }
}

/** Replays one change; a decision that no longer applies (its document was pruned meanwhile) is skipped. */
function safely(fn: Change, store: Store): Store {
  try {
    return fn(store);
  } catch {
    return store;
  }
}
