import { readdirSync, statSync, type Dirent } from 'node:fs';
import { basename, extname, join, relative, resolve, sep } from 'node:path';
import { fsReason, readRegularFileSync } from '../node/paths';

/** File extensions the CLI reads as articles when it walks a folder. */
export const ARTICLE_EXTENSIONS: readonly string[] = ['.txt', '.md', '.news'];

/** Default size limit of one article, in KiB (5 MB); `--max-size` changes it. */
export const DEFAULT_MAX_KB = 5 * 1024;

/** An article file found on the command line or in a folder given there. */
export interface InputFile {
  /** Absolute path. */
  file: string;
  /** How the user can recognise it in messages: the path relative to the working directory. */
  display: string;
  /** Output name without extension: the file's name, or its path inside the folder it was found in. */
  outputStem: string;
}

/** A readable article. */
export interface Article extends InputFile {
  text: string;
}

/** The outcome of gathering or reading inputs: what worked and one line per failure. */
export interface Gathered<T> {
  items: T[];
  failures: string[];
}

/** A path as shown in messages: relative to the working directory when inside it, forward slashes. */
export function displayPath(file: string, cwd = process.cwd()): string {
  const rel = relative(cwd, file);
  const shown = rel && !rel.startsWith('..') ? rel : file;
  return shown.split(sep).join('/');
}

function stem(name: string): string {
  return name.slice(0, name.length - extname(name).length);
}

/** Lists a folder; a parameter so that tests can make one folder unreadable whoever runs them. */
export type ListFolder = (dir: string) => Dirent[];

const listFolder: ListFolder = (dir) => readdirSync(dir, { withFileTypes: true });

/**
 * All article files under a folder, recursively, sorted; hidden folders and node_modules are skipped. A subfolder
 * that cannot be read is skipped with a message in `skipped`; the rest is still walked.
 */
function walk(dir: string, list: ListFolder, skipped: string[], cwd: string, top = true): string[] {
  let entries: Dirent[];
  try {
    entries = list(dir);
  } catch (err) {
    if (top) throw err;
    skipped.push(`${displayPath(dir, cwd)}: cannot read the folder (${fsReason(err)}); skipped, the rest was annotated`);
    return [];
  }
  const out: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!entry.name.startsWith('.') && entry.name !== 'node_modules') out.push(...walk(full, list, skipped, cwd, false));
    } else if (entry.isFile() && ARTICLE_EXTENSIONS.includes(extname(entry.name).toLowerCase())) {
      out.push(full);
    }
  }
  return out;
}

/**
 * Makes output names unique: inputs whose names differ only by extension (`a.txt`, `a.md`) or by case keep their
 * extension in the output name (`a.txt.json`, `a.md.json`), and any clash left (the same name in two folders
 * given on the command line) gets a number, so that two inputs never write one output.
 */
function uniqueStems(items: InputFile[]): void {
  const groups = (): Map<string, InputFile[]> => {
    const m = new Map<string, InputFile[]>();
    for (const it of items) {
      const key = it.outputStem.toLowerCase();
      m.set(key, [...(m.get(key) ?? []), it]);
    }
    return m;
  };
  for (const group of groups().values()) {
    if (group.length > 1) for (const it of group) it.outputStem += extname(it.file);
  }
  for (const group of groups().values()) {
    group.slice(1).forEach((it, i) => {
      it.outputStem += `~${i + 2}`;
    });
  }
}

/**
 * Expands the paths of the command line into article files: a file stands for itself, a folder for its
 * .txt/.md/.news files (recursively). Missing paths and folders without articles are failures.
 */
export function gatherInputs(paths: readonly string[], cwd = process.cwd(), list: ListFolder = listFolder): Gathered<InputFile> {
  const items: InputFile[] = [];
  const failures: string[] = [];
  const seen = new Set<string>();
  const add = (file: string, outputStem: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    items.push({ file, display: displayPath(file, cwd), outputStem });
  };
  for (const p of paths) {
    const abs = resolve(cwd, p);
    try {
      if (statSync(abs).isDirectory()) {
        const skipped: string[] = [];
        const files = walk(abs, list, skipped, cwd);
        failures.push(...skipped);
        if (files.length === 0 && skipped.length === 0) failures.push(`${p}: folder holds no articles (${ARTICLE_EXTENSIONS.join(', ')} files)`);
        for (const f of files) add(f, stem(relative(abs, f)).split(sep).join('/'));
      } else {
        add(abs, stem(basename(abs)));
      }
    } catch (err) {
      failures.push(`${p}: ${fsReason(err)}`);
    }
  }
  uniqueStems(items);
  return { items, failures };
}

/**
 * Reads one article as text, or says in one line why it cannot be used. Only a regular file of at most `maxKb` is
 * read (a device, FIFO or folder given as a file is refused before any byte is read); `advice` is the option
 * that raises the limit.
 */
export function readArticle(input: InputFile, maxKb = DEFAULT_MAX_KB, advice = '--max-size'): Article | string {
  let bytes: Buffer;
  try {
    bytes = readRegularFileSync(input.file, maxKb * 1024, advice);
  } catch (err) {
    return `${input.display}: ${fsReason(err)}`;
  }
  // A NUL byte never occurs in text files and always in binaries of any size worth reading.
  if (bytes.includes(0)) return `${input.display}: binary file, not text`;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return `${input.display}: not UTF-8 text`;
  }
  return { ...input, text: text.replace(/^\uFEFF/, '') };
}
