import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as nodePath from 'node:path';
import { StoreError } from '../core/store/errors';
import { decodeStoreBytes, overwriteProblem, parseStore, unwritableReason } from '../core/store/parse';
import { serializeStore } from '../core/store/serialize';
import { emptyStore, type Store } from '../core/store/types';

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

/** The file's bytes as text, or a StoreError naming where it stops being UTF-8 text. */
function decode(file: string, bytes: Uint8Array): string {
  const r = decodeStoreBytes(bytes);
  if ('problem' in r) throw new StoreError(file, r.problem);
  return r.text;
}

async function readText(file: string): Promise<string | undefined> {
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(file);
  } catch (e) {
    if (errorCode(e) === 'ENOENT') return undefined;
    throw new StoreError(file, { line: 1, column: 1, reason: `cannot read the file (${errorCode(e) ?? String(e)})` });
  }
  return decode(file, bytes);
}

/**
 * Reads and validates a workspace file. A missing file is an empty store (no decisions yet). Throws
 * `StoreError` (one-line message `file:line:column: reason`) for a file that is unreadable, binary, conflicted,
 * not JSON or invalid; the file is never touched.
 */
export async function readStoreFile(file: string): Promise<StoreFile> {
  const text = await readText(file);
  if (text === undefined) return { store: emptyStore(), exists: false, readOnly: false };
  const parsed = parseStore(text);
  if (!parsed.ok) throw new StoreError(file, parsed.problem);
  return { store: parsed.store, exists: true, readOnly: parsed.readOnly, ...(parsed.notice ? { notice: parsed.notice } : {}) };
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

async function writeDurably(file: string, data: string): Promise<void> {
  const h = await fs.open(file, 'wx', 0o644);
  try {
    await h.writeFile(data, 'utf8');
    await h.sync();
  } finally {
    await h.close();
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

/** Options of `writeStoreFile`. */
export interface WriteOptions {
  /** The file text as this process last read or wrote it: if the file still holds it, it is not validated again. */
  previous?: string;
}

/**
 * Writes the store safely: refuses to replace a file that does not parse or validate, holds a conflict or
 * belongs to a newer major version (throws `StoreError`, file untouched); writes a temporary sibling, flushes it
 * to disk, keeps the previous good copy as `FILE.bak`, then renames over the file, so that a crash at any moment
 * leaves either the old or the new content. Returns false when the file already held exactly this content.
 */
export async function writeStoreFile(file: string, store: Store, options: WriteOptions = {}): Promise<boolean> {
  const why = unwritableReason(store);
  if (why) throw new StoreError(file, { line: 1, column: 1, reason: why });
  const existing = await readText(file);
  // Text this process read (and validated) or wrote itself need not be validated again; anything else must.
  const problem = options.previous !== undefined && existing === options.previous ? undefined : overwriteProblem(existing);
  if (problem) throw new StoreError(file, { ...problem, reason: `not overwritten: ${problem.reason}` });
  const data = serializeStore(store);
  if (existing === data) return false;
  const tmp = tempSibling(file, 'tmp');
  try {
    await writeDurably(tmp, data);
    if (existing !== undefined) await keepBackup(file);
    await fs.rename(tmp, file);
  } catch (e) {
    await fs.rm(tmp, { force: true });
    throw e;
  }
  await fsyncDir(nodePath.dirname(file));
  return true;
}

/** Parses text that was read elsewhere; the same errors as `readStoreFile`. */
export function parseStoreText(file: string, text: string): StoreFile {
  const parsed = parseStore(text);
  if (!parsed.ok) throw new StoreError(file, parsed.problem);
  return { store: parsed.store, exists: true, readOnly: parsed.readOnly, ...(parsed.notice ? { notice: parsed.notice } : {}) };
}
