/**
 * Which plain-text and Markdown files are articles. Articles are what the user says they are: the globs of
 * `newsAnnotator.articles` when set; otherwise `.news` files (always) and the `.txt`/`.md` files of workspace
 * folders that hold an annotation file. The editor layer answers the glob and file-system questions; this module
 * only combines the answers, so the rules can be tested in plain Node.
 */

/** What the editor knows about a document when it decides whether it is an article. */
export interface ScopeFacts {
  /** The document is in the `news` language (a `.news` file, or set by hand): always an article. */
  newsLanguage: boolean;
  /** An untitled document: it has no path for globs to match, and the user opened it to paste text in. */
  untitled: boolean;
  /** The globs of `newsAnnotator.articles` for the document's folder, or `undefined` when the setting is unset. */
  articles: readonly string[] | undefined;
  /** Whether the document's path matches one of those globs (only asked when they are set). */
  matchesArticles: boolean;
  /** Whether the document's workspace folder holds its annotation file (`newsAnnotator.storeFile`). */
  folderHasStore: boolean;
  /** The document's file name ends with an extension the default scope takes (`.txt`, `.md`, `.markdown`). */
  defaultExtension: boolean;
}

/** Whether a document is an article by the scope rules (exclusions, languages and size are checked apart). */
export function inArticleScope(f: ScopeFacts): boolean {
  if (f.newsLanguage || f.untitled) return true;
  if (f.articles !== undefined) return f.matchesArticles;
  return f.folderHasStore && f.defaultExtension;
}

/** File extensions of the default scope, lower case with the dot. */
export const DEFAULT_ARTICLE_EXTENSIONS: readonly string[] = ['.txt', '.md', '.markdown'];

/** Whether a path ends with one of the default scope's extensions. */
export function hasDefaultExtension(path: string): boolean {
  const lower = path.toLowerCase();
  return DEFAULT_ARTICLE_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

/**
 * Files a code repository keeps at its top: read-me, change log, licence, contribution guide. They are prose,
 * often with names and quotation marks, and are never articles by default: the default of `newsAnnotator.exclude`
 * lists them (simple globs, one per name, so that they also serve as a search exclusion).
 */
export const REPOSITORY_FILE_GLOBS: readonly string[] = [
  '**/README*',
  '**/Readme*',
  '**/readme*',
  '**/CHANGELOG*',
  '**/Changelog*',
  '**/changelog*',
  '**/CHANGES*',
  '**/HISTORY*',
  '**/LICENSE*',
  '**/License*',
  '**/license*',
  '**/LICENCE*',
  '**/Licence*',
  '**/licence*',
  '**/COPYING*',
  '**/NOTICE*',
  '**/AUTHORS*',
  '**/CONTRIBUTING*',
  '**/CODE_OF_CONDUCT*',
  '**/SECURITY*',
];

/**
 * The glob that makes every plain-text and Markdown file in a folder and below an article; `relativeDir` is the
 * folder relative to its workspace folder, with forward slashes (`''` for the workspace folder itself).
 */
export function folderArticlesGlob(relativeDir: string): string {
  const dir = relativeDir.replace(/\\/g, '/').replace(/^\/+|\/+$/g, '');
  return `${dir ? `${dir}/` : ''}**/*.{txt,md,markdown}`;
}

/** The glob that excludes a folder and everything below it. */
export function folderExcludeGlob(relativeDir: string): string {
  const dir = relativeDir.replace(/\\/g, '/').replace(/^\/+|\/+$/g, '');
  return dir ? `${dir}/**` : '**';
}

/** The folder part of a workspace-relative path (`''` for a file at the top). */
export function parentDir(relativePath: string): string {
  const p = relativePath.replace(/\\/g, '/');
  const i = p.lastIndexOf('/');
  return i < 0 ? '' : p.slice(0, i);
}

/** `list` with `item` added once; the same list when it is there already. */
export function withItem(list: readonly string[], item: string): string[] {
  return list.includes(item) ? [...list] : [...list, item];
}

/** `list` without `item`. */
export function withoutItem(list: readonly string[], item: string): string[] {
  return list.filter((x) => x !== item);
}
