// The one way every writer of a workspace file (the command line, each editor window) changes it: take the lock,
// read the file as it is now, put this writer's decisions on top of it, write a temporary sibling and rename it
// over the file, let go of the lock. A writer never writes what it read earlier, so two writers at once cannot
// drop each other's decisions; the file system access comes in from outside (Node's fs for the command line,
// `vscode.workspace.fs` for the editor), so the protocol itself runs anywhere.
import { StoreError } from './errors';
import { decodeStoreBytes, parseStore } from './parse';
import { serializeStore } from './serialize';
import { emptyStore, type Store } from './types';

/** The largest workspace file read (64 MB): far above any real one, far below what would exhaust memory. */
export const STORE_MAX_BYTES = 64 * 1024 * 1024;

/** What a lock file says: who holds it and since how long. */
export interface LockInfo {
  token: string;
  ageMs: number;
}

/** How a writer reaches one workspace file and its lock file (`FILE.lock`, beside it). */
export interface StoreFileAccess {
  /** The file's bytes, or `undefined` when there is no file. */
  read(): Promise<Uint8Array | undefined>;
  /**
   * Replaces the file: temporary sibling, flushed, previous copy kept as `FILE.bak` (when `backup`), then renamed
   * over it, keeping the file's permissions. Throws `StoreError` for a file that is read-only.
   */
  writeAtomically(data: Uint8Array, backup: boolean): Promise<void>;
  /** Creates the lock file holding `token`, only if there is none; false when another writer holds it. */
  createLock(token: string): Promise<boolean>;
  /** The lock file's token and age, or `undefined` when there is none. */
  readLock(): Promise<LockInfo | undefined>;
  /** Deletes the lock file (missing is fine). */
  removeLock(): Promise<void>;
  /** A token naming this writer, for the lock file; defaults to a random one. */
  lockToken?(): string;
  /** True when the lock's holder is known to be gone (a process of this machine that no longer runs). */
  holderGone?(token: string): boolean;
}

/** How long writers wait for each other, and when a lock left behind is taken over. */
export interface LockTiming {
  /** Give up after this long (ms) with a clear message. */
  timeoutMs: number;
  /** A lock older than this (ms) is one a crashed writer left behind: writes take a few milliseconds. */
  staleMs: number;
}

/** Writes hold the lock for milliseconds; 10 s without a release means the holder died. */
export const DEFAULT_LOCK_TIMING: LockTiming = { timeoutMs: 20_000, staleMs: 10_000 };

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

function randomToken(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/** Takes the lock a crashed writer left behind: only if it still holds the same token, so a fresh lock stays. */
async function breakStaleLock(access: StoreFileAccess, stale: LockInfo): Promise<void> {
  const again = await access.readLock();
  if (again && again.token === stale.token) await access.removeLock();
}

/**
 * Runs `task` while holding the workspace file's lock. Waits for other writers (short random pauses, so that
 * they do not march in step), takes over a lock whose holder died, and gives up after `timeoutMs` with a
 * `StoreError` that says what to do.
 */
export async function withStoreLock<T>(access: StoreFileAccess, label: string, task: () => Promise<T>, timing: LockTiming = DEFAULT_LOCK_TIMING): Promise<T> {
  const token = access.lockToken?.() ?? randomToken();
  const started = Date.now();
  let pause = 2;
  for (;;) {
    if (await access.createLock(token)) break;
    const held = await access.readLock();
    if (held && (held.ageMs > timing.staleMs || access.holderGone?.(held.token))) {
      await breakStaleLock(access, held);
      continue;
    }
    if (Date.now() - started > timing.timeoutMs) {
      throw new StoreError(label, { line: 1, column: 1, reason: `another program has been writing it for ${Math.round((Date.now() - started) / 1000)} s (lock file ${label}.lock); nothing was written: try again, or delete the lock file if no News Annotator is running` });
    }
    await sleep(pause + Math.random() * pause);
    pause = Math.min(pause * 2, 50);
  }
  try {
    return await task();
  } finally {
    const held = await access.readLock().catch(() => undefined);
    if (held?.token === token) await access.removeLock().catch(() => undefined);
  }
}

/** The file's text, `undefined` when there is none; a `StoreError` when it cannot be read or is not text. */
export async function readStoreText(access: StoreFileAccess, label: string): Promise<string | undefined> {
  let bytes: Uint8Array | undefined;
  try {
    bytes = await access.read();
  } catch (e) {
    if (e instanceof StoreError) throw e;
    throw new StoreError(label, { line: 1, column: 1, reason: `cannot read the file (${e instanceof Error ? e.message.split('\n')[0] : String(e)})` });
  }
  if (bytes === undefined) return undefined;
  const decoded = decodeStoreBytes(bytes);
  if ('problem' in decoded) throw new StoreError(label, decoded.problem);
  return decoded.text;
}

/** The file as a writer finds it under the lock. */
export interface CurrentStore {
  /** The text, `undefined` when there is no file yet. */
  text: string | undefined;
  store: Store;
  /** Written by a newer major version: never write it. */
  readOnly: boolean;
}

/** What `commitStore` did. */
export interface Committed {
  /** The file's text afterwards (`undefined`: still no file). */
  text: string | undefined;
  written: boolean;
}

/**
 * Changes the workspace file safely against every other writer: under the lock, reads the file as it is now and
 * hands it to `decide`, which returns the store to write (this writer's decisions put on top of the current
 * content) or `undefined` to write nothing. Just before the rename, the file must still hold what was read (a
 * writer that ignores the lock, or a file system whose exclusive create is not atomic); otherwise it starts
 * over. Throws `StoreError` for a file that is broken, of a newer version (when `decide` asks to write it),
 * read-only, or whose lock is not released in time; the file is then left as it is.
 */
export async function commitStore(access: StoreFileAccess, label: string, decide: (current: CurrentStore) => Store | undefined, timing: LockTiming = DEFAULT_LOCK_TIMING): Promise<Committed> {
  return withStoreLock(access, label, async () => {
    for (let attempt = 0; ; attempt++) {
      const text = await readStoreText(access, label);
      let current: CurrentStore = { text, store: emptyStore(), readOnly: false };
      if (text !== undefined) {
        const parsed = parseStore(text);
        if (!parsed.ok) throw new StoreError(label, { ...parsed.problem, reason: `not overwritten: ${parsed.problem.reason}` });
        current = { text, store: parsed.store, readOnly: parsed.readOnly };
      }
      const next = decide(current);
      if (next === undefined) return { text, written: false };
      if (current.readOnly) throw new StoreError(label, { line: 1, column: 1, reason: 'written by a newer version of News Annotator; not overwritten' });
      const data = serializeStore(next);
      if (data === text) return { text, written: false };
      // Never write what the reader would refuse: every later run, and every editor window, must load it.
      const check = parseStore(data);
      if (!check.ok) throw new StoreError(label, { line: 1, column: 1, reason: `not written: the result would not be readable (${check.problem.reason})` });
      const now = await readStoreText(access, label);
      if (now !== text) {
        if (attempt < 5) continue;
        throw new StoreError(label, { line: 1, column: 1, reason: 'another program keeps changing it without its lock; nothing was written: try again' });
      }
      await access.writeAtomically(new TextEncoder().encode(data), text !== undefined);
      return { text: data, written: true };
    }
  }, timing);
}
