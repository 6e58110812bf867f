import * as vscode from 'vscode';
import type { Config } from './config';

// Closed files have no language id yet; these are the extensions of the default article languages.
const ARTICLE_GLOB = '**/*.{txt,md,markdown,news}';

/** The article files of the workspace, honouring `newsAnnotator.include` and `exclude`, sorted by path. */
export async function findArticles(config: Config, token?: vscode.CancellationToken): Promise<vscode.Uri[]> {
  const exclude = config.exclude.length > 0 ? `{${config.exclude.join(',')}}` : undefined;
  let uris = await vscode.workspace.findFiles(ARTICLE_GLOB, exclude, undefined, token);
  if (config.include.length > 0) {
    const allowed = new Set<string>();
    for (const glob of config.include) {
      for (const u of await vscode.workspace.findFiles(glob, exclude, undefined, token)) allowed.add(u.toString());
    }
    uris = uris.filter((u) => allowed.has(u.toString()));
  }
  return uris.sort((a, b) => a.toString().localeCompare(b.toString()));
}
