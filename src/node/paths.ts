// What the command line may read and write. Reads: only regular files, never more than a limit (a device, a
// FIFO or a folder given as a file is refused before a byte is read). Writes: never over a file that is an
// input of the same run, compared by real path and by device and inode (hard links, symbolic links, case-folding
// file systems), and never two outputs into one file.
import { closeSync, constants, fstatSync, openSync, readSync, realpathSync, statSync, type Stats } from 'node:fs';
import { promises as fs } from 'node:fs';
import { dirname, basename, join } from 'node:path';

/** A read refused or failed, with a one-line reason (no file name: the caller names the file its own way). */
export class ReadRefused extends Error {
  constructor(
    readonly reason: string,
    readonly code?: string,
  ) {
    super(reason);
    this.name = 'ReadRefused';
  }
}

function errorCode(e: unknown): string | undefined {
  return e && typeof e === 'object' && 'code' in e ? String((e as { code: unknown }).code) : undefined;
}

/** A one-line reason for a file system error. */
export function fsReason(e: unknown): string {
  const code = errorCode(e);
  if (code === 'ENOENT') return 'not found';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'a folder, not a file';
  if (e instanceof ReadRefused) return e.reason;
  return (e instanceof Error ? e.message : String(e)).split('\n')[0];
}

function kind(st: Stats): string {
  if (st.isDirectory()) return 'a folder, not a file';
  if (st.isFIFO()) return 'a pipe (FIFO), not a regular file';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'a device, not a regular file';
  if (st.isSocket()) return 'a socket, not a regular file';
  return 'not a regular file';
}

/** Why a file of this size may not be read, or undefined. */
function tooLarge(size: number, maxBytes: number, advice: string): string | undefined {
  if (size <= maxBytes) return undefined;
  return `too large (${Math.ceil(size / 1024)} KB; the limit is ${Math.floor(maxBytes / 1024)} KB${advice ? `, see ${advice}` : ''})`;
}

// O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer forever; regular files ignore it.
const READ_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/**
 * The buffer a bounded read fills: refuses anything but a regular file of at most `maxBytes`. One byte more than
 * the limit is allocated, so a file that grows while it is read is refused instead of read without end.
 */
function boundedBuffer(st: Stats, maxBytes: number, advice: string): Buffer {
  if (!st.isFile()) throw new ReadRefused(kind(st));
  const big = tooLarge(st.size, maxBytes, advice);
  if (big) throw new ReadRefused(big, 'TOO_LARGE');
  return Buffer.alloc(Math.min(st.size, maxBytes) + 1);
}

/** Whether a bounded read that has `n` bytes in `buf` is complete (throws when the file grew past the limit). */
function boundedReadDone(buf: Buffer, n: number, got: number, maxBytes: number, advice: string): boolean {
  if (got === 0) return true;
  if (n < buf.length) return false;
  if (n > maxBytes) throw new ReadRefused(tooLarge(maxBytes + 1, maxBytes, advice) as string, 'TOO_LARGE');
  return true;
}

/**
 * Reads a regular file of at most `maxBytes`. Throws `ReadRefused` for anything else (a folder, device, FIFO,
 * socket, a larger file) and for a file that grows past the limit while it is read; `advice` names the option
 * that raises the limit. File system errors (ENOENT...) are thrown as they are.
 */
export function readRegularFileSync(file: string, maxBytes: number, advice = ''): Buffer {
  const fd = openSync(file, READ_FLAGS);
  try {
    const buf = boundedBuffer(fstatSync(fd), maxBytes, advice);
    let n = 0;
    for (;;) {
      const got = readSync(fd, buf, n, buf.length - n, null);
      n += got;
      if (boundedReadDone(buf, n, got, maxBytes, advice)) return buf.subarray(0, n);
    }
  } finally {
    closeSync(fd);
  }
}

/** `readRegularFileSync`, asynchronously; `undefined` when the file does not exist. */
export async function readRegularFile(file: string, maxBytes: number, advice = ''): Promise<Buffer | undefined> {
  let h: fs.FileHandle;
  try {
    h = await fs.open(file, READ_FLAGS);
  } catch (e) {
    if (errorCode(e) === 'ENOENT') return undefined;
    throw e;
  }
  try {
    const buf = boundedBuffer(await h.stat(), maxBytes, advice);
    let n = 0;
    for (;;) {
      const { bytesRead } = await h.read(buf, n, buf.length - n, null);
      n += bytesRead;
      if (boundedReadDone(buf, n, bytesRead, maxBytes, advice)) return buf.subarray(0, n);
    }
  } finally {
    await h.close();
  }
}

/** The identity of a file that exists: device and inode, and its real path. */
interface Identity {
  real: string;
  id: string;
}

function identityOf(file: string): Identity | undefined {
  try {
    const st = statSync(file);
    return { real: realpathSync(file), id: `${st.dev}:${st.ino}` };
  } catch {
    return undefined;
  }
}

/** Where an output would land: its real path even when it does not exist yet (the real folder plus its name). */
function realTarget(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    try {
      return join(realpathSync(dirname(file)), basename(file));
    } catch {
      return file;
    }
  }
}

/**
 * The inputs of one run, so that no output is ever written over one of them. Holds each input's real path and
 * device/inode; outputs are checked against both, and against each other (two outputs into one file).
 */
export class WriteGuard {
  private readonly inputReal = new Map<string, string>();
  private readonly inputIds = new Map<string, string>();
  private readonly planned = new Map<string, string>();

  /** Records an input file (absolute path) and how messages name it. */
  addInput(file: string, display: string): void {
    const id = identityOf(file);
    this.inputReal.set(id?.real ?? file, display);
    if (id) this.inputIds.set(id.id, display);
  }

  /** How messages name the input that `target` is (the same file by real path or by device and inode), if any. */
  inputAt(target: string): string | undefined {
    const id = identityOf(target);
    return this.inputReal.get(realTarget(target)) ?? (id ? this.inputIds.get(id.id) : undefined);
  }

  /**
   * Why `target` may not be written by `owner` (an input of the run, or another output's file), or undefined;
   * when it may, the target is reserved for `owner`.
   */
  claim(target: string, owner: string): string | undefined {
    const input = this.inputAt(target);
    if (input !== undefined) return `would overwrite the input ${input}`;
    const real = realTarget(target);
    const id = identityOf(target);
    const key = id?.id ?? real;
    const other = this.planned.get(key) ?? this.planned.get(real);
    if (other !== undefined && other !== owner) return `would overwrite the output of ${other}`;
    if (other === owner) return 'is written twice';
    this.planned.set(key, owner);
    this.planned.set(real, owner);
    return undefined;
  }
}
