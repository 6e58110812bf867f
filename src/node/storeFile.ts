import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { hostname } from 'node:os';
import * as nodePath from 'node:path';
import { StoreError } from '../core/store/errors';
import { commitStore, readStoreText, STORE_MAX_BYTES, type LockInfo, type LockTiming, type StoreFileAccess } from '../core/store/fileProtocol';
import { parseStore, unwritableReason } from '../core/store/parse';
import type { Store } from '../core/store/types';
import { emptyStore } from '../core/store/types';
import { fsReason, readRegularFile } from './paths';

/** A workspace file as read from disk. */
export interface StoreFile {
  store: Store;
  /** False when there was no file (no decisions yet): an empty store. */
  exists: boolean;
  /** Written by a newer major version: use it, never write it. */
  readOnly: boolean;
  notice?: string;
}

function errorCode(e: unknown): string | undefined {
  return e && typeof e === 'object' && 'code' in e ? String((e as { code: unknown }).code) : undefined;
}

async function fsyncDir(dir: string): Promise<void> {
  // Makes the rename itself durable; some platforms (Windows) cannot open a directory, which is fine.
  try {
    const h = await fs.open(dir, 'r');
    try {
      await h.sync();
    } finally {
      await h.close();
    }
  } catch {
    /* not supported here */
  }
}

/** A temporary sibling: same directory (so rename is atomic), hidden, unique per process and call. */
export function tempSibling(file: string, tag: string): string {
  return nodePath.join(nodePath.dirname(file), `.${nodePath.basename(file)}.${process.pid}-${randomBytes(4).toString('hex')}.${tag}`);
}

async function keepBackup(file: string): Promise<void> {
  const tmp = tempSibling(file, 'bak.tmp');
  try {
    // A hard link costs nothing and is atomic; where links are not possible, copy.
    await fs.link(file, tmp).catch(() => fs.copyFile(file, tmp));
    await fs.rename(tmp, `${file}.bak`);
  } catch (e) {
    await fs.rm(tmp, { force: true });
    throw e;
  }
}

const HOST = hostname();

/**
 * The workspace file through Node's fs, for the command line (and the tests of the editor's store logic): reads
 * refuse anything but a regular file of at most `STORE_MAX_BYTES`; writes keep the file's permissions and refuse
 * a read-only file; the lock is `FILE.lock`, created exclusively (O_EXCL) and naming this process, so that a lock
 * whose process died is taken over at once.
 */
export function nodeStoreAccess(file: string): StoreFileAccess {
  const lock = `${file}.lock`;
  return {
    async read() {
      try {
        return await readRegularFile(file, STORE_MAX_BYTES);
      } catch (e) {
        throw new StoreError(file, { line: 1, column: 1, reason: `cannot read the file (${fsReason(e)})` });
      }
    },
    async writeAtomically(data, backup) {
      let mode = 0o666;
      try {
        const st = await fs.stat(file);
        if (!st.isFile()) throw new StoreError(file, { line: 1, column: 1, reason: 'not a regular file; not overwritten' });
        // Checked by the mode bits, not by access(): root may write anywhere, but a read-only file says "keep me".
        if ((st.mode & 0o200) === 0) throw new StoreError(file, { line: 1, column: 1, reason: 'the file is read-only; not overwritten (make it writable to save decisions)' });
        mode = st.mode & 0o7777;
      } catch (e) {
        if (e instanceof StoreError) throw e;
        if (errorCode(e) !== 'ENOENT') throw e;
      }
      const tmp = tempSibling(file, 'tmp');
      try {
        const h = await fs.open(tmp, 'wx', mode);
        try {
          await h.writeFile(data);
          // The umask may have narrowed the mode on creation; the replaced file's mode is what the user chose.
          if (mode !== 0o666) await h.chmod(mode);
          await h.sync();
        } finally {
          await h.close();
        }
        if (backup) await keepBackup(file);
        await fs.rename(tmp, file);
      } catch (e) {
        await fs.rm(tmp, { force: true });
        throw e;
      }
      await fsyncDir(nodePath.dirname(file));
    },
    async createLock(token) {
      try {
        const h = await fs.open(lock, 'wx');
        try {
          await h.writeFile(token);
        } finally {
          await h.close();
        }
        return true;
      } catch (e) {
        if (errorCode(e) === 'EEXIST') return false;
        throw new StoreError(file, { line: 1, column: 1, reason: `cannot create the lock file ${nodePath.basename(lock)} (${fsReason(e)}); nothing was written` });
      }
    },
    async readLock(): Promise<LockInfo | undefined> {
      try {
        const st = await fs.stat(lock);
        const token = (await readRegularFile(lock, 4096))?.toString('utf8');
        if (token === undefined) return undefined;
        return { token, ageMs: Date.now() - st.mtimeMs };
      } catch (e) {
        if (errorCode(e) === 'ENOENT') return undefined;
        // Written a moment ago and not yet filled, or unreadable: treat as held; age decides.
        return { token: '', ageMs: 0 };
      }
    },
    async removeLock() {
      await fs.rm(lock, { force: true });
    },
    lockToken: () => `${HOST} ${process.pid} ${randomBytes(6).toString('hex')}`,
    holderGone(token) {
      const [host, pid] = token.split(' ');
      if (host !== HOST || !pid || !/^\d+$/.test(pid)) return false;
      try {
        process.kill(Number(pid), 0);
        return false;
      } catch (e) {
        return errorCode(e) === 'ESRCH';
      }
    },
  };
}

/**
 * Reads and validates a workspace file. A missing file is an empty store (no decisions yet). Throws
 * `StoreError` (one-line message `file:line:column: reason`) for a file that is unreadable, not a regular file,
 * too large, binary, conflicted, not JSON or invalid; the file is never touched.
 */
export async function readStoreFile(file: string): Promise<StoreFile> {
  const text = await readStoreText(nodeStoreAccess(file), file);
  if (text === undefined) return { store: emptyStore(), exists: false, readOnly: false };
  const parsed = parseStore(text);
  if (!parsed.ok) throw new StoreError(file, parsed.problem);
  return { store: parsed.store, exists: true, readOnly: parsed.readOnly, ...(parsed.notice ? { notice: parsed.notice } : {}) };
}

/**
 * Changes the workspace file with the writer protocol (lock, re-read, `change` applied to what the file holds
 * now, temporary sibling, rename): decisions other programs wrote meanwhile are kept. Throws `StoreError` for a
 * file that is broken, of a newer version, read-only or locked too long; it is then left as it is.
 * Returns false when the file already held exactly the result.
 */
export async function changeStoreFile(file: string, change: (store: Store) => Store, timing?: LockTiming): Promise<boolean> {
  const r = await commitStore(nodeStoreAccess(file), file, ({ store }) => change(store), timing);
  return r.written;
}

/**
 * Writes the store as it is, safely (lock, temporary sibling flushed to disk, previous good copy kept as
 * `FILE.bak`, rename), so that a crash at any moment leaves either the old or the new content. Refuses to
 * replace a file that does not parse or validate, holds a conflict, belongs to a newer major version or is
 * read-only (throws `StoreError`, file untouched). Returns false when the file already held exactly this content.
 */
export async function writeStoreFile(file: string, store: Store): Promise<boolean> {
  const why = unwritableReason(store);
  if (why) throw new StoreError(file, { line: 1, column: 1, reason: why });
  return changeStoreFile(file, () => store);
}
