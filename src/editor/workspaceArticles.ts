import * as vscode from 'vscode';
import { holdsStoreFile } from './articleScope';
import { articleGlobs, type Config } from './config';
import { CONFIG_SECTION } from './constants';

/** Plain-text and Markdown files of the default scope. */
const DEFAULT_GLOB = '**/*.{txt,md,markdown}';
/** `.news` files are articles wherever they are. */
const NEWS_GLOB = '**/*.news';

/**
 * The article files of the workspace, sorted by path: per folder, the files `newsAnnotator.articles` names, or by
 * default the `.news` files and, where the folder holds its annotation file, the plain-text and Markdown files;
 * never those `newsAnnotator.exclude` names.
 */
export async function findArticles(config: Config, token?: vscode.CancellationToken): Promise<vscode.Uri[]> {
  const found = new Map<string, vscode.Uri>();
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    const excludes = vscode.workspace.getConfiguration(CONFIG_SECTION, folder.uri).get<string[]>('exclude', config.exclude);
    const exclude = excludes.length > 0 ? `{${excludes.join(',')}}` : undefined;
    const articles = articleGlobs(folder.uri);
    const globs = [NEWS_GLOB, ...(articles ?? ((await holdsStoreFile(folder)) ? [DEFAULT_GLOB] : []))];
    for (const glob of globs) {
      if (token?.isCancellationRequested) break;
      for (const u of await vscode.workspace.findFiles(new vscode.RelativePattern(folder, glob), exclude, undefined, token)) found.set(u.toString(), u);
    }
  }
  return [...found.values()].sort((a, b) => a.toString().localeCompare(b.toString()));
}
