import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join, relative, resolve, sep } from 'node:path';

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

/** All article files under a folder, recursively, sorted; hidden folders and node_modules are skipped. */
function walk(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!entry.name.startsWith('.') && entry.name !== 'node_modules') out.push(...walk(full));
    } else if (entry.isFile() && ARTICLE_EXTENSIONS.includes(extname(entry.name).toLowerCase())) {
      out.push(full);
    }
  }
  return out;
}

function reason(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'not found';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return (err as Error).message.split('\n')[0];
}

/**
 * Expands the paths of the command line into article files: a file stands for itself, a folder for its
 * .txt/.md/.news files (recursively). Missing paths and folders without articles are failures.
 */
export function gatherInputs(paths: readonly string[], cwd = process.cwd()): Gathered<InputFile> {
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
        const files = walk(abs);
        if (files.length === 0) failures.push(`${p}: folder holds no articles (${ARTICLE_EXTENSIONS.join(', ')} files)`);
        for (const f of files) add(f, stem(relative(abs, f)).split(sep).join('/'));
      } else {
        add(abs, stem(basename(abs)));
      }
    } catch (err) {
      failures.push(`${p}: ${reason(err)}`);
    }
  }
  return { items, failures };
}

/** Reads one article as text, or says in one line why it cannot be used. */
export function readArticle(input: InputFile, maxKb = DEFAULT_MAX_KB): Article | string {
  try {
    const size = statSync(input.file).size;
    if (size > maxKb * 1024) {
      return `${input.display}: too large (${Math.ceil(size / 1024)} KB; the limit is ${maxKb} KB, see --max-size)`;
    }
    const bytes = readFileSync(input.file);
    // A NUL byte never occurs in text files and always in binaries of any size worth reading.
    if (bytes.includes(0)) return `${input.display}: binary file, not text`;
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return `${input.display}: not UTF-8 text`;
    }
    return { ...input, text: text.replace(/^\uFEFF/, '') };
  } catch (err) {
    return `${input.display}: ${reason(err)}`;
  }
}

/** Reads every input, keeping the good ones and one message per bad one. */
export function readArticles(inputs: readonly InputFile[], maxKb = DEFAULT_MAX_KB): Gathered<Article> {
  const items: Article[] = [];
  const failures: string[] = [];
  for (const input of inputs) {
    const result = readArticle(input, maxKb);
    if (typeof result === 'string') failures.push(result);
    else items.push(result);
  }
  return { items, failures };
}
